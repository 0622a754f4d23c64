package entity

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity/ner"
	"github.com/dateline-news/dateline/internal/lang"
)

// field is one tokenised post field.
type field struct {
	post      int
	kind      domain.Field
	text      string
	toks      []Token
	lower     []string // normalised lower-case token texts
	sent      []int    // sentence number of each token
	sentStart []int    // first token of each token's sentence
	tags      []string
	owner     []int // mention index owning each token, -1 for none
	firstSent int   // number of sentences in the fields before this one
}

func (f *field) capitalized(i int) bool {
	r, _ := utf8.DecodeRuneInString(f.toks[i].Text)
	return unicode.IsUpper(r)
}

func (f *field) isHeadline() bool { return f.kind == domain.FieldHeadline }

// mention is a working mention; token ranges are half-open.
type mention struct {
	f         int
	s, e      int // the name (for role-only mentions, the role)
	ms, me    int // the whole mention: determiner, role, honorific, name, apposition
	rs, re    int // the role, rs == re when none
	typ       domain.EntityType
	roleOnly  bool
	definite  bool
	predicate bool // "served as special envoy …": a role stated of someone
	// setOff: a description read only because a name follows it after a
	// comma ("the company's finance chief, Anil Kapoor,"): that name's,
	// or no one's
	setOff    bool
	subject   bool // role-only mention followed by a verb: a clause subject
	prominent bool // not the object of a preposition
	typed     bool // its type comes from a rule of its context, not the tagger ("Texas-based Anadarko")
	family    bool // a given name and a full name that share its surname ("Joe and Hunter Biden"): people
	nickname  bool // written with a nickname in marks (nicknames): a person
	name      string
	canon     string
	p         *person
	poss      *person // a role-only mention's possessor ("Reyes's lawyer"), never the person described
	drop      bool
}

// person is one PER entity of the document.
type person struct {
	canon  string
	forms  map[string]int // full names written for it, and how often
	key    []string       // folded name tokens of the canonical name
	roles  []roleInfo
	named  bool
	gender byte // 'm' or 'f' when a given name or honorific tells
	// kin: introduced as someone's relative ("his wife, Heidi Cruz",
	// "first lady Michelle Obama"): a title with the surname alone
	// ("President Obama", "Senator Cruz") is another person's unless the
	// text gives it to this one (an honorific of the relative's gender,
	// "Mrs. Cruz", still may be)
	kin bool
	// credits counts the full-name mentions in a reporter's credit
	// ("Omar Said contributed to this report"), of forms' total: a given
	// name alone is not such a reporter's unless the text names them
	// elsewhere
	credits int
}

// creditOnly reports a person named only in the credits.
func (p *person) creditOnly() bool {
	n := 0
	for _, c := range p.forms {
		n += c
	}
	return p.credits > 0 && p.credits >= n
}

// betterCanon reports whether name, a full name written for p, names it
// better than its canonical name so far: a name with middle initials
// ("George W. Bush" tells him from his father), else one not written in
// capitals, else the one written most often, else the longer. A misspelling written once ("Sarah
// Paliin", whose key is Sarah Palin's) does not displace a name written
// ten times.
func (p *person) betterCanon(name string) bool {
	ni, ci := lang.MiddleInitials(name) != "", lang.MiddleInitials(p.canon) != ""
	if ni != ci {
		return ni
	}
	if ns, cs := lang.Shouted(name), lang.Shouted(p.canon); ns != cs {
		return cs // as written, not in capitals
	}
	if n, c := p.forms[name], p.forms[p.canon]; n != c {
		return n > c
	}
	return utf8.RuneCountInString(name) > utf8.RuneCountInString(p.canon)
}

type annotator struct {
	fields []*field
	ms     []*mention
	people []*person
	// surnames of the people named in full (isSurname), once known
	surnames map[string]bool
	// labelled returns the types the tagger's training data gave a name
	// (ner.Model.Labelled)
	labelled func(words ...string) uint8
	// acronyms the document spells out (acronym), once asked
	acronyms map[string]bool
	// the people holding a title of each country (countryFits), once
	// asked; roleOnly files the titles it gives after that
	natHolders map[string][]*person
	// the occupations the post's descriptions give each person
	// (describedOtherwise), once asked
	occupations map[*person][]string
}

// Annotate finds the entity mentions of one document's posts: in each
// post's Headline, Caption and Text (Mention.Field says which), with byte
// offsets into that field. PER mentions span the whole expression that
// refers to the person, so that it can serve as an alias: determiner,
// role, honorific, name and apposition ("US Secretary of State John
// Kerry", "Mr Kerry", "John Woodcock, the MP for Barrow and Furness",
// "America's top diplomat"); Name is the canonical name within the
// document ("John Kerry") and Role the title given with the mention.
//
// The posts are taken as one document: types are made consistent across
// it, and surnames, honorific forms and role-only mentions are linked to
// the full names it introduces. Role-only mentions that cannot be linked
// to a person are left out. The result has one slice per post.
func (t *Tagger) Annotate(posts []domain.Post) [][]domain.Mention {
	ms, _ := t.AnnotateContext(context.Background(), posts)
	return ms
}

// AnnotateContext is Annotate that gives up with ctx's error when ctx is
// done.
func (t *Tagger) AnnotateContext(ctx context.Context, posts []domain.Post) ([][]domain.Mention, error) {
	a := &annotator{labelled: t.m.Labelled}
	for pi, p := range posts {
		for _, fv := range []struct {
			kind domain.Field
			text string
		}{{domain.FieldHeadline, p.Headline}, {domain.FieldCaption, p.Caption}, {domain.FieldText, p.Text}} {
			if strings.TrimSpace(fv.text) != "" {
				a.fields = append(a.fields, newField(pi, fv.kind, fv.text))
			}
		}
	}
	n := 0
	for _, f := range a.fields {
		f.firstSent = n
		if len(f.sent) > 0 {
			n += f.sent[len(f.sent)-1] + 1
		}
	}
	if err := a.tag(ctx, t); err != nil {
		return nil, err
	}
	// each step is linear and takes well under a second for the largest
	// document read (16 MiB)
	for _, step := range a.steps() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		step()
	}
	return a.output(len(posts)), nil
}

// steps are the rules that turn the tagger's tags into mentions, in
// order.
func (a *annotator) steps() []func() {
	return []func(){a.chunks, a.openers, a.headlineUs, a.peopleByPost, a.datelinePlaces, a.dropTitleWords, a.nicknames, a.consistentTypes, a.initialEnds, a.headlineWords, a.gluedNames, a.recover, a.ranks, a.noNames,
		a.bylines, a.pronouns, a.expandPeople, a.claim, a.nameCanon, a.notPeople, a.roleOnly, a.otherCanon, a.leaders}
}

// openers cuts a sentence opener off the name the tagger began with it
// ("Besides Transocean": Transocean).
func (a *annotator) openers() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.e-m.s >= 2 && m.s == f.sentStart[m.s] && sentenceOpeners[f.toks[m.s].Text] && f.capitalized(m.s+1) {
			a.cutFirst(m)
		}
	}
}

// headlineUs drops "Us" of a headline written in title case ("Just Give
// Us a Few Figures"): the pronoun, not the United States, which a
// headline writes "US" or "U.S.".
func (a *annotator) headlineUs() {
	for _, m := range a.ms {
		if !m.drop && m.e-m.s == 1 && a.fields[m.f].toks[m.s].Text == "Us" && a.headlineLike(m.f, m.s) {
			a.release(m)
		}
	}
}

// cutFirst gives up a mention's first word, which names no one.
func (a *annotator) cutFirst(m *mention) {
	a.fields[m.f].owner[m.s] = -1
	m.s++
	m.ms = max(m.ms, m.s)
}

// shoutedWord is a word written in capitals as it is written in a
// sentence ("NO" is "No"), or the word itself.
func shoutedWord(w string) string {
	if len(w) < 2 || strings.ToUpper(w) != w {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// listGoesOn reports whether a list goes on at token k, right after a
// name: "and" or "or" ("by the president, Michelle Obama and daughter
// Sasha" is a list of three, not the president named; but "the
// chancellor, Gerhard Schröder, and the foreign minister" names him).
func listGoesOn(f *field, k int) bool {
	return k < len(f.toks) && (f.lower[k] == "and" || f.lower[k] == "or")
}

// release drops m and frees its tokens, which the names and titles
// around may then take.
func (a *annotator) release(m *mention) {
	m.drop = true
	f := a.fields[m.f]
	for i := m.s; i < m.e; i++ {
		f.owner[i] = -1
	}
}

// ranks drops persons made of the words of a military rank: the first
// word of a rank before a name ("Lance" in "Lance Corporal Ann Reyes",
// which is part of her title, read by expand), and a rank alone ("was a
// Lance Corporal with the regiment", "the Corporal"), which names no one.
func (a *annotator) ranks() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.PER || m.drop {
			continue
		}
		switch {
		case m.e-m.s == 1 && militaryRanks[f.lower[m.s]]:
		case !rankModifiers[f.lower[m.s]]:
			continue
		case m.e-m.s == 2 && roleHeads[f.lower[m.s+1]]:
		case m.e-m.s == 1 && m.e+1 < len(f.toks) && roleHeads[f.lower[m.e]]:
			if o := f.owner[m.e+1]; o < 0 || a.ms[o].typ != domain.PER {
				continue
			}
		default:
			continue
		}
		a.release(m)
	}
}

// noNames drops persons whose one word no one is called by: a
// generational suffix ("Jr." cut off its name), a party and state
// ("D-Fla", cut off "(D-Fla.)"), a group ("Latinos", "Democrats"), an
// honorific alone ("Mister"), a title spoken to ("Mr President"), a sentence adverb
// ("Additionally, …"), the last three unless the document names someone
// so in full ("Reilly, who said", "Jane English … English said"); and cuts
// from a name the time stamp a page glued to its front ("11:19PMDonald
// Trump").
func (a *annotator) noNames() {
	surnames := make(map[string]bool) // last words of the names of two words or more
	for _, m := range a.ms {
		if f := a.fields[m.f]; m.typ == domain.PER && !m.drop && m.e-m.s >= 2 {
			surnames[f.lower[m.e-1]] = true
		}
	}
	var midCap map[string]bool // words written capitalised inside a sentence
	capitalisedInside := func(w string) bool {
		if midCap == nil {
			midCap = make(map[string]bool)
			for _, f := range a.fields {
				for k := range f.toks {
					if k > f.sentStart[k] && f.capitalized(k) {
						midCap[f.lower[k]] = true
					}
				}
			}
		}
		return midCap[w]
	}
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.PER || m.drop {
			continue
		}
		if m.e-m.s >= 2 {
			if stampGlued(f.toks[m.s].Text) {
				a.cutFirst(m)
			}
			continue
		}
		w := strings.TrimSuffix(f.lower[m.s], ".")
		next := ""
		if m.e < len(f.toks) {
			next = f.toks[m.e].Text
		}
		// "Mr President, if I may", "Mr. Ambassador?"
		vocative := m.s > 0 && lang.Honorific(strings.TrimSuffix(f.lower[m.s-1], ".")) && (lang.Office(w) || w == "senator" || w == "ambassador") &&
			(next == "," || next == "?" || next == "." || next == "!")
		// ("Connolly, who led the team" after "Mr. Connolly": a name)
		adverb := strings.HasSuffix(w, "ly") && m.s == f.sentStart[m.s] && next == "," && !lang.KnownGivenName(w) && !capitalisedInside(f.lower[m.s])
		stem := strings.TrimSuffix(w, "s")
		group := (lang.Group(stem) || lang.Demonym(stem) || stem != w && lang.Party(stem) != "") && !lang.KnownGivenName(w) // "Latinos", "Arabs", "Democrats"
		if lang.NameSuffix(w) || lang.Honorific(w) || w == "mister" || partyState(w) || (group || vocative || adverb) && !surnames[f.lower[m.s]] {
			a.release(m)
		}
	}
}

