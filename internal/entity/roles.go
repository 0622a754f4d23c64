package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity/ner"
	"github.com/dateline-news/dateline/internal/lang"
)

// roleInfo is a title reduced to what decides whether two titles can
// describe the same person: its head noun ("secretary"), its country
// ("us" for "US", "U.S.", "America's", "American") and its other
// qualifying words ("state", "foreign", "barrow", "furness").
type roleInfo struct {
	head   string
	heads  []string // every head noun: "chief executive" has two
	nat    string
	party  string // "republican" for "Republican", "GOP", "R-Tex."
	quals  []string
	props  []string // the qualifiers written with a capital: "shell" in "former Shell executive"
	acrs   []string // the qualifiers written in capitals, without stops: "fbi" in "F.B.I. director"
	caps   []string // every capitalised word but the head, in order: what an acronym may stand for
	former bool
}

// generic words qualify nothing: "former London mayor" is still a London
// mayor.
var genericRoleWords = set(`former then ex ex- acting interim top senior junior current outgoing
	incoming longtime veteran sitting new the a an of for and & 's ' , . -`)

// headAbbreviations spell out the abbreviated titles, so that "the
// senator" is the title of "Sen. Ann Reyes".
var headAbbreviations = map[string]string{"sen.": "senator", "gov.": "governor", "rep.": "representative",
	"gen.": "general", "adm.": "admiral", "col.": "colonel", "capt.": "captain", "lt.": "lieutenant",
	"sgt.": "sergeant", "cpl.": "corporal", "prof.": "professor",
	// British style writes them without the full stop: "Lt Col Ann Reyes"
	"adm": "admiral", "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "cpl": "corporal"}

// qualAbbreviations are short forms of the qualifiers of a title: the
// "Fed chairman" is the "Federal Reserve chairman" (a qualifier of one
// title that is another's says they may be one office).
var qualAbbreviations = map[string]string{"fed": "federal"}

// analyzeRole reads a title: its head nouns, nationality, party and
// qualifiers. The result is shared: callers read it and never change it.
// Titles recur (every stored role of every entity a document's names
// may merge with is read again for each document), so results are
// cached, up to maxCachedRoles titles.
func analyzeRole(title string) roleInfo {
	roleCache.RLock()
	r, ok := roleCache.m[title]
	roleCache.RUnlock()
	if ok {
		return r
	}
	r = readRole(title)
	roleCache.Lock()
	if len(roleCache.m) >= maxCachedRoles {
		clear(roleCache.m)
	}
	roleCache.m[title] = r
	roleCache.Unlock()
	return r
}

// maxCachedRoles bounds analyzeRole's cache (a few megabytes).
const maxCachedRoles = 1 << 15

var roleCache = struct {
	sync.RWMutex
	m map[string]roleInfo
}{m: make(map[string]roleInfo)}

func readRole(title string) roleInfo {
	var r roleInfo
	words := Tokenize(title)
	comp := false // inside an of/for complement
	for _, tk := range words {
		w := strings.ToLower(ner.Normalize(tk.Text))
		if w == "of" || w == "for" {
			comp = true
			continue
		}
		if w == "former" || w == "ex" || w == "ex-" {
			r.former = true
		}
		if c, _ := utf8.DecodeRuneInString(tk.Text); unicode.IsUpper(c) && !(roleHeads[w] && !comp) {
			r.caps = append(r.caps, w)
		}
		if p := lang.Party(w); p != "" && !comp {
			// the party is compared on its own (conflict), not as a
			// qualifier: "Republican nominee" and "presidential nominee"
			// may be one
			if r.party == "" {
				r.party = p
			}
			continue
		}
		if c := lang.Nation(w); c != "" && r.nat == "" {
			r.nat = c
			continue
		}
		if roleHeads[w] && !comp {
			abbrev := strings.HasSuffix(w, ".") || headAbbreviations[w] != ""
			if full := headAbbreviations[w]; full != "" {
				w = full
			}
			if r.head != "" && abbrev {
				// an abbreviated title before the name ("Gov.", "Sen.")
				// after a description: "Republican vice presidential
				// candidate Gov." is a governor of no stated state
				r.quals, r.props = nil, nil
			} else if r.head != "" && !genericRoleWords[r.head] {
				r.quals = append(r.quals, r.head)
			}
			r.head = w
			r.heads = append(r.heads, w)
			continue
		}
		if genericRoleWords[w] {
			continue
		}
		if full := qualAbbreviations[w]; full != "" {
			w = full
		}
		r.quals = append(r.quals, w)
		if c, _ := utf8.DecodeRuneInString(tk.Text); unicode.IsUpper(c) {
			r.props = append(r.props, w)
		}
		if a := strings.ReplaceAll(tk.Text, ".", ""); len(a) >= 2 && strings.ToUpper(a) == a && strings.ToLower(a) != a {
			r.acrs = append(r.acrs, strings.ToLower(a))
		}
	}
	return r
}

// conflict reports whether two titles cannot be the same office: different
// countries, or different qualifiers for the same head ("Cynon Valley MP"
// and "MP for Uxbridge").
func (r roleInfo) conflict(o roleInfo) bool {
	if r.nat != "" && o.nat != "" && r.nat != o.nat {
		return true
	}
	if r.party != "" && o.party != "" && r.party != o.party {
		return true // a Democratic nominee is not a Republican one
	}
	if r.head != o.head {
		return false
	}
	if lang.Office(r.head) && slices.Contains(r.quals, "vice") != slices.Contains(o.quals, "vice") {
		return true // the vice president is not the president (but a vice-presidential nominee is a nominee)
	}
	if len(r.quals) == 0 || len(o.quals) == 0 {
		return false
	}
	return !shareQual(r.quals, o.quals)
}

// otherBody reports whether two titles of one head name two offices one
// person named in full is unlikely to hold: one office of two countries
// or parties, or two current offices, each qualified by a capitalised
// name of a place or body, sharing no qualifier ("MP for Leeds" and "MP
// for York", "Morehouse President" and "president of the National
// Venture Capital Association"; not "NOAA chief" and "National Oceanic
// and Atmospheric Administration chief"). Lower-case qualifiers describe
// ("the health secretary", later "defence secretary"), and the vice
// president may become president: neither parts a name in full.
func (r roleInfo) otherBody(o roleInfo) bool {
	if r.head != o.head {
		return false
	}
	if r.nat != "" && o.nat != "" && r.nat != o.nat || r.party != "" && o.party != "" && r.party != o.party {
		return true
	}
	return !r.former && !o.former && r.namesBody() && o.namesBody() && !r.sameBody(o)
}

// namesBody reports whether a title has a capitalised qualifier that is
// no portfolio or rank word: a place or body ("Leeds", "Morehouse",
// "FBI"), not the "Health" of "Health Secretary".
func (r roleInfo) namesBody() bool {
	return slices.ContainsFunc(r.props, func(p string) bool { return !roleModifiers[p] })
}

// sameBody reports whether two titles of one head share a qualifier (or
// its plural: "communications director"), or one abbreviates the other's
// ("F.B.I. director", "director of the Federal Bureau of Investigation").
func (r roleInfo) sameBody(o roleInfo) bool {
	if r.head != o.head {
		return false
	}
	plural := func(a, b string) bool { return len(a) >= 5 && (a+"s" == b || b+"s" == a) }
	for _, q := range r.quals {
		if slices.ContainsFunc(o.quals, func(p string) bool { return sameQual(p, q) || plural(p, q) }) {
			return true
		}
	}
	return abbreviates(r.acrs, o.caps) || abbreviates(o.acrs, r.caps)
}

// abbreviates reports whether one of acrs is made of the initials of
// words that follow each other in caps: "nyc" of "new", "york", "city"
// (and "cdc" of "centers", "disease", "control", "prevention").
func abbreviates(acrs, caps []string) bool {
	var initials strings.Builder
	for _, w := range caps {
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(r)
	}
	for _, a := range acrs {
		if utf8.RuneCountInString(a) >= 2 && strings.Contains(initials.String(), a) {
			return true
		}
	}
	return false
}

// shareQual reports whether two lists of qualifiers have one in common
// (sameQual).
func shareQual(a, b []string) bool {
	for _, q := range a {
		for _, p := range b {
			if sameQual(p, q) {
				return true
			}
		}
	}
	return false
}

// adjectiveEndings turn a noun into its adjective: "president",
// "presidential"; "parliament", "parliamentary".
var adjectiveEndings = []string{"al", "ial", "ian", "ic", "ary", "ional"}

// sameQual reports whether two qualifiers say the same thing: equal, or
// a noun and its adjective ("candidate for president" and "presidential
// candidate").
func sameQual(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == b {
		return true
	}
	rest, ok := strings.CutPrefix(b, a)
	if !ok || len(a) < 5 {
		return false
	}
	return slices.Contains(adjectiveEndings, rest)
}

// matches reports whether two titles can name the same position: they
// do not conflict, and share a head noun ("BP's chief", "BP chief
// executive") or a capitalised qualifier ("the former Shell executive",
// "former president of Shell Oil").
func (r roleInfo) matches(o roleInfo) bool {
	if r.head == "" || o.head == "" || r.conflict(o) {
		return false
	}
	if slices.Contains(o.heads, r.head) || slices.Contains(r.heads, o.head) {
		return true
	}
	if serviceHeads[r.head] != serviceHeads[o.head] || agentHeads[r.head] != agentHeads[o.head] {
		return false // one body, two posts: "a BP spokesman" is not "BP chief Tony Hayward" or its director
	}
	for _, p := range r.props {
		if slices.Contains(o.props, p) {
			return true
		}
	}
	return false
}

// sameOffice reports whether r and o name one office and say where or of
// what: one head, and one country or a qualifier in common ("Egyptian
// president" and "president of Egypt"; not "Sen." and "Arizona
// senator").
func (r roleInfo) sameOffice(o roleInfo) bool {
	if r.head == "" || r.head != o.head || r.conflict(o) {
		return false
	}
	return r.nat != "" && r.nat == o.nat || shareQual(r.quals, o.quals)
}

// addRole gives p a title. A title p holds already adds nothing: the
// tests below ask whether any title does something, and a person titled
// in every sentence of a huge document would make them slow.
func (p *person) addRole(r roleInfo) {
	for _, q := range p.roles {
		if q.equal(r) {
			return
		}
	}
	p.roles = append(p.roles, r)
}

func (r roleInfo) equal(o roleInfo) bool {
	return r.head == o.head && r.nat == o.nat && r.party == o.party && r.former == o.former &&
		slices.Equal(r.heads, o.heads) && slices.Equal(r.quals, o.quals) && slices.Equal(r.props, o.props) &&
		slices.Equal(r.acrs, o.acrs) && slices.Equal(r.caps, o.caps)
}

// matches reports whether one of p's titles matches r and none rules it
// out.
func (p *person) matches(r roleInfo) bool {
	if p.conflicts(r) {
		return false
	}
	for _, q := range p.roles {
		if q.matches(r) {
			return true
		}
	}
	return false
}

// matchesAll reports whether one of p's titles has r's head and every
// qualifier of r, and none rules r out: "Democratic presidential nominee"
// for "the Democratic nominee".
func (p *person) matchesAll(r roleInfo) bool {
	if p.conflicts(r) {
		return false
	}
	for _, q := range p.roles {
		if q.head == r.head && q.nat == r.nat && subset(r.quals, q.quals) && sameRank(q, r) {
			return true
		}
	}
	return false
}

// namesCountry reports whether r names no country or one of p's titles
// names r's.
func (p *person) namesCountry(r roleInfo) bool {
	return r.nat == "" || slices.ContainsFunc(p.roles, func(q roleInfo) bool { return q.nat == r.nat })
}

// sameRank reports whether two titles agree on being a vice, deputy,
// shadow or assistant one: the vice-presidential nominee is not "the
// presidential nominee".
func sameRank(a, b roleInfo) bool {
	for _, w := range []string{"vice", "deputy", "shadow", "assistant"} {
		if slices.Contains(a.quals, w) != slices.Contains(b.quals, w) {
			return false
		}
	}
	return true
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.ContainsFunc(b, func(v string) bool { return sameQual(v, w) }) {
			return false
		}
	}
	return true
}

