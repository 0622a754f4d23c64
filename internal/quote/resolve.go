package quote

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// entity is someone (or something) quotes can be attributed to, as known
// in one document.
type entity struct {
	name   string // canonical name
	kind   mentionKind
	first  string // lower-case given name of a person
	last   string // lower-case surname, "al-" and similar prefixes removed
	titles map[string]bool
	// occupation is what a description set off after the name said the
	// person does ("nurse" for "Ana Lind, a nurse,"), if anything
	occupation string
	gender     byte
	plural     bool // a group of people ("the officials", "Democrats")
	human      bool // known to be a person: see personal
	known      bool // came from Options.People
	// introduced: an indefinite description brought the entity in ("a
	// senior official said"), someone the post does not name
	introduced bool
}

// personal reports whether the entity may be a person, so that "he" or
// "the nominee" may stand for it: a personal name that is not a place's
// ("South Carolina", "Trump Tower", "Fifth Avenue"), or a description of
// one person ("the nominee", not "the officials").
func (e *entity) personal() bool {
	return e.kind == mkPerson && (!placeName(e.name) || e.human && lang.KnownGivenName(strings.ToLower(firstWord(e.name)))) ||
		e.kind == mkRole && !e.plural && !docNouns[lastWord(e.name)]
}

// firstWord is the first word of a name.
func firstWord(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return ""
}

// lastWord is the last word of a name, in lower case (it runs for each
// entity of a history on every resolution: no split of the whole name).
func lastWord(name string) string {
	name = strings.TrimRightFunc(name, unicode.IsSpace)
	return strings.ToLower(name[strings.LastIndexFunc(name, unicode.IsSpace)+1:])
}

// placeName reports a name of a place: a US state, or a name ending in a
// word that makes places and buildings ("Trump Tower", "Suffolk County").
func placeName(name string) bool {
	l := strings.ToLower(name)
	if lang.USState(l) {
		return true
	}
	f := strings.Fields(l)
	if len(f) < 2 {
		return false
	}
	// (a hill or a garden that speaks is more often a person, "Lauryn
	// Hill", than the place: Capitol Hill's voice is its people's)
	last := f[len(f)-1]
	return lang.PlaceHead(last) && last != "hill" && last != "garden" && last != "gardens"
}

// nameSuffix is the lower-case generational suffix ending a name ("jr"
// for "Donald Trump Jr"), "" if none does.
func nameSuffix(name string) string {
	if w := lastWord(name); lang.NameSuffix(w) {
		return strings.TrimSuffix(w, ".")
	}
	return ""
}

// registry holds the entities of one document (and those passed in).
type registry struct {
	ents    []entity
	key     map[string]int   // lower-case canonical name → entity
	byLast  map[string][]int // surname key → persons with a given name too
	byGiven map[string][]int // given name → persons with a surname too
	known   int              // ents[:known] came from Options.People
	things  map[string]bool  // lower-case names of places and things in Options.People
}

func newRegistry(people []domain.Entity) *registry {
	r := &registry{key: make(map[string]int), byLast: make(map[string][]int), byGiven: make(map[string][]int), things: make(map[string]bool)}
	for _, p := range people {
		if p.Type != "" && p.Type != domain.PER && p.Type != domain.ORG {
			// a place or a thing ("Middle East", "Deepwater Horizon") is
			// nobody, however much its name looks like a person's
			for _, n := range append([]string{p.Name}, p.Aliases...) {
				r.things[strings.ToLower(n)] = true
			}
			continue
		}
		words := strings.Fields(p.Name)
		if len(words) == 0 {
			continue
		}
		kind := mkPerson
		if p.Type == domain.ORG {
			kind = mkOrg
		}
		id := r.add(entity{name: p.Name, kind: kind, known: true, human: kind == mkPerson})
		e := &r.ents[id]
		if kind == mkPerson && len(words) >= 2 {
			e.first, e.last = strings.ToLower(words[0]), lang.SurnameKey(lang.Surname(words))
			e.gender = lang.GivenGender(e.first)
			r.index(id)
		}
		for _, role := range p.Roles {
			for _, w := range strings.Fields(strings.ToLower(role.Title)) {
				e.titles[w] = true
			}
		}
		for _, a := range p.Aliases {
			if _, ok := r.key[strings.ToLower(a)]; !ok {
				r.key[strings.ToLower(a)] = id
			}
		}
	}
	r.known = len(r.ents)
	return r
}

func (r *registry) add(e entity) int {
	if e.titles == nil {
		e.titles = make(map[string]bool)
	}
	r.ents = append(r.ents, e)
	id := len(r.ents) - 1
	r.key[strings.ToLower(e.name)] = id
	r.index(id)
	return id
}

// index files a person with both a given name and a surname.
func (r *registry) index(id int) {
	e := &r.ents[id]
	if e.kind != mkPerson || e.first == "" || e.last == "" {
		return
	}
	if l := r.byLast[e.last]; len(l) == 0 || l[len(l)-1] != id {
		r.byLast[e.last] = append(l, id)
	}
	if l := r.byGiven[e.first]; len(l) == 0 || l[len(l)-1] != id {
		r.byGiven[e.first] = append(l, id)
	}
}

// person finds or adds the person with the given name words.
func (r *registry) person(name []string, titles []string, gender byte) int {
	first, last := "", lang.SurnameKey(lang.Surname(name))
	if len(name) >= 2 {
		first = strings.ToLower(name[0])
	}
	full := strings.Join(name, " ")
	id := -1
	if v, ok := r.key[strings.ToLower(full)]; ok && r.ents[v].kind == mkPerson {
		id = v
	} else if v, ok := r.key[strings.ToLower(full)+"."]; ok && nameSuffix(full) != "" && r.ents[v].kind == mkPerson {
		id = v // "Donald Trump Jr." as the tagger wrote it
	} else if first != "" {
		for _, i := range r.byLast[last] {
			if lang.SameGivenName(r.ents[i].first, first) && (nameSuffix(r.ents[i].name) == nameSuffix(full) || r.ents[i].known && nameSuffix(r.ents[i].name) == "") {
				// (not a son who shares his father's name, "Donald
				// Trump Jr.", unless the tagger made them one: "Henry
				// M. Paulson Jr." is its Henry M. Paulson)
				id = i
				break
			}
		}
	}
	for i := 1; id < 0 && i+1 < len(name); i++ {
		// words glued before a known name: "US Gulf Tony Hayward", a
		// headline run into a caption, is the tagger's Tony Hayward
		if v, ok := r.key[strings.ToLower(strings.Join(name[i:], " "))]; ok && r.ents[v].kind == mkPerson && r.ents[v].known && !lang.KnownGivenName(name[0]) {
			id = v
		}
	}
	if id < 0 && len(name) == 2 && !lang.KnownGivenName(name[0]) && !lang.Honorific(strings.ToLower(strings.TrimSuffix(name[0], "."))) {
		// a word glued before a known person's given name, no surname:
		// "Planet Marla was located in a parallel universe" is the
		// tagger's Marla Ruzicka
		only := -1
		for _, v := range r.byGiven[strings.ToLower(name[1])] {
			if e := &r.ents[v]; e.known && e.kind == mkPerson {
				if only >= 0 {
					only = -1
					break
				}
				only = v
			}
		}
		id = only
	}
	if id < 0 {
		id = r.add(entity{name: full, kind: mkPerson, first: first, last: last})
	} else if e := &r.ents[id]; !e.known && len(name) >= 2 && len(full) > len(e.name) && strings.EqualFold(name[0], strings.Fields(e.name)[0]) {
		// prefer the fullest form: "Bashar al-Assad" over "Bashar Assad"
		e.name = full
		r.key[strings.ToLower(full)] = id
	}
	e := &r.ents[id]
	for _, t := range titles {
		e.titles[t] = true
	}
	if e.gender == 0 {
		e.gender = gender
	}
	return id
}

// notPerson reports a person-like mention whose name the tagger gave to
// a place or a thing, or to an organisation when nothing in the mention
// says person (a given name, a title, a gender, a particle as in "Jair
// Nery de Andrade"): the tagger is less sure of organisations.
func (r *registry) notPerson(m mention) bool {
	l := strings.ToLower(strings.Join(m.name, " "))
	if r.things[l] {
		return true
	}
	v, ok := r.key[l]
	if !ok || !r.ents[v].known || r.ents[v].kind != mkOrg || m.gender != 0 || len(m.titles) > 0 {
		return false
	}
	for _, w := range m.name {
		if lang.Particle(strings.ToLower(w)) || lang.KnownGivenName(w) {
			return false
		}
	}
	return true
}