// stampGlued reports a time stamp a page ran into the next word
// ("11:19PMDonald", "9:26PMDonald"): a clock time, its meridiem, then a
// capital. "50 Cent" is a name.
func stampGlued(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != ':' && r != '.' })
	if i <= 0 || !lang.ClockTime(w[:i]) {
		return false
	}
	rest := w[i:]
	if len(rest) > 2 && (strings.HasPrefix(rest, "AM") || strings.HasPrefix(rest, "PM") || strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "pm")) {
		rest = rest[2:]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// partyState reports a lower-case party and state tag ("d-fla", "r-tex"),
// which the press sets in brackets after a lawmaker's name.
func partyState(w string) bool {
	if len(w) < 4 || w[1] != '-' || w[0] != 'd' && w[0] != 'r' && w[0] != 'i' {
		return false
	}
	st := w[2:]
	for _, r := range st {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(st) >= 2 && len(st) <= 5
}

// bylines reads the furniture of readers' comments and letters ("… debate
// with McCain Posted by: jo | May 4", "Dear Obama, …", "Hi Alex, thanks
// for …") and of time stamps ("6:32 pm EDT WASHINGTON (Reuters)"):
// "Posted", a salutation (salutations) and a time stamp's zone are no
// part of a name (the tagger reads "McCain Posted", "Posted" alone, "Dear
// Obama", "EDT WASHINGTON" as a person), and the handle after "Posted
// by:" is a commenter's, not a person of the news.
func (a *annotator) bylines() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.drop {
			continue
		}
		k := m.s - 1
		if k >= 0 && f.toks[k].Text == ":" {
			k--
		}
		if k >= 1 && f.lower[k] == "by" && f.toks[k-1].Text == "Posted" {
			a.release(m)
			continue
		}
		if salutations[f.toks[m.s].Text] || m.s > 0 && lang.TimeZone(f.toks[m.s].Text) && stampBefore(f, m.s-1) {
			// a letter's or a comment's salutation: "Dear Obama", "Hi
			// Alex"; a time stamp's zone: "6:32 pm EDT WASHINGTON
			// (Reuters)"
			if m.e-m.s == 1 {
				a.release(m)
				continue
			}
			a.cutFirst(m)
		}
		if f.toks[m.e-1].Text != "Posted" || m.e >= len(f.toks) || f.lower[m.e] != "by" {
			continue
		}
		f.owner[m.e-1] = -1
		if m.e--; m.e == m.s {
			m.drop = true
		}
		m.me = min(m.me, m.e)
	}
}

// salutations open a letter, a comment or a question to a guest ("Hi
// Alex, thanks for …"): no part of the name after them.
var salutations = set(`Dear Hi Hello Hey`)

// stampBefore reports whether token k is a clock time or a time zone, as
// ends a time stamp ("6:32 pm EDT").
func stampBefore(f *field, k int) bool {
	return lang.ClockTime(f.toks[k].Text) || lang.TimeZone(f.toks[k].Text)
}

// headerPlace reports whether token k, after a name, is the bar between
// a wire page's header place and its day ("WASHINGTON | Fri Jun 19, 2009
// 9:46 am EDT"): the name is the place.
func headerPlace(f *field, k int) bool {
	return k+1 < len(f.toks) && f.toks[k].Text == "|" && (lang.Weekday(f.toks[k+1].Text) || lang.WeekdayAbbreviation(f.toks[k+1].Text))
}

// pronouns drops persons whose name ends in a pronoun (the tagger reads a
// list item "A. It was no joke" as a person "A. It", whom every "It"
// opening a sentence would then name) or joins two names ("Transocean and
// Halliburton accused BP": no one's name holds a conjunction).
func (a *annotator) pronouns() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.PER || m.drop {
			continue
		}
		joined := false
		for i := m.s + 1; i < m.e-1; i++ {
			joined = joined || f.lower[i] == "and" || f.lower[i] == "&"
		}
		if joined || lang.Pronoun(f.lower[m.e-1]) {
			a.release(m)
		}
	}
}

// expandPeople widens every PER mention to the whole expression.
func (a *annotator) expandPeople() {
	for _, m := range a.ms {
		if m.typ == domain.PER && !m.drop {
			a.expand(m)
		}
	}
}

func newField(post int, kind domain.Field, text string) *field {
	f := &field{post: post, kind: kind, text: text, toks: Tokenize(text)}
	f.lower = make([]string, len(f.toks))
	for i, tk := range f.toks {
		f.lower[i] = strings.ToLower(ner.Normalize(tk.Text))
	}
	f.sent = make([]int, len(f.toks))
	f.sentStart = make([]int, len(f.toks))
	for si, b := range sentenceBounds(text, f.toks) {
		for i := b[0]; i < b[1]; i++ {
			f.sent[i] = si
			f.sentStart[i] = b[0]
		}
	}
	f.owner = make([]int, len(f.toks))
	for i := range f.owner {
		f.owner[i] = -1
	}
	return f
}

// tag runs the tagger over all sentences of the document at once. The
// headlines go last, so that what the tagger learnt from the body (the
// tags given to the same words, see ner) informs them: a headline says
// "Kerry" before the body says "US Secretary of State John Kerry". A
// title-case headline ("Kerry Plays Down Hopes Of New Ceasefire") is given
// to the tagger in capitals, the form of headlines in its training data;
// as written it looks like one long name.
func (a *annotator) tag(ctx context.Context, t *Tagger) error {
	var sents [][]string
	type ref struct{ f, s, e int }
	var refs []ref
	for _, headlines := range []bool{false, true} {
		for fi, f := range a.fields {
			if f.isHeadline() != headlines {
				continue
			}
			for _, b := range sentenceBounds(f.text, f.toks) {
				upper := headlines && isTitleCase(f.toks[b[0]:b[1]])
				words := make([]string, 0, b[1]-b[0])
				for _, tk := range f.toks[b[0]:b[1]] {
					if upper {
						words = append(words, strings.ToUpper(tk.Text))
					} else {
						words = append(words, tk.Text)
					}
				}
				sents = append(sents, words)
				refs = append(refs, ref{fi, b[0], b[1]})
			}
			f.tags = make([]string, len(f.toks))
		}
	}
	if len(sents) == 0 {
		return nil
	}
	tags, err := t.m.TagDocContext(ctx, sents)
	if err != nil {
		return err
	}
	for k, r := range refs {
		copy(a.fields[r.f].tags[r.s:r.e], tags[k])
	}
	return nil
}