// conflicts reports whether p's titles rule r out: one has the same head
// and other qualifiers ("MP for Barrow and Furness" against "Pembrokeshire
// MP"), or p's titles name countries and none is r's.
func (p *person) conflicts(r roleInfo) bool {
	natOK, natSeen := false, false
	for _, q := range p.roles {
		if q.head == r.head && q.conflict(r) {
			return true
		}
		if q.nat != "" {
			natSeen = true
			if q.nat == r.nat {
				natOK = true
			}
		}
	}
	return r.nat != "" && natSeen && !natOK
}

// holdsOtherOffice reports whether p holds a present office other than
// the one r names, so that an unnamed "the US attorney general" is not
// taken for the US interior secretary named before it.
func (p *person) holdsOtherOffice(r roleInfo) bool {
	if r.former || !r.office() {
		return false
	}
	for _, q := range p.roles {
		if !q.former && q.office() && !q.matches(r) {
			return true
		}
	}
	return false
}

// describedOtherwise reports whether the post describes p by an
// occupation other than r's head ("Ana Lind, a nurse,"): the mayor
// spoken of next is someone else.
func (a *annotator) describedOtherwise(p *person, r roleInfo) bool {
	if a.occupations == nil {
		// read once: the named mentions' people are settled by the time
		// role-only mentions are resolved
		a.occupations = make(map[*person][]string)
		for _, m := range a.ms {
			if m.p == nil || m.roleOnly || m.drop {
				continue
			}
			if w := a.describedAs(m); w != "" {
				a.occupations[m.p] = append(a.occupations[m.p], w)
			}
		}
	}
	for _, w := range a.occupations[p] {
		if !slices.Contains(r.heads, w) && w != r.head {
			return true
		}
	}
	return false
}