// appositive returns the person a description is set after, with a
// comma between: "Carol Browner, the White House energy adviser said"
// (the description is hers), or -1.
func (r *resolver) appositive(m mention) int {
	if len(r.hist) == 0 || m.s < 2 || !r.f.free(m.s-1) || r.f.tok(m.s-1).text != "," {
		return -1
	}
	if pluralNoun(m.head) || m.e >= len(r.f.toks) || !r.f.free(m.e) || !r.f.cueAt(m.e) && r.f.tok(m.e).text != "," {
		return -1 // a description closed by its cue or a comma: not "in La Gloria, the researchers said"
	}
	h := r.hist[len(r.hist)-1]
	if h.ent < 0 || h.m.e != m.s-1 || h.m.kind != mkPerson || !h.m.subject && !h.m.speaks && !r.f.afterQuotation(h.m.s) || r.reg.ents[h.ent].kind != mkPerson || r.f.sentenceStart(h.m.s) != r.f.sentenceStart(m.s) {
		return -1
	}
	if g := r.reg.ents[h.ent].gender; g != 0 && m.gender != 0 && g != m.gender {
		return -1
	}
	return h.ent
}

// surnameWithheld reports a one-word name followed by a relative clause
// that says the person gave no surname: "Ahmed, who would not give his
// last name", "Mona, who declined to give her full name".
func (f *field) surnameWithheld(m mention) bool {
	k := m.e
	if k+1 >= len(f.toks) || f.tok(k).text != "," || f.tok(k+1).lower != "who" {
		return false
	}
	for i := k + 2; i+1 < len(f.toks) && i < k+12 && f.free(i) && f.tok(i).text != "."; i++ {
		if w, n := f.tok(i).lower, f.tok(i+1).lower; (w == "last" || w == "full" || w == "family" || w == "second") && (n == "name" || n == "names") || w == "surname" {
			return true
		}
	}
	return false
}

// named returns the entity an organisation or other name refers to.
func (r *registry) named(kind mentionKind, name string) int {
	if v, ok := r.key[strings.ToLower(name)]; ok {
		return v
	}
	return r.add(entity{name: name, kind: kind})
}

// ref is a resolved mention in a field's discourse.
type ref struct {
	m   mention
	ent int
}

// resolver resolves mentions of one field against the document registry,
// in reading order.
type resolver struct {
	reg    *registry
	f      *field
	hist   []ref   // resolved mentions so far
	post   []int   // entities mentioned anywhere in the post (for cataphora)
	postAt []place // where each of post is first named
}

// subjectNamed finds the person a surname refers to when the sentence
// before (or its own) named someone of that surname in full as the
// subject of an active verb: "Sara Ibrahim, a mother of two, took her
// sons to the protest. '…,' Ibrahim said" is Sara Ibrahim, whoever else
// of that name the post quoted more. Not for one acted on ("Sara Ibrahim
// was arrested"), nor for a speaker of someone ("Ibrahim said of his
// wife"). -1 for none.
func (r *resolver) subjectNamed(m mention) int {
	if m.e+1 < len(r.f.toks) && r.f.tok(m.e+1).lower == "of" {
		return -1
	}
	key := lang.SurnameKey(m.name[0])
	from := r.f.sentencesBack(m.s, 1)
	for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= from; k-- {
		h := r.hist[k]
		if h.ent < 0 || !h.m.subject || h.m.kind != mkPerson || len(h.m.name) < 2 || r.f.passiveAfter(h.m) {
			continue
		}
		if e := &r.reg.ents[h.ent]; e.last == key && e.first != "" {
			if g := e.gender; g == 0 || m.gender == 0 || g == m.gender {
				return h.ent
			}
		}
	}
	return -1
}

// bySurname finds the person a one-word name refers to, of a gender
// compatible with the one given (0: unknown): "Mr. Obama" is never
// Michelle Obama.
func (r *resolver) bySurname(w string, gender byte) int {
	key := lang.SurnameKey(w)
	fits := func(id int) bool {
		g := r.reg.ents[id].gender
		return g == 0 || gender == 0 || g == gender
	}
	best, n := -1, 0
	for _, id := range r.reg.byLast[key] {
		if fits(id) {
			if best < 0 {
				best = id
			}
			n++
		}
	}
	if n > 1 {
		// several people share the surname: the one named most so far,
		// of those the latest ("Michelle Obama" named once in a story
		// about the president does not take his "Obama")
		count := map[int]int{}
		var order []int // latest first
		for k := len(r.hist) - 1; k >= r.oldest(); k-- {
			if id := r.hist[k].ent; id >= 0 && r.reg.ents[id].last == key && r.reg.ents[id].first != "" && fits(id) {
				if count[id] == 0 {
					order = append(order, id)
				}
				count[id]++
			}
		}
		if len(order) > 0 {
			best = order[0]
			for _, id := range order[1:] {
				if count[id] > count[best] {
					best = id
				}
			}
			return best
		}
	}
	if best < 0 && len(r.reg.byLast[key]) == 0 {
		// a given name alone ("Hillary")
		for _, id := range r.reg.byGiven[strings.ToLower(w)] {
			if fits(id) {
				return id
			}
		}
	}
	return best
}

// titledGiven finds the person a title and one name refer to when
// the name is that person's given name and the person carries the
// title: "Sheikh Ali" after "Sheikh Ali Bapir", even when another
// person's name ends in Ali.
func (r *resolver) titledGiven(m mention) int {
	if len(m.titles) == 0 {
		return -1
	}
	for _, id := range r.reg.byGiven[strings.ToLower(m.name[0])] {
		if r.reg.ents[id].hasTitle(m.titles) {
			return id
		}
	}
	return -1
}

// hasAllTitles reports whether the entity carries every one of titles.
func (e *entity) hasAllTitles(titles []string) bool {
	for _, t := range titles {
		if !e.titles[t] {
			return false
		}
	}
	return true
}

// relativeOf reports a person known by a relative's title ("first lady
// Maria Harlow", "his wife, Ana Lind") who holds none of titles: the
// title and surname of the one she is related to ("President Harlow")
// are not hers.
func (e *entity) relativeOf(titles []string) bool {
	return len(titles) > 0 && !e.hasTitle(titles) && e.relative()
}

// relative reports a person known by a relative's title: a leader's
// spouse ("first lady"), a wife, a son (lang.Kin's words but father,
// mother, brother and sister, which are also clergy's titles).
func (e *entity) relative() bool {
	if e.titles["first"] && (e.titles["lady"] || e.titles["gentleman"]) {
		return true
	}
	for _, t := range []string{"wife", "husband", "widow", "widower", "son", "daughter"} {
		if e.titles[t] {
			return true
		}
	}
	return false
}

// hasTitle reports whether the entity carries one of titles.
func (e *entity) hasTitle(titles []string) bool {
	for _, t := range titles {
		if e.titles[t] {
			return true
		}
	}
	return false
}