// isTitleCase reports whether most longer words of a sentence are
// capitalised, as in title-case headlines.
func isTitleCase(toks []Token) bool {
	words, caps := 0, 0
	for _, tk := range toks {
		if utf8.RuneCountInString(tk.Text) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(tk.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// chunks turns tags into mentions.
func (a *annotator) chunks() {
	fieldChunks := make([][]ner.Chunk, len(a.fields))
	for fi, f := range a.fields {
		cs := ner.Chunks(f.tags)
		// "Sheikh Mohammed bin Abdulrahman Al Thani": the tagger may leave a
		// lower-case particle out of a name and cut it in two
		n := 0
		for _, c := range cs {
			if n > 0 {
				prev := &cs[n-1]
				if prev.Type == "PER" && c.Type == "PER" && c.Start == prev.End+1 && lang.Particle(f.lower[prev.End]) && f.sent[c.Start] == f.sent[prev.Start] {
					prev.End = c.End
					continue
				}
			}
			cs[n] = c
			n++
		}
		fieldChunks[fi] = cs[:n]
	}
	// The "'s" of a firm's name belongs to it ("Moody's said", "Moody's
	// also cut"): a name the document once writes so keeps its "'s"
	// everywhere, unless the document also writes it without one ("BP
	// said", so "BP's stated aim" is a possessive).
	bare := make(map[string]bool)
	withS := make(map[string]bool)
	for fi, f := range a.fields {
		for _, c := range fieldChunks[fi] {
			e := withoutPossessive(f, c.Start, c.End)
			if e <= c.Start || c.Type == "PER" {
				continue
			}
			name := strings.Join(f.lower[c.Start:e], " ")
			if e >= len(f.lower) || f.lower[e] != "'s" {
				bare[name] = true
				continue
			}
			next := ""
			if e+1 < len(f.toks) && f.sent[e+1] == f.sent[e] {
				next = f.toks[e+1].Text
			}
			if lang.NameEndsInS(next) {
				withS[name] = true
			}
		}
	}
	for fi, f := range a.fields {
		for _, c := range fieldChunks[fi] {
			s, e := c.Start, withoutPossessive(f, c.Start, c.End)
			if c.Type != "PER" && e > s && e < len(f.lower) && f.lower[e] == "'s" {
				if name := strings.Join(f.lower[s:e], " "); withS[name] && !bare[name] {
					e++
				}
			}
			// "Tory MP", "Cynon Valley MP": the title is not part of the
			// organisation or place
			for c.Type != "PER" && e-s >= 2 && roleHeads[f.lower[e-1]] && !isFunctionWord(f.lower[e-2]) {
				e--
			}
			// "But Mr Galloway Goes To Washington had never been …": a
			// verb in a title-case run (a headline, a pun on a film's
			// title) is no part of a name
			if c.Type == "PER" {
				for k := s + 1; k < e; k++ {
					if lang.HeadlineVerb(f.lower[k]) {
						e = k
						break
					}
				}
			}
			typ := domain.EntityType(c.Type)
			// "Texas-based Anadarko", "Houston-based Halliburton": a
			// place's "-based" is no part of the name it qualifies, and
			// what it qualifies is a body unless a known given name
			// starts it ("the Paris-based Ahmed Rashid")
			typed := false
			if e-s >= 2 && lang.PlaceBased(f.lower[s]) {
				s++
				if typ == domain.PER && (e-s == 1 || !lang.KnownGivenName(f.toks[s].Text)) {
					typ, typed = domain.ORG, true
				}
			}
			// "Moore & Van Allen", "Bailey & Glasser": an ampersand joins
			// the names of a firm, never those of one person
			if typ == domain.PER && slices.Contains(f.lower[s:e], "&") {
				typ, typed = domain.ORG, true
			}
			// a monarch's name with its regnal number after the title:
			// "King Abdullah II" is a person, whatever the tagger says
			if typ != domain.PER && e-s >= 2 && regnal(f.toks[e-1].Text) && s > 0 && monarchTitles[f.lower[s-1]] && f.capitalized(s-1) {
				typ, typed = domain.PER, true
			}
			// a known given name and a word after it, then ", who": a
			// person whatever the tagger says ("Jillian York, who
			// compiles …" is no place)
			if typ != domain.PER && e-s >= 2 && lang.KnownGivenName(f.toks[s].Text) && e+1 < len(f.toks) && f.toks[e].Text == "," && f.lower[e+1] == "who" {
				typ, typed = domain.PER, true
			}
			if e > s {
				a.add(&mention{f: fi, s: s, e: e, typ: typ, typed: typed})
			}
		}
	}
}

// monarchTitles come before a monarch's, a royal's or a pope's name,
// which is a given, regnal or papal name, no surname ("King Hussein",
// "Pope Francis").
var monarchTitles = map[string]bool{"king": true, "queen": true, "pope": true, "emperor": true, "empress": true,
	"tsar": true, "czar": true, "sultan": true, "emir": true, "shah": true, "prince": true, "princess": true}

// regnal reports a regnal number in Roman numerals from II to XXIX
// ("II", "XVI").
func regnal(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return w != "VX" && w != "IIII" && !strings.Contains(w, "IIV")
}

// withoutPossessive returns the end of tokens [s,e) without a closing
// possessive: a possessive never belongs to a name.
func withoutPossessive(f *field, s, e int) int {
	for e > s && (f.lower[e-1] == "'s" || f.lower[e-1] == "'") {
		e--
	}
	return e
}

func (a *annotator) add(m *mention) {
	f := a.fields[m.f]
	m.ms, m.me, m.rs, m.re = m.s, m.e, m.s, m.s
	for i := m.s; i < m.e; i++ {
		f.owner[i] = len(a.ms)
	}
	a.ms = append(a.ms, m)
}

func (a *annotator) text(fi, s, e int) string {
	f := a.fields[fi]
	if s >= e {
		return ""
	}
	return f.text[f.toks[s].Start:f.toks[e-1].End]
}

// surface is a mention's name text with white space normalised, and a
// nickname in marks left out of a person's (see nicknames).
func (a *annotator) surface(m *mention) string {
	text := a.text(m.f, m.s, m.e)
	if m.nickname {
		f := a.fields[m.f]
		var b strings.Builder
		for k := m.s; k < m.e; k++ {
			if o, c, ok := f.nickname(k); ok && k > m.s && c < m.e-1 {
				b.WriteString(f.text[f.toks[m.s].Start:f.toks[o].Start])
				b.WriteString(f.text[f.toks[c+1].Start:f.toks[m.e-1].End])
				text = b.String()
				break
			}
		}
	}
	return strings.Join(strings.Fields(text), " ")
}

// nicknames joins a person's name written with a nickname in marks
// ("James \"Buddy\" Caldwell", "Rep. John J. \"Jack\" Duncan"), which the
// tagger reads as a name, a quotation and another name (or a company):
// the given names, the nickname and the surname are one mention, a
// person's (whatever the tagger made of a name ending in a given name),
// whose name leaves the nickname out (surface: James Caldwell), and the
// nickname is no mention of its own.
func (a *annotator) nicknames() {
	for mi, m := range a.ms {
		f := a.fields[m.f]
		if m.drop || m.typ != domain.PER && !lang.KnownGivenName(f.toks[m.e-1].Text) {
			continue
		}
		o, c, ok := f.nickname(m.e)
		if !ok || c+1 >= len(f.toks) || f.sent[c+1] != f.sent[m.s] || !f.capitalized(c+1) || capStop[f.toks[c+1].Text] ||
			lang.Initials(f.toks[c+1].Text) {
			continue
		}
		e := c + 2
		if ow := f.owner[c+1]; ow >= 0 {
			om := a.ms[ow]
			if om.s != c+1 || om.e-om.s > 2 {
				continue
			}
			e = om.e
			om.drop = true
		}
		for k := o + 1; k < c; k++ {
			if ow := f.owner[k]; ow >= 0 && ow != mi {
				a.ms[ow].drop = true
			}
		}
		for k := m.e; k < e; k++ {
			f.owner[k] = mi
		}
		m.e, m.nickname = e, true
		if m.typ != domain.PER {
			m.typ, m.typed = domain.PER, true // "Marine John" a company, till its surname came
		}
	}
}

// closingMarks are the quotation marks that close each opening one.
var closingMarks = map[string]string{`"`: `"`, "“": "”", "‘": "’", "'": "'"}

// nickname reports whether token o opens a nickname in marks, one or two
// capitalised words closed by the matching mark at c, with nothing but
// spaces between ("\"Buddy\"", "“Mo”").
func (f *field) nickname(o int) (open, close int, ok bool) {
	if o <= 0 || o+2 >= len(f.toks) {
		return 0, 0, false
	}
	closing := closingMarks[f.toks[o].Text]
	if closing == "" || f.toks[o].Start == f.toks[o-1].End {
		return 0, 0, false
	}
	c := o + 1
	for c < len(f.toks) && c-o <= 2 && f.capitalized(c) {
		if r, _ := utf8.DecodeRuneInString(f.toks[c].Text); !isWordRune(r) {
			break
		}
		c++
	}
	if c == o+1 || c >= len(f.toks)-1 || f.toks[c].Text != closing || f.toks[c].End == f.toks[c+1].Start {
		return 0, 0, false
	}
	for k := o; k < c+1; k++ {
		if strings.TrimSpace(f.text[f.toks[k].End:f.toks[k+1].Start]) != "" || strings.Contains(f.text[f.toks[k].End:f.toks[k+1].Start], "\n") {
			return 0, 0, false
		}
	}
	return o, c, true
}

// consistentTypes gives every occurrence of a name its majority type in
// the document (a type a rule of the context gave outvotes the tagger's),
// and the type PER to the surname of a person named in full.
func (a *annotator) consistentTypes() {
	for _, m := range a.ms {
		if m.e-m.s == 1 && a.administrationAt(a.fields[m.f], m.s) {
			m.typ, m.typed = domain.PER, true
		}
		if m.typ != domain.PER && m.e-m.s >= 2 && (postBeforeAt(a.fields[m.f], m.s, m.e) || a.givenNameHoldsPost(m)) {
			m.typ, m.typed = domain.PER, true // "Lindqvist's deputy, Ole Strand,", "Kent Wells, BP's senior vice-president," whatever the tagger read
		}
		if f := a.fields[m.f]; !a.personLike(m) && (bodyBeforeAt(f, m.s, m.e) || bodyAfterAt(f, m.e)) {
			m.typ, m.typed = domain.ORG, true // "a credit-rating agency, Fitch,", "Kestrel, a rival carrier," whatever the tagger read
		}
	}
	votes := make(map[string]map[domain.EntityType]int)
	for _, m := range a.ms {
		k := strings.ToLower(a.surface(m))
		if votes[k] == nil {
			votes[k] = make(map[domain.EntityType]int)
		}
		if m.typed {
			votes[k][m.typ] += 10
		} else {
			votes[k][m.typ]++
		}
	}
	surnames := make(map[string]bool)
	for _, m := range a.ms {
		k := strings.ToLower(a.surface(m))
		best, bn, tie := m.typ, 0, false
		for _, t := range []domain.EntityType{domain.PER, domain.ORG, domain.LOC, domain.MISC} {
			switch n := votes[k][t]; {
			case n > bn:
				best, bn, tie = t, n, false
			case n == bn && n > 0:
				tie = true
			}
		}
		if !tie {
			m.typ = best
		}
		if m.typ == domain.PER && m.e-m.s >= 2 {
			surnames[a.fields[m.f].lower[m.e-1]] = true
		}
	}
	for _, m := range a.ms {
		f := a.fields[m.f]
		switch {
		case m.e-m.s == 1 && surnames[f.lower[m.s]] && f.capitalized(m.s):
			m.typ = domain.PER
		case m.s > 0 && lang.HonorificGender(f.lower[m.s-1]) != 0 && f.capitalized(m.s-1) && f.capitalized(m.s) && !a.headlineLike(m.f, m.s-1):
			m.typ = domain.PER // "Ms. Holt", whatever else Holt names (not "Fans Will Miss Paris")
		}
	}
}

// administrationAt reports a one-word name at token i of f before a
// lower-case "administration" or "presidency" ("the Obama
// administration", "during the Reagan presidency"): a leader's surname,
// which the tagger often reads as a place or a body, and whose type it
// would then give the document's other mentions of the name
// (consistentTypes makes it a person). Not a country's, a state's, a
// party's, a group's or an acronym ("the Texas administration", "the
// Labour administration", "the FDA administration"), a ticket ("the
// Bush-Cheney administration"), nor a word the tagger's training data
// only ever gave another type ("the Kabul administration").
func (a *annotator) administrationAt(f *field, i int) bool {
	if i+1 >= len(f.toks) || !f.capitalized(i) || f.capitalized(i+1) || f.sent[i+1] != f.sent[i] || strings.Contains(f.toks[i].Text, "-") || lang.Shouted(f.toks[i].Text) {
		return false
	}
	if w := f.lower[i+1]; w != "administration" && w != "presidency" {
		return false
	}
	w := f.lower[i]
	return lang.Nation(w) == "" && !lang.USState(w) && !lang.Demonym(w) && lang.Party(w) == "" && !lang.Group(w) && a.trainedType(f.toks[i].Text) == ""
}

// leaders drops the surnames before "administration" (administrationAt)
// of a person the document names no other way, role-only mentions
// aside: the leader an administration is named after is often not the
// person of that surname the archive names in full ("the Truman
// administration" where an economist Truman is the one named), and the
// document says nothing else of them. Until here they were people for
// the document's rules ("the US president" after "the Bush
// administration" is Bush).
func (a *annotator) leaders() {
	named := map[string]bool{}
	leader := func(m *mention) bool {
		return m.typ == domain.PER && !m.roleOnly && m.e-m.s == 1 && a.administrationAt(a.fields[m.f], m.s)
	}
	for _, m := range a.ms {
		if !m.drop && m.typ == domain.PER && !m.roleOnly && !leader(m) {
			named[m.canon] = true
		}
	}
	for _, m := range a.ms {
		if !m.drop && leader(m) && !named[m.canon] {
			a.release(m)
			m.canon = ""
		}
	}
}

// peopleByPost makes a person of a name of two words the tagger read as a
// body or a place and a comma sets a post it holds after: a capitalised
// one ("Pankaj Pandey, Head of Research at ICICI Securities,") or one
// with no article ("Kent Wells, head of the communications effort"); not
// a body with an article before it ("the conservative National Front,
// whose leader", "the State Department, Secretary of State Hillary
// Clinton") or a description with an article after it ("Credit Suisse, a
// leader in wealth management").
func (a *annotator) peopleByPost() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.ORG && m.typ != domain.LOC || m.e-m.s != 2 || !f.capitalized(m.s) || !f.capitalized(m.s+1) || m.me+1 >= len(f.toks) {
			continue
		}
		article := false
		for k := max(0, m.s-2); k < m.s; k++ {
			article = article || f.sent[k] == f.sent[m.s] && determiners[f.lower[k]]
		}
		if w := f.lower[m.me+1]; w == "whose" || w == "which" || w == "who" || article {
			continue
		}
		// a post with no article: "head of", "senior vice-president",
		// "BP's senior vice-president"
		p := m.me + 1
		for o := p; o < len(f.toks)-1 && o < p+3 && f.capitalized(o); o++ {
			if f.lower[o+1] == "'s" || f.lower[o+1] == "’s" {
				p = o + 2 // the owner: "Harbour Oil's"
				break
			}
		}
		bare := p < len(f.toks) && (roleHeads[f.lower[p]] || roleModifiers[f.lower[p]] || f.lower[p] == "head")
		if k := a.postAfter(m); k >= 0 && (f.capitalized(k) || bare && !lang.USState(strings.ToLower(a.surface(m)))) && (f.lower[k] == "head" || !memberNouns[f.lower[k]]) {
			m.typ, m.typed = domain.PER, true
		}
	}
}

// datelinePlaces makes a place of a dateline's town the tagger read as a
// body: a word in capitals opening the text's first sentence before a
// dash ("KIRKWALL - Hundreds of islanders …"); a wire's acronym there
// keeps its brackets ("(Reuters)") and is no dateline's place.
func (a *annotator) datelinePlaces() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.ORG || m.typed || f.kind != domain.FieldText || f.sent[m.s] != 0 || !a.dateline(m) {
			continue
		}
		caps := true
		for k := m.s; k < m.e; k++ {
			w := f.toks[k].Text
			caps = caps && utf8.RuneCountInString(w) >= 4 && w == strings.ToUpper(w)
		}
		if caps && !(m.e-m.s >= 2 && lang.KnownGivenName(f.toks[m.s].Text)) { // (not a byline's "EDGAR HERNANDEZ -")
			m.typ, m.typed = domain.LOC, true
		}
	}
}

// dropTitleWords drops a one-word person that is a capitalised title
// after a comma, followed by what it is held in, capitalised ("…, Head
// of Research at", "…, Imam at Al-Azhar"): a title, no one's name. "In
// Iowa, King at first refused" is King. The word stays taken.
func (a *annotator) dropTitleWords() {
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.PER || m.e-m.s != 1 || m.s == 0 || m.e+1 >= len(f.toks) || f.toks[m.s-1].Text != "," {
			continue
		}
		if (roleHeads[f.lower[m.s]] || f.lower[m.s] == "head") && postLinks[f.lower[m.e]] && f.capitalized(m.e+1) {
			m.drop = true
		}
	}
}

// headlineWords drops a word a headline glued to the front of a name
// ("Praise Ann Reyes for …", "Hapless Reyes and Lee"): the first word of
// a headline is capitalised whatever it is (see headlineLike), so one that is no given name,
// title or honorific and no word of any name the text uses, before a name
// whose surname the text uses, is not the person's (but one before a
// middle initial is: "Thad W. Allen can finally retire now.").
func (a *annotator) headlineWords() {
	inNames := make(map[string]bool)  // words of the text's person names
	surnames := make(map[string]bool) // their last words
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.PER || a.headlineLike(m.f, m.s) {
			continue
		}
		for k := m.s; k < m.e; k++ {
			inNames[f.lower[k]] = true
		}
		surnames[f.lower[m.e-1]] = true
	}
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.typ != domain.PER || !a.headlineLike(m.f, m.s) || m.e-m.s < 2 || m.s != f.sentStart[m.s] {
			continue
		}
		w := f.lower[m.s]
		if inNames[w] || !surnames[f.lower[m.e-1]] || !f.capitalized(m.s+1) || lang.KnownGivenName(w) || lang.Initials(f.toks[m.s+1].Text) ||
			lang.Honorific(w) || lang.Particle(w) || roleHeads[w] || roleModifiers[w] || lang.Nation(w) != "" || lang.Party(w) != "" {
			continue
		}
		f.owner[m.s] = -1
		m.s++
	}
}

// initialEnds carries a person's name that ends in a middle initial on
// over the capitalised word after it ("author John M. Ford", where the
// tagger, or the document's other uses of "Ford", made Ford a company;
// "George W. Bush", where it gave "Bush" to Jeb Bush): no name ends in a
// middle initial.
func (a *annotator) initialEnds() {
	for mi, m := range a.ms {
		f := a.fields[m.f]
		k := m.e
		if m.drop || m.typ != domain.PER || m.e-m.s < 2 || k >= len(f.toks) || f.sent[k] != f.sent[m.s] ||
			!lang.Initials(f.toks[k-1].Text) || !strings.HasSuffix(f.toks[k-1].Text, ".") && len(f.toks[k-1].Text) != 1 || !f.capitalized(k) || lang.Initials(f.toks[k].Text) ||
			capStop[f.toks[k].Text] { // "Jay Z Monday released …"
			continue
		}
		e := k + 1
		if o := f.owner[k]; o >= 0 {
			om := a.ms[o]
			if om.s != k || om.e-om.s > 2 {
				continue
			}
			e = om.e
			om.drop = true
		}
		for i := k; i < e; i++ {
			f.owner[i] = mi
		}
		m.e = e
	}
}