// holdsOffice reports whether one of p's titles, present or former, names
// an office.
func (p *person) holdsOffice() bool {
	return slices.ContainsFunc(p.roles, roleInfo.office)
}

// serves reports whether p is titled, and only as someone in another's
// service (serviceHeads, but no office): Reyes's campaign manager is not
// "the senator".
func (p *person) serves() bool {
	for _, q := range p.roles {
		if !serviceHeads[q.head] || lang.Office(q.head) {
			return false
		}
	}
	return len(p.roles) > 0
}

// regnal reports whether the title is a monarch's or a royal's ("King",
// "Crown Prince", "Queen", "Emir"): it goes with a given or regnal name,
// never a surname ("King Hussein" is not Saddam Hussein).
func (r roleInfo) regnal() bool {
	return slices.ContainsFunc(r.heads, func(h string) bool { return monarchTitles[h] })
}

// office reports whether the title names an office (lang.Office).
func (r roleInfo) office() bool {
	for _, h := range r.heads {
		if lang.Office(h) {
			return true
		}
	}
	return false
}

// predicateTriggers precede "as" in "served as special envoy", "in his
// role as foreign secretary".
var predicateTriggers = set(`served serves serving named appointed elected became become becomes
	role post job position sworn installed reappointed re-elected`)

// copulas make the definite description after them a predicate of their
// subject: "Reyes is the nominee", no mention of its own.
var copulas = set(`is are am was were be been being become becomes became remain remains remained 're`)