// resolve returns the entity a mention refers to, -1 if none, given the
// mentions before it.
func (r *resolver) resolve(m mention) int {
	switch m.kind {
	case mkPerson:
		if r.reg.notPerson(m) {
			return r.reg.named(mkOther, strings.Join(m.name, " "))
		}
		for _, t := range m.titles {
			if (t == "younger" || t == "elder" || t == "older") && len(m.name) == 1 {
				// a relative named by the family's name: "the younger
				// Einstein" is not Albert Einstein
				return r.reg.named(mkRole, r.f.roleName(m))
			}
		}
		id := -1
		if v, ok := r.reg.key[strings.ToLower(m.name[0])]; ok && len(m.name) == 1 && r.reg.ents[v].known && r.reg.ents[v].kind == mkPerson && !strings.Contains(r.reg.ents[v].name, " ") {
			// the tagger found no fuller name for it in the document:
			// "Obama" is Obama, not the Michelle Obama named later
			id = v
			if e := &r.reg.ents[id]; e.gender == 0 && m.gender == 0 {
				e.gender = lang.GivenGender(m.name[0]) // and "David" alone is a man
			}
		} else if len(m.name) == 1 && r.f.surnameWithheld(m) {
			// "said Ahmed, who would not give his last name": a given
			// name, no one else's surname
			id = r.reg.add(entity{name: m.name[0], kind: mkPerson, first: strings.ToLower(m.name[0])})
		} else if len(m.name) == 1 {
			id = r.subjectNamed(m)
			if id < 0 {
				id = r.bySurname(m.name[0], m.gender)
			}
			if id >= 0 && r.reg.ents[id].relativeOf(m.titles) {
				id = -1 // "President Harlow" after "first lady Maria Harlow": her husband
			} else if v, ok := r.reg.key[strings.ToLower(m.name[0])]; id >= 0 && ok && v != id && r.reg.ents[id].relative() &&
				r.reg.ents[v].kind == mkPerson && !strings.Contains(r.reg.ents[v].name, " ") {
				id = v // and "Harlow" alone is the "President Harlow" of the post, not the first lady
			}
			if g := r.titledGiven(m); g >= 0 && (id < 0 || !r.reg.ents[id].hasTitle(m.titles)) {
				id = g
			}
		}
		if id >= 0 {
			e := &r.reg.ents[id]
			for _, t := range m.titles {
				e.titles[t] = true
			}
			if e.gender == 0 {
				e.gender = m.gender
			}
		} else {
			id = r.reg.person(m.name, m.titles, m.gender)
			if e := &r.reg.ents[id]; len(m.name) == 1 && e.gender == 0 {
				// a given name alone, no one's surname in the post: its
				// usual gender ("her husband, David," is no "she")
				e.gender = lang.GivenGender(m.name[0])
			}
		}
		if e := &r.reg.ents[id]; m.gender != 0 || len(m.titles) > 0 || m.speaks {
			e.human = true // a person's title, gender or speech
		}
		if w := r.f.describedAs(m); w != "" {
			r.reg.ents[id].occupation = w // "Ana Lind, a nurse,": no mayor
		}
		return id
	case mkOther:
		if id := r.firmBefore(m); id >= 0 {
			return id
		}
		if id := r.bodyByHead(m); id >= 0 {
			return id
		}
		if id := r.outletBefore(m); id >= 0 {
			return id
		}
		if id := r.issuer(m); id >= 0 {
			return id
		}
		name := strings.Join(m.name, " ")
		if len(m.name) == 1 {
			if id := r.bySurname(m.name[0], m.gender); id >= 0 {
				return id
			}
		}
		if v, ok := r.reg.key[strings.ToLower(name)]; ok {
			return v
		}
		if name == "" {
			return -1
		}
		id := r.reg.named(mkOther, name)
		if len(m.name) == 1 && (peopleGroup(strings.ToLower(m.name[0])) || r.f.sentenceStart(m.s) == m.s && m.e == m.s+1 && pluralNoun(strings.ToLower(m.name[0])) && pluralPeople(strings.ToLower(m.name[0]))) {
			// "Democrats", or a plural noun capitalised as the sentence's
			// first word ("Demonstrators")
			r.reg.ents[id].plural = true
		}
		return id
	case mkOrg:
		name := strings.Join(m.name, " ")
		if name == "" {
			return -1
		}
		return r.reg.named(mkOrg, name)
	case mkPronoun:
		return r.pronoun(m)
	case mkRole:
		if id := r.appositive(m); id >= 0 {
			return id
		}
		if t := r.f.tok(m.s); m.e == m.s+1 && t.capitalised() && titleSurnames[t.lower] {
			// "King said", after "Peter King": a surname, not a king
			// (nor a king's gender: "Ada King")
			if id := r.bySurname(t.text, 0); id >= 0 {
				return id
			}
		}
		if m.owner != "" && r.bySurname(m.owner, 0) >= 0 {
			return r.description(m)
		}
		if id := r.issuer(m); id >= 0 {
			return id
		}
		if m.group {
			return r.groupRole(m)
		}
		if id := r.titled(m, false); id >= 0 {
			return id
		}
		// (a relative, "the son of a merchant", is someone else than the
		// person named before; a body or a document is no person; "the
		// king" is only someone the post calls king, else the
		// description)
		if roleNouns[m.head] && !pluralNoun(m.head) && !lang.Kin(m.head) && !groupRoles[m.head] && !docNouns[m.head] && !headsOfState[m.head] && !unnamedSources[m.head] && (!r.f.qualified(m) || r.f.goesOn(m)) {
			if id := r.salient(m, true); id >= 0 {
				return id
			}
		}
		if id := r.knownTitled(m); id >= 0 {
			return id
		}
		return r.description(m)
	case mkIndef:
		if id := r.titled(m, true); id >= 0 {
			return id
		}
		return r.description(m)
	}
	return -1
}

// issuer returns who issued the document a definite description names
// ("the statement said"), when one of the three sentences before tells
// it with the same noun: a person or body that issued, released or
// published it ("President Obama released a statement Thursday night"),
// one it came from or was issued by ("a report by the National
// Intelligence Council"), or the subject of the sentence it opens ("In
// a statement, the senator announced"). -1 if none is: the document
// speaks for itself.
func (r *resolver) issuer(m mention) int {
	f := r.f
	noun := f.tok(m.e - 1).lower
	if m.e-m.s != 2 || f.tok(m.s).lower != "the" || !docNouns[noun] || !isLowerWord(f.tok(m.e-1)) {
		return -1
	}
	from := f.sentencesBack(m.s, 3)
	for k := m.s - 1; k >= from; k-- {
		if t := f.tok(k); !f.free(k) || t.kind != tWord || t.lower != noun {
			continue
		}
		// "a statement from the agency", "a report issued by the council"
		a := k + 1
		if a+1 < len(f.toks) && f.free(a) && f.issues(a) && f.tok(a+1).lower == "by" {
			a++
		}
		if a < len(f.toks) && f.free(a) && (f.tok(a).lower == "by" || f.tok(a).lower == "from") {
			if id := r.refAt(a+1, a+2, false); id >= 0 {
				return id
			}
		}
		// (its determiner and up to two modifiers before it: "issued a
		// brief written statement"; a body's name or a possessive among
		// them is its issuer: "a White House statement", "the
		// commission's report")
		d := k - 1
		for d >= from && d > k-5 && f.free(d) && f.tok(d).kind == tWord && !determiners[f.tok(d).lower] && !f.issues(d) && !isPossessive(f.tok(d).text) {
			d--
		}
		if d >= from && f.free(d) && isPossessive(f.tok(d).text) {
			return r.refEndingAt(d + 1)
		}
		if d < from || !f.free(d) || !determiners[f.tok(d).lower] {
			continue
		}
		if id := r.subjectEndingAt(d, k, false); id >= 0 && r.reg.ents[id].kind == mkOrg {
			return id // (the body's name right before the noun, not "an internal Coast Guard situation report")
		}
		ss := f.sentenceStart(k)
		switch {
		case d-1 >= ss && f.free(d-1) && (f.issues(d-1) || f.tok(d-1).lower == "wrote" || f.tok(d-1).lower == "writes"):
			// the subject of the verb that issued it
			return r.subjectEndingAt(ss, d-1, true)
		case d-2 >= ss && f.free(d-1) && f.tok(d-1).lower == "in" && f.cueAt(d-2):
			// "Ruiz said in a statement"
			return r.subjectEndingAt(ss, d-2, true)
		case d-1 == ss && f.tok(ss).lower == "in" && k+1 < len(f.toks) && f.tok(k+1).text == ",":
			// "In a statement, the senator announced …"
			return r.refAt(k+2, k+4, true)
		}
		return -1 // the nearest such document is the one meant
	}
	return -1
}

// refAt returns the person or body named by the latest mention resolved
// so far that starts among tokens [s, e) (a subject, if subject is set),
// -1 if none: a name, not a pronoun or description, whose resolution
// would be a guess on a guess.
func (r *resolver) refAt(s, e int, subject bool) int {
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		h := r.hist[k]
		if h.m.s < s || h.m.s >= e || subject && !h.m.subject || h.ent < 0 || h.m.kind != mkPerson && h.m.kind != mkOrg {
			continue
		}
		if e := &r.reg.ents[h.ent]; e.kind == mkOrg || e.kind == mkPerson && !r.reg.notPerson(h.m) {
			return h.ent
		}
	}
	return -1
}

// subjectEndingAt returns the person or body named by a mention resolved
// so far that starts at or after token s and ends right before token e
// (or before an "also" there): the whole of a subject or modifier, not a
// name inside it ("33 US House lawmakers sent a letter" is not the
// House's), nor one of two joined ("Salazar and Napolitano noted in a
// letter"). -1 if none.
func (r *resolver) subjectEndingAt(s, e int, subject bool) int {
	if e-1 >= s && (r.f.tok(e-1).lower == "also" || auxiliaries[r.f.tok(e-1).lower]) {
		e-- // "Sanders is releasing an ad"
	}
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		h := r.hist[k]
		if h.m.e != e || h.m.s < s {
			continue
		}
		if p := h.m.s - 1; p >= 0 && (r.f.tok(p).lower == "and" || r.f.tok(p).lower == "or") {
			return -1
		}
		return r.refAt(h.m.s, h.m.s+1, subject)
	}
	return -1
}