// gluedNames cuts a name run together from two ("… says of Mubarak
// Obama says the transition …", "… clash in Alexandria Mubarak's
// position …", a wire story's highlights without their full stops): a
// name of two words whose second is the surname of someone the document
// names in full otherwise ("Barack Obama"), and whose first is no given
// name but a place the document names, after "in" or another place and
// a comma, or the surname of another person it names in full ("Hosni
// Mubarak") before a reporting verb, is the second person's surname.
func (a *annotator) gluedNames() {
	firsts := make(map[string]map[string]bool) // surname → the first words of the full names it ends
	places := make(map[string]bool)
	for _, m := range a.ms {
		f := a.fields[m.f]
		switch {
		case m.drop:
		case m.typ == domain.PER && m.e-m.s >= 2:
			last := f.lower[m.e-1]
			if firsts[last] == nil {
				firsts[last] = make(map[string]bool)
			}
			firsts[last][f.lower[m.s]] = true
		case m.typ == domain.LOC && m.e-m.s == 1:
			places[f.lower[m.s]] = true
		}
	}
	for _, m := range a.ms {
		f := a.fields[m.f]
		if m.drop || m.typ != domain.PER || m.e-m.s != 2 {
			continue
		}
		w1, w2 := f.lower[m.s], f.lower[m.s+1]
		if lang.KnownGivenName(w1) || lang.Initials(f.toks[m.s].Text) || lang.Honorific(w1) {
			continue
		}
		// a place after "in" or after a place and a comma ("in
		// Alexandria Mubarak's", "Alexandria, Egypt Khalil says"), or a surname before the verb
		// of another sentence ("says of Mubarak Obama says"); not a firm
		// of two partners ("left Davis Manafort in 2006")
		placed := places[w1] && m.s > 0 && (placePrepositions[f.lower[m.s-1]] || m.s > 1 && f.toks[m.s-1].Text == "," && places[f.lower[m.s-2]])
		spoken := len(firsts[w1]) > 0 && m.e < len(f.toks) && lang.ReportingVerb(f.lower[m.e])
		if !placed && !spoken {
			continue
		}
		if holdsOther(firsts[w2], w1) {
			a.cutFirst(m)
		}
	}
}

// holdsOther reports whether set holds a word other than w: a given name
// the document gives someone of another surname, a surname it gives
// someone of another given name.
func holdsOther(set map[string]bool, w string) bool {
	for x := range set {
		if x != w {
			return true
		}
	}
	return false
}

// headlineLike reports whether token i of field fi is in a headline, or
// in a title line the document's text opens with (a scrape whose title
// was not told from the text: "Hapless Reyes and Lee;" on a line of its
// own).
func (a *annotator) headlineLike(fi, i int) bool {
	f := a.fields[fi]
	return f.isHeadline() || fi == 0 && f.post == 0 && f.sent[i] == 0 && f.titleLine()
}

// maxTitleTokens bounds the first line titleLine reads as a title.
const maxTitleTokens = 20

// titleLine reports whether the field's first sentence is a short line
// of its own.
func (f *field) titleLine() bool {
	end := 0
	for end < len(f.toks) && f.sent[end] == 0 {
		if end++; end > maxTitleTokens {
			return false
		}
	}
	if end == 0 || end == len(f.toks) {
		return false
	}
	return strings.Contains(f.text[f.toks[end-1].End:f.toks[end].Start], "\n")
}

// recover adds mentions the tagger missed: further occurrences of names
// found elsewhere in the document (same spelling, capitalised), of the
// surnames of people named in full, and honorific + capitalised word(s).
func (a *annotator) recover() {
	known := make(map[string]domain.EntityType) // exact token sequence -> type
	maxLen := 0
	for _, m := range a.ms {
		if m.drop {
			continue // (a name a rule dropped is not found again)
		}
		f := a.fields[m.f]
		words := make([]string, 0, m.e-m.s)
		for _, tk := range f.toks[m.s:m.e] {
			words = append(words, tk.Text)
		}
		known[strings.Join(words, " ")] = m.typ
		maxLen = max(maxLen, m.e-m.s)
		if m.typ == domain.PER && m.e-m.s >= 2 && f.capitalized(m.e-1) {
			if _, ok := known[f.toks[m.e-1].Text]; !ok {
				known[f.toks[m.e-1].Text] = domain.PER
			}
		}
	}
	// a name the tagger cut short ("BORIS Johnson" in a capitalised
	// headline) grows to the known name it ends
	for _, m := range a.ms {
		f := a.fields[m.f]
		for k := 1; m.s-k >= 0 && m.e-m.s+k <= maxLen; k++ {
			j := m.s - k
			if f.owner[j] >= 0 || f.sent[j] != f.sent[m.s] || !f.capitalized(j) {
				break
			}
			words := make([]string, 0, m.e-j)
			for _, tk := range f.toks[j:m.e] {
				words = append(words, tk.Text)
			}
			if t, ok := known[strings.Join(words, " ")]; ok && t == m.typ {
				for q := j; q < m.s; q++ {
					f.owner[q] = f.owner[m.s]
				}
				m.s = j
			}
		}
	}
	for fi, f := range a.fields {
		for i := 0; i < len(f.toks); i++ {
			if f.owner[i] >= 0 {
				continue
			}
			if lang.Honorific(f.lower[i]) && i+1 < len(f.toks) && f.owner[i+1] < 0 && f.capitalized(i+1) && !capStop[f.toks[i+1].Text] && f.sent[i+1] == f.sent[i] {
				e := i + 1
				for e < len(f.toks) && e-i <= 3 && f.owner[e] < 0 && f.sent[e] == f.sent[i] && (f.capitalized(e) && !capStop[f.toks[e].Text] || lang.Particle(f.lower[e]) && e+1 < len(f.toks) && f.capitalized(e+1)) {
					e++
				}
				a.add(&mention{f: fi, s: i + 1, e: e, typ: domain.PER})
				i = e - 1
				continue
			}
			if !f.capitalized(i) {
				continue
			}
			// longest known name starting here
			words := ""
			best, bt := 0, domain.EntityType("")
			for j := i; j < len(f.toks) && j-i < maxLen && f.owner[j] < 0 && f.sent[j] == f.sent[i]; j++ {
				if j > i {
					words += " "
				}
				words += f.toks[j].Text
				if t, ok := known[words]; ok {
					best, bt = j+1, t
				}
			}
			if best > 0 {
				a.add(&mention{f: fi, s: i, e: best, typ: bt})
				i = best - 1
			}
		}
	}
}

func isFunctionWord(w string) bool {
	return prepositions[w] || determiners[w] || w == "and" || w == "&" || w == "'s"
}

// expand grows a PER mention over its honorific, title, possessive and
// apposition, and records its role.
func (a *annotator) expand(m *mention) {
	f := a.fields[m.f]
	// the tagger sometimes takes a title into the name, with the place
	// before it: "Harriet Mayor Ann Reyes" is Ann Reyes, titled "Mayor"
	for k := m.s + 1; k+2 < m.e; k++ {
		if roleHeads[f.lower[k]] && f.capitalized(k) && f.capitalized(k+1) && !lang.NameSuffix(f.lower[k+2]) {
			for q := m.s; q <= k; q++ {
				f.owner[q] = -1
			}
			m.s = k + 1
			break
		}
	}
	// a headline's verb run into the name: "European Union President
	// Criticizes Obama's Economic Policies" names Obama
	if m.e-m.s >= 2 && headlineVerb(f.toks[m.s].Text) {
		f.owner[m.s] = -1
		m.s++
	}
	// and an honorific or a title word alone (but a knight or dame
	// named by the given name keeps the title: "Sir Christopher" is no
	// one called Christopher)
	for m.e-m.s > 1 && (lang.Honorific(f.lower[m.s]) || roleHeads[f.lower[m.s]] || roleModifiers[f.lower[m.s]]) && !(m.e-m.s == 2 && (f.lower[m.s] == "sir" || f.lower[m.s] == "dame") && lang.KnownGivenName(f.lower[m.s+1])) {
		f.owner[m.s] = -1
		m.s++
	}
	// an occupation capitalised as its sentence's first word before a
	// full name: "Farmer Owen Pryce, 58, watched" is Owen Pryce
	if m.e-m.s >= 3 && m.s == f.sentStart[m.s] && lang.Occupation(f.lower[m.s]) && lang.KnownGivenName(f.lower[m.s+1]) {
		f.owner[m.s] = -1
		m.s++
	}
	m.ms, m.me, m.rs, m.re = m.s, m.e, m.s, m.s
	// honorifics
	for m.ms > f.sentStart[m.s] && lang.Honorific(f.lower[m.ms-1]) {
		m.ms--
	}
	// "first lady Maria Harlow": a leader's spouse, her role (the
	// honorific alone gave none)
	spouse := m.ms == m.s-1 && m.ms-1 >= f.sentStart[m.s] && f.lower[m.ms-1] == "first" && (f.lower[m.ms] == "lady" || f.lower[m.ms] == "gentleman")
	if spouse {
		m.ms, m.rs, m.re = m.ms-1, m.ms-1, m.s
		if m.ms > f.sentStart[m.s] && f.lower[m.ms-1] == "the" {
			m.ms--
		}
	}
	// title before the name: "US Secretary of State", "Syria's President"
	if rs, re, poss := a.roleLeft(f, m.ms); !spouse && re > rs {
		if poss {
			m.ms = rs // "Labour's Ann Clwyd": a prefix but not a role
		} else {
			m.ms, m.rs, m.re = rs, rs, re
			if m.ms > f.sentStart[m.s] && f.lower[m.ms-1] == "the" {
				m.ms-- // "the former UN Secretary General Kofi Annan"
			}
		}
	}
	// "the US secretary of state, John Kerry,"
	if m.rs == m.re && m.ms == m.s && m.s-2 >= f.sentStart[m.s] && f.toks[m.s-1].Text == "," {
		if rs, re, poss := a.roleLeft(f, m.s-1); re > rs && !poss && rs-1 >= 0 && f.lower[rs-1] == "the" && (m.e == len(f.toks) || !f.capitalized(m.e) || f.toks[m.e].Text == ",") && !listGoesOn(f, m.e) {
			m.ms, m.rs, m.re = rs-1, rs, re
		}
	}
	// "Andrew Mitchell MP" (the tagger may have made "MP" an entity)
	if m.e < len(f.toks) && postTitles[f.toks[m.e].Text] {
		if o := f.owner[m.e]; o < 0 || a.ms[o].s == m.e && a.ms[o].e == m.e+1 {
			if o >= 0 {
				a.ms[o].drop = true
			}
			if m.rs == m.re {
				m.rs, m.re = m.e, m.e+1
			}
			m.me = m.e + 1
		}
	}
	// "President Putin of Russia"
	if (m.rs < m.re || m.ms < m.s) && m.me+1 < len(f.toks) && f.lower[m.me] == "of" {
		if o := f.owner[m.me+1]; o >= 0 && a.ms[o].typ == domain.LOC && a.ms[o].s == m.me+1 {
			m.me = a.ms[o].e
		}
	}
	// apposition: "John Woodcock, the MP for Barrow and Furness,"
	if m.rs == m.re && m.me+1 < len(f.toks) && f.toks[m.me].Text == "," && f.sent[m.me+1] == f.sent[m.s] {
		if rs, re, ok := a.roleRight(f, m.me+1); ok && a.boundaryAfter(f, re) && (appositionEnd(f, re) || unclosedApposition(f, rs, re, m.me+1)) {
			m.rs, m.re, m.me = rs, re, re
		}
	}
	m.name = a.surface(m)
	// prominent: not the object of a preposition, not a possessor
	m.prominent = m.ms == 0 || !prepositions[f.lower[m.ms-1]]
	if m.me < len(f.toks) && (f.lower[m.me] == "'s" || f.lower[m.me] == "'") {
		m.prominent = false
	}
	// a name in quotation marks is a nickname quoted ("the player
	// nicknamed “King Ed”"), not someone the next sentences speak of
	if m.ms > 0 && m.me < len(f.toks) && quoteMarks[f.toks[m.ms-1].Text] && quoteMarks[f.toks[m.me].Text] {
		m.prominent = false
	}
}

// givesRole reports whether a mention gives its person a role: it has one,
// and is not in a headline or a title line without a full stop, which sum
// up in words cut short ("Mayor backs Reyes").
func (a *annotator) givesRole(m *mention) bool {
	if m.rs == m.re {
		return false
	}
	f := a.fields[m.f]
	if f.isHeadline() {
		return false
	}
	if !a.headlineLike(m.f, m.s) {
		return true
	}
	end := m.s
	for end+1 < len(f.toks) && f.sent[end+1] == f.sent[m.s] {
		end++
	}
	if quoteMarks[f.toks[end].Text] && end > m.s {
		end--
	}
	return f.toks[end].Text == "."
}

// quoteMarks are the tokens that open or close a quotation.
var quoteMarks = set("\" \u201c \u201d \u2018 \u2019 ' `` ''")