// genericBefore, like a preposition, make an indefinite description
// after them no one in particular: "what we need as a president".
var genericBefore = set(`as than like such`)

// predicateStop ends a predicative title ("special envoy on human rights
// in Iraq from 2003").
var predicateStop = set(`from until since between when who which that and but after before during
	while where , . ; : ( ) " '`)

// roleOnly finds titles used without a name ("the foreign secretary",
// "America's top diplomat", "an MP", a headline's "MP:") and links each to
// the person the document makes clear, in this order of preference:
//
//  1. the name it is in apposition with: "the mayor of Glenford, Ann
//     Reyes," or "Jo Lee, Reyes's campaign manager,";
//  2. a predicate's subject: the nearest person before it in its
//     sentence ("Ann Reyes, who served as special envoy");
//  3. the latest person of the same post before it holding a matching
//     title;
//  4. the first person after it in the same post holding a matching
//     title (a headline "MP: …", or "an MP has said" before the name),
//     no more than maxRoleDistance sentences on;
//  5. the first person later in the document holding the title with
//     every qualifier of a qualified description ("Democratic nominee"
//     for "the Democratic nominee", not for "the nominee");
//  6. for a clause subject ("the former London mayor added") that is
//     neither the object of a preposition nor a possessor, and has no
//     person's name as its possessor ("Reyes's lawyer"), the latest person
//     of the post before it named outside a prepositional phrase, unless
//     their titles rule it out, they hold another office, the post
//     describes them by another occupation ("Ana Lind, a nurse," is not
//     "the mayor"), they serve someone (a campaign manager is not "the
//     senator") or the description's sentence names them after it;
//     only when its sentence
//     names no two people and no pronoun before it, and never for one who
//     acts for someone (an aide, a spokesman); no more than
//     maxRoleDistance sentences back (see salient);
//  7. the latest person earlier in the document with a matching title.
//
// A possessor is never the person described: "Reyes's secretary of
// state" is not Reyes. Indefinite mentions ("an MP") only take rules 1
// and 4: "an MP has said" after one MP was named is more likely another.
// Mentions that none of these link are dropped: a plausible wrong person
// is worse than none. A headline's description links but gives no role:
// a headline sums up, and its words are cut short.
func (a *annotator) roleOnly() {
	var found []*mention
	for fi, f := range a.fields {
		for i := 0; i < len(f.toks); i++ {
			if f.owner[i] >= 0 || !roleHeads[f.lower[i]] {
				continue
			}
			m := a.roleMention(fi, f, i)
			if m == nil {
				continue
			}
			found = append(found, m)
			i = m.e - 1
		}
	}
	if len(found) == 0 {
		return
	}
	for _, m := range found {
		a.add(m)
		m.ms, m.me, m.rs, m.re = m.s, m.e, m.s, m.e
		if m.s > 0 && determiners[a.fields[m.f].toks[m.s-1].Text] {
			m.ms = m.s - 1
		}
	}
	ord := a.order()
	for i, m := range ord {
		if !m.roleOnly {
			continue
		}
		r := analyzeRole(a.text(m.f, m.rs, m.re))
		p := a.resolve(ord, i, m, r)
		if p == nil {
			m.drop = true
			continue
		}
		m.p, m.canon = p, p.canon
		if a.givesRole(m) {
			p.addRole(r)
			a.holdsCountry(p, r)
		}
	}
}