// document reports a mention that names a document by its noun ("the
// email"), whoever it was resolved to: "it" may stand for it.
func (f *field) document(m mention) bool {
	t := f.tok(m.e - 1)
	return isLowerWord(t) && docNouns[t.lower]
}

// refEndingAt returns the person or body named by the latest mention
// resolved so far that ends at token e (a possessor: "Ruiz's"), -1 if
// none.
func (r *resolver) refEndingAt(e int) int {
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		if h := r.hist[k]; h.m.e == e {
			return r.refAt(h.m.s, h.m.s+1, false)
		}
	}
	return -1
}

// unnamedSources are what a reporter calls someone kept unnamed: "the
// source said" is never the person the story is about.
var unnamedSources = set("source insider")

// description returns the entity a description names when it stands for
// no one else in the document: the description itself ("ministry
// spokesman"), with the gender and number it gives.
func (r *resolver) description(m mention) int {
	id := r.reg.named(mkRole, r.f.roleName(m))
	e := &r.reg.ents[id]
	if e.kind == mkRole && m.head != "" {
		e.titles[m.head] = true // "a company spokesman" is who "the spokesman" is next
		for _, t := range m.titles {
			e.titles[t] = true
		}
	}
	// (a group or team of people is no one person: "a group of
	// orphans" is no "he")
	e.plural = e.plural || pluralNoun(m.head) || m.head == "group" || m.head == "team"
	e.introduced = e.introduced || m.kind == mkIndef
	if e.gender == 0 {
		e.gender = m.gender
	}
	return id
}

// qualified reports a description tied to a named body ("the commander
// of Air Wing 7", "the head of the Harbour Board") or a plain noun
// defined by a relative clause ("the woman who runs the bakery"): it
// introduces the holder of that post, or someone new, not whoever was
// mentioned last.
func (f *field) qualified(m mention) bool {
	if m.e < len(f.toks) && f.free(m.e) && f.tok(m.e).lower == "who" && anyone[m.head] {
		// "the woman who runs the bakery" is someone new ("the MP who
		// served as envoy" is still the MP named before)
		return true
	}
	// a body's post: "the agency's chief veterinary officer"
	for k := m.s + 1; k < m.e-1; k++ {
		if t := f.tok(k); f.free(k) && isPossessive(t.text) && bodyNouns[strings.ToLower(stripPossessive(t.text))] && determiners[f.tok(k-1).lower] {
			return true
		}
	}
	// the phrase may stop before its tail: "the chairman | of a House
	// panel"; a body named only as one of its kind is someone's too:
	// "the chief executive of one leading hedge fund"
	for k := m.s + 1; k <= m.e && k+1 < len(f.toks); k++ {
		if w := f.tok(k).lower; (w == "of" || w == "for" || w == "at") && f.free(k) &&
			(f.tok(k+1).capitalised() || determiners[f.tok(k+1).lower] && k+2 < len(f.toks) && f.tok(k+2).capitalised() || indefinites[f.tok(k+1).lower]) {
			return true
		}
	}
	return false
}

// bodyNouns are bodies whose posts a description may name ("the
// agency's chief veterinary officer"): someone new, not the person
// named before. (Not a party or a campaign: "the party's nominee" is
// the candidate.)
var bodyNouns = set(`agency organisation organization ministry company firm department council commission bank
institute university hospital school newspaper paper network channel embassy government board authority
regulator union association foundation`)

// anyone are nouns for a person that tell no post: "the woman", "a man".
var anyone = set("man woman person boy girl guy lady gentleman")

// goesOn reports a description that goes on with the speech reported
// before it ("The MP for Mayfield added that …", "… continued"): a writer
// naming the same speaker in other words, whatever body the description
// names.
func (f *field) goesOn(m mention) bool {
	if m.e >= len(f.toks) {
		return false
	}
	switch f.tok(m.e).lower {
	case "added", "adds", "continued", "continues", "went":
		return true
	}
	return false
}