// roleLeft finds a title ending just before token end: [rs, re) with
// re == end, or rs == re when there is none. poss reports a bare
// possessive prefix without a title ("Labour's").
func (a *annotator) roleLeft(f *field, end int) (rs, re int, poss bool) {
	if end <= 0 {
		return end, end, false
	}
	start := f.sentStart[end-1]
	j := end - 1
	acc := end
	possAt := -1
	for j >= start {
		if o := f.owner[j]; o >= 0 {
			om := a.ms[o]
			if om.typ == domain.PER || om.drop || a.sentenceLike(om) {
				break
			}
			acc = min(om.s, j) // (min: never back over a stale owner)
			j = acc - 1
			continue
		}
		w := f.lower[j]
		switch {
		case (w == "'s" || w == "'") && j-1 >= start && acc == j+1:
			// "Syria's President": the possessor is the leftmost part;
			// a person's is not ("Reyes's aide Jo Lee" is Jo Lee, the
			// aide)
			k := j - 1
			if o := f.owner[k]; o >= 0 {
				if a.ms[o].typ != domain.PER {
					acc, possAt = a.ms[o].s, j
				}
			} else if f.capitalized(k) && !capStop[f.toks[k].Text] && !lang.KnownGivenName(f.lower[k]) {
				acc, possAt = k, j
			}
			j = start - 1 // stop
			continue
		case roleHeads[w] || roleModifiers[w] && !lang.Honorific(w):
		case rankModifiers[w] && j+1 < end && roleHeads[f.lower[j+1]]:
			// "Lance Corporal", even opening the sentence
		case (w == "of" || w == "for") && j-1 >= start && serviceHeads[f.lower[j-1]] && hasHead(f.lower[j+1:end]):
			// "a spokesman for Democratic candidate Ann Reyes": she is
			// the candidate, the spokesman someone else
			j = start - 1
			continue
		case (w == "of" || w == "for") && j-1 >= start && roleHeads[f.lower[j-1]] && acc == j+1:
		case f.capitalized(j) && !capStop[f.toks[j].Text] && !lang.Honorific(w):
			if j == start && lang.Nation(w) == "" || lang.TimeZone(w) || capStop[shoutedWord(f.toks[j].Text)] {
				// (nor a time stamp's zone, "11:19 PM President Obama",
				// nor a word of a headline run in, "NO Egyptian President")
				j = start - 1
				continue
			}
			if f.isHeadline() && lang.Nation(w) == "" {
				j = start - 1
				continue
			}
		default:
			j = start - 1
			continue
		}
		acc = j
		j--
	}
	if acc >= end {
		return end, end, false
	}
	// "would counsel Reyes to run": a verb, not a title
	if acc == end-1 && verbHeads[f.lower[acc]] && !f.capitalized(acc) && acc > start && verbBefore[f.lower[acc-1]] {
		return end, end, false
	}
	// the title must end in a head, or in a head and its complement
	// ("Secretary of State")
	last := -1
	for k := end - 1; k >= acc; k-- {
		if roleHeads[f.lower[k]] && f.owner[k] < 0 {
			last = k
			break
		}
	}
	if last < 0 {
		if possAt >= 0 && possAt == end-1 {
			return acc, end, true
		}
		return end, end, false
	}
	if last+1 < end {
		if f.lower[last+1] != "of" && f.lower[last+1] != "for" || last+2 >= end {
			return end, end, false
		}
		for k := last + 2; k < end; k++ {
			if !(f.capitalized(k) || roleModifiers[f.lower[k]] || f.owner[k] >= 0 || f.lower[k] == "and" || f.lower[k] == "&") {
				return end, end, false
			}
		}
	}
	return acc, end, false
}

// roleRight reads a title starting at token i, after an optional
// determiner: modifiers, a head, and an of/for complement ("the MP for
// Barrow and Furness"). [rs, re) is the title without the determiner.
func (a *annotator) roleRight(f *field, i int) (rs, re int, ok bool) {
	k := i
	if k < len(f.toks) && determiners[f.toks[k].Text] {
		k++
	}
	rs = k
	lastHead := -1
	sent := f.sent[i]
	for k < len(f.toks) && f.sent[k] == sent {
		if o := f.owner[k]; o >= 0 {
			om := a.ms[o]
			if om.typ == domain.PER {
				break
			}
			k = max(om.e, k+1)
			continue
		}
		w := f.lower[k]
		switch {
		case roleHeads[w]:
			lastHead = k
		case (w == "'s" || w == "'") && k > rs:
		case roleModifiers[w]:
		case f.capitalized(k) && !capStop[f.toks[k].Text]:
		default:
			goto done
		}
		k++
	}
done:
	if lastHead < 0 {
		return i, i, false
	}
	re = lastHead + 1
	re = a.complement(f, re)
	return rs, re, true
}

// sentenceLike reports a mention that reads as a clause, not a name a
// title may hold: it has a possessive pronoun or an auxiliary ("His",
// "Is"), as a headline run into the text does ("Obama Outlines His Plans
// for Economic Recovery President Obama" is no title).
func (a *annotator) sentenceLike(m *mention) bool {
	f := a.fields[m.f]
	for k := m.s; k < m.e; k++ {
		if clauseWords[f.toks[k].Text] {
			return true
		}
	}
	return false
}

// clauseWords are possessive pronouns and auxiliaries, capitalised as a
// headline writes them: words of a clause, no name's.
var clauseWords = set(`His Her Their Its Our My Your Is Are Was Were Does Did Has Have Had Can Could Should Would Will`)

// complement extends a title ending at re over "of State", "for Barrow and
// Furness", "of the opposition".
func (a *annotator) complement(f *field, re int) int {
	if re >= len(f.toks) || (f.lower[re] != "of" && f.lower[re] != "for") {
		return re
	}
	q := re + 1
	if q < len(f.toks) && f.lower[q] == "the" {
		q++
	}
	start := q
	for q < len(f.toks) && f.sent[q] == f.sent[re] {
		if o := f.owner[q]; o >= 0 && a.ms[o].typ != domain.PER {
			q = max(a.ms[o].e, q+1)
			continue
		}
		if o := f.owner[q]; o >= 0 {
			break
		}
		w := f.lower[q]
		if (f.capitalized(q) && !capStop[f.toks[q].Text]) || roleModifiers[w] {
			q++
			continue
		}
		if (w == "and" || w == "&") && q > start && q+1 < len(f.toks) && f.capitalized(q+1) {
			q++
			continue
		}
		break
	}
	if q == start {
		return re
	}
	return q
}

// boundaryAfter reports whether an apposition may end before token i.
func (a *annotator) boundaryAfter(f *field, i int) bool {
	if i >= len(f.toks) {
		return true
	}
	if o := f.owner[i]; o >= 0 && a.ms[o].typ == domain.PER {
		return false
	}
	switch f.toks[i].Text {
	case "'s", "\u2019s":
		return false
	case ",":
		// "Vladimir Putin, the US secretary of state, John Kerry, …": the
		// title introduces the next name
		if i+1 < len(f.toks) {
			if o := f.owner[i+1]; o >= 0 && a.ms[o].typ == domain.PER && a.ms[o].s == i+1 {
				return false
			}
		}
	}
	if f.capitalized(i) {
		return f.sent[i] != f.sent[i-1]
	}
	return true
}

// appositionEnd reports whether token i may follow an apposition: the
// end of the text or punctuation. An apposition running on into more
// words ("Carroll Wilson, editor of the Texas newspaper the Times Record")
// was not read whole, and is better left out than cut.
func appositionEnd(f *field, i int) bool {
	if i >= len(f.toks) || f.sent[i] != f.sent[i-1] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f.toks[i].Text)
	return !isWordRune(r) && f.toks[i].Text != "'s"
}

// unclosedApposition reports a title without a determiner, from token
// rs to re, whose closing comma the writer left out before the reporting
// verb of its name: "Dr. Ann Reyes, acting director of the agency told
// reporters". (After a determiner, or with a comma after the verb, the
// title is the verb's subject: "Reyes, the aide said, was not there".)
func unclosedApposition(f *field, rs, re, start int) bool {
	if rs != start || re >= len(f.toks) || f.sent[re] != f.sent[rs] || re+1 < len(f.toks) && f.sent[re+1] == f.sent[re] && f.toks[re+1].Text == "," {
		return false
	}
	// past tenses only: "reports", "claims", "recalls" are also nouns
	// ("the BP claims office")
	w := f.lower[re]
	return lang.ReportingVerb(w) && (w == "said" || lang.PastForm(w))
}

// claim makes each PER mention the owner of its tokens, so that later
// rules see "US Secretary of State John Kerry" as one mention. The
// places and organisations named inside it ("US") stay mentions of their
// own: PER mentions may contain other mentions.
func (a *annotator) claim() {
	for mi, m := range a.ms {
		if m.drop || m.typ != domain.PER {
			continue
		}
		f := a.fields[m.f]
		for i := m.ms; i < m.me; i++ {
			f.owner[i] = mi
		}
	}
}

// order returns mention indexes in document order.
func (a *annotator) order() []*mention {
	out := make([]*mention, 0, len(a.ms))
	for _, m := range a.ms {
		if !m.drop {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].f != out[j].f {
			return out[i].f < out[j].f
		}
		return out[i].ms < out[j].ms
	})
	return out
}

// nameCanon groups the PER mentions of the document into people: full
// names by their key (lang.PersonKey), then every shorter name ("Kerry",
// "Mr Kerry", "Suu Kyi") with a person whose name it ends, by the rules
// of shortName.
func (a *annotator) nameCanon() {
	ord := a.order()
	a.sharedSurnames(ord)
	byKey := make(map[string]*person)
	// the people with a given name and a surname, by given name
	byGiven := make(map[string][]*person)
	addPerson := func(p *person) {
		a.people = append(a.people, p)
		if len(p.key) >= 2 {
			byGiven[p.key[0]] = append(byGiven[p.key[0]], p)
		}
	}
	full := make(map[string]bool)
	// the middle initials written with each key: two sets ("George H.W.
	// Bush", "George W. Bush") are a father and a son
	initials := make(map[string]map[string]bool)
	firstInitials := make(map[string]string) // the first written, by key
	for _, m := range ord {
		if m.typ == domain.PER && len(nameTokens(m.name)) >= 2 {
			k := lang.PersonKey(m.name)
			full[k] = true
			if in := lang.MiddleInitials(m.name); in != "" {
				if initials[k] == nil {
					initials[k] = map[string]bool{}
					firstInitials[k] = in
				}
				initials[k][in] = true
			}
		}
	}
	// a key written with two sets of initials names one person per set;
	// the name without initials goes with the first of them introduced
	personKey := func(k, name string) string {
		if len(initials[k]) < 2 {
			return k
		}
		if in := lang.MiddleInitials(name); in != "" {
			return k + "|" + in
		}
		return k + "|" + firstInitials[k]
	}
	ends := make(map[string]bool) // proper endings of full names
	for k := range full {
		ws := strings.Fields(k)
		if len(ws) < 2 {
			continue // "De La": a key of particles only is empty
		}
		for _, e := range endings(ws)[1:] {
			ends[e] = true
		}
	}
	for _, m := range ord {
		words := nameTokens(m.name)
		if m.typ != domain.PER || len(words) < 2 {
			continue
		}
		k := lang.PersonKey(m.name)
		if ends[k] && !lang.KnownGivenName(words[0]) {
			continue // "Suu Kyi" ends "Aung San Suu Kyi": a short name
		}
		pk := personKey(k, m.name)
		p := byKey[pk]
		if p == nil {
			p = &person{canon: m.name, forms: map[string]int{}, key: strings.Fields(k), named: true, gender: lang.GivenGender(words[0])}
			byKey[pk] = p
			addPerson(p)
		}
		p.forms[m.name]++
		if p.betterCanon(m.name) {
			p.canon = m.name
		}
		if g := a.honorificGender(m); p.gender == 0 {
			p.gender = g
		}
		p.kin = p.kin || a.kinNear(m) || a.firstLady(m)
		if a.contributor(m) {
			p.credits++
		}
		m.p = p
	}
	for _, m := range ord {
		if m.p != nil && a.givesRole(m) {
			m.p.addRole(analyzeRole(a.text(m.f, m.rs, m.re)))
		}
	}
	// the people each name ending may refer to, in the order the document
	// introduces them: the text before the headline (headlineLike), which only sums up
	owners := make(map[string][]*person)
	for _, headline := range []bool{false, true} {
		for _, m := range ord {
			if m.p == nil || a.headlineLike(m.f, m.s) != headline {
				continue
			}
			for _, e := range endings(m.p.key) {
				if !slices.Contains(owners[e], m.p) {
					owners[e] = append(owners[e], m.p)
				}
			}
		}
	}
	// a surname the document also gives someone none of its people can be
	// ("Mr. Vance" where only Ruth Vance is named) belongs to that someone
	alone := make(map[string]bool)
	for _, m := range ord {
		if m.typ == domain.PER && m.p == nil {
			k := strings.Join(shortKey(m.name), " ")
			if ps := owners[k]; len(ps) > 0 && a.compatible(m, ps) == nil {
				alone[k] = true
			}
		}
	}
	// the latest mention in full of each ending, if it opened its sentence
	opened := make(map[string]*mention)
	for _, m := range ord {
		if m.p != nil && m.typ == domain.PER {
			for _, e := range endings(m.p.key) {
				if a.opensSentence(m) {
					opened[e] = m
				} else if o := opened[e]; o != nil && o.p != m.p {
					delete(opened, e)
				}
			}
			continue
		}
		if m.typ == domain.PER && m.p == nil {
			k := strings.Join(shortKey(m.name), " ")
			if o := opened[k]; o != nil && !alone[k] && !a.regnalName(m) && o.f == m.f && a.sentence(m)-a.sentence(o) <= 2 && a.compatible(m, []*person{o.p}) != nil {
				// a namesake just introduced as the subject of a sentence
				// ("Homeland Security Secretary Jo Reyes says … Reyes
				// added"): the surname is theirs while the text goes on
				// using it
				m.p = o.p
				opened[k] = m
			} else {
				m.p = a.shortName(m, owners, alone, byKey, byGiven, addPerson)
			}
			if a.givesRole(m) {
				m.p.addRole(analyzeRole(a.text(m.f, m.rs, m.re)))
			}
		}
	}
	for _, m := range ord {
		if m.p != nil {
			m.canon = m.p.canon
		}
	}
}