// roleMention reads a role-only mention whose head is token h.
func (a *annotator) roleMention(fi int, f *field, h int) *mention {
	// a head followed by a capitalised word titles a name the tagger
	// missed; leave it
	if h+1 < len(f.toks) && f.capitalized(h+1) && f.sent[h+1] == f.sent[h] && !roleHeads[f.lower[h+1]] && f.lower[h+1] != "of" {
		return nil
	}
	rs, _, prefix := a.roleLeft(f, h+1)
	if prefix {
		return nil
	}
	// a person as possessor ("Reyes's secretary of state") is part of the
	// description, though never the person it describes
	var poss *person
	if rs-2 >= f.sentStart[h] && (f.lower[rs-1] == "'s" || f.lower[rs-1] == "'") {
		if o := f.owner[rs-2]; o >= 0 && a.ms[o].typ == domain.PER && !a.ms[o].roleOnly {
			rs, poss = a.ms[o].ms, a.ms[o].p
		}
	}
	re := h + 1
	for re < len(f.toks) && roleHeads[f.lower[re]] && f.owner[re] < 0 && f.capitalized(re) == f.capitalized(h) {
		re++
	}
	re = a.complement(f, re)
	// "Editor's note:" labels a passage; it names no one
	if re+1 < len(f.toks) && (f.lower[re] == "'s" || f.lower[re] == "'") && f.lower[re+1] == "note" {
		return nil
	}
	m := &mention{f: fi, s: rs, e: re, typ: domain.PER, roleOnly: true, poss: poss}
	before := ""
	if rs > f.sentStart[h] {
		before = f.toks[rs-1].Text
	}
	// predicative: "who served as special envoy on human rights in Iraq",
	// up to another person's name ("as finance chairman for Ann Reyes's
	// campaign" is a finance chairman)
	if strings.ToLower(before) == "as" && rs-2 >= 0 && predicateTriggers[f.lower[rs-2]] {
		for re < len(f.toks) && re-h < 8 && f.sent[re] == f.sent[h] && !predicateStop[f.lower[re]] && !lang.Digits(f.lower[re]) {
			if o := f.owner[re]; o >= 0 && a.ms[o].typ == domain.PER {
				// cut before the preposition that leads to the name
				for k := re - 1; k > h; k-- {
					if prepositions[f.lower[k]] {
						re = k
						break
					}
				}
				break
			}
			re++
		}
		m.e, m.predicate, m.definite = re, true, true
		return m
	}
	// "Reyes is the nominee", "if Reyes becomes the nominee": said of a
	// subject, often as a guess; no title
	if (before == "the" || before == "The") && rs-2 >= f.sentStart[h] && copulas[f.lower[rs-2]] {
		return nil
	}
	// "as a president", "than a governor", "a quality in a candidate",
	// "among a president's legacies": no one in particular
	if (before == "a" || before == "an") && rs-2 >= f.sentStart[h] && (genericBefore[f.lower[rs-2]] || prepositions[f.lower[rs-2]]) {
		return nil
	}
	possessive := false
	for k := rs; k < h; k++ {
		if f.lower[k] == "'s" {
			possessive = true
		}
	}
	switch {
	case before == "the" || before == "The":
		m.definite = true
	case before == "a" || before == "an" || before == "A" || before == "An":
	case possessive:
		m.definite = true
	case rs-3 >= f.sentStart[h] && (before == "'s" || before == "'") && !f.capitalized(rs-2) && ownerOpened(f, rs-2) &&
		re+1 < len(f.toks) && f.toks[re].Text == "," && f.capitalized(re+1):
		// "the company's finance chief, Anil Kapoor,", "the port
		// authority's spokesman, Erik Dahl,": a body's, named before by
		// its noun, set before the holder's name (not "the country's
		// minister of finance" alone: no name says who)
		m.definite, m.setOff = true, true
	case rs <= h && rs-1 > f.sentStart[h] && !f.capitalized(rs-1) && isWordStart(before) && !prepositions[before] && ownerOpened(f, rs) &&
		re+1 < len(f.toks) && f.toks[re].Text == "," && f.capitalized(re+1):
		// a noun before the head, the holder named after it: "a city
		// auditor, Priya Nandakumar,"
		m.definite, m.setOff = true, true
	case possessivePronouns[strings.ToLower(before)] && re+1 < len(f.toks) && f.toks[re].Text == "," && f.capitalized(re+1):
		// "Its director, Per Haugland,", "His lawyer, Jo Lee,": the
		// holder named after it
		m.definite, m.setOff = true, true
	case rs == f.sentStart[h] && f.capitalized(h):
		// a title-case title opening a sentence: "US Secretary of State
		// praised …", or a headline's "MP: …"
		m.definite = true
	default:
		return nil
	}
	// like a named mention, a role-only one is prominent unless it is the
	// object of a preposition or a possessor ("the home secretary's call")
	det := rs
	if m.definite && before != "" && determiners[before] {
		det = rs - 1
	}
	m.prominent = det == 0 || !prepositions[f.lower[det-1]]
	if re < len(f.toks) && (f.lower[re] == "'s" || f.lower[re] == "'") {
		m.prominent = false
	}
	// what follows tells a subject from a modifier ("the official death
	// toll")
	if re < len(f.toks) && f.sent[re] == f.sent[h] {
		next := f.lower[re]
		switch {
		case subjectNext[next] || next == "'s":
			m.subject = true
		case !isWordStart(next):
			// "The senator, who …", "…; the minister, speaking …": a
			// subject opens its clause; "he would have fired BP's top
			// executive, if …" is a verb's object
			m.subject = next == ":" || next == "," && (det == f.sentStart[h] || clauseOpeners[f.lower[det-1]])
		case verbLike(next):
			m.subject = !f.capitalized(re)
		default:
			return nil
		}
	}
	return m
}