// pluralNoun reports whether a description's head is plural ("officials",
// "spokespeople", "women").
func pluralNoun(w string) bool {
	switch w {
	case "people", "spokespeople", "men", "women", "spokesmen", "spokeswomen", "police", "staff":
		return true
	case "mps", "meps", "msps", "mlas", "ceos", "gis": // an initialism's plural, "MPs"
		return true
	case "specimen", "abdomen", "regimen", "acumen", "stamen", "omen", "amen", "hymen":
		return false
	}
	if strings.HasSuffix(w, "men") && len(w) > 5 {
		return true // "congressmen", "fishermen"
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// roleName is the canonical form of a description: its words without
// the determiner ("ministry spokesman").
func (f *field) roleName(m mention) string {
	var w []string
	for k := m.s; k < m.e; k++ {
		t := f.tok(k)
		if t.kind != tWord {
			if t.text == "(" {
				break
			}
			if len(w) > 0 && f.abbrevDot(k) {
				w[len(w)-1] += "." // "U.S."
			}
			continue
		}
		if len(w) == 0 && determiners[t.lower] {
			continue
		}
		w = append(w, t.text)
	}
	if n := len(w); n > 1 && relativeWords[w[n-1]] { // (not "the director general of the WHO")
		w = w[:n-1] // the subject of a relative clause: "lawyers who advise"
	}
	return strings.Join(w, " ")
}

// titled finds a person in the post known by the description's head
// title ("the foreign secretary" → Foreign Secretary Boris Johnson). An
// indefinite description ("an MP") may also name someone introduced
// later in the post.
func (r *resolver) titled(m mention, forward bool) int {
	if m.head == "" {
		return -1
	}
	if !forward {
		// an unnamed one whose titles hold every word of a qualified
		// description ("the senior State Department official" after a
		// State Department official and an Egyptian one described
		// since), unless a named holder of the title came after it
		if len(m.titles) > 1 {
			for k := len(r.hist) - 1; k >= r.oldest(); k-- {
				id := r.hist[k].ent
				if id < 0 || !r.reg.ents[id].personal() || !r.titleFits(id, m) {
					continue
				}
				if e := &r.reg.ents[id]; e.kind == mkPerson && e.titles[m.head] {
					break
				} else if e.kind == mkRole && e.hasAllTitles(m.titles) {
					return id
				}
			}
		}
		// the latest holder of the title, passing over one named for
		// the time of a tenure ("led the agency under President Bush"
		// dates a post: "the president said" after it is the president
		// of the story), unless no one else holds it
		tenure := -1
		for k := len(r.hist) - 1; k >= r.oldest(); k-- {
			id := r.hist[k].ent
			if id >= 0 && r.reg.ents[id].personal() && r.reg.ents[id].titles[m.head] && r.titleFits(id, m) {
				if s := r.hist[k].m.s; s > 0 && r.f.tok(s-1).lower == "under" {
					if tenure < 0 {
						tenure = id
					}
					continue
				}
				return id
			}
		}
		return tenure
	}
	// an indefinite description introduces someone new: not a person
	// with that title named before it ("a departmental spokesman" after
	// the White House's), but perhaps one named after it
	before := make(map[int]bool)
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		before[r.hist[k].ent] = true
	}
	for i, id := range r.post {
		if !r.namedSoonAfter(r.postAt[i], m) {
			continue
		}
		if e := &r.reg.ents[id]; !before[id] && e.personal() && e.titles[m.head] && r.titleFits(id, m) && (!e.titles["former"] || slices.Contains(m.titles, "former")) && r.sameBody(id, m) {
			return id // (not "a former US official" for "an Egyptian official")
		}
	}
	return -1
}

// namedSoonAfter reports whether a person first named at p is named soon
// after the indefinite description m: in its field, after it and within
// two paragraphs; or, for a headline or caption, in the first three
// paragraphs of the text. A holder of the title met pages on is someone
// else ("A Republican representative apologized …" is not the one of the
// eighth paragraph).
func (r *resolver) namedSoonAfter(p place, m mention) bool {
	if p.f == r.f {
		return p.tok >= m.e && p.f.tok(p.tok).para <= r.f.tok(m.s).para+2
	}
	return r.f.name != domain.FieldText && p.f.tok(p.tok).para < 3
}

// sameBody checks that a description tied to a body ("a spokesman for
// the military") names the body the entity was described with: every
// word of the description is one of the entity's title words (not
// "Hamdi Abdel-Aziz, a spokesman for the petroleum ministry").
func (r *resolver) sameBody(id int, m mention) bool {
	tied := false
	for k := m.s; k < m.e; k++ {
		if w := r.f.tok(k).lower; w == "for" || w == "of" || w == "at" {
			tied = true
		}
	}
	return !tied || r.reg.ents[id].hasAllTitles(m.titles)
}

// knownTitled finds the one person passed in (Options.People) whose
// roles hold every word of the description ("the transport minister").
func (r *resolver) knownTitled(m mention) int {
	found := -1
	for i := range r.reg.known {
		e := &r.reg.ents[i]
		if !e.known || e.kind != mkPerson || !e.titles[m.head] {
			continue
		}
		if e.hasAllTitles(m.titles) {
			if found >= 0 {
				return -1 // ambiguous
			}
			found = i
		}
	}
	return found
}

// titleFits checks that the description's other title words do not
// contradict the entity's: a "shadow foreign secretary" is not the
// foreign secretary, "the Democratic nominee" not a Republican one, "the
// French minister" not a German one.
func (r *resolver) titleFits(id int, m mention) bool {
	e := &r.reg.ents[id]
	if headsOfState[m.head] {
		for t := range e.titles {
			if headsOfState[t] && t != m.head {
				return false // "the king" is not the president named before
			}
		}
	}
	if trades[m.head] && !e.titles[m.head] {
		return false // "Time writer" is no president named before
	}
	if m.head == "general" {
		for _, c := range generalCompounds {
			if slices.Contains(m.titles, c) != e.titles[c] {
				return false // "the highest-ranking US general" is not the attorney general
			}
		}
	}
	if o := m.owner; len(o) >= 2 && o == strings.ToUpper(o) && lang.Nation(strings.ToLower(o)) == "" && !e.titles[strings.ToLower(o)] {
		return false // "the WHO's country director" is no director of another body
	}
	if m.head != "" && !e.titles[m.head] {
		if e.occupation != "" && !roleNouns[e.occupation] {
			return false // "the mayor" is not the nurse described before
		}
		for t := range e.titles {
			if lang.OtherOffice(t, m.head) {
				return false // "the minister" is not the mayor
			}
			if e.kind == mkRole && lang.Office(m.head) && lang.Occupation(t) && !lang.Office(t) {
				return false // nor the unnamed nurse of "One nurse called it '…'"
			}
		}
	}
	for _, t := range []string{"shadow", "former", "deputy", "vice"} {
		if e.titles[t] && !slices.Contains(m.titles, t) && e.kind == mkRole {
			return false // "the president" is not "the vice president" described before
		}
	}
	for _, t := range m.titles {
		if t == "shadow" || t == "former" || t == "deputy" || t == "vice" {
			if !e.titles[t] {
				return false
			}
		}
		if exclusive(t) && !e.titles[t] {
			for et := range e.titles {
				if exclusive(et) && exclusiveKey(et) != exclusiveKey(t) && (lang.Party(et) != "") == (lang.Party(t) != "") {
					return false // another party or nation
				}
			}
		}
	}
	return true
}

// generalCompounds make "general" part of a civil office's title
// ("attorney general", "secretary general"), no army rank.
var generalCompounds = []string{"attorney", "solicitor", "surgeon", "secretary", "inspector", "postmaster", "director", "governor", "consul", "auditor"}

// trades are the press's jobs: a description naming one ("Time writer",
// "your reporter") is only someone the post gave that job, never the
// salient politician. (Experts' jobs are looser: "the analyst" after
// "Steven Wood, managing director at Moody's" is Wood.)
var trades = set("writer correspondent reporter columnist editor commentator")

// headsOfState are monarchs and popes: offices no holder of another of
// them holds, and that no one holds unless the text says so.
var headsOfState = set("king queen emir sultan pope")

// exclusive title words: a person has one party and one nationality
// ("the US president" is not the Egyptian one).
func exclusive(t string) bool {
	return lang.Party(t) != "" || isNationality(t) || lang.Nation(t) != ""
}

// exclusiveKey is the one form of an exclusive title word: its party
// ("GOP" is Republican), else its nation (nationKey).
func exclusiveKey(t string) string {
	if p := lang.Party(t); p != "" {
		return p
	}
	return nationKey(t)
}

// nationKey is the one form of a nation's title words: "US", "U.S."
// and "American" are one nation (lang.Nation).
func nationKey(t string) string {
	if n := lang.Nation(t); n != "" {
		return n
	}
	return t
}

// salient returns the latest person compatible with mention m (a
// pronoun or a description) that was a sentence subject, or failing that
// any latest compatible person: never an organisation, a place or a
// work, nor a person of the other gender or a group; -1 if none is.
func (r *resolver) salient(m mention, subjectsFirst bool) int {
	return r.salientExcept(m, -1, subjectsFirst)
}

// salientExcept is salient, passing over the entity not.
func (r *resolver) salientExcept(m mention, not int, subjectsFirst bool) int {
	compatible := func(id int) bool {
		if id < 0 || id == not {
			return false
		}
		e := &r.reg.ents[id]
		if !e.personal() || m.gender != 0 && e.gender != 0 && e.gender != m.gender {
			return false
		}
		if m.kind == mkPronoun && e.kind != mkRole && strings.ContainsAny(e.name, "0123456789") {
			return false // no "he" is "H1N1 Flu" (but "a 27-year-old deckhand" may be)
		}
		if w := strings.ToLower(e.name); m.kind == mkPronoun && !strings.Contains(w, " ") && pluralNoun(w) && pluralPeople(w) {
			return false // nor "Scientists", a plural the tagger took for a name
		}
		return m.kind != mkRole || r.titleFits(id, m)
	}
	if subjectsFirst {
		// a subject of this paragraph or the one before; then a person
		// named there in the narration, not as the one spoken to ("When
		// Ford visited his editor Ana Lind, …. '…,' she recalled" is not
		// a woman who was a subject pages before); then any subject
		para := r.f.tok(m.s).para
		near := func(h ref) bool { return r.f.tok(h.m.s).para+1 >= para }
		// (the subject of a clause reported in an earlier sentence is
		// spoken of: "McLaughlin told CNN that Suleiman had been '…'.
		// '…,' he said" is McLaughlin's)
		own := r.f.sentenceStart(m.s)
		// (a named person of this sentence or the one before, not an
		// owner: "Saddam's invasion", "John Major's press secretary")
		from := r.f.sentencesBack(m.s, 1)
		named := func(untagged bool) int {
			for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= from; k-- {
				if h := r.hist[k]; h.m.kind == mkPerson && h.m.e <= m.s && r.f.free(h.m.s) && !r.f.addressee(h.m) && !r.f.participleObject(h.m) && !isPossessive(r.f.tok(h.m.e-1).text) && compatible(h.ent) && (r.reg.ents[h.ent].gender != 0 || untagged && r.reg.ents[h.ent].known) {
					return h.ent
				}
			}
			return -1
		}
		untagged, passed := false, false
		for k := len(r.hist) - 1; k >= r.oldest() && near(r.hist[k]); k-- {
			if h := r.hist[k]; !passed && h.m.s < from {
				// no subject of this sentence or the one before fits: a
				// person they name comes before the subjects of earlier
				// ones ("… something that worries environmentalists such
				// as Brune. '…,' he said" is Brune's)
				passed = true
				if id := named(false); id >= 0 {
					return id
				}
			}
			if h := r.hist[k]; h.m.subject && !((h.m.reported || h.m.subordinate) && r.f.sentenceStart(h.m.s) != own) && compatible(h.ent) {
				if m.kind == mkPronoun && r.untagged(&r.reg.ents[h.ent]) {
					// "Big Oil is pulling together …. '…,' he says": the
					// subject "he" would take is no person; a person
					// named in that sentence may be ("…, according to
					// Kent Wells"), anyone else is a guess
					untagged = true
					break
				}
				return h.ent
			}
		}
		if id := named(untagged); id >= 0 {
			return id
		}
		if untagged {
			return -1
		}
		for k := len(r.hist) - 1; k >= r.oldest(); k-- {
			if r.hist[k].m.subject && compatible(r.hist[k].ent) {
				return r.hist[k].ent
			}
		}
	}
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		if compatible(r.hist[k].ent) {
			return r.hist[k].ent
		}
	}
	return -1
}