// notPeople retypes the people of the document that nothing shows to be
// people. A person is shown by a title or honorific ("Mr. Lund"), a
// shorter name ("Lund" after "Tobias Lund"), a given name ("Tobias"), a
// relative ("his daughter, Maya Lund"), a job ("forecaster Lena Hart"),
// a relative "who" after the name ("Tarek Badr Nour, who led the march"),
// a transcript's speaker label in capitals that ends with its surname
// ("MARLOW:"), a credit ("Ada Reyes contributed to this report"), or "he"
// or "she" in a sentence that names no one else, or that opens the next
// sentence after a name that opens its own ("Nadim Ostrava provided the
// star power. She said …"); firms, groups and nicknames ("Hollis Cromby",
// "Velvet Lynx") get none of these. Of the names that nothing shows: a US
// state is a place; a name ending in a word of places ("Rose Garden",
// "Capitol Hill"; after a given name not one that is also a surname:
// "Gary Hill") is a place; one of two words or more is an organisation
// (a place when the text puts it in one), unless its given name is
// unknown but its last word one the tagger's training data knows only as
// a person's surname ("Lazaro Gonzalez"); a one-word name the text puts
// in a place ("in Brackley", "Brackley, Mass.", a dateline) or elsewhere
// tags as one is a place, one a relative "which" follows ("Vantor, which
// built the rig") an organisation, one the tagger's training data only
// ever gave another type ("Texas") that type, an acronym the document
// spells out ("WHO") an organisation, and the name after "Hurricane", or
// a name opening with it ("Hurricanes Katrina"), a storm (MISC); a name
// before a wire header's bar and day ("WASHINGTON | Fri Jun 19") is a
// place, whatever title the byline left before it.
func (a *annotator) notPeople() {
	type evidence struct{ person, place, thing, titled, acronym, storm bool }
	ev := make(map[*person]*evidence)
	speakers := a.speakerLabels()
	for _, m := range a.ms {
		if m.p == nil || m.drop || m.typ != domain.PER {
			continue
		}
		e := ev[m.p]
		if e == nil {
			e = &evidence{}
			ev[m.p] = e
		}
		f := a.fields[m.f]
		rel := a.relativeAfter(m)
		if m.e-m.s == 1 && a.acronym(f, m.s) {
			e.acronym = true
		}
		if m.s > 0 && lang.StormWord(f.lower[m.s-1]) || m.e-m.s >= 2 && lang.StormWord(f.lower[m.s]) {
			e.storm = true // "Hurricane Katrina", "Hurricanes Katrina and Rita"
		}
		if m.s > 0 && lang.Honorific(f.lower[m.s-1]) || m.rs < m.re && (a.honorificGender(m) != 0 || m.rs < m.s) {
			e.titled = true // "Mr. Ford", "Mayor Bloomberg"
		}
		switch {
		case headerPlace(f, m.e):
			e.place = true // "… Editor WASHINGTON | Fri Jun 19, 2009": a wire page's header, whatever title the byline left before it
		case m.rs < m.re, m.s > 0 && lang.Honorific(f.lower[m.s-1]), m.family, m.nickname:
			e.person = true
		case a.surnameOnly(m):
			e.person = true
		case a.pronounNear(m), a.kinNear(m), a.describedAs(m) != "", a.agedAfter(m), a.agentBefore(m), a.headOfAfter(m), a.postBefore(m), a.speaksThenPronoun(m), rel == "who" || rel == "whose",
			m.e-m.s >= 2 && speakers[f.lower[m.e-1]], a.contributor(m):
			e.person = true
		case a.inPlace(m):
			e.place = true
		case rel == "which":
			e.thing = true
		}
	}
	places := make(map[string]bool) // names the document also gives places
	// the first words of its companies' names ("Ford Motor Co.",
	// "Anheuser-Busch Cos.")
	firms := make(map[string]bool)
	for _, m := range a.ms {
		switch {
		case m.drop:
		case m.typ == domain.LOC:
			places[strings.ToLower(a.surface(m))] = true
		case m.typ == domain.ORG:
			ws := strings.Fields(a.surface(m))
			if len(ws) == 0 {
				break
			}
			// (the part before a hyphen: "Anheuser-Busch Cos."; a
			// hyphenated name without a company's ending, "the
			// Clinton-Gore campaign", is no company)
			if first, _, _ := strings.Cut(ws[0], "-"); len(ws) >= 2 && first != "" && companySuffixes[strings.ToLower(strings.TrimRight(ws[len(ws)-1], "."))] {
				firms[strings.ToLower(first)] = true
			}
		}
	}
	for mi, m := range a.ms {
		e := ev[m.p]
		if e == nil {
			continue
		}
		ws := nameTokens(m.p.canon)
		// "Anheuser, the world's largest brewer … Anheuser said" after
		// "Anheuser-Busch Cos.": the firm's short name, whatever its
		// apposition or a nearby "he" suggested, unless an honorific or
		// a title before it makes it someone's surname ("Mr. Ford",
		// "Mayor Bloomberg")
		firm := len(ws) == 1 && firms[strings.ToLower(ws[0])] && !e.titled
		// a sports club, whatever role its short name is given ("Rovers
		// manager Claire Donnelly")
		club := len(ws) >= 2 && clubWords[strings.ToLower(ws[len(ws)-1])] && !e.titled
		if e.person && !firm && !club {
			continue
		}
		typ := domain.EntityType("")
		trained := domain.EntityType("")
		if len(ws) == 1 {
			trained = a.trainedType(ws[0])
		}
		switch {
		case e.storm && (len(ws) == 1 || lang.StormWord(strings.ToLower(ws[0]))):
			typ = domain.MISC // "Katrina" after "Hurricane Katrina"
		case firm:
			typ = domain.ORG
		case club:
			typ = domain.ORG // a sports club: "Redcliffe Rovers", "Harbour Wanderers"
		case lang.USState(strings.ToLower(m.p.canon)):
			typ = domain.LOC // "Delaware", "South Carolina"
		case len(ws) >= 2 && lang.PlaceHead(strings.ToLower(ws[len(ws)-1])) && (!lang.KnownGivenName(ws[0]) || !lang.SurnameHead(strings.ToLower(ws[len(ws)-1]))):
			typ = domain.LOC // "Rose Garden", "Capitol Hill", not "Gary Hill"
		case len(ws) >= 2 && !lang.KnownGivenName(ws[0]) && len([]rune(strings.TrimSuffix(ws[0], "."))) > 1 && !a.trainedSurname(ws[len(ws)-1]):
			typ = domain.ORG
			if e.place {
				typ = domain.LOC // "LOS ANGELES (Reuters) -", "in New Delhi"
			}
		case len(ws) == 1 && (e.place || places[strings.ToLower(m.p.canon)]):
			typ = domain.LOC
		case len(ws) == 1 && e.thing:
			typ = domain.ORG // "Halliburton, which carried out the work"
		case trained != "":
			typ = trained // "Texas"
		case len(ws) == 1 && e.acronym:
			typ = domain.ORG // "WHO", "SVP"
		default:
			continue
		}
		m.typ, m.p, m.canon = typ, nil, ""
		a.shrink(mi, m)
	}
}

// trainedType returns the type the tagger's training data gave a
// one-word name when it never gave it PER ("Texas" a place), "" when it
// did, never saw it or the word is a given name ("Barry"): a word the
// text shows no person by. Of several, a place before an organisation
// before the rest.
func (a *annotator) trainedType(w string) domain.EntityType {
	mask := a.labelled(w)
	if mask == 0 || mask&(1<<typeIndex(domain.PER)) != 0 || lang.KnownGivenName(w) {
		return ""
	}
	for _, t := range []domain.EntityType{domain.LOC, domain.ORG, domain.MISC} {
		if mask&(1<<typeIndex(t)) != 0 {
			return t
		}
	}
	return ""
}

// trainedSurname reports whether the tagger's training data named a
// person by the word alone and never anything else ("Gonzalez"): a name
// of two words ending in it is a person's, though its given name is
// unknown ("Lazaro Gonzalez").
func (a *annotator) trainedSurname(w string) bool {
	return a.labelled(w) == 1<<typeIndex(domain.PER)
}

// typeIndex is t's index in ner.Types.
func typeIndex(t domain.EntityType) int {
	return slices.Index(ner.Types[:], string(t))
}

// acronym reports whether token i is a word of capitals ("WHO",
// "UPI") whose letters are the initials of capitalised words the
// document writes out ("the World Health Organization", "United Press
// International"): the short name of a body, which no person goes by.
// A word of capitals alone says nothing: transcripts and shouted
// headlines write people's names so ("COOPER:", "HILLARY CLINTON IS").
func (a *annotator) acronym(f *field, i int) bool {
	w := f.toks[i].Text
	if n := len(w); n < 2 || n > maxAcronym || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	if a.acronyms == nil {
		a.acronyms = a.spelledOut()
	}
	return a.acronyms[w]
}

// maxAcronym bounds the letters of an acronym acronym looks for.
const maxAcronym = 8

// spelledOut returns the acronyms the document's capitalised runs spell
// out: the initials of up to maxAcronym capitalised words from each
// capitalised word on, past the function words between them ("World
// Health Organization" gives "WH" and "WHO"), in one pass over the text.
func (a *annotator) spelledOut() map[string]bool {
	out := make(map[string]bool)
	var b strings.Builder
	for _, f := range a.fields {
		for k := range f.toks {
			if !f.capitalized(k) || strings.ToUpper(f.toks[k].Text) == f.toks[k].Text {
				continue
			}
			b.Reset()
			for j := k; j < len(f.toks) && b.Len() < maxAcronym; j++ {
				t := f.toks[j].Text
				if j > k && isFunctionWord(f.lower[j]) {
					continue
				}
				if !f.capitalized(j) || strings.ToUpper(t) == t {
					break
				}
				b.WriteByte(t[0])
				if b.Len() >= 2 {
					out[b.String()] = true
				}
			}
		}
	}
	return out
}

// companySuffixes end a company's name ("Anheuser-Busch Cos.", "Ford
// Motor Co."), lower case without the full stop.
var companySuffixes = set(`co cos corp corporation inc incorporated ltd plc llc lp ag sa nv gmbh group holdings`)

// clubWords end the names of sports clubs, never a person's surname.
var clubWords = set("rovers wanderers rangers athletic albion hotspur united")

// shrink cuts mention mi, m, back to its name: the title, honorific or
// possessor a person's mention took around it ([ms, me), claimed) are
// free again.
func (a *annotator) shrink(mi int, m *mention) {
	f := a.fields[m.f]
	for i := m.ms; i < m.me; i++ {
		if (i < m.s || i >= m.e) && f.owner[i] == mi {
			f.owner[i] = -1
		}
	}
	m.ms, m.me, m.rs, m.re = m.s, m.e, m.s, m.s
}

// contributor reports whether m's name is among those a report credits
// ("Ada Reyes and Jo Lee contributed to this report"): only the names
// themselves, commas and "and" stand between it and "contributed". A
// news agency credited so ("The Wire Press contributed") names no one:
// names ending in an agency's word are left out.
func (a *annotator) contributor(m *mention) bool {
	f := a.fields[m.f]
	if m.e-m.s < 2 || agencyWords[f.lower[m.e-1]] {
		return false
	}
	for k := m.e; k < len(f.toks) && f.sent[k] == f.sent[m.s]; k++ {
		switch w := f.lower[k]; {
		case w == "contributed":
			return k+1 < len(f.toks) && (f.lower[k+1] == "to" || f.lower[k+1] == "reporting")
		case w == "," || w == "and" || f.owner[k] >= 0 && a.ms[f.owner[k]].typ == domain.PER:
		default:
			return false
		}
	}
	return false
}