// ownerOpened reports that the lower-case owner noun at token k is
// opened by a determiner, past up to two lower-case nouns before it: "the
// company's", "the port authority's".
func ownerOpened(f *field, k int) bool {
	if k <= 0 || k >= len(f.toks) {
		return false
	}
	for j := k - 1; j >= f.sentStart[k] && j >= k-3; j-- {
		if determiners[f.lower[j]] {
			return true
		}
		if f.capitalized(j) || !isWordStart(f.lower[j]) {
			return false
		}
	}
	return false
}

// possessivePronouns own a description set before a name.
var possessivePronouns = set("its their his her")

func isWordStart(s string) bool {
	for _, r := range s {
		return isWordRune(r)
	}
	return false
}

// titled reports whether a description with title r may name p by its
// title (rules 3, 4 and 7 of roleOnly): p.matches r, and fits r's
// country (countryFits).
func (a *annotator) titled(p *person, r roleInfo) bool {
	return p.matches(r) && a.countryFits(p, r)
}

// countryFits reports whether a description with title r may name p as
// far as r's country goes: r names none, one of p's titles names it, or
// no one of the document has a title of that country that matches r.
// "Egypt's president" is not the "President Obama" named just before it
// where the document calls Mubarak Egyptian President; "the U.S.
// president" is still the "President Obama" of a document naming no
// other U.S. president.
func (a *annotator) countryFits(p *person, r roleInfo) bool {
	if p.namesCountry(r) {
		return true
	}
	if a.natHolders == nil {
		a.natHolders = make(map[string][]*person)
		for _, o := range a.people {
			for _, q := range o.roles {
				a.holdsCountry(o, q)
			}
		}
	}
	for _, o := range a.natHolders[r.nat] {
		if o != p && slices.ContainsFunc(o.roles, func(q roleInfo) bool { return q.nat == r.nat && q.matches(r) }) {
			return false
		}
	}
	return true
}

// holdsCountry files p under the country of its title q, once, when the
// people by country (natHolders) are known.
func (a *annotator) holdsCountry(p *person, q roleInfo) {
	if a.natHolders != nil && q.nat != "" && !slices.Contains(a.natHolders[q.nat], p) {
		a.natHolders[q.nat] = append(a.natHolders[q.nat], p)
	}
}

// maxRoleDistance is how many sentences rules 4 and 6 of roleOnly look
// ahead and back.
const maxRoleDistance = 4

// sentence numbers a mention's sentence across the document's fields.
func (a *annotator) sentence(m *mention) int {
	return a.fields[m.f].firstSent + a.fields[m.f].sent[m.ms]
}

// roleLookback is how many mentions before and after a role-only one
// resolve reads: more than a long article holds, and it keeps the work
// linear in a huge document, whose sentences and posts may be unbounded.
const roleLookback = 1000

// namedAfter reports whether p is named in the sentence of ord[i] after
// it.
func (a *annotator) namedAfter(ord []*mention, i int, p *person) bool {
	m := ord[i]
	for j := i + 1; j < len(ord) && ord[j].f == m.f && a.sentence(ord[j]) == a.sentence(m); j++ {
		if x := ord[j]; x.p == p && !x.roleOnly {
			return true
		}
	}
	return false
}

// twoBefore reports whether the sentence of ord[i] names two people
// before it ("Jo Reyes offered advice to Ann Lee, as the nominee …"):
// either may be the one it describes.
func (a *annotator) twoBefore(ord []*mention, i int) bool {
	m := ord[i]
	var seen *person
	for j := i - 1; j >= 0 && ord[j].f == m.f && a.sentence(ord[j]) == a.sentence(m); j-- {
		if x := ord[j]; x.typ == domain.PER && x.p != nil && !x.roleOnly && !x.drop {
			if seen != nil && x.p != seen {
				return true
			}
			seen = x.p
		}
	}
	return false
}

// personPossessive reports whether a description has a person's name as
// its possessor ("Reyes's lawyer", "Ann Reyes's spokesman"): it names
// someone else than the people around it.
func (a *annotator) personPossessive(m *mention) bool {
	if m.poss != nil {
		return true
	}
	f := a.fields[m.f]
	for k := m.s + 1; k < m.e; k++ {
		if f.lower[k] != "'s" && f.lower[k] != "'" {
			continue
		}
		if f.capitalized(k-1) && lang.Nation(f.lower[k-1]) == "" && !roleHeads[f.lower[k-1]] && a.isSurname(f.toks[k-1].Text) {
			return true
		}
	}
	return false
}

// isSurname reports whether a word is the surname of a person of the
// document.
func (a *annotator) isSurname(w string) bool {
	if a.surnames == nil {
		a.surnames = make(map[string]bool)
		for _, p := range a.people {
			if len(p.key) >= 2 {
				a.surnames[p.key[len(p.key)-1]] = true
			}
		}
	}
	return a.surnames[lang.PersonKey(w)]
}