// untagged reports a name the rules read as a person's that the entity
// tagger, which read the document first (Options.People), did not take
// for anyone's, and whose every word the text also writes in lower case:
// "he" does not stand for it ("Big Oil is pulling together …", "Crisis",
// "Right Wing"). A name the tagger missed whose words are no common words
// ("Keiji Fukuda") may still be "he". Without the tagger's people
// nothing is ruled out.
func (r *resolver) untagged(e *entity) bool {
	if r.reg.known == 0 || e.known || e.kind != mkPerson {
		return false
	}
	words := strings.Fields(e.name)
	for _, w := range words {
		if lang.KnownGivenName(w) || !r.f.lowerUse[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// addressee reports a mention of the one spoken to: "told Ana Lind",
// "said to Ana Lind", "asked the BBC's Robert Peston".
func (f *field) addressee(m mention) bool {
	k := m.s - 1
	if k >= 0 && f.free(k) && (determiners[f.tok(k).lower] || isPossessive(f.tok(k).text)) {
		k--
	}
	if k < 0 || !f.free(k) {
		return false
	}
	switch f.tok(k).lower {
	case "told", "tells", "tell", "telling", "asked", "asks", "ask", "interviewed", "with":
		return true
	case "to":
		return k == 0 || !f.free(k-1) || f.tok(k-1).lower != "according" // "according to Kent Wells" cites him
	}
	return false
}

// pairAt returns a group of the two people named as one subject when
// hist[k] is the second of them: "Henry Waxman of California and John
// Dingell of Michigan said …. '…,' they wrote" is theirs. The first
// opens its sentence (after titles at most), the two are joined by
// "and" (after a place tail on the first), and a verb follows the
// second (after its own tail). -1 otherwise.
func (r *resolver) pairAt(k int) int {
	h2 := r.hist[k]
	if h2.ent < 0 || r.reg.ents[h2.ent].kind != mkPerson {
		return -1
	}
	f := r.f
	if g := r.pairIn(h2.m); g >= 0 {
		return g
	}
	if k == 0 {
		return -1
	}
	and := h2.m.s - 1
	if and < 1 || !f.free(and) || f.tok(and).lower != "and" {
		return -1
	}
	for j := k - 1; j >= r.oldest() && j >= k-3; j-- {
		h1 := r.hist[j]
		if h1.ent < 0 || h1.m.e > and {
			continue
		}
		if r.reg.ents[h1.ent].kind != mkPerson {
			continue // a place in the first one's tail: "Waxman of California"
		}
		if p := f.tok(and - 1); titleTok(p) || roleTok(p) {
			return -1 // two titles of one person: "Anadarko Chairman and CEO Jim Hackett"
		}
		if gap := and - h1.m.e; gap != 0 && !(gap >= 2 && f.tok(h1.m.e).lower == "of" && gap <= 4) {
			return -1
		}
		sb := f.sentenceStart(h1.m.s)
		quoted := false
		for t := sb; t < h1.m.s; t++ {
			if !f.free(t) {
				quoted = true // a quotation opening the sentence: "'…,' Ann Lee and Tom Ruiz said"
				continue
			}
			if quoted && f.tok(t).kind == tPunct && f.tok(t).text == "," {
				continue
			}
			if !titleTok(f.tok(t)) && !roleTok(f.tok(t)) && !determiners[f.tok(t).lower] {
				return -1 // not the sentence's subject
			}
		}
		e := h2.m.e
		if e+1 < len(f.toks) && f.tok(e).lower == "of" {
			e += 2 // "John Dingell of Michigan"
		}
		if !f.verbAfter(e) {
			return -1
		}
		return r.reg.group(r.reg.ents[h1.ent].name + " and " + r.reg.ents[h2.ent].name)
	}
	return -1
}

// pairIn returns a group for a mention that the noun-phrase reader took
// whole, two names joined by "and" ("Congressmen Henry Waxman of
// California and John Dingell of Michigan said …"), when it opens its
// sentence and a verb follows it. -1 otherwise.
func (r *resolver) pairIn(m mention) int {
	f := r.f
	and := -1
	for t := m.s + 1; t < m.e-1; t++ {
		if f.free(t) && f.tok(t).lower == "and" && f.tok(t-1).capitalised() && f.tok(t+1).capitalised() {
			and = t
		}
	}
	if and < 0 || !f.verbAfter(m.e) {
		return -1
	}
	s := m.s
	for s < and && (titleTok(f.tok(s)) || roleNouns[f.tok(s).lower] || determiners[f.tok(s).lower]) {
		s++ // "Congressmen", "Reps."
	}
	if sb := f.sentenceStart(m.s); sb != m.s || s >= and {
		return -1
	}
	return r.reg.group(f.phrase(s, m.e))
}

// group returns the entity for a group of people of that name, "they".
func (r *registry) group(name string) int {
	g := r.named(mkOther, name)
	r.ents[g].plural, r.ents[g].human = true, true
	return g
}

// participleObject reports a mention right after a participle, its
// object: "giving Mr Blair private advice".
func (f *field) participleObject(m mention) bool {
	k := m.s - 1
	return k >= 0 && f.free(k) && isLowerWord(f.tok(k)) && strings.HasSuffix(f.tok(k).lower, "ing") && len(f.tok(k).lower) > 4
}

// objectBinder returns the entity of the subject of the clause an
// object pronoun ("him", "her" before no noun) is in: the latest
// subject of its sentence with no cue, comma, conjunction or infinitive
// between (in "Rusnak said the police had arrested him" he may be
// Rusnak); -1 for any other mention.
func (r *resolver) objectBinder(m mention) int {
	f := r.f
	if m.head != "him" && m.head != "her" || m.subject {
		return -1
	}
	if m.e < len(f.toks) && f.free(m.e) && f.tok(m.e).kind == tWord && !objectEnds[f.tok(m.e).lower] {
		return -1 // a possessive "her": "Lee raised her hand"
	}
	own := f.sentenceStart(m.s)
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		h := r.hist[k]
		if h.m.e > m.s {
			continue
		}
		if h.m.s < own {
			return -1
		}
		if !h.m.subject {
			continue
		}
		from := h.m.e
		if from < m.s && f.tok(from).text == "," && h.m.s > 0 && f.tok(h.m.s-1).text == "," {
			from++ // a name set off after its description: "Her counterpart, Bogdan Rusnak, stood beside her"
		}
		for j := from; j < m.s; j++ {
			if t := f.tok(j); !f.free(j) || f.cueAt(j) || t.kind == tPunct && t.text != "-" || objectEnds[t.lower] || relativeWords[t.lower] {
				return -1
			}
		}
		return h.ent
	}
	return -1
}

// objectEnds are function words that may follow an object pronoun: "told
// her that", "beside her and", "gave him to".
var objectEnds = set("that and or but to about for in on at with from as when if because than so")

// pronoun resolves "he" and "she" to the salient person of a compatible
// gender, "they" to the latest group of people, "it" to the latest
// organisation; -1 when nothing compatible comes before.
func (r *resolver) pronoun(m mention) int {
	switch m.head {
	case "he", "him", "she", "her":
		id := r.possessor(m)
		if id < 0 {
			id = r.relativeHolder(m)
		}
		if id < 0 {
			id = r.cataphor(m)
		}
		if id < 0 {
			id = r.salient(m, true)
		}
		if l, ok := r.f.turnSpeaker(m.s); ok && id >= 0 && len(l.name) > 0 && r.reg.ents[id].last == lang.SurnameKey(l.name[len(l.name)-1]) {
			// in a transcript, whoever holds the floor says "I": "he"
			// is someone else ("HARLOW: … he said, '…'")
			id = r.salientExcept(m, id, true)
		}
		if own := r.objectBinder(m); id >= 0 && id == own {
			// an object pronoun is not its own clause's subject:
			// "Bogdan Rusnak stood beside her" is someone else, no woman
			id = r.salientExcept(m, id, true)
		}
		if id >= 0 && (m.head == "he" || m.head == "she") && r.f.reportsName(m, &r.reg.ents[id]) {
			// the subject of a report is no one the reported clause
			// names: "He said Kruse was facing …" is not Kruse
			id = r.salientExcept(m, id, true)
		}
		if id >= 0 && r.reg.ents[id].gender == 0 {
			// the pronoun tells the person's gender: a later "he" will not
			// go to someone the text called "she"
			r.reg.ents[id].gender = m.gender
		}
		return id
	case "it":
		// a body or a document, the subject of this sentence or the one
		// before first ("BP said Corexit, made by Nalco, was the only
		// one. It also said …" is BP), else the latest
		thing := func(h ref) bool {
			if h.ent < 0 {
				return false
			}
			e := &r.reg.ents[h.ent]
			return e.kind == mkOrg || e.kind == mkRole && (docNouns[h.m.head] || docNouns[lastWord(e.name)]) || r.f.document(h.m) ||
				e.kind == mkOther && h.m.speaks && !e.human // a one-word name that speaks: "BP said"
		}
		from := r.f.sentencesBack(m.s, 1)
		for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= from; k-- {
			if r.hist[k].m.subject && thing(r.hist[k]) {
				return r.hist[k].ent
			}
		}
		// else the latest body named in those sentences or the one
		// before them (no further: "it" a page on is the canister in
		// between, not the police named at the top); but a body named
		// after a preposition in the pronoun's own sentence is what that
		// sentence speaks of, and a body or document that spoke as a
		// subject in this paragraph or the two before comes first ("…
		// the report says. ¶ '…' ¶ The recruits will succeed al-Qaida,
		// it predicts" is the report's)
		own := r.f.sentenceStart(m.s)
		from = r.f.sentencesBack(m.s, 2)
		spoke := func() int { // a body or document that spoke as a subject lately
			para := r.f.tok(m.s).para
			for j := len(r.hist) - 1; j >= r.oldest() && r.f.tok(r.hist[j].m.s).para+2 >= para; j-- {
				if g := r.hist[j]; g.m.subject && g.m.speaks && thing(g) {
					return g.ent
				}
			}
			return -1
		}
		for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= from; k-- {
			h := r.hist[k]
			if h.ent < 0 || r.reg.ents[h.ent].kind != mkOrg {
				continue
			}
			if h.m.s >= own && r.f.afterPreposition(h.m.s) {
				if id := spoke(); id >= 0 {
					return id
				}
			}
			return h.ent
		}
	case "they":
		// the latest group of people in this paragraph or the three
		// before (a round-up page's next story is not about them)
		para := r.f.tok(m.s).para
		others := false
		for k := len(r.hist) - 1; k >= r.oldest() && r.f.tok(r.hist[k].m.s).para+3 >= para; k-- {
			id := r.hist[k].ent
			if id < 0 || r.hist[k].m.reported {
				continue // (not a group a reported clause speaks of: "sources repeated that its troops will stay")
			}
			if e := &r.reg.ents[id]; m.head == "it" && e.kind == mkOrg || m.head == "they" && e.plural {
				return id
			}
			if m.head == "they" && r.f.tok(r.hist[k].m.s).para+1 >= para && !others {
				if g := r.pairAt(k); g >= 0 {
					return g
				}
			}
			// (a pair named before other people is no longer "they":
			// "The senator met Tom Ruiz and Ana Lind. '…,' they said")
			others = others || r.reg.ents[id].kind == mkPerson
		}
	}
	return -1
}

// reportsName reports whether the pronoun m opens its sentence ("He
// said", "But she told") as the subject of a reporting verb whose
// clause, before any quotation, aside or dash, names e as a person in
// its own right: not "Frank Fiorina" for Carly, nor "the Cruz campaign"
// or "Cruz's" for Cruz.
func (f *field) reportsName(m mention, e *entity) bool {
	for k := f.sentenceStart(m.s); k < m.s; k++ {
		if !f.free(k) || !coordinators[f.tok(k).lower] && !midAdverbs[f.tok(k).lower] {
			return false // "As he spoke …, Trump": the pronoun may come first
		}
	}
	c := m.e
	if c < len(f.toks) && f.free(c) && midAdverbs[f.tok(c).lower] {
		c++ // "he also said"
	}
	if e.last == "" || c >= len(f.toks) || !f.free(c) || !f.cueAt(c) {
		return false
	}
	for k := c + 1; k < f.sentenceEnd(m.s); k++ {
		t := f.tok(k)
		if !f.free(k) || t.text == "(" || t.text == ";" || dash(t) {
			return false
		}
		if !t.capitalised() || isPossessive(t.text) || lang.SurnameKey(t.text) != e.last {
			continue
		}
		if p := f.tok(k - 1); p.kind == tWord && (determiners[p.lower] || p.capitalised() && lang.KnownGivenName(p.lower) && p.lower != e.first) {
			continue // "the Carson campaign", "Frank Fiorina"
		}
		if k+1 < len(f.toks) && f.free(k+1) {
			if n := f.tok(k + 1); n.kind == tWord && (n.capitalised() || f.nounHead(k+1)) {
				continue // "Carson supporters"
			}
		}
		return true
	}
	return false
}

// relativeHolder returns the person a relative clause the pronoun
// stands in hangs on: "Hayward, who had angered the public by saying he
// wanted his '…'" is Hayward's "he", whoever the paragraph is about; -1
// when another person is named between "who" and the pronoun, or none
// fits.
func (r *resolver) relativeHolder(m mention) int {
	sb := r.f.sentenceStart(m.s)
	for w := m.s - 1; w-2 >= sb; w-- {
		if !r.f.free(w) || r.f.tok(w).lower != "who" {
			continue
		}
		if r.f.tok(w-1).text != "," || w+1 < len(r.f.toks) && !isLowerWord(r.f.tok(w+1)) || w+1 == m.s || subjectPronouns[r.f.tok(w+1).lower] {
			return -1 // "Obama, who he noted was …": "who" the object, "he" someone else
		}
		for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= sb; k-- {
			h := r.hist[k]
			if h.m.s > w && h.m.s < m.s && h.ent >= 0 && r.reg.ents[h.ent].personal() {
				return -1 // "Hayward, who met Dudley, said he …" is left to the rules
			}
			if h.m.e == w-1 && h.ent >= 0 && r.reg.ents[h.ent].kind == mkPerson {
				if e := &r.reg.ents[h.ent]; e.personal() && (e.gender == 0 || e.gender == m.gender) {
					return h.ent
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// cataphor resolves a pronoun that opens a subordinate clause opening its
// sentence to the person named first in the main clause after it:
// "Although he called the market 'highly competitive,' Mr. LaMothe said
// …" is LaMothe's, not the spokesman's quoted before; -1 otherwise.
func (r *resolver) cataphor(m mention) int {
	f := r.f
	sb := f.sentenceStart(m.s)
	if m.head != "he" && m.head != "she" || m.s-sb > 2 || f.tok(sb).lower == "with" || f.tok(sb).lower == "despite" ||
		!subordinators[f.tok(sb).lower] && !(f.tok(sb).lower == "even" && m.s-sb == 2) {
		return -1
	}
	end := f.sentenceEnd(m.s)
	for k := m.e + 1; k < end; k++ {
		// the main clause opens after a comma, inside a quotation's
		// closing marks or not
		boundary := f.tok(k-1).text == "," || f.tok(k-1).mark && k-2 > m.e && f.tok(k-2).text == ","
		if !boundary || !f.free(k) {
			continue
		}
		n, ok := f.npAfter(k, end)
		if !ok || n.s != k || n.kind != mkPerson || n.gender != 0 && m.gender != 0 && n.gender != m.gender {
			return -1
		}
		id := r.resolve(n)
		if id < 0 || !r.reg.ents[id].personal() {
			return -1
		}
		if g := r.reg.ents[id].gender; g != 0 && m.gender != 0 && g != m.gender {
			return -1
		}
		return id
	}
	return -1
}

// possessor resolves a pronoun opening a clause on a possessor's noun to
// the possessor: "Hayward's claim that he had been devoted to safety",
// "Lind's insistence that she would stay"; -1 otherwise.
func (r *resolver) possessor(m mention) int {
	k := m.s - 1
	if k < 2 || r.f.tok(k).lower != "that" || m.head != "he" && m.head != "she" {
		return -1
	}
	k--
	for n := 0; n < 3 && k > 0 && isLowerWord(r.f.tok(k)) && !isPossessive(r.f.tok(k).text); n++ {
		k-- // the noun and its modifiers: "claim", "repeated claim"
	}
	if k == m.s-2 || !isPossessive(r.f.tok(k).text) {
		return -1
	}
	h := r.index(k + 1)
	if h == 0 || r.hist[h-1].m.e != k+1 {
		return -1
	}
	id := r.hist[h-1].ent
	if id < 0 {
		return -1
	}
	if e := &r.reg.ents[id]; !e.personal() || e.gender != 0 && e.gender != m.gender {
		return -1
	}
	return id
}

// groupRole resolves "the campaign", "the embassy" to the latest
// organisation whose name holds the head word.
func (r *resolver) groupRole(m mention) int {
	if id := r.latestOrg(func(name string) bool { return strings.Contains(name, m.head) }); id >= 0 {
		return id
	}
	if id := r.firmBefore(m); id >= 0 {
		return id
	}
	return r.reg.named(mkOrg, r.f.roleName(m))
}

// bodyByHead returns the organisation a bare definite description of a
// body names by a word of its name ("the alliance" after the National
// Kidney Alliance, "the union" after the Amalgamated Port Workers
// Union): the latest one so named in reach; -1 if none is, or the noun
// names no body (lang.BodyNoun: not "the spill").
func (r *resolver) bodyByHead(m mention) int {
	f := r.f
	if m.e-m.s != 2 || f.tok(m.s).lower != "the" || !isLowerWord(f.tok(m.e-1)) {
		return -1
	}
	head := f.tok(m.e - 1).lower
	if !lang.BodyNoun(head) && !bodyHeads[head] {
		return -1
	}
	return r.latestOrg(func(name string) bool {
		ws := strings.Fields(name)
		return len(ws) > 1 && slices.Contains(ws, head)
	})
}

// latestOrg returns the organisation named latest in reach whose
// lower-case name match accepts, -1 if none is.
func (r *resolver) latestOrg(match func(name string) bool) int {
	for k := len(r.hist) - 1; k >= r.oldest(); k-- {
		if id := r.hist[k].ent; id >= 0 && r.reg.ents[id].kind == mkOrg && match(strings.ToLower(r.reg.ents[id].name)) {
			return id
		}
	}
	return -1
}

// bodyHeads name a body when its own name holds them ("the service"
// after the National Weather Service), though "a service" or "a board"
// set off after a name is often no body at all ("a panel of the roof").
var bodyHeads = set("service board network panel")

// firmBefore resolves "the company" to the firm that is the subject of
// its sentence or the one before, or owns it ("Transocean disputed the
// charges. '…,' the company said"; "BP's own plan minimized the danger.
// The company said …"), -1 when there is none.
func (r *resolver) firmBefore(m mention) int {
	if m.e-m.s != 2 || r.f.tok(m.s).lower != "the" || !firmNouns[r.f.tok(m.e-1).lower] {
		return -1
	}
	from := r.f.sentencesBack(m.s, 1)
	for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= from; k-- {
		if h := r.hist[k]; h.ent >= 0 && (h.m.subject || r.ownsSubject(h.m)) && r.reg.ents[h.ent].kind == mkOrg {
			return h.ent
		}
	}
	// else the body the post is about: named at least three times so
	// far, twice as often as any other, a subject somewhere, and named
	// in this paragraph or the three before ("the company said" in a
	// story about BP)
	n := make(map[int]int)
	acts := make(map[int]bool) // a subject somewhere: an actor of the story
	for _, h := range r.hist {
		if h.ent >= 0 && r.reg.ents[h.ent].kind == mkOrg {
			n[h.ent]++
			acts[h.ent] = acts[h.ent] || h.m.subject
		}
	}
	best, first, second := -1, 0, 0 // (a tie leaves second == first: no one stands out)
	for id, c := range n {
		switch {
		case c > first:
			best, first, second = id, c, first
		case c > second:
			second = c
		}
	}
	if first < 3 || first < 2*second || !acts[best] {
		return -1
	}
	para := r.f.tok(m.s).para
	for k := len(r.hist) - 1; k >= 0 && r.f.tok(r.hist[k].m.s).para+3 >= para; k-- {
		if r.hist[k].ent == best {
			return best // (and named lately: not "YouTube", named once in passing long before)
		}
	}
	return -1
}

// outletBefore resolves "the newspaper" or "the network" to the outlet
// named as a subject in its sentence or the two before ("The New Yorker
// published the plan. '…,' the magazine reported"): a name a paper's or
// a magazine's head word ends ("Times", "Yorker"), or, for a broadcaster,
// also a name in capitals ("CNN"); -1 when there is none.
func (r *resolver) outletBefore(m mention) int {
	if m.e-m.s != 2 || r.f.tok(m.s).lower != "the" {
		return -1
	}
	noun := r.f.tok(m.e - 1)
	if !isLowerWord(noun) || !printNouns[noun.lower] && !broadcastNouns[noun.lower] {
		return -1
	}
	from := r.f.sentencesBack(m.s, 2)
	for k := len(r.hist) - 1; k >= r.oldest() && r.hist[k].m.s >= from; k-- {
		h := r.hist[k]
		if h.ent < 0 || !h.m.subject || h.m.kind != mkOrg && h.m.kind != mkOther && h.m.kind != mkPerson {
			continue
		}
		name := strings.Fields(r.reg.ents[h.ent].name)
		if len(name) == 0 {
			continue
		}
		last := name[len(name)-1]
		if newspaperHeads[strings.ToLower(last)] || magazineHeads[strings.ToLower(last)] ||
			broadcastNouns[noun.lower] && (len(name) == 1 && len(last) >= 2 && len(last) <= 4 && strings.ToUpper(last) == last || broadcasterHeads[strings.ToLower(last)]) {
			return h.ent
		}
	}
	return -1
}

// printNouns and broadcastNouns stand for an outlet named before: "the
// newspaper said", "the network reported".
var (
	printNouns     = set("newspaper paper magazine tabloid daily weekly journal")
	broadcastNouns = set("network broadcaster channel station")
)

// magazineHeads and broadcasterHeads end outlets' names, as
// newspaperHeads do papers'.
var (
	magazineHeads    = set("yorker magazine weekly review atlantic spectator statesman newsweek")
	broadcasterHeads = set("news radio television tv jazeera network")
)

// ownsSubject reports a name in the possessive that opens its sentence,
// the owner of its subject: "BP's own exploration plan minimized the
// danger. The company said …" (the company is BP).
func (r *resolver) ownsSubject(m mention) bool {
	return m.e > m.s && r.f.sentenceStart(m.s) == m.s && isPossessive(r.f.tok(m.e-1).text)
}

// firmNouns stand for a company named before: "the company said".
var firmNouns = set("company firm corporation contractor operator")

// peopleGroup reports a plural name for people of a party or nation
// ("Democrats", "Americans").
func peopleGroup(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && (lang.Party(stem) != "" || isNationality(stem) || stem == "progressive")
}

// lookback is how many of the latest mentions the backward searches
// (salient, titled, pronoun, groupRole, bySurname) read: more than a long
// article holds, and it keeps the work linear in a huge document.
const lookback = 1000

// oldest is the first index of hist the backward searches read.
func (r *resolver) oldest() int { return max(0, len(r.hist)-lookback) }

// push records a resolved mention.
func (r *resolver) push(m mention, id int) {
	if n := len(r.hist); n > 0 && id >= 0 && (m.kind == mkPerson || m.kind == mkOther) && r.reg.ents[id].kind == mkPerson && r.f.setBefore(r.hist[n-1].m, m) {
		// a description set before the name it describes stands for it:
		// "A smart young woman with plans to study, Nicole's outlook is
		// upbeat. '…,' she says" is Nicole's
		r.hist[n-1].ent = id
	}
	r.hist = append(r.hist, ref{m: m, ent: id})
}

// setBefore reports whether description d opens its sentence and is set
// before the name m, which follows the first comma after it, with no cue
// between ("A smart young woman with plans to …, Nicole's outlook").
func (f *field) setBefore(d, m mention) bool {
	return (d.kind == mkIndef || d.kind == mkRole) && f.sentenceStart(d.s) == d.s && m.s-1 >= d.e && m.s-d.e <= 24 &&
		f.tok(m.s-1).text == "," && f.firstComma(d.e) == m.s-1 && !f.cueBetween(d.e, m.s)
}

// before returns a copy of the resolver that only knows the mentions
// starting before token s.
func (r *resolver) before(s int) *resolver {
	n := r.index(s)
	c := *r
	c.hist = r.hist[:n:n]
	return &c
}

// lookup returns the resolved mention covering tokens [s,e), if scanned
// and read the same way.
func (r *resolver) lookup(m mention) (int, bool) {
	if k := r.index(m.s); k < len(r.hist) && r.hist[k].m.s == m.s && r.hist[k].m.e == m.e && r.hist[k].m.kind == m.kind {
		return r.hist[k].ent, true
	}
	return -1, false
}

// index returns the number of mentions starting before token s. The
// history is in reading order and its mentions do not overlap, so a
// binary search finds it: fields of a huge document hold many thousands.
func (r *resolver) index(s int) int {
	n, _ := slices.BinarySearchFunc(r.hist, s, func(h ref, s int) int { return cmp.Compare(h.m.s, s) })
	return n
}