// speakerLabels returns the words, lower case, that a transcript's
// speaker labels in capitals end with ("LABOTT:", "ELISE LABOTT, CNN
// PRODUCER:"): the surnames of people who speak in the document.
func (a *annotator) speakerLabels() map[string]bool {
	out := map[string]bool{}
	for _, f := range a.fields {
		for k := 0; k+1 < len(f.toks); k++ {
			w := f.toks[k].Text
			if (f.toks[k+1].Text != ":" && f.toks[k+1].Text != ",") || len(w) < 3 || !lang.Shouted(w) {
				continue
			}
			// the label starts a line or a sentence: "LABOTT: Well, ..."
			if k > 0 && f.sent[k-1] == f.sent[k] && strings.ToUpper(f.toks[k-1].Text) != f.toks[k-1].Text {
				continue
			}
			if f.toks[k+1].Text == ":" || labelEnds(f, k+2) {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
}

// labelEnds reports whether the tokens from k on, up to a colon, are in
// capitals: the description in "ELISE LABOTT, CNN PRODUCER:".
func labelEnds(f *field, k int) bool {
	for end := min(len(f.toks), k+12); k < end; k++ {
		w := f.toks[k].Text
		if w == ":" {
			return true
		}
		if strings.ToUpper(w) != w {
			return false
		}
	}
	return false
}

// relativeAfter returns the relative pronoun after a comma that follows
// m's name, lower case, or "": a person takes "who" ("Tarek Badr Nour,
// who led the march"), a firm "which" ("Vantor, which built the rig").
func (a *annotator) relativeAfter(m *mention) string {
	f := a.fields[m.f]
	if m.e+1 < len(f.toks) && f.toks[m.e].Text == "," {
		switch w := f.lower[m.e+1]; w {
		case "who", "whose", "which":
			return w
		}
	}
	return ""
}

// personPronouns are the pronouns only a person takes.
var personPronouns = set(`he she him his her himself herself`)

// surnameOnly reports whether a mention names its person by a shorter
// name that ends the full one ("Lund" of "Tobias Lund").
func (a *annotator) surnameOnly(m *mention) bool {
	ws, full := nameTokens(m.name), nameTokens(m.p.canon)
	return len(ws) > 0 && len(ws) < len(full) && ws[len(ws)-1] == full[len(full)-1]
}

// pronounNear reports whether "he" or "she" (his, her …) is in a
// mention's sentence, and no other person is named in it.
func (a *annotator) pronounNear(m *mention) bool {
	f := a.fields[m.f]
	if a.dateline(m) {
		return false
	}
	found := false
	for k := f.sentStart[m.s]; k < len(f.toks) && f.sent[k] == f.sent[m.s]; k++ {
		if o := f.owner[k]; o >= 0 && a.ms[o] != m && a.ms[o].typ == domain.PER && a.ms[o].p != m.p {
			return false
		}
		found = found || personPronouns[f.lower[k]]
	}
	return found
}

// speaksThenPronoun reports a name that speaks ("… ,” says Nadam Moaeed",
// "Nadam Moaeed said") and that a sentence opening with "he" or "she",
// or "he" or "she" speaking ("“…,” she said"), follows within three
// sentences, or a name that opens its sentence as
// its subject and that the next sentence opens with "he" or "she" ("Nadam
// Moaeed provided the star power. She said …"), no other person named in
// between: a firm is "it". Names of people the tagger knows no given name
// of ("Nadam") are kept so.
func (a *annotator) speaksThenPronoun(m *mention) bool {
	f := a.fields[m.f]
	speaks := m.ms > 0 && lang.ReportingVerb(f.lower[m.ms-1]) || m.me < len(f.toks) && lang.ReportingVerb(f.lower[m.me])
	within := 3
	if !speaks {
		within = 1 // a subject: the very next sentence
	}
	if !speaks && (m.ms != f.sentStart[m.ms] || m.me >= len(f.toks) || !isWordStart(f.lower[m.me]) || f.capitalized(m.me)) || a.dateline(m) {
		return false
	}
	for k := m.me; k < len(f.toks) && f.sent[k] <= f.sent[m.s]+within; k++ {
		if o := f.owner[k]; o >= 0 && a.ms[o] != m && a.ms[o].typ == domain.PER && a.ms[o].p != m.p {
			return false
		}
		if f.sent[k] > f.sent[m.s] && (f.lower[k] == "he" || f.lower[k] == "she") && (f.sentStart[k] == k || k+1 < len(f.toks) && lang.ReportingVerb(f.lower[k+1]) && a.speaksAsSubject(m)) {
			return true // (or after a quotation: "“…,” she said")
		}
	}
	return false
}

// speaksAsSubject reports a name that is the subject of a reporting
// verb: "Ana Lind said" (not "a reporter for Agence France-Presse
// said"), "“…,” said Ana Lind" (not "a firm called Gavekal").
func (a *annotator) speaksAsSubject(m *mention) bool {
	f := a.fields[m.f]
	if m.me < len(f.toks) && lang.ReportingVerb(f.lower[m.me]) {
		return m.ms == 0 || !prepositions[f.lower[m.ms-1]]
	}
	return m.ms >= 2 && lang.ReportingVerb(f.lower[m.ms-1]) && f.lower[m.ms-1] != "called" && (quoteMarks[f.toks[m.ms-2].Text] || f.lower[m.ms-2] == ",")
}

// firstLady reports a mention introduced as a leader's spouse: "first
// lady Michelle Obama", "the First Lady, Laura Bush".
func (a *annotator) firstLady(m *mention) bool {
	f := a.fields[m.f]
	for k := max(f.sentStart[m.s], m.ms-3); k+1 < m.s; k++ {
		if f.lower[k] == "first" && (f.lower[k+1] == "lady" || f.lower[k+1] == "gentleman") {
			return true
		}
	}
	return false
}

// kinNear reports whether a word naming a relative stands in apposition
// to a mention: just before it ("his daughter, Maya Lund") or after it
// and a comma ("Maya Lund, the mayor's eldest daughter").
func (a *annotator) kinNear(m *mention) bool {
	f := a.fields[m.f]
	for k := max(f.sentStart[m.s], m.ms-3); k < m.ms; k++ {
		if lang.Kin(f.lower[k]) {
			return true
		}
	}
	if m.me >= len(f.toks) || f.toks[m.me].Text != "," {
		return false
	}
	for k := m.me + 1; k < len(f.toks) && k <= m.me+kinWindow && f.sent[k] == f.sent[m.s]; k++ {
		if lang.Kin(f.lower[k]) {
			return true
		}
	}
	return false
}

// agedAfter reports a name set off by an age, as only people are: "Dev
// Patel, 34, has worked at the port" (not "Apollo 11" nor "the G20, 2009").
func (a *annotator) agedAfter(m *mention) bool {
	f := a.fields[m.f]
	k := m.me
	if k+2 >= len(f.toks) || f.toks[k].Text != "," || f.toks[k+2].Text != "," || f.sent[k+2] != f.sent[m.s] {
		return false
	}
	w := f.toks[k+1].Text
	return len(w) <= 3 && lang.Digits(w) && w[0] != '0' && (len(w) < 3 || w < "120")
}

// describedAs returns the occupation or circumstance a description set
// off after a mention gives (lang.DescribedAs): "nurse" for "Ana Lind,
// a nurse,", "fisherman" for "Tom Ruiz, 44, a retired fisherman who".
func (a *annotator) describedAs(m *mention) string {
	f := a.fields[m.f]
	var buf [9]string // no allocation: asked of many mentions
	next := buf[:0]
	for k := m.me; k < len(f.toks) && k < m.me+9 && f.sent[k] == f.sent[m.s]; k++ {
		next = append(next, f.toks[k].Text)
	}
	return lang.DescribedAs(next)
}

// headlineVerb reports a capitalised verb of speech in the third person
// ("Criticizes", "Warns", "Urges"), which opens no one's name: a
// headline's, run into a name by its title case.
func headlineVerb(w string) bool {
	l := strings.ToLower(w)
	return len(l) > 3 && strings.HasSuffix(l, "s") && lang.ReportingVerb(l) && !lang.KnownGivenName(l) && w != l
}

// postBefore reports whether a mention is set off by a comma after a
// description of someone's post that a possessive or a determiner opens:
// "Lindqvist's deputy, Ole Sandvik, said", "the union's new leader, Ole
// Sandvik," (the holder of a post is a person, whatever the given name).
func (a *annotator) postBefore(m *mention) bool {
	return postBeforeAt(a.fields[m.f], m.ms, m.me)
}

// postBeforeAt is postBefore for the name at tokens [s, e) of f.
func postBeforeAt(f *field, s, e int) bool {
	r := s - 2
	if r < 1 || f.toks[s-1].Text != "," || !roleHeads[f.lower[r]] || f.capitalized(r) || f.sent[r] != f.sent[s] {
		return false
	}
	if e < len(f.toks) && f.toks[e].Text != "," && f.toks[e].Text != "." {
		return false // a list goes on: "the deputy, Ole Sandvik and …"
	}
	for k := r - 1; k >= f.sentStart[s] && k >= r-3; k-- {
		if w := f.lower[k]; w == "'s" || w == "’s" || determiners[w] {
			return true
		}
		if !roleModifiers[f.lower[k]] && !roleHeads[f.lower[k]] && f.capitalized(k) {
			return false
		}
	}
	return false
}

// personLike reports a name that reads as a person's or people's
// whatever a description beside it says: after or with an honorific
// ("Mrs Chan"), a known given name and more ("Carol Terrebonne, a
// wholesale retailer"), or a nationality ("entrepreneurial Americans,
// the company in Maine"); so bodyBeforeAt and bodyAfterAt make no body
// of it.
func (a *annotator) personLike(m *mention) bool {
	f := a.fields[m.f]
	last := f.lower[m.e-1]
	return m.s > 0 && lang.Honorific(f.lower[m.s-1]) || lang.Honorific(f.lower[m.s]) || m.e-m.s >= 2 && lang.KnownGivenName(f.toks[m.s].Text) ||
		lang.Demonym(last) || lang.Demonym(strings.TrimSuffix(last, "s"))
}

// bodyBeforeAt reports whether the name at tokens [s, e) of f is set off
// by a comma after a description of a firm or an organisation that a
// determiner or an owner opens at the start of a clause: "a leading
// credit-rating agency, Fitch, downgraded", "Britain's biggest lender,
// Lloyds, said" (not "according to the company, Hayward said", nor "the
// head of the parliament's agriculture committee, Ivo Kral").
func bodyBeforeAt(f *field, s, e int) bool {
	r := s - 2
	if r < 1 || f.toks[s-1].Text != "," || !lang.BodyNoun(f.lower[r]) || f.capitalized(r) || f.sent[r] != f.sent[s] {
		return false
	}
	if e < len(f.toks) && f.sent[e] == f.sent[s] && (f.lower[e] == "and" || f.lower[e] == "or") {
		return false // a list goes on: "the lender, Lloyds and …"
	}
	opens := func(k int) bool { return k == f.sentStart[s] || f.toks[k-1].Text == "," }
	for k := r - 1; k >= f.sentStart[s] && k >= r-8; k-- {
		switch w := f.lower[k]; {
		case w == "a" || w == "an" || w == "the":
			return opens(k)
		case w == "'s" || w == "’s":
		case f.capitalized(k):
			// an owner's name: "Britain's", "Harbour Lines' …"
			if n := f.lower[k+1]; n != "'s" && n != "’s" && !f.capitalized(k+1) {
				return false
			}
			if opens(k) {
				return true
			}
		case !isWordStart(w):
			return false
		}
	}
	return false
}

// bodyAfterAt reports whether the name ending before token e of f is
// followed by a description of a firm or an organisation set off by a
// comma: "Kestrel, a rival carrier, said", "Moodwell, the agency that"
// (not "Ann Lund, a bank manager,", "Ann Lund, the head of the
// agency,", "Ann Lund, a retailer who", nor a list, "City Hall, the
// hospital and a casino").
func bodyAfterAt(f *field, e int) bool {
	if e+2 >= len(f.toks) || f.toks[e].Text != "," || f.sent[e+1] != f.sent[e] {
		return false
	}
	if d := f.lower[e+1]; d != "a" && d != "an" && d != "the" {
		return false
	}
	for j := e + 2; j < len(f.toks) && j <= e+6 && f.sent[j] == f.sent[e]; j++ {
		w := f.lower[j]
		if !isWordStart(w) || f.capitalized(j) {
			return false
		}
		if lang.BodyNoun(w) {
			if j+1 == len(f.toks) || f.sent[j+1] != f.sent[j] {
				return true
			}
			switch n := f.lower[j+1]; n {
			case "'s", "’s", "who", "whose", "and", "or":
				return false
			default:
				return lang.DescriptionEnds(f.toks[j+1].Text)
			}
		}
		if lang.DescriptionEnds(w) {
			return false
		}
	}
	return false
}

// headOfAfter reports whether a mention is followed by a description of
// one who holds a post in something, set off by a comma: "Temur Ashkali,
// head of the Coastal Union party,", "Ann Lund, the party's former leader in
// the assembly,", "Ivo Kral, an independent member of parliament," (the
// role itself is not read: it runs on past what a role may be).
func (a *annotator) headOfAfter(m *mention) bool { return a.postAfter(m) >= 0 }

// postAfter returns the token of the head noun of the description of a
// post after m (see headOfAfter), -1 when there is none. Written with a
// capital, as job titles often are ("Pankaj Pandey, Head of Research at
// ICICI Securities"), the head must be followed by "of", "at" or "for".
func (a *annotator) postAfter(m *mention) int {
	f := a.fields[m.f]
	k := m.me
	if k+2 >= len(f.toks) || f.toks[k].Text != "," || f.sent[k+1] != f.sent[m.s] {
		return -1
	}
	k++
	if determiners[f.lower[k]] {
		k++
	}
	for n := 0; n < 4 && k+1 < len(f.toks) && f.sent[k+1] == f.sent[m.s]; n++ {
		w := f.lower[k]
		if roleHeads[w] || memberNouns[w] {
			switch next := f.lower[k+1]; {
			case f.capitalized(k) && postLinks[next]:
				return k
			case f.capitalized(k):
				// a capitalised word held in nothing: part of a name,
				// read on ("Pandey, Goldman Sachs Chief Economist …")
			case postLinks[next] || next == "in" || next == "on" || next == ",":
				return k
			default:
				return -1
			}
		}
		if f.toks[k].Text == "," || prepositions[w] || lang.ReportingVerb(w) {
			return -1
		}
		k++
	}
	return -1
}

// givenNameHoldsPost reports a name of two or three words opening with
// a known given name that a description of a person's post follows
// after a comma: "Kent Wells, BP's senior vice-president," (the tagger
// read a county and a town). Read before the name's type is settled, so
// on its tokens.
func (a *annotator) givenNameHoldsPost(m *mention) bool {
	f := a.fields[m.f]
	if m.e-m.s > 3 || !lang.KnownGivenName(f.lower[m.s]) || !f.capitalized(m.e-1) {
		return false
	}
	at := *m
	at.me = m.e
	k := a.postAfter(&at)
	return k >= 0 && roleHeads[f.lower[k]]
}

// postLinks tie a title to what it is held in: "Head of Research", "Imam
// at Al-Azhar", "Director for Policy".
var postLinks = set(`of at for`)

// memberNouns name one who belongs to something, as role words do not:
// "X, head of the party", "X, a member of parliament", "X, an expert on".
var memberNouns = set(`head member expert fellow partner resident student veteran`)

// agentBefore reports whether a mention follows a lower-case noun of
// someone who does something ("senior forecaster Lena Hart", "historian
// Ann Lund"): a job, written as a title.
func (a *annotator) agentBefore(m *mention) bool {
	f := a.fields[m.f]
	if m.ms == f.sentStart[m.s] || f.capitalized(m.ms-1) {
		return false
	}
	w := f.lower[m.ms-1]
	if len(w) < 6 || lang.Stopword(w) {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// kinWindow is how many words after a mention kinNear looks.
const kinWindow = 8

// dateline reports whether a mention opens its sentence (or follows a
// time stamp) before a dash, as the place of a dateline does ("BRACKLEY —
// The council …", "6:14 pm EDT BRACKLEY (Reuters) - The council").
func (a *annotator) dateline(m *mention) bool {
	f := a.fields[m.f]
	opens := m.ms == f.sentStart[m.s] || m.ms > 0 && stampBefore(f, m.ms-1)
	k := m.me
	if k+2 < len(f.toks) && f.toks[k].Text == "(" && f.toks[k+2].Text == ")" {
		k += 3 // "CAIRO (Reuters) -"
	}
	return opens && k < len(f.toks) && dashes[f.toks[k].Text]
}

var dashes = set("- -- \u2013 \u2014")

// placePrepositions put what follows them in a place.
var placePrepositions = set(`in near outside across throughout`)

// inPlace reports whether the text puts a mention in a place: after "in"
// or "near", before a comma and a place ("Brackley, Mass."), or as the
// place of a dateline.
func (a *annotator) inPlace(m *mention) bool {
	f := a.fields[m.f]
	if m.s > 0 && placePrepositions[f.lower[m.s-1]] || a.dateline(m) {
		return true
	}
	if m.e+1 < len(f.toks) && f.toks[m.e].Text == "," {
		if o := f.owner[m.e+1]; o >= 0 && a.ms[o].typ == domain.LOC {
			return true
		}
	}
	return false
}

// opensSentence reports whether a mention is the first thing of its
// sentence, after at most a few capitalised words ("Homeland" in
// "Homeland Security Secretary Jo Reyes", left out of the title).
func (a *annotator) opensSentence(m *mention) bool {
	f := a.fields[m.f]
	start := f.sentStart[m.s]
	if m.ms-start > 3 {
		return false
	}
	for k := start; k < m.ms; k++ {
		if !f.capitalized(k) {
			return false
		}
	}
	return true
}

// shortKey is the key of a short name ("Kerry", "Suu Kyi").
func shortKey(name string) []string {
	key := strings.Fields(lang.PersonKey(name))
	if len(key) == 0 {
		key = []string{strings.ToLower(name)}
	}
	return key
}

// honorificGender is the gender a mention's honorific gives ("Mrs.
// Vance"), 0 for none.
func (a *annotator) honorificGender(m *mention) byte {
	f := a.fields[m.f]
	for k := m.ms; k < m.s; k++ {
		if g := lang.HonorificGender(f.lower[k]); g != 0 {
			return g
		}
	}
	return 0
}

// compatible returns the person of ps a short mention may refer to: one
// of the gender its honorific gives ("Mrs. Vance" is not Paul Vance)
// whose titles do not rule out the mention's, nor hold offices none of
// which is the office it names ("Secretary Vance" is not the former
// president Paul Vance). Of relatives and namesakes, a title goes to the
// one holding it, else to the first.
func (a *annotator) compatible(m *mention, ps []*person) *person {
	g := a.honorificGender(m)
	titled := m.rs < m.re
	var r roleInfo
	if titled {
		r = analyzeRole(a.text(m.f, m.rs, m.re))
	}
	fits := func(p *person) bool {
		if g != 0 && p.gender != 0 && p.gender != g {
			return false
		}
		if titled && p.kin && !p.matches(r) && g == 0 {
			return false // "President Obama" is not first lady Michelle Obama
		}
		return !titled || !p.conflicts(r) && (!r.office() || p.matches(r) || !p.holdsOffice())
	}
	if titled {
		for _, p := range ps {
			if fits(p) && p.matches(r) {
				return p
			}
		}
	}
	for _, p := range ps {
		if fits(p) {
			return p
		}
	}
	return nil
}

// shortName finds the person a short name refers to ("Vance", "Mrs.
// Vance", "President Vance"):
//
//  0. a name after a monarch's title (regnalName) skips 1 and 2;
//  1. when the document also uses the surname for someone none of its
//     people named in full can be (alone), that someone;
//  2. else the first person the document introduced whose name it ends
//     and who fits its honorific and title: relatives and namesakes
//     introduced later are named in full or by given name ("Ted Cruz ...
//     his wife, Heidi Cruz ... Cruz said");
//  3. a given name used alone ("Saddam") for the one person of the
//     document it begins;
//  4. else a person of that name alone.
func (a *annotator) shortName(m *mention, owners map[string][]*person, alone map[string]bool, byKey map[string]*person, byGiven map[string][]*person, addPerson func(*person)) *person {
	key := shortKey(m.name)
	k := strings.Join(key, " ")
	// a monarch's name is a given name, never a surname: "King Hussein"
	// is not Saddam Hussein of the same report; "King Abdullah" may be
	// Abdullah II
	regnal := a.regnalName(m)
	if alone[k] && !regnal {
		if p := byKey[k]; p != nil && a.compatible(m, []*person{p}) == nil {
			alone[k] = false // "Mrs. Vance" where "Mr. Vance" is someone else
		}
	}
	if !alone[k] && !regnal {
		if p := a.compatible(m, owners[k]); p != nil {
			return p
		}
	}
	if len(key) == 1 && (!alone[k] || regnal) {
		if ps := byGiven[key[0]]; len(ps) == 1 && !ps[0].creditOnly() {
			return ps[0]
		}
	}
	p := byKey[k]
	if p == nil {
		p = &person{canon: m.name, key: key, named: true}
		byKey[k] = p
		addPerson(p)
	}
	if g := a.honorificGender(m); p.gender == 0 {
		p.gender = g
	}
	return p
}

// sharedSurnames gives a given name coordinated with a full name that
// surname: "Joe and Hunter Biden" names Joe Biden, "Bill and Hillary
// Clinton" Bill Clinton. Only a known given name takes one ("Trump and
// Hillary Clinton" names no Trump Clinton). ord is a.order().
func (a *annotator) sharedSurnames(ord []*mention) {
	// the given names and surnames of the people the document names in
	// full: "Hillary and Huma Abedin" after Hillary Clinton, "Paul and
	// Carly Fiorina" after Rand Paul are two people of two families
	given, surnames := map[string]map[string]bool{}, map[string]bool{}
	for _, m := range ord {
		if ws := nameTokens(m.name); m.typ == domain.PER && len(ws) >= 2 {
			g, s := strings.ToLower(ws[0]), strings.ToLower(ws[len(ws)-1])
			if given[g] == nil {
				given[g] = map[string]bool{}
			}
			given[g][s] = true
			surnames[s] = true
		}
	}
	for i, m := range ord[:max(0, len(ord)-1)] {
		n := ord[i+1]
		if m.typ != domain.PER || n.typ != domain.PER || n.f != m.f || m.rs < m.re || n.ms != m.me+1 {
			continue
		}
		ws, nw := nameTokens(m.name), nameTokens(n.name)
		if len(ws) != 1 || len(nw) < 2 {
			continue
		}
		w, nGiven, surname := strings.ToLower(ws[0]), strings.ToLower(nw[0]), strings.ToLower(nw[len(nw)-1])
		if f := a.fields[m.f]; f.lower[m.me] == "and" && lang.KnownGivenName(ws[0]) && !holdsOther(given[w], surname) && !surnames[w] &&
			w != nGiven && lang.MiddleInitials(n.name) == "" && !lang.KnownGivenName(nw[len(nw)-1]) {
			m.name += " " + nw[len(nw)-1]
			m.family, n.family = true, true
		}
	}
}

// regnalName reports whether m is one name after a monarch's or royal's
// title ("King Hussein", "Crown Prince Hassan"): a given or regnal name,
// never a surname.
func (a *annotator) regnalName(m *mention) bool {
	return len(shortKey(m.name)) == 1 && m.rs < m.re && analyzeRole(a.text(m.f, m.rs, m.re)).regnal()
}

// endings lists the keys of the names a name's key ends with: "john f
// kerry" ends "john f kerry", "f kerry" and "kerry".
func endings(key []string) []string {
	out := make([]string, len(key))
	for i := range key {
		out[i] = strings.Join(key[i:], " ")
	}
	return out
}

// nameTokens splits a name into words, dropping honorifics.
func nameTokens(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if !lang.Honorific(strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

// otherCanon names ORG, LOC and MISC mentions: their text, without a
// leading "the", and an acronym introduced in brackets after a name
// ("International Criminal Court (ICC)") stands for that name.
func (a *annotator) otherCanon() {
	acronyms := make(map[string]string)
	for _, m := range a.order() {
		if m.typ == domain.PER {
			continue
		}
		f := a.fields[m.f]
		m.canon = strings.TrimSuffix(strings.TrimPrefix(m.name, "the "), "'s")
		if m.canon == "" {
			m.canon = a.surface(m)
		}
		if full, ok := acronyms[m.canon]; ok {
			m.canon = full
		}
		// a following "(ACRONYM)"
		if m.e+2 < len(f.toks) && f.toks[m.e].Text == "(" && f.toks[m.e+2].Text == ")" && isAcronymOf(f.toks[m.e+1].Text, m.canon) {
			acronyms[f.toks[m.e+1].Text] = m.canon
		}
	}
}

func isAcronymOf(acr, name string) bool {
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	var initials strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			initials.WriteRune(r)
		}
	}
	return initials.String() == acr
}

// output converts the mentions to domain Mentions, per post, in text
// order within each field.
func (a *annotator) output(nPosts int) [][]domain.Mention {
	out := make([][]domain.Mention, nPosts)
	for _, m := range a.order() {
		f := a.fields[m.f]
		if m.canon == "" {
			continue
		}
		dm := domain.Mention{
			Text:  f.text[f.toks[m.ms].Start:f.toks[m.me-1].End],
			Type:  m.typ,
			Start: f.toks[m.ms].Start,
			End:   f.toks[m.me-1].End,
			Field: f.kind,
			Name:  m.canon,
		}
		if a.givesRole(m) {
			dm.Role = a.text(m.f, m.rs, m.re)
		}
		out[f.post] = append(out[f.post], dm)
	}
	return out
}