// salient reports whether a description may be linked to the latest
// person named (rule 6 of roleOnly): a definite clause subject, not the
// object of a preposition, not someone's ("Reyes's lawyer"), not one who
// acts for someone (an aide, a spokesman: the person named speaks for
// themselves), in a sentence that names no two people before it and
// does not report before it what he or she said or thought ("Reyes
// said he believed the judge was biased": "he" is Reyes, the judge
// someone else).
func (a *annotator) salient(ord []*mention, i int, m *mention, r roleInfo) bool {
	if !m.definite || !m.subject || !m.prominent || agentHeads[r.head] || a.personPossessive(m) || a.twoBefore(ord, i) || a.reportsBefore(ord, i) {
		return false
	}
	f := a.fields[m.f]
	for k := f.sentStart[m.ms]; k+1 < m.ms; k++ {
		if (f.lower[k] == "he" || f.lower[k] == "she") && reportsClause(f.lower[k+1]) {
			return false
		}
	}
	return true
}

// reportsBefore reports a description that is the speaker of an
// inverted attribution after the words it reports, a person named in
// them ("Omar Lund made important statements, the senior official
// said"): the one named is spoken of, not the one described.
func (a *annotator) reportsBefore(ord []*mention, i int) bool {
	m := ord[i]
	f := a.fields[m.f]
	if m.me >= len(f.toks) || f.sent[m.me] != f.sent[m.ms] || !lang.ReportingVerb(f.lower[m.me]) || m.ms == 0 || f.toks[m.ms-1].Text != "," {
		return false
	}
	for j := i - 1; j >= 0 && ord[j].f == m.f && a.sentence(ord[j]) == a.sentence(m); j-- {
		if x := ord[j]; x.typ == domain.PER && x.p != nil && !x.roleOnly && !x.drop {
			return true
		}
	}
	return false
}

// spokenOf reports a person named as the subject of a clause that a
// reporting verb before it reports ("Obama says that if Hayward had
// been working for him, …"): someone spoken of, not the one a later
// "the president" goes back to.
func (a *annotator) spokenOf(x *mention) bool {
	f := a.fields[x.f]
	t := x.ms - 1
	if t <= 0 || f.sent[t] != f.sent[x.ms] || !lang.Complementizer(f.lower[t]) {
		return false
	}
	for k := f.sentStart[x.ms]; k < t; k++ {
		if lang.ReportingVerb(f.lower[k]) {
			return true
		}
	}
	return false
}

// reportsClause reports a verb that, after "he" or "she", introduces a
// clause about someone else ("he believed the judge was biased"): a
// reporting verb (lang.ReportingVerb) or one of knowing or feeling, which
// introduces no quotation but such a clause all the same.
func reportsClause(w string) bool {
	return lang.ReportingVerb(w) || w == "knew" || w == "knows" || w == "felt" || w == "feels"
}

// introducedUnnamed reports whether the field brought in someone
// unnamed with the head of a definite description before it ("a", "an",
// "one", "another"): after "a senior administration official said", "the
// official" is that official, not a person named earlier with some
// title. (Such an introduction is often no mention of its own: "a senior
// administration official" is not a title.)
func (a *annotator) introducedUnnamed(ord []*mention, i int, r roleInfo) bool {
	m := ord[i]
	f := a.fields[m.f]
	for k := m.ms - 1; k >= 0 && k >= m.ms-unnamedLookback; k-- {
		if f.lower[k] != r.head || f.owner[k] >= 0 && !a.ms[f.owner[k]].roleOnly || !headEnds(f, k) {
			continue // (a description of its own may be the introduction: "A U.S. intelligence official tells")
		}
		for d := k - 1; d >= 0 && d >= k-5 && isWordStart(f.lower[d]); d-- {
			if w := f.lower[d]; w == "a" || w == "an" || w == "one" || w == "another" {
				return true
			}
			if f.owner[d] >= 0 && f.owner[d] != f.owner[k] && a.ms[f.owner[d]].typ == domain.PER {
				break // "an Ortel campaign aide": tied to the person named
			}
		}
	}
	return false
}

// unnamedLookback is how many tokens back introducedUnnamed looks, which
// keeps its work bounded in a huge document.
const unnamedLookback = 2000

// headEnds reports whether the role word at token k ends its noun
// phrase, as the subject of what follows ("an official said", "an
// official who", "an official under the president"), not a modifier
// ("an official statement") or a title before a name ("an aide Mark
// Pratt").
func headEnds(f *field, k int) bool {
	if k+1 >= len(f.toks) || f.sent[k+1] != f.sent[k] {
		return true
	}
	next := f.lower[k+1]
	if !isWordStart(next) {
		return true
	}
	if f.capitalized(k + 1) {
		return false
	}
	return subjectNext[next] || next == "who" || prepositions[next] || verbLike(next)
}

// verbLike reports a lower-case word shaped like a verb after its
// subject: "said", "says" (not "boss").
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// apposition returns the person a description is in apposition with: the
// name right after it and a comma, itself followed by a comma or the end
// of the sentence ("the mayor of Glenford, Ann Reyes, was elected"), or
// the name right before it and a comma when the description ends there
// too ("Jo Lee, Reyes's campaign manager, said").
func (a *annotator) apposition(ord []*mention, i int) *person {
	m := ord[i]
	f := a.fields[m.f]
	closed := func(e int) bool {
		return e >= len(f.toks) || f.sent[e] != f.sent[e-1] || f.toks[e].Text == "," || f.toks[e].Text == ")" || f.toks[e].Text == "." || f.toks[e].Text == ";"
	}
	named := func(x *mention) bool {
		return !x.drop && !x.roleOnly && x.typ == domain.PER && x.p != nil && x.f == m.f
	}
	if m.me < len(f.toks) && f.toks[m.me].Text == "," {
		for j := i + 1; j < len(ord) && ord[j].f == m.f && ord[j].ms <= m.me+1; j++ {
			if x := ord[j]; named(x) && x.ms == m.me+1 && closed(x.me) {
				return x.p
			}
		}
	}
	if m.ms >= 2 && f.toks[m.ms-1].Text == "," && closed(m.me) {
		for j := i - 1; j >= 0 && ord[j].f == m.f && ord[j].ms >= m.ms-maxTitleTokens; j-- {
			if x := ord[j]; named(x) && x.me == m.ms-1 {
				return x.p
			}
		}
	}
	return nil
}

func (a *annotator) resolve(ord []*mention, i int, m *mention, r roleInfo) *person {
	post := a.fields[m.f].post
	samePost := func(x *mention) bool { return a.fields[x.f].post == post }
	poss := m.poss
	isPerson := func(x *mention) bool { return !x.drop && x.typ == domain.PER && x.p != nil && x.p != poss }
	first, last := max(0, i-roleLookback), min(len(ord)-1, i+roleLookback)
	// 1. the name it is in apposition with
	if p := a.apposition(ord, i); p != nil && p != poss {
		return p
	}
	if m.setOff {
		return nil // (the name after it is no one the tagger found: not someone else)
	}
	// 2. the subject of a predicate
	if m.predicate {
		for j := i - 1; j >= first && ord[j].f == m.f && a.sentence(ord[j]) == a.sentence(m); j-- {
			if x := ord[j]; isPerson(x) {
				return x.p
			}
		}
		return nil
	}
	if m.definite && a.introducedUnnamed(ord, i, r) {
		return nil
	}
	// 3. a matching title earlier in the post
	for j := i - 1; j >= first && samePost(ord[j]) && m.definite; j-- {
		if x := ord[j]; isPerson(x) && a.titled(x.p, r) {
			return x.p
		}
	}
	// 4. a matching title later in the post, within a few sentences
	for j := i + 1; j <= last && samePost(ord[j]) && a.sentence(ord[j])-a.sentence(m) <= maxRoleDistance; j++ {
		if x := ord[j]; isPerson(x) && a.titled(x.p, r) {
			return x.p
		}
	}
	if !m.definite {
		return nil
	}
	// 5. the same qualified title anywhere later in the document
	for j := i + 1; j <= last; j++ {
		if x := ord[j]; isPerson(x) && len(r.quals) > 0 && x.p.matchesAll(r) {
			return x.p
		}
	}
	// 6. the latest person named in the post, within a few sentences, for
	// a clause subject when nothing makes that a guess
	if a.salient(ord, i, m, r) {
		for j := i - 1; j >= first && samePost(ord[j]) && a.sentence(m)-a.sentence(ord[j]) <= maxRoleDistance; j-- {
			x := ord[j]
			if !isPerson(x) || !x.prominent || a.spokenOf(x) || x.p.conflicts(r) || !a.countryFits(x.p, r) || x.p.holdsOtherOffice(r) || x.p.serves() && !serviceHeads[r.head] || a.namedAfter(ord, i, x.p) || a.describedOtherwise(x.p, r) {
				continue
			}
			return x.p
		}
	}
	// 7. a matching title earlier in the document
	for j := i - 1; j >= first; j-- {
		if x := ord[j]; isPerson(x) && a.titled(x.p, r) {
			return x.p
		}
	}
	return nil
}

// Key is the merge key of an entity name: entities of the same type whose
// names have the same key are the same entity (if their roles agree; see
// Entities). PER names are folded by lang.PersonKey; other names are lower-
// cased, without dots, a leading "the" or a possessive.
func Key(t domain.EntityType, name string) string {
	if t == domain.PER {
		return lang.PersonKey(name)
	}
	name = strings.ToLower(ner.Normalize(name))
	name = strings.TrimPrefix(name, "the ")
	name = strings.TrimSuffix(name, "'s")
	name = strings.ReplaceAll(name, ".", "")
	return strings.Join(strings.Fields(name), " ")
}

// hasHead reports whether words hold a role head.
func hasHead(words []string) bool {
	for _, w := range words {
		if roleHeads[w] {
			return true
		}
	}
	return false
}
