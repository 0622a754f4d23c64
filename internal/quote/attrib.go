package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// How a speaker is found, in order of preference:
//
//  1. "according to X" anywhere in the quotation's sentence;
//  2. a cue right after the quotation ("…," Mr Kerry said / said Mr Kerry),
//     not one opening a clause of its own ("…," when Kerry said);
//  3. the nearest cue before it whose subject can be found, walking back
//     past cues without one ("saying", "to tell"); a participle set off
//     by a comma speaks for the main clause's subject (mainSubject), and
//     a cue inside the complement of an earlier reporting verb ("Kerry
//     said he hopes '…'") or a "what he called" gives the words to the
//     outer speaker (outerSpeaker, namerOf), as PolNeAR does;
//  4. a colon after a name ("Kerry: '…'");
//  5. any later cue in the sentence ("…, an MP has said");
//  6. when the sentence has a cue but no usable subject, the sentence's
//     subject ("Johnson rang Kerry to tell the US that …");
//  7. a short sentence right after the quotation ("…trust." Kerry said.),
//     or a line opening the next paragraph in lower case ("is how one
//     member puts it") after a quotation that ends its paragraph;
//  8. otherwise, for a quotation that continues the speech, the latest
//     speaker before it (see continues), or the subject of the sentence
//     before it (see attribute).
//
// Subjects found without a reporting verb must be speakerLike.
//
// Pronouns and descriptions are then resolved (see resolve.go).

// window bounds how far (in tokens) attribution looks around a quotation.
const window = 60

// attr is the attribution of one quotation.
type attr struct {
	has       bool
	m         mention
	f         *field // the field holding the mention
	ent       int
	cue       string
	cueInSent bool // the quotation's sentence has a reporting cue
	inherited bool
	tok       int // where the attribution happens, for ordering
	last      int // the last token of the quotation or cue it comes from
	// passive: a passive cue without its agent introduces the
	// quotation ("is called '…'", "was labelled a '…'")
	passive bool
	// crowd: words a crowd the text does not name voiced ("… and
	// chanted, '…'"), no one else's
	crowd bool
}

// sentTo reports whether "to" at token k sends something to the name
// after it ("a letter to Ivo Kral warning"), not the end of a range
// ("from Jo Reyes '…' to Ivo Kral saying").
func (f *field) sentTo(k, lo int) bool {
	if f.tok(k).lower != "to" {
		return false
	}
	for i := k - 1; i >= max(lo, f.sentenceStart(k)); i-- {
		if f.free(i) && f.tok(i).lower == "from" {
			return false
		}
	}
	return true
}

// cueAt reports whether token i is a reporting cue.
func (f *field) cueAt(i int) bool {
	if !f.free(i) {
		return false
	}
	t := f.tok(i)
	if t.kind != tWord {
		return false
	}
	if t.lower == "according" {
		// not after a cue: in "X said according to the rules, '…'" X
		// speaks
		return i+1 < len(f.toks) && f.tok(i+1).lower == "to" && !(i > 0 && f.free(i-1) && f.tok(i-1).lower != "according" && f.cueAt(i-1))
	}
	if !lang.ReportingVerb(t.lower) {
		// "as Rosenthal put it"
		if (t.lower == "put" || t.lower == "puts") && i+1 < len(f.toks) && f.tok(i+1).lower == "it" {
			return true
		}
		return false
	}
	if f.reportsTo(i) {
		return false
	}
	if t.lower == "say" && i > 0 && i+1 < len(f.toks) && f.tok(i-1).text == "," && f.tok(i+1).text == "," {
		return false // "for example": "that of, say, Professor Greenwood"
	}
	if strings.HasPrefix(t.lower, "continu") && f.goesOnDoing(i) {
		return false // "the US-led presence will continue", "Trump continued to hurt his cause" say nothing ("'…,' he continued" does)
	}
	if strings.HasPrefix(t.lower, "respond") && i+1 < len(f.toks) && f.free(i+1) && f.tok(i+1).lower == "to" && i >= 2 && f.free(i-2) &&
		(f.tok(i-2).lower == "as" || f.tok(i-2).lower == "while") && subjectPronouns[f.tok(i-1).lower] {
		return false // "… as it responds to a huge oil spill" acts ("Panetta responded to a question with this statement: '…'" speaks)
	}
	if !isLowerWord(t) && !(f.name == domain.FieldHeadline && i > 0 && f.tok(i-1).capitalised()) {
		// capitalised cues only in title-case headlines ("Obama Says …"),
		// or opening an inverted sentence ("Said Jo Reyes, …")
		return (t.lower == "said" || t.lower == "says" || t.lower == "added" || t.lower == "asked" || t.lower == "wrote") &&
			f.sentenceInitial(i) && i+1 < len(f.toks) && f.free(i+1) && (f.tok(i+1).capitalised() || determiners[f.tok(i+1).lower])
	}
	return !f.nounUse(i)
}

// reportsTo reports "report to" naming whom someone answers to ("he
// would report to Hayward", "its projections reported to the
// government"): no speech, unless the sentence goes on with what was
// reported ("reported to the police that …", "… to the board: “…”") or,
// without a modal before it, holds a quotation ("“…,” the firm reported
// to regulators").
func (f *field) reportsTo(i int) bool {
	if !strings.HasPrefix(f.tok(i).lower, "report") || i+1 >= len(f.toks) || f.tok(i+1).lower != "to" {
		return false
	}
	from := i + 2
	if i == 0 || !modals[f.tok(i-1).lower] {
		from = f.sentenceStart(i)
	}
	for k := from; k < f.sentenceEnd(i); k++ {
		if w := f.tok(k).lower; !f.free(k) || w == "that" || w == ":" {
			return false
		}
	}
	return true
}

// modals come before a verb's base form ("would report", "to report").
var modals = set("will would can could shall should may might must to")

// nounUse reports whether a cue word is used as a noun: "a statement",
// "his early-morning tweets", "Kim's mental state", "criminal charges",
// "a lunch counter" — but not "the editorial board writes".
func (f *field) nounUse(i int) bool {
	w := f.tok(i).lower
	if strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" || w == "spoke" || w == "thought" || w == "sang" {
		return false // past forms are verbs
	}
	if strings.HasSuffix(w, "ing") && i+1 < len(f.toks) && f.free(i+1) && gerundHeads[f.tok(i+1).lower] {
		return true // a gerund qualifying a noun: "fees for speaking engagements", "a speaking tour"
	}
	if w == "read" && i > 0 && f.free(i-1) && f.tok(i-1).kind == tWord && !determiners[f.tok(i-1).lower] {
		return false // "the leaflet read", not "a good read"
	}
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && i+2 < len(f.toks) && f.free(i+1) && f.free(i+2) && f.plainNoun(i+1, false) && !pluralNoun(f.tok(i+1).lower) &&
		isLowerWord(f.tok(i+2)) && (lang.ReportingVerb(f.tok(i+2).lower) && (lang.PastForm(f.tok(i+2).lower) || f.tok(i+2).lower == "says")) {
		return true // a compound's first noun before its verb: "Egyptian state television reported"
	}
	if docNouns[w] && i+1 < len(f.toks) && f.free(i+1) && isLowerWord(f.tok(i+1)) && (f.tok(i+1).lower == "says" || f.tok(i+1).lower == "said") {
		return true // a document before its own verb: "…, report says"
	}
	if i == 0 || !f.free(i-1) || f.tok(i-1).para != f.tok(i).para {
		return false
	}
	p := f.tok(i - 1)
	if p.kind != tWord || subjectPronouns[p.lower] {
		return false
	}
	if determiners[p.lower] || quantifiers[p.lower] || isPossessive(p.text) || unicode.IsDigit(firstRune(p.text)) {
		return true
	}
	if i >= 2 && !strings.HasSuffix(w, "ing") && f.free(i-2) && isPossessive(f.tok(i-2).text) && isLowerWord(p) && adjectiveBeforeNoun(p.lower) {
		return true // an adjective after an owner: "Salazar's strong comments"
	}
	if strings.HasSuffix(w, "s") && takesQuestions[p.lower] {
		return true // the object of a verb: "raise questions", "faces charges"
	}
	if p.capitalised() && (strings.HasSuffix(w, "ing") || !strings.HasSuffix(w, "s") && !pluralNoun(p.lower)) {
		k := i - 1
		for k > 0 && f.free(k-1) && f.tok(k-1).capitalised() && !determiners[f.tok(k-1).lower] {
			k-- // (a sentence's capitalised "The" is the determiner)
		}
		if k > 0 && f.free(k-1) && determiners[f.tok(k-1).lower] {
			return true // "the New York posting", "in the UK report"
		}
	}
	if isLowerWord(p) && (adjectiveLike(p.lower) && !subordinators[p.lower] && p.lower != "until" || timeAdjectives[p.lower]) && !roleNouns[p.lower] && !docNouns[p.lower] && !lang.ReportingVerb(p.lower) && !verbSigns[p.lower] {
		return true // an adjective before it: "criminal charges", "earlier comments"
	}
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && f.plainNoun(i-1, false) && i >= 2 && f.free(i-2) && determiners[f.tok(i-2).lower] && !pluralNoun(f.tok(i-1).lower) {
		return true // "a lunch counter": a base form after a noun (but "the senators write")
	}
	if strings.HasSuffix(w, "s") && isLowerWord(p) && f.plainNoun(i-1, false) && !pluralNoun(p.lower) && i >= 2 {
		// a compound's plural after a quotation or a quantifier: "all
		// 'secure' phone calls", "many phone calls" (but "the company
		// says", "the editorial board writes")
		if q := f.tok(i - 2); q.mark && i >= 3 && f.tok(i-3).kind == tWord || q.kind == tWord && (quantifiers[q.lower] || pluralQuantifiers[q.lower]) {
			// (a quoted modifier's closing mark; not one after a comma:
			// "'…,' activist says")
			return true
		}
	}
	return false
}

// gerundHeads are nouns a speech verb's gerund qualifies: "speaking
// engagements", "a speaking tour", "talking points".
var gerundHeads = set("engagement engagements fee fees tour tours circuit event events slot slots role roles gig gigs invitation invitations career skills style points")

// takesQuestions are verbs whose object a plural cue word is: "raise
// questions", "faced charges", "answer claims".
var takesQuestions = set("raise raises raised raising pose poses posed posing face faces faced facing answer answers answered answering dismiss dismisses dismissed dismissing deny denies denied denying")

// timeAdjectives place a statement in time or say how it stands: "his
// earlier remarks", "her exact words".
var timeAdjectives = set("earlier latest recent previous initial final later own public private last first full exact")

// quantifiers come before plural nouns ("a few questions", "various
// claims") and are not determiners of their own.
var quantifiers = set("few various numerous")

// pluralQuantifiers count the plural noun a compound ends in: "many
// phone calls".
var pluralQuantifiers = set("all many several some most")

// adjectiveBeforeNoun reports a lower-case word between an owner and a
// noun that is no one's role and nothing that speaks ("strong" of
// "Salazar's strong comments", not "spokesman" of "BP's spokesman says"
// nor "statement" of "BP's statement says").
func adjectiveBeforeNoun(w string) bool {
	return !roleNouns[w] && !personNoun(w) && !lang.Occupation(w) && !docNouns[w] && !groupRoles[w] && !firmNouns[w] && !outletWords[w] && !lang.ReportingVerb(w) && !pluralNoun(w)
}

// adjectiveLike guesses adjectives by their ending.
func adjectiveLike(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"al", "ic", "ive", "ous", "ful", "less", "ent", "ant", "ary", "ian", "ese", "ish", "ile", "il", "ar", "ing"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func (f *field) cueText(i int) string {
	if f.tok(i).lower == "according" {
		return f.phrase(i, i+2)
	}
	// keep an auxiliary: "has said"
	if i > 0 && f.free(i-1) && f.tok(i-1).kind == tWord && (f.tok(i-1).lower == "has" || f.tok(i-1).lower == "have" || f.tok(i-1).lower == "had") {
		return f.phrase(i-1, i+1)
	}
	return f.tok(i).text
}

// dashAside returns the closing dash of an aside between dashes that
// opens at token k ("the groups -- A, B and C -- said"), or k when none
// opens there or it does not close before hi.
func (f *field) dashAside(k, hi int) int {
	if !f.free(k) || !dash(f.tok(k)) {
		return k
	}
	s := k + 1
	for s < hi && dash(f.tok(s)) {
		s++ // "--" is two tokens
	}
	for d := s; d < hi && d < k+40; d++ {
		if !f.free(d) {
			return k
		}
		if dash(f.tok(d)) {
			return d
		}
	}
	return k
}

// bracketedAside reports token k inside an aside set off by dashes or
// brackets within the sentence [sb, se) that does not hold the
// quotation opening at token open.
func (f *field) bracketedAside(k, sb, se, open int) bool {
	for d := k - 1; d >= sb && d >= k-20; d-- {
		if !f.free(d) {
			return false
		}
		switch t := f.tok(d); {
		case t.text == "(":
			e := d + 1
			for e < se && e < d+40 && f.tok(e).text != ")" {
				e++
			}
			return e > k && e < se && (open > e || open < d)
		case dash(t):
			e := f.dashAside(d, se)
			return e > k && e < se && (open > e || open < d)
		}
	}
	return false
}

// asNamed finds the name that opens an "as" clause the cue at token c
// closes, past a long description in apposition that no comma closes:
// "as Jo Reyes, director of public health at the Harbour Society and
// author of a history of flu, explains: '…'".
func (f *field) asNamed(c, lo int) (mention, bool) {
	for k := c - 1; k > lo && k >= c-30 && f.free(k); k-- {
		t := f.tok(k)
		if t.kind == tPunct && (t.text == ";" || t.text == ":") || k < c-1 && f.cueAt(k) {
			return mention{}, false
		}
		if t.lower != "as" || !isLowerWord(t) {
			continue
		}
		m, ok := f.npAfter(k+1, c)
		if ok && m.kind == mkPerson && m.e < c && f.tok(m.e).text == "," {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// identifiedAs finds the name an unnamed speaker after an inverted cue
// gives: "said one, who identified himself only as Daryl", "said a
// woman who gave her name as Ana Lind".
func (f *field) identifiedAs(k, hi int) (mention, bool) {
	for i := k; i+1 < hi && i < k+12 && f.free(i); i++ {
		if f.tok(i).lower == "as" && i > k && (f.tok(i-1).lower == "only" || f.tok(i-1).lower == "himself" || f.tok(i-1).lower == "herself" || f.tok(i-1).lower == "name") {
			if m, ok := f.npAfter(i+1, hi); ok && (m.kind == mkPerson || m.kind == mkOther) && f.tok(m.s).capitalised() {
				return m, true
			}
			return mention{}, false
		}
		if t := f.tok(i); t.kind == tPunct && t.text != "," {
			return mention{}, false
		}
	}
	return mention{}, false
}

// closesClause reports whether token k ends a clause: the end of the
// span, a comma, a full stop, a colon or a quotation mark.
func (f *field) closesClause(k, hi int) bool {
	return k >= hi || f.tok(k).mark || strings.Contains(",.:;", f.tok(k).text)
}

// nounsAfter returns the end of the lower-case nouns from token k on
// (at most three), k when none.
func (f *field) nounsAfter(k, hi int) int {
	e := k
	for e < hi && e < k+3 && f.free(e) && isLowerWord(f.tok(e)) && f.nounHead(e) {
		e++
	}
	return e
}

// stateAfterPlace reports a segment [s,e) that is only a state or
// region after a place and a comma: "Fla." in "Dunedin, Fla.,".
func (f *field) stateAfterPlace(s, e int) bool {
	t := f.tok(s)
	if t.kind != tWord || !t.capitalised() || s > 0 && !f.tok(s-1).capitalised() && f.tok(s-1).text != "," {
		return false
	}
	if e-s == 2 && f.tok(s+1).text == "." && f.tok(s+1).start == t.end && utf8.RuneCountInString(t.text) <= 5 {
		return true // "Fla.", "Calif."
	}
	return e-s == 1 && placeName(t.text) || e-s == 2 && placeName(t.text+" "+f.tok(s+1).text)
}

// openingName finds the person whose name opens the sentence and is set
// off by a comma, when only descriptions and participles, no finite
// verb, come between it and the comma at token j before the cue:
// "Professor Jo Reyes, an expert at the Harbour School of Medicine,
// University of Lima, says", "Reyes, giving a briefing with Ana Lind,
// the health secretary, said".
func (f *field) openingName(j, lo int) (mention, bool) {
	st := f.sentenceStart(j)
	if st < lo {
		// the sentence opens with the quotation: the name may open what
		// follows it ("'…,' Bart Stupak, the Michigan Democrat who
		// proposed it, told the forum")
		st = lo
		if st < j && f.tok(st).text == "," {
			st++
		}
	}
	m, ok := f.npAfter(st, j)
	if !ok || m.kind != mkPerson && !(m.kind == mkOther && m.e == m.s+1 && !f.nonName(m.s)) || m.s != st || m.e >= j || f.tok(m.e).text != "," {
		return mention{}, false
	}
	for k := m.e + 1; k < j; k++ {
		t := f.tok(k)
		if !f.free(k) || t.kind == tPunct && t.text != "," && t.text != "." && t.text != "-" || isLowerWord(t) && (verbSigns[t.lower] || relativeWords[t.lower] || f.cueAt(k) || strings.HasSuffix(t.lower, "ed") && !roleNouns[t.lower]) {
			return mention{}, false
		}
	}
	return m, true
}

// timeBefore returns how many tokens before and at token j make a
// time: "on Tuesday" (2), "yesterday" (1); 0 when none.
func (f *field) timeBefore(j, lo int) int {
	t := f.tok(j)
	switch {
	case t.kind != tWord:
		return 0
	case t.lower == "yesterday" || t.lower == "today" || t.lower == "tonight":
		return 1
	case lang.Weekday(t.text) && j-1 >= lo && f.free(j-1) && f.tok(j-1).lower == "on":
		return 2
	}
	return 0
}

// cueSubject finds who speaks through the cue at token c, looking no
// further back than lo nor further on than hi.
func (f *field) cueSubject(c, lo, hi int) (mention, bool) {
	t := f.tok(c)
	if t.lower == "according" {
		if m, ok := f.npAfter(c+2, hi); ok {
			return m, true
		}
		// a long description: up to the next comma ("according to a
		// complaint filed by the SEC, …")
		e := c + 2
		for e < hi && e < c+16 && f.free(e) && f.tok(e).text != "," && f.tok(e).text != "." && !dash(f.tok(e)) {
			e++
		}
		if e > c+2 {
			return f.classify(c+2, e), true
		}
		return mention{}, false
	}
	if (t.lower == "put" || t.lower == "puts") && c+1 < len(f.toks) && f.tok(c+1).lower == "it" {
		// "as one man involved in the clean-up put it, '…'": the phrase
		// after "as", however long its tail
		for k := c - 1; k > lo && k >= c-12 && f.free(k); k-- {
			if f.tok(k).lower == "as" {
				if m, ok := f.npAfter(k+1, c); ok && m.s == k+1 && m.kind != mkNone {
					return m, true
				}
				if w := f.tok(k + 1); isLowerWord(w) && pluralNoun(w.lower) && pluralPeople(w.lower) {
					// "as opponents of the Iraq war touchingly put it": the
					// people, however long their tail, up to an adverb
					e := c
					for e-1 > k+1 && isLowerWord(f.tok(e-1)) && (midAdverbs[f.tok(e-1).lower] || strings.HasSuffix(f.tok(e-1).lower, "ly")) {
						e--
					}
					return f.classify(k+1, e), true
				}
				break
			}
		}
	}
	if f.handleAt(c - 1) {
		// a reader known by a handle: "twirler wrote, '…'", "westTN
		// said, '…'"
		m := f.classify(c-1, c)
		m.kind, m.name = mkOther, []string{f.tok(c - 1).text}
		return m, true
	}
	j := c - 1
	for j >= lo && f.free(j) {
		if isLowerWord(f.tok(j)) && (midAdverbs[f.tok(j).lower] || strings.HasSuffix(f.tok(j).lower, "ly") || f.tok(j).lower == "not") {
			j--
			continue
		}
		// a time between the subject and its verb: "an official on
		// Tuesday said", "Ivo Kral yesterday told"
		if n := f.timeBefore(j, lo); n > 0 {
			j -= n
			continue
		}
		break
	}
	aux := j < c-1
	if f.impersonal(c, lo) {
		return mention{}, false // "it is believed", "it was said"
	}
	if j >= lo && f.free(j) {
		if m, ok := f.contracted(j); ok {
			return m, true // "He’s claiming"
		}
	}
	if participleCue(t.lower) && !aux {
		if j == c-1 && j-1 >= lo && f.free(j) && f.tok(j).lower == "as" {
			// "Reuters quotes BP as saying '…'": who is quoted
			if m, ok := f.npBefore(j-1, lo); ok && m.kind != mkPronoun && m.s-1 >= lo && f.free(m.s-1) && quotingVerbs[f.tok(m.s-1).lower] {
				return m, true
			}
		}
		if j == c-1 && j >= lo && f.free(j) && participleLeads[f.tok(j).lower] {
			// "He shocked residents by telling them '…'": the main
			// clause's subject
			if m, ok := f.sentenceSubject(f.sentenceStart(c), j); ok && f.speakerLike(m) {
				return m, true
			}
		}
		// "footage of Hillary Clinton asking, '…'", "the letter from the
		// National Oceanic and Atmospheric Administration accusing …"
		if j == c-1 && j >= lo {
			if m, ok := f.npBefore(j, lo); ok && (m.kind == mkPerson || m.kind == mkOther && len(m.name) > 0 && f.tok(j).capitalised() || m.kind == mkOrg && m.s-1 >= lo && f.free(m.s-1) && f.tok(m.s-1).lower == "from") &&
				!(m.s-1 >= lo && f.free(m.s-1) && (f.tok(m.s-1).lower == "in" || f.tok(m.s-1).lower == "on" || f.sentTo(m.s-1, lo))) { // "shown in Control Room criticising": the film does not speak; "a letter to Ivo Kral warning": nor its addressee
				return m, true
			} else if ok && isLowerWord(f.tok(j)) && docNouns[f.tok(j).lower] {
				// "the council issued a statement saying '…'": who issued
				// it, the subject of that clause ("Biden called the
				// remarks '…' and the White House issued a statement
				// calling …" is the White House's)
				if s, sok := f.clauseSubject(m.s, f.sentenceStart(c)); sok && s.e <= m.s && f.speakerLike(s) {
					return s, true
				}
				if s, sok := f.sentenceSubject(f.sentenceStart(c), m.s); sok && s.e <= m.s && f.speakerLike(s) {
					return s, true
				}
			}
		}
		// "Trump went after Bush, calling him '…'": the participle's
		// subject is its clause's
		if m, ok := f.mainSubject(c); ok {
			return m, true
		}
		return f.clauseSubject(c, f.sentenceStart(c))
	}
	if j >= lo && f.free(j) && f.tok(j).lower == "to" {
		// an infinitive speaks for the subject of its clause ("Mr. Li was
		// prompted to say"), if a person's: not "to tell the US"
		if m, ok := f.clauseSubject(c, f.sentenceStart(c)); ok && m.kind != mkIndef && f.speakerLike(m) {
			return m, true
		}
		return mention{}, false
	}
	if f.free(j) && j >= lo && f.tok(j).text == "," && j == c-1 && (invertingCues[t.lower] || reportingInverts[t.lower]) {
		// "After the attack, when he lay in the dirt, says Jo Reyes, '…'",
		// "The board had a plan, reports the Harbour Post: '…'": a name
		// right after the cue, closing its clause, is who speaks (but in
		// "Jo Reyes, an aide, said Kral '…'" Kral is spoken of)
		if m, ok := f.npAfter(c+1, hi); ok && m.s == c+1 && m.e < hi && strings.Contains(",.:", f.tok(m.e).text) &&
			(f.tok(m.s).capitalised() && (m.kind == mkPerson || m.kind == mkOther && !f.nonName(m.s)) || m.kind == mkOrg && reportingInverts[t.lower]) {
			return m, true
		}
	}
	if lo > 0 && f.tok(lo-1).mark && j >= lo && f.tok(j).text == "," {
		// "…" Scott Pruitt, the attorney general of Oklahoma, said; after
		// a quotation closing the sentence before, only a name opening
		// this one ("The head of the agency, Jo Reyes, said" is Reyes)
		own := f.sentenceStart(lo) != lo
		if m, ok := f.npAfter(lo, c); ok && (own || m.kind == mkPerson || m.kind == mkOrg) && (m.kind != mkNone && m.kind != mkPronoun || m.kind == mkPronoun && m.head != "it") {
			comma := m.e
			if comma < c && roleTails[f.tok(comma).lower] {
				// "Louisiana's assistant secretary of tourism, Jim
				// Hutchinson, told", "the administration's point man for
				// the disaster, Admiral Thad Allen, said"
				for comma < c && comma < m.e+5 && f.free(comma) && f.tok(comma).kind == tWord {
					comma++
				}
			}
			if n, ok := f.npAfter(comma+1, c); ok && (m.kind == mkRole || m.kind == mkIndef || isLowerWord(f.tok(m.e-1)) && (roleTok(f.tok(m.e-1)) || determiners[f.tok(m.s).lower])) && comma < c && f.tok(comma).text == "," && n.s == comma+1 && n.kind == mkPerson && n.e == j {
				// "…," Westmark's managing director, Jo Reyes, told CNN;
				// "…," the harbour master, Tom Ruiz, said
				n.titles = append(n.titles, m.titles...)
				return n, true
			}
			if n, ok := f.npAfter(comma+1, c); ok && m.kind != mkPerson && lang.BodyNoun(f.tok(m.e-1).lower) && determiners[f.tok(m.s).lower] && comma < c && f.tok(comma).text == "," && n.s == comma+1 && n.e == j && (n.kind == mkOrg || n.kind == mkOther && f.tok(n.e-1).capitalised() && !f.nonName(n.e-1)) {
				// a body's name after its description: "…," a patients'
				// charity, CareFirst, said
				return n, true
			}
			return m, true
		}
	}
	if f.free(j) && j >= lo && f.tok(j).text == "," && j == c-1 && j-1 >= lo && f.free(j-1) {
		// "X, the MP for Y, condemned" or "…" if …, said Jo Reyes
		if m, ok := f.appositiveSubject(j, lo); ok {
			return m, true
		}
	}
	if j < lo || !f.free(j) || (f.tok(j).text == "," && j == c-1) {
		// inverted order: "…," said Mr Kerry
		if n, ok := f.identifiedAs(c+1, hi); ok {
			return n, true // "said one, who identified himself only as Daryl"
		}
		m, ok := f.npAfter(c+1, hi)
		if ok && m.s == c+1 && f.adjectivesOnly(m) && m.e+1 < hi && f.free(m.e) && f.tok(m.e).text == "," {
			// adjectives set off by a comma before the name: "asked the
			// estimable, admirably candid Coast Guard Adm. Thad Allen"
			k := m.e + 1
			for k < hi && k < m.e+5 && f.free(k) && isLowerWord(f.tok(k)) && !roleTok(f.tok(k)) {
				k++ // more of them: "admirably candid"
			}
			if n, nok := f.npAfter(k, hi); nok && n.s == k && n.kind == mkPerson {
				return n, true
			}
		}
		if ok && m.kind == mkRole && m.s == c+1 && invertingCues[t.lower] {
			if n, ok := f.namedAfter(m, hi); ok {
				return n, true // a bare title and the name after its comma: "…," said WHO director general, Margaret Chan.
			}
		}
		if ok && m.kind != mkNone && !(m.kind == mkPronoun && (m.head == "him" || m.head == "her" || m.head == "it")) && !(m.kind == mkRole && !determiners[f.tok(m.s).lower] && !isPossessive(f.tok(m.s).text)) && (invertingCues[t.lower] || f.closesClause(m.e, hi) || lo > 0 && f.tok(lo-1).mark && c <= lo+1) && !(m.e < hi && copulas[f.tok(m.e).lower] && f.free(m.e)) &&
			!(c-1 >= lo && f.free(c-1) && (auxiliaries[f.tok(c-1).lower] || f.tok(c-1).lower == "do")) {
			// (nor after an auxiliary: in "what if the Iraqi 'majority'
			// do want a theocracy" the theocracy is wanted)
			// (not the subject of the clause a cue reports: "…, said the
			// dam was 'a disaster'")
			// (a cue other than "said" and its kin inverts only right
			// after the quotation, or before a name that ends the clause:
			// in "…, denounced the Geneva Convention on …" the convention
			// is its object)
			if n, ok := f.namedAfter(m, hi); ok {
				return n, true
			}
			return m, true
		}
		if j < lo || !f.free(j) {
			return mention{}, false
		}
	}
	if m, ok := f.asNamed(c, lo); ok && !relativeWords[f.tok(j).lower] {
		return m, true
	}
	switch w := f.tok(j); {
	case w.text == ",":
		return f.appositiveSubject(j, lo)
	case w.kind == tPunct && strings.Contains("—–―-", w.text):
		return f.dashedSubject(j, lo)
	case w.text == ")":
		return f.npBeforeParen(j, lo)
	case w.lower == "and" || w.lower == "but" || w.lower == "then" || w.lower == "or":
		// a second verb shares the clause's subject: "I laughed and said"
		st := lo
		for k := j - 1; k >= lo; k-- {
			if f.free(k) && (f.tok(k).text == "," || f.tok(k).text == ";") {
				st = k + 1
				break
			}
		}
		if m, ok := f.sentenceSubject(st, j); ok {
			return m, true
		}
		if m, ok := f.itActs(st, j); ok {
			return m, true // "It did not commit to waiving the cap and said …"
		}
		if st > lo {
			if m, ok := f.sentenceSubject(lo, j); ok {
				return m, true
			}
			return f.itActs(lo, j)
		}
		if sb := f.sentenceStart(j); sb == j && j > 0 && f.free(j-1) && f.tok(j-1).para+1 >= f.tok(j).para {
			// the subject left out after the sentence before: "Jo Reyes
			// praised the plan. ¶ But warned: '…'"
			if m, ok := f.sentenceSubject(f.sentenceStart(j-1), j-1); ok && m.kind != mkPronoun && f.speakerLike(m) {
				return m, true
			}
		}
		return mention{}, false
	case (w.lower == "who" || w.lower == "which" || w.lower == "that") && !w.allCaps():
		// a relative clause: its antecedent speaks; the mention runs from
		// the antecedent to the pronoun ("Beck, who")
		k := j - 1
		if k >= lo && f.tok(k).text == "," {
			k--
		}
		if k > lo && f.abbrevDot(k) {
			k-- // "Combined Systems Inc., which"
		}
		m, ok := f.npBefore(k, lo)
		if ok && w.lower == "who" && (m.kind == mkOther || m.kind == mkOrg || f.storm(m)) && !isLowerWord(f.tok(m.e-1)) {
			// "who" goes back past the places and bodies of a
			// description's tail: "a professor at the University of
			// California at Davis who wrote" is the professor (but "the
			// words of Nixon who said" are Nixon's)
			if p, pok := f.phraseBeforeTail(m, lo, 4, placePrepositions, func(p mention, _ int) bool {
				return p.kind == mkPerson || isLowerWord(f.tok(p.e-1)) && personNoun(f.tok(p.e-1).lower)
			}); pok {
				m = p
			} else if p, pok := f.caughtIn(m, lo); pok {
				m = p
			} else if f.storm(m) {
				return mention{}, false // "who" is no storm
			}
		}
		if ok && isLowerWord(f.tok(m.e-1)) && docNouns[f.tok(m.e-1).lower] && m.s > lo && f.free(m.s-1) && f.issues(m.s-1) {
			// a document that someone issued: "Transocean hit back,
			// issuing a statement that accused BP of …" is Transocean's
			// (a name that issues a statement is a body's or a person's)
			if s, sok := f.sentenceSubject(f.sentenceStart(c), m.s); sok && s.e <= m.s && (f.speakerLike(s) || s.kind == mkOther && len(s.name) > 0) {
				return s, true
			}
		}
		if ok {
			m.e = j + 1
		}
		return m, ok
	}
	m, ok := f.npBefore(j, lo)
	if ok && m.kind == mkPronoun && (m.head == "him" || m.head == "her") {
		return mention{}, false
	}
	if ok {
		if o, ook := f.ownerOfWords(m); ook {
			return o, true // "Lord Goldsmith's full advice had concluded": his
		}
	}
	if ok && m.kind != mkPronoun {
		if h, hok := f.relativeAntecedent(m.s, lo); hok {
			return h, true
		}
	}
	if ok && !aux && j == c-1 && c+1 < len(f.toks) && f.free(c+1) && copulas[f.tok(c+1).lower] && lang.PastForm(t.lower) && m.kind != mkPerson {
		return mention{}, false // a participle after its noun: "The question asked was, '…'"
	}
	if ok && !aux && namingVerbs[t.lower] && m.kind != mkPronoun && isLowerWord(f.tok(m.e-1)) && !roleTok(f.tok(m.e-1)) && !(c+1 < len(f.toks) && (objectPronouns[f.tok(c+1).lower] || f.objectBefore(c+1))) {
		return mention{}, false // "a class called 'Perception'" names, it does not speak ("the board called it '…'", "the authority called the strike '…'" do)
	}
	if ok && m.s-2 >= lo && f.free(m.s-1) && isLowerWord(f.tok(m.s-1)) && strings.HasSuffix(f.tok(m.s-1).lower, "ing") && !f.cueAt(m.s-1) {
		// the object of a participle after the subject: "A statement
		// accompanying the photographs reads"
		if h, ok := f.npBefore(m.s-2, lo); ok && h.e == m.s-1 && h.kind != mkPronoun {
			return h, true
		}
	}
	if ok && m.kind != mkPronoun && (m.kind != mkPerson || determiners[f.tok(m.s).lower]) {
		// a person and the body he is of: "Peter Kaiser of the
		// Organisation for the Prohibition of Chemical Weapons told"
		opens := func(p mention) bool { // the clause's subject, not an object inside it
			s := f.sentenceStart(p.s)
			return p.s == s || p.s == s+1 && leadIns[f.tok(s).lower]
		}
		if p, pok := f.phraseBeforeTail(m, lo, 4, roleTails, func(p mention, _ int) bool { return p.kind == mkPerson && opens(p) }); pok {
			return p, true
		}
	}
	if ok {
		// a chain of prepositional phrases after a person's role: "the
		// head of the presidential investigation into the oil spill said"
		if p, pok := f.phraseBeforeTail(m, lo, 3, prepositions, func(p mention, n int) bool {
			return (p.kind == mkRole || p.kind == mkIndef) && roleTok(f.tok(p.e-1)) && n > 0 ||
				determiners[f.tok(p.s).lower] && lang.Party(f.tok(p.e-1).lower) != "" // "the ranking Republican on the House Energy and Commerce Committee said"
		}); pok {
			return f.classify(p.s, m.e), true
		}
	}
	if ok && m.s-2 >= lo && f.free(m.s-1) && f.tok(m.s-1).lower == "in" && f.free(m.s-2) && ownWriting(f.tok(m.s).lower, f.tok(m.e-1)) {
		// the writer of what he or she wrote in: "what Weir in her
		// libretto calls", "the minister in his letter called"
		if h, ok := f.npBefore(m.s-2, lo); ok && h.e == m.s-1 && h.kind != mkPronoun && (f.speakerLike(h) || h.kind == mkOther && f.tok(h.e-1).capitalised()) {
			return h, true
		}
	}
	if ok && m.s-2 >= lo && f.free(m.s-1) && (f.tok(m.s-1).lower == "in" || f.tok(m.s-1).lower == "from") && f.free(m.s-2) {
		// someone, or a body, in a place: "A protester in Cairo says",
		// "The U.S. Embassy in Jordan warned"
		if h, ok := f.npBefore(m.s-2, lo); ok && h.e == m.s-1 && (h.kind == mkOrg || h.kind == mkPerson || (h.kind == mkRole || h.kind == mkIndef || h.kind == mkOther) && isLowerWord(f.tok(h.e-1)) && personNoun(f.tok(h.e-1).lower)) {
			return f.classify(h.s, m.e), true
		}
	}
	if ok && m.s-2 >= lo && f.free(m.s-1) && f.tok(m.s-1).lower == "to" && f.free(m.s-2) && docNouns[f.tok(m.s-2).lower] {
		// the addressee of a document does not speak: "A report to the
		// commission said" is the report's
		if h, ok := f.npBefore(m.s-2, lo); ok && h.e == m.s-1 {
			return h, true
		}
	}
	if ok && m.s > lo && f.free(m.s-1) && prepositions[f.tok(m.s-1).lower] {
		// the object of a preposition is not the subject: "Protesters
		// marching through the streets chanted"; people of a body are
		// ("…, but analysts at Harbour Bank said")
		if m.s-2 >= lo && f.free(m.s-2) {
			if p, pok := f.phraseBefore(m.s-2, lo); pok && p.e == m.s-1 && p.kind != mkPronoun && f.opensClauseAt(p.s) {
				if l := f.tok(p.e - 1); isLowerWord(l) && pluralNoun(l.lower) && pluralPeople(l.lower) {
					return f.classify(p.s, m.e), true
				}
			}
		}
		if s, ok2 := f.sentenceSubject(lo, m.s); ok2 && s.e <= m.s {
			for k := s.s + 1; k < s.e; k++ {
				if t := f.tok(k); isLowerWord(t) && strings.HasSuffix(t.lower, "ing") && !f.cueAt(k) {
					// "A panel of experts studying Halco's spill …": the
					// subject ends before its participle
					if h, ok3 := f.npBefore(k-1, lo); ok3 && h.e == k {
						return h, true
					}
					break
				}
			}
			return s, true
		}
	}
	return m, ok
}

// opensClauseAt reports a phrase at token s that opens its sentence or
// a clause joined by a comma or a coordinator ("…, but analysts at …"),
// not the object of a word before it ("close to the partners in …").
func (f *field) opensClauseAt(s int) bool {
	if s == f.sentenceStart(s) {
		return true
	}
	p := f.tok(s - 1)
	return f.free(s-1) && (p.text == "," || p.text == ";" || coordinators[p.lower] || p.lower == "while" || p.lower == "whereas")
}

// phraseBeforeTail walks back from m over up to limit prepositional
// phrases, each opened by one of preps ("the head | of the investigation
// | into the spill"), and returns the first phrase before one that
// accept takes (n counts the phrases passed over before it), or false.
func (f *field) phraseBeforeTail(m mention, lo, limit int, preps map[string]bool, accept func(p mention, n int) bool) (mention, bool) {
	h := m
	for n := 0; n < limit && h.s-2 >= lo && f.free(h.s-1) && preps[f.tok(h.s-1).lower] && f.free(h.s-2); n++ {
		p, ok := f.phraseBefore(h.s-2, lo)
		if !ok || p.e != h.s-1 || p.kind == mkPronoun {
			break
		}
		if accept(p, n) {
			return p, true
		}
		h = p
	}
	return mention{}, false
}

// caughtIn finds the people a participle ties to the place or event
// named in m, before "who": "Britons caught up in Hurricane Katrina
// who said", "tourists stranded in Cairo who".
func (f *field) caughtIn(m mention, lo int) (mention, bool) {
	k := m.s - 1
	if k-1 < lo || !f.free(k) || !placePrepositions[f.tok(k).lower] {
		return mention{}, false
	}
	k--
	if f.tok(k).lower == "up" || f.tok(k).lower == "out" {
		k--
	}
	if k-1 < lo || !f.free(k) || !isLowerWord(f.tok(k)) || !(lang.PastForm(f.tok(k).lower) || strings.HasSuffix(f.tok(k).lower, "ing")) {
		return mention{}, false
	}
	p, ok := f.phraseBefore(k-1, lo)
	if !ok || p.e != k || !(p.kind == mkPerson || isLowerWord(f.tok(p.e-1)) && personNoun(f.tok(p.e-1).lower) || p.kind == mkOther && (pluralPeople(strings.ToLower(f.tok(p.e-1).text)) || isNationality(strings.ToLower(f.tok(p.e-1).text)) || pluralNoun(strings.ToLower(f.tok(p.e-1).text)))) {
		return mention{}, false
	}
	return p, true
}

// storm reports a storm's name ("Hurricane Katrina").
func (f *field) storm(m mention) bool {
	return m.e-m.s >= 2 && lang.StormWord(f.tok(m.s).lower) || m.e-m.s >= 3 && f.tok(m.s).lower == "tropical"
}

// placePrepositions tie a person to a place or body: "a professor at
// the university", "an engineer with Seldovia Marine".
var placePrepositions = set("at in from with")

// issues reports a verb of issuing a document at token k: "issued",
// "releasing", "put out".
func (f *field) issues(k int) bool {
	w := f.tok(k).lower
	if w == "out" && k > 0 && f.free(k-1) {
		w = f.tok(k - 1).lower
		return w == "put" || w == "puts" || w == "putting"
	}
	return isLowerWord(f.tok(k)) && issuingVerbs[w]
}

var issuingVerbs = set("issue issues issued issuing release releases released releasing publish publishes published publishing send sends sent sending post posts posted posting circulate circulates circulated circulating")

// goesOnDoing reports a form of "continue" at token i that tells of
// something going on, not of speech: after a modal or "to" ("will
// continue", "to continue"), or before "to", a participle or a place or
// time ("continued to hurt", "continues hunting", "continued until
// Tuesday").
func (f *field) goesOnDoing(i int) bool {
	if i > 0 && f.free(i-1) && (modals[f.tok(i-1).lower] || f.tok(i-1).lower == "to") {
		return true
	}
	if i+1 >= len(f.toks) || !f.free(i+1) {
		return false
	}
	n := f.tok(i + 1)
	return n.lower == "to" || n.lower == "until" || n.lower == "at" || n.lower == "in" || n.lower == "for" || isLowerWord(n) && strings.HasSuffix(n.lower, "ing") ||
		isLowerWord(n) && f.plainNoun(i+1, false) && !copulas[n.lower] && n.lower != "that" && n.lower != "with" // "BP continues hunt", "continued his attacks" (an object, not words)
}

// reportingInverts are cues a writer's or an outlet's name follows after
// the comma that ends what they report: "…, reports Juliet Marlowe:",
// "…, notes the Harbour Post."
var reportingInverts = set("reports reported notes noted")

// invertingCues are the cues a speaker's name may follow: "says Jo Reyes".
var invertingCues = set("says said adds added writes wrote recalls recalled explains explained continues continued")

// passiveSpeech are the participles whose passive subject is who was
// named, addressed or judged, not who speaks.
var passiveSpeech = set(`called labeled labelled dubbed branded described termed nicknamed hailed derided mocked
accused criticized criticised praised denounced condemned portrayed characterized characterised
dismissed ridiculed lambasted slammed blasted rebuked chided scolded
asked told urged warned advised ordered reminded informed
said thought believed alleged rumoured rumored feared expected known considered estimated`)

// hypotheticals stand for no one who spoke: "anyone who tells you '…'".
var hypotheticals = set("anyone anybody whoever")

// reviewLabel reads a press review's label right before the quotation
// opening at token open: an outlet's name and a capitalised word for
// its piece ("Editorial", "Leader", "Comment"), perhaps a date after a
// comma ("Daily Mirror Editorial, May 18 '…'"). The mention is the
// outlet.
func (f *field) reviewLabel(open int) (mention, bool) {
	k := open - 1
	if k >= 1 && f.free(k) && f.tok(k).kind == tWord && unicode.IsDigit(firstRune(f.tok(k).text)) && f.tok(k-1).capitalised() {
		k -= 2 // "May 18"
		if k >= 0 && f.free(k) && f.tok(k).text == "," {
			k--
		}
	}
	if k < 1 || !f.free(k) || !pieceLabels[f.tok(k).text] {
		return mention{}, false
	}
	e := k
	s := e
	for s-1 >= 0 && f.free(s-1) && f.tok(s-1).kind == tWord && f.tok(s-1).capitalised() && f.tok(s-1).para == f.tok(e).para && s > e-5 {
		s--
	}
	if s == e || s > 0 && f.free(s-1) && f.tok(s-1).kind == tWord {
		return mention{}, false // a label opens its line or follows a quotation
	}
	m := f.classify(s, e)
	m.kind, m.name = mkOrg, f.orgName(s, e)
	return m, true
}

// pieceLabels name an outlet's piece in a press review's label.
var pieceLabels = set("Editorial Leader Comment Editorials Leaders")

// putTo reports a passive cue of speech right before the quotation
// opening at token open, its comma between: "he was asked, '…'".
func (f *field) putTo(open int) bool {
	k := open - 1
	if k >= 0 && f.tok(k).text == "," {
		k--
	}
	return k >= 0 && f.free(k) && passiveSpeech[f.tok(k).lower] && f.passive(k, max(0, k-4))
}

// reflexives may stand between a passive's auxiliary and its
// participle: "was himself branded".
var reflexives = set("himself herself itself themselves")

// passiveAux make a past participle after them passive: "was called".
var passiveAux = set("is are was were be been being")

// passive reports whether the cue at token c is the participle of a
// verb whose passive subject is spoken to or of, after auxiliaries and
// adverbs that start no earlier than lo: "was labelled", "has since
// been called", "were told". ("He was quoted as saying" speaks; "they
// are worried" feel.)
func (f *field) passive(c, lo int) bool {
	if !passiveSpeech[f.tok(c).lower] {
		return false
	}
	for k := c - 1; k >= lo && f.free(k) && isLowerWord(f.tok(k)) && (midAdverbs[f.tok(k).lower] || strings.HasSuffix(f.tok(k).lower, "ly") || f.tok(k).lower == "not" || passiveAux[f.tok(k).lower] || reflexives[f.tok(k).lower]); k-- {
		if passiveAux[f.tok(k).lower] {
			return true
		}
	}
	return false
}

// channelPrepositions introduce where words appeared, not who wrote
// them: "posted on Twitter:", "in a statement:".
var channelPrepositions = set("on in at via through into onto over")

// participleLeads open an adverbial participle phrase, whose subject is
// the main clause's: "by telling", "after saying", "without adding".
var participleLeads = set("by after before while when without since upon")

// impersonal reports whether the cue at token c is an impersonal
// passive, whose "it" stands for no one: "it is believed", "it was
// widely reported".
func (f *field) impersonal(c, lo int) bool {
	if participleCue(f.tok(c).lower) {
		return false
	}
	aux := false
	k := c - 1
	for ; k >= lo && f.free(k) && isLowerWord(f.tok(k)) && (passiveAux[f.tok(k).lower] || midAdverbs[f.tok(k).lower] || strings.HasSuffix(f.tok(k).lower, "ly")); k-- {
		aux = aux || passiveAux[f.tok(k).lower]
	}
	return aux && k >= lo && f.free(k) && f.tok(k).lower == "it"
}

// passiveAgent finds the agent of the passive cue at token c, the
// mention after "by" within its clause ("was branded a 'slug' last night
// by Jo Reyes"), skipping the quotation the cue introduces.
func (f *field) passiveAgent(c, hi int) (mention, bool) {
	for k, words := c+1, 0; k < hi && words < 8; k++ {
		if !f.free(k) {
			continue // the quotation
		}
		t := f.tok(k)
		if t.kind == tPunct && !t.mark {
			return mention{}, false
		}
		if t.kind != tWord {
			continue
		}
		if t.lower == "by" {
			if m, ok := f.npAfter(k+1, hi); ok && m.kind != mkNone && m.kind != mkPronoun {
				return m, true
			}
			return mention{}, false
		}
		words++
	}
	return mention{}, false
}

// verbParticles complete a verb of speaking: "shot back", "spoke up".
var verbParticles = set("back up out")

// copulas link a subject to what it is: "The council is 'a gang'" is no
// speech of the council's.
var copulas = set("is are was were be been being remains remained seems seemed")

// objectPronouns after a naming verb make it speech: "called it '…'".
var objectPronouns = set("it him her them this that")

var namingVerbs = set("called labeled labelled dubbed titled entitled named described branded known")

var prepositions = set("through in at of from on by with into onto over under about across along around near toward towards behind beyond within without amid among outside inside throughout")

// namedAfter finds the name a description is given after a comma
// closing it: "said the top official overseeing the work, Adm. Jo Reyes".
func (f *field) namedAfter(m mention, hi int) (mention, bool) {
	if m.kind == mkPerson || m.kind == mkPronoun || m.kind == mkOrg {
		return mention{}, false
	}
	k := f.commaAfter(m, hi, 12, false)
	if k < 0 {
		return mention{}, false
	}
	n, ok := f.npAfter(k+1, hi)
	if ok && n.kind == mkPerson && (n.e >= hi || strings.Contains(",.;", f.tok(n.e).text)) {
		n.titles = append(n.titles, m.titles...)
		if m.head != "" {
			n.titles = append(n.titles, m.head)
		}
		return n, true
	}
	return mention{}, false
}

// afterPreposition reports a phrase at token s that is the object of a
// preposition ("to al-Qaida", "for the Brigade").
func (f *field) afterPreposition(s int) bool {
	p := s - 1
	if p < 0 || !f.free(p) || !isLowerWord(f.tok(p)) {
		return false
	}
	w := f.tok(p).lower
	return prepositions[w] || w == "to" || w == "for"
}

// commaAfter returns the free comma that closes description m, at most
// limit tokens on and before hi, or -1 when a cue, a bracket (or, with
// dot, a full stop) comes first.
func (f *field) commaAfter(m mention, hi, limit int, dot bool) int {
	for k := m.e; k < hi && k < m.e+limit && f.free(k); k++ {
		switch t := f.tok(k); {
		case f.cueAt(k) || t.text == "(" || dot && t.text == ".":
			return -1
		case t.text == ",":
			return k
		}
	}
	return -1
}

// bodyNamedAfter finds the name of the body a description of one
// ("the federal agency responsible for offshore drilling") is given
// after the comma that closes it, before hi.
func (f *field) bodyNamedAfter(m mention, hi int) (mention, bool) {
	if m.kind != mkRole && m.kind != mkIndef || !groupRoles[m.head] {
		return mention{}, false
	}
	if k := f.commaAfter(m, hi, 8, true); k >= 0 {
		if n, ok := f.npAfter(k+1, hi); ok && n.kind == mkOrg {
			return n, true
		}
	}
	return mention{}, false
}

// ownWriting reports a phrase of a possessive pronoun (det) and a
// document, a work or an address (last): "her libretto", "his letter",
// "their report", "his speech".
func ownWriting(det string, last *token) bool {
	return (det == "his" || det == "her" || det == "their" || det == "its") && isLowerWord(last) && (docNouns[last.lower] || workNouns[last.lower] || addressNouns[last.lower])
}

// addressNouns are what someone delivers in person.
var addressNouns = set("speech address testimony sermon lecture")

// mainSubject finds the subject of the main clause a participle set
// off by a comma hangs on, when no reporting verb comes between them:
// "Christie repeated claims that Rubio recites the same lines, calling
// him …" is Christie's, not Rubio's nor the lines'. After a reporting
// verb ("Aides said Reyes went after Bush, calling him …") the
// participle belongs to the reported clause, which clauseSubject finds.
func (f *field) mainSubject(c int) (mention, bool) {
	if c == 0 || !f.free(c-1) || f.tok(c-1).text != "," {
		return mention{}, false
	}
	sb := f.sentenceStart(c)
	m, ok := f.sentenceSubject(sb, c)
	if !ok || m.e >= c-1 || !f.speakerLike(m) {
		return mention{}, false
	}
	if m.kind != mkPerson && m.kind != mkPronoun && f.free(m.e) && f.tok(m.e).text == "," {
		// a name in apposition: "CNN's president, Jim Walton, paid
		// tribute, saying …" is Walton's
		if n, ok := f.npAfter(m.e+1, c); ok && n.s == m.e+1 && n.kind == mkPerson && n.e < c && f.free(n.e) && f.tok(n.e).text == "," {
			m = n
		}
	}
	for k := m.e; k < c; k++ {
		if !f.free(k) || clauseVerbs[f.tok(k).lower] && f.cueAt(k) {
			return mention{}, false
		}
	}
	return m, true
}

// objectBefore reports a determiner at token k opening a noun phrase
// that a quotation follows within four words: the object of an active
// naming verb ("called the strike '…'"), which a participle after its
// noun ("a class called 'Perception'") has not.
func (f *field) objectBefore(k int) bool {
	if k >= len(f.toks) || !f.free(k) || !determiners[f.tok(k).lower] {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+4; j++ {
		if !f.free(j) || f.tok(j).mark {
			return j > k+1
		}
		if f.tok(j).kind != tWord {
			return false
		}
	}
	return false
}

// outerSpeaker finds, for the cue at token c whose subject m is in the
// complement of an earlier reporting verb, that verb's subject and token: PolNeAR
// (and a reader) give "Cruz said he is sure Reyes wants to be '…'" and
// "She said she hopes '…'" to the outer speaker. The inner speaker
// keeps the words when its verb introduces them ("Moss said as Reyes
// yelled: '…'"), or when the clauses are not nested: a comma before the
// inner subject ("Whatever Reyes says, Moss said"), a conjunction or a
// relative pronoun between them ("…, though he said", "which he called").
func (f *field) outerSpeaker(c int, m mention, sb int) (mention, int, bool) {
	if c+1 < len(f.toks) && (f.tok(c+1).text == ":" || f.tok(c+1).text == ",") {
		return mention{}, 0, false
	}
	for k := c + 1; m.kind != mkPronoun && k < len(f.toks) && k <= c+4 && f.free(k); k++ {
		if f.tok(k).text == ":" {
			// the inner verb introduces the words: "She said her
			// husband told her: '…'" (but "Cruz said he told
			// reporters: '…'" is still Cruz's, whom "he" names)
			return mention{}, 0, false
		}
		if f.tok(k).kind != tWord {
			break
		}
	}
	if m.s-1 < sb || f.tok(m.s-1).text == "," || m.s > c {
		return mention{}, 0, false // no complement; or the speaker follows the cue ("says Jo Reyes")
	}
	if f.namesAt(c) && m.kind == mkPerson {
		return mention{}, 0, false // a person named who gave the thing its name: "Ota said Baker had called the budget '…'"
	}
	for k := m.s - 1; k >= sb && k >= m.s-16; k-- {
		w := f.tok(k).lower
		// "Reyes said if a pandemic was announced, …": a condition
		// inside the complement of the cue before it
		inner := (w == "if" || w == "when" || w == "whether") && k-1 >= sb && clauseVerbs[f.tok(k-1).lower] && f.cueAt(k-1)
		if !f.free(k) || f.tok(k).text == ";" || f.tok(k).text == ":" || clauseBreaks[w] && !inner {
			return mention{}, 0, false
		}
		if !f.cueAt(k) {
			continue
		}
		if !clauseVerbs[f.tok(k).lower] || k-1 >= sb && passiveAux[f.tok(k-1).lower] && k+1 < len(f.toks) && f.tok(k+1).lower == "to" {
			return mention{}, 0, false // (not "the areas which are reported to be …": no one reports)
		}
		if o, ok := f.cueSubject(k, sb, m.s); ok && o.e <= k {
			return o, k, true
		}
		return mention{}, 0, false
	}
	return mention{}, 0, false
}

// namesAt reports a verb of naming at token c, in the past or, for
// "call", the present: "called", "dubbed", "calls".
func (f *field) namesAt(c int) bool {
	w := f.tok(c).lower
	return namingVerbs[w] || w == "call" || w == "calls"
}

// namerOf finds, for a naming verb at token c whose pronoun subject m
// opens a free relative ("what he called"), the subject of the main
// clause: "Ban condemned what he called a “breach”" is Ban's
// condemnation, and PolNeAR gives it to him; so are "tweets in which he
// called her “disgusting”" (but not "in which she called for …"). After "which" ("a deal,
// which Reyes called a “disaster”") or with a named subject ("what Reyes
// called") the namer keeps the words.
func (f *field) namerOf(c int, m mention, sb int) (mention, bool) {
	if !f.namesAt(c) {
		return mention{}, false
	}
	if m.kind != mkPronoun || m.s-1 < sb || !f.free(m.s-1) {
		return mention{}, false
	}
	rel := m.s - 1 // "what", or "which" after "in": "tweets in which he called her …"
	switch {
	case f.tok(rel).lower == "what":
	case f.tok(rel).lower == "which" && rel-1 >= sb && f.tok(rel-1).lower == "in" && !(c+1 < len(f.toks) && f.tok(c+1).lower == "for"):
		rel--
	default:
		return mention{}, false
	}
	if o, ok := f.sentenceSubject(sb, rel); ok && o.e < rel && f.speakerLike(o) {
		return o, true
	}
	return mention{}, false
}

var afterConjunctions = set("though although but while whereas when because until after before if since")

// clauseBreaks end a complement clause: what follows them is not what
// the verb before them reports.
var clauseBreaks = set("but though although as while because when if whom which who whose after before since whether where")

// clauseVerbs report a clause ("said Reyes went after Bush"); other cues
// ("posted a comment", "criticized pastors") take an object.
var clauseVerbs = set("said says say told tells added claimed argued insisted noted explained wrote writes believes believe thinks think thought suggested suggests warned warns reported stated asserted contended predicted recalled acknowledged admitted")

// quotingVerbs quote someone "as saying": "Reuters quotes BP as saying".
var quotingVerbs = set("quotes quoted quoting cites cited citing")

// clauseSubject finds, walking back from token c, the nearest noun
// phrase followed by a verb-like word: the subject of the clause a
// participle hangs on ("he used stronger language, saying …").
func (f *field) clauseSubject(c, lo int) (mention, bool) {
	lo = max(lo, c-window)
	for k := c - 1; k >= lo; k-- {
		if !f.free(k) {
			continue
		}
		t := f.tok(k)
		if t.kind != tWord || k+1 >= c {
			continue
		}
		if !f.verbAfter(k + 1) {
			continue
		}
		if m, ok := f.contracted(k); ok {
			return m, true
		}
		if !(subjectPronouns[t.lower] || t.capitalised() || roleTok(t) || f.nounHead(k)) || t.lower == "it" || t.lower == "you" || isPossessive(t.text) {
			continue
		}
		if m, ok := f.npBefore(k, lo); ok && m.kind != mkNone {
			if m.s > lo && f.free(m.s-1) && prepositions[f.tok(m.s-1).lower] {
				continue // the object of a preposition
			}
			if m.kind == mkOther && len(m.name) > 0 && !f.tok(k).capitalised() && !speakerNoun(f.tok(k).lower) {
				continue // a common noun is a poor speaker
			}
			return m, true
		}
	}
	return mention{}, false
}

// verbAfter reports whether a verb form starts at token k, possibly after
// an adverb: "went", "used", "says", "has", "also warned".
func (f *field) verbAfter(k int) bool {
	// a time phrase may come between: "The campaign on Monday also said"
	if k+1 < len(f.toks) && f.free(k+1) && (f.tok(k).lower == "on" || f.tok(k).lower == "last" || f.tok(k).lower == "this") && nonNames[f.tok(k+1).lower] {
		k += 2
	} else if k < len(f.toks) && f.free(k) && f.tok(k).capitalised() && nonNames[f.tok(k).lower] && !determiners[f.tok(k).lower] {
		k++ // "Clinton Tuesday said"
	} else if k < len(f.toks) && f.free(k) && f.timeBefore(k, k) == 1 {
		k++ // "Tony Hayward, yesterday drastically scaled"
	}
	for n := 0; n < 2 && k < len(f.toks) && f.free(k); n++ {
		t := f.tok(k)
		if !isLowerWord(t) {
			return false
		}
		w := t.lower
		if f.nounUse(k) && !verbSigns[w] {
			return false // "Boris Johnson's call"
		}
		if verbSigns[w] || lang.ReportingVerb(w) || lang.IrregularPast(w) || strings.HasSuffix(w, "ed") && !roleNouns[w] {
			return true
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !nonNames[w] && !prepositions[w] && !determiners[w] && len(w) > 3 {
			return true
		}
		if !(midAdverbs[w] || strings.HasSuffix(w, "ly")) {
			return false
		}
		k++
	}
	return false
}

// contracted reads a pronoun glued to a contracted verb ("He’s", "they're").
func (f *field) contracted(j int) (mention, bool) {
	t := f.tok(j)
	if t.kind != tWord {
		return mention{}, false
	}
	for _, suf := range []string{"'s", "’s", "'re", "’re", "'m", "’m"} {
		if base, ok := strings.CutSuffix(t.lower, suf); ok && subjectPronouns[base] {
			m := mention{s: j, e: j + 1, kind: mkPronoun, head: base}
			switch base {
			case "he":
				m.gender = 'm'
			case "she":
				m.gender = 'f'
			}
			return m, true
		}
	}
	return mention{}, false
}

// coordinationTail reports a phrase in [s, e) that adds to what comes
// before it ("as well as civil penalties", "along with fines", "plus
// costs"), not a description.
func (f *field) coordinationTail(s, e int) bool {
	w := func(k int) string {
		if k < e && f.free(k) {
			return f.tok(k).lower
		}
		return ""
	}
	switch w(s) {
	case "plus", "including":
		return true
	case "as":
		return w(s+1) == "well" && w(s+2) == "as"
	case "along", "together":
		return w(s+1) == "with"
	}
	return false
}

// appositiveSubject handles a subject separated from its verb by commas:
// "Jo Reyes, the MP for Northfield and Leigh, condemned",
// "Kerry, speaking in Paris, said", "The MP who served …, said".
func (f *field) appositiveSubject(j, lo int) (mention, bool) {
	if m, ok := f.openingName(j, lo); ok {
		return m, true
	}
	lo = max(lo, j-window)
	k := j - 1
	for k >= lo && !(f.free(k) && f.tok(k).text == ",") {
		k--
	}
	segStart := k + 1
	if segStart >= j {
		return mention{}, false
	}
	if k > lo && f.stateAfterPlace(segStart, j) {
		// "campaigning in Dunedin, Fla., said": the state goes with the
		// place before it
		return f.appositiveSubject(k, lo)
	}
	first := f.tok(segStart)
	if f.coordinationTail(segStart, j) {
		// "…, along with BP and Transocean, as well as civil penalties,
		// said Uhlmann": what the comma adds is more of the clause's
		// object, not a description of a subject
		return mention{}, false
	}
	named := false // a name after descriptors: "retired Adm. Jo Reyes", "acting director Jo Reyes"
	if m1, ok := f.npAfter(segStart, j); ok && m1.e == j && m1.kind == mkPerson {
		named = true
	}
	if !named && isLowerWord(first) && (strings.HasSuffix(first.lower, "ing") || strings.HasSuffix(first.lower, "ed") || fragmentStarts[first.lower] || leadIns[first.lower] || relativeWords[first.lower]) {
		// a parenthetical phrase: the subject is before it, the name
		// rather than the description in apposition to it ("Jo Reyes,
		// the incident commander, based in Houma, tells us")
		if k > lo {
			m, ok := f.npBeforeParen(k-1, lo)
			c := m.s - 1 // the comma opening the description: "Jo Reyes, the BP incident commander,", "Hazem al-Araji, the head of his office in the district of Khadimiya, where …,"
			for ok && c > lo && c > m.s-16 && f.free(c) && f.tok(c).kind == tWord && !f.cueAt(c) {
				c--
			}
			if ok && m.kind != mkPerson && m.kind != mkPronoun && c-1 >= lo && f.free(c) && f.tok(c).text == "," {
				if p, pok := f.npBefore(c-1, lo); pok && p.kind == mkPerson {
					p.titles = append(p.titles, m.titles...)
					if m.head != "" {
						p.titles = append(p.titles, m.head)
					}
					return p, true
				}
			}
			return m, ok
		}
		return mention{}, false
	}
	if m, ok := f.beforeRelative(k, lo); ok {
		return m, true
	}
	if k > lo {
		// an apposition: "Jo Reyes, the MP for Northfield and Leigh,",
		// "Mr. Dunn, 82,", "Ann B. Cole, director of …,"
		if m0, ok0 := f.npBeforeParen(k-1, lo); ok0 && m0.e == k && (m0.kind == mkPerson || m0.kind == mkOther || m0.kind == mkOrg) {
			m1, ok1 := f.npAfter(segStart, j)
			if ok1 && m1.e == j && m1.kind == mkPerson && m0.kind != mkPerson && f.describes(lo, k) {
				// the name after a description: "The head of the
				// agency's flu programme, Jo Reyes, said"
				return m1, true
			}
			if m0.kind == mkOther && m0.s-1 > lo && f.free(m0.s-1) && f.tok(m0.s-1).text == "," && (!ok1 || m1.kind != mkPerson) {
				// a place in the description, and the name further back:
				// "Walter Maestri, emergency chief for Jefferson Parish,
				// Louisiana, one of the worst affected areas, told"
				if p, pok := f.personBeforeCommas(m0.s-1, lo); pok {
					return p, true
				}
			}
			if ok1 && m1.e == j {
				m0.titles = append(m0.titles, m1.titles...)
				if m1.head != "" {
					m0.titles = append(m0.titles, m1.head)
				}
				m0.e = j
			}
			return m0, true
		}
	}
	m1, ok := f.npAfter(segStart, j)
	if !ok {
		return mention{}, false
	}
	if m1.e == j {
		if k > lo {
			if m0, ok0 := f.npBefore(k-1, lo); ok0 && m0.e == k && (m0.kind == mkPerson || m0.kind == mkOther) {
				m0.titles = append(m0.titles, m1.titles...)
				m0.e = m1.e
				return m0, true
			}
		}
		return m1, true
	}
	if k < lo && m1.e < j && (relativeWords[f.tok(m1.e).lower] || f.tok(m1.e).text == ",") {
		return m1, true
	}
	return mention{}, false
}

// inSubordinate reports whether the cue at token c is in a clause
// that opens the sentence before its main clause, which goes on to the
// quotation opening at token open: "With party leaders worried about
// turnout, the president has a new message: '…'" is not the leaders'.
// inRelative reports the cue at token c inside a relative clause set off
// by a comma ("…, whose staff have been accused of …"): it speaks of
// the clause's antecedent, not of the sentence's subject.
func (f *field) inRelative(c, sb int) bool {
	for k := c - 1; k > sb && k >= c-12; k-- {
		if !f.free(k) || f.cueAt(k) {
			return false
		}
		if w := f.tok(k).lower; (w == "whose" || w == "who" || w == "which") && f.tok(k-1).text == "," {
			return true
		}
	}
	return false
}

// colonBetween reports a free colon in tokens (k, open).
func (f *field) colonBetween(k, open int) bool {
	for j := k + 1; j < open; j++ {
		if f.free(j) && f.tok(j).text == ":" {
			return true
		}
	}
	return false
}

func (f *field) inSubordinate(c, sb, open int) bool {
	// the subordinator opens the sentence, or follows a comma after an
	// opening phrase ("Last year, when the photographs were published, …"),
	// and no comma closes its clause before the cue
	k := c - 1
	for ; k >= sb; k-- {
		if !f.free(k) {
			return false
		}
		if f.tok(k).text == "," {
			return false // the subordinate clause closed before the cue
		}
		if subordinators[f.tok(k).lower] {
			p := k - 1
			for p >= sb && f.tok(p).kind == tPunct && f.tok(p).text != "," {
				p--
			}
			if p < sb || f.tok(p).text == "," {
				break
			}
		}
	}
	if k < sb {
		return false
	}
	for j := c + 1; j < open; j++ {
		if f.free(j) && f.tok(j).text == "," {
			// the main clause follows before the quotation, with words of
			// its own ("…, the president has a new message: '…'"); a
			// quotation opening it after at most a determiner goes on
			// with the cue's speech ("While Reyes said …, the '…'")
			if j+1 >= open {
				return false // the cue introduces the quotation: "When he returned he began by saying, '…'"
			}
			if !concessives[f.tok(k).lower] {
				return true
			}
			for m := j + 1; m < open; m++ {
				if !determiners[f.tok(m).lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// concessives open a subordinate clause whose speech the main clause may
// go on with: "While Reyes said …, the '…'".
var concessives = set("while although though whereas")

// subordinators open a clause before the main one; its speaker is not
// the main clause's. "As" is not one of them: "As Jo Reyes put it, '…'".
var subordinators = set("with while although though despite after before since because when if unless whereas")

// inAside reports whether the cue at token c is inside a relative
// clause set off by commas that closes before the quotation opening at
// token open: "She said any comparison to the flood, in which the town
// had a warning, is '…'" is hers, not the town's.
func (f *field) inAside(c, sb, open int) bool {
	s := c - 1
	for s > sb && !(f.free(s) && f.tok(s).text == ",") {
		s--
	}
	if s <= sb {
		return false
	}
	w := f.tok(s + 1).lower
	if prepositions[w] && s+2 < c {
		w = f.tok(s + 2).lower // "in which", "during which"
	}
	if w != "which" && w != "who" && w != "whom" && w != "where" {
		return false
	}
	for k := c + 1; k < open; k++ {
		if f.free(k) && f.tok(k).text == "," {
			// the clause goes on after the aside ("…, is '…'"); a comma
			// right before the quotation introduces it ("who said, '…'")
			return k+1 < open && f.verbAfter(k+1)
		}
	}
	return false
}

// beforeRelative finds the person before a relative clause that has
// commas of its own, walking back from the comma at token k: "Tom Hale,
// who wrote a book called Oil, Money and Power, said" is Hale's; and the
// body or document opening the sentence before a "which" clause: "The
// order, which covers Walton, Bay and Gulf counties, says" is the
// order's, not a county's.
func (f *field) beforeRelative(k, lo int) (mention, bool) {
	for r := k - 1; r > lo && r > k-25; r-- {
		if !f.free(r) {
			return mention{}, false
		}
		w := f.tok(r + 1).lower
		if f.tok(r).text != "," || (w != "who" && w != "whose" && w != "which") {
			continue
		}
		m, ok := f.npBeforeParen(r-1, lo)
		if ok && w != "which" && m.kind == mkPerson {
			return m, true
		}
		if ok && w == "which" && m.kind != mkPerson && m.kind != mkPronoun && m.s == f.sentenceStart(r) && m.e == r && f.speakerLike(m) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// passesOn reports whether m, named after the quotation opening at
// token open, is a news outlet passing on words that the sentence from
// token sb gives to someone before them (relayed): "X said it '…,' the
// news agency reported" is X's.
func (f *field) passesOn(m mention, sb, open int) bool {
	return f.reportsOn(m) && f.relayed(sb, open)
}

// reportsOn reports a mention of a news outlet, which carries others'
// words: "the official Saudi news agency", "state television", "the
// Harbour Daily newspaper".
func (f *field) reportsOn(m mention) bool {
	if m.kind != mkOrg && m.kind != mkRole && m.kind != mkIndef && m.kind != mkOther {
		return false
	}
	for k := m.s; k < m.e; k++ {
		if outletWords[f.tok(k).lower] {
			return true
		}
	}
	return false
}

// relayed reports whether the sentence before the quotation opening at
// token open gives its words to someone: a speaker through a cue ("X
// said it '…'") or a person as the clause's subject ("he opened the door
// to '…'"), so that an outlet named after them only passes them on.
func (f *field) relayed(sb, open int) bool {
	if f.subjectCueBetween(sb, open) {
		return true
	}
	_, ok := f.relayedBy(sb, open)
	return ok
}

// relayedBy returns the person whose clause holds the quotation opening
// at token open, when its subject is one: "Though Mubarak has …, he
// opened the door to '…'" is his (the main clause's, after a
// concessive one).
func (f *field) relayedBy(sb, open int) (mention, bool) {
	m, ok := f.sentenceSubject(sb, open)
	if !ok || m.e > open {
		return mention{}, false
	}
	for k := sb; k < m.s; k++ {
		if f.tok(k).lower == "though" || f.tok(k).lower == "although" {
			if n, nok := f.mainClauseSubject(m.e, open); nok {
				m = n
			}
			break
		}
	}
	if m.kind == mkPerson || m.kind == mkPronoun && (m.head == "he" || m.head == "she") {
		return m, true
	}
	return mention{}, false
}

// mainClauseSubject reads the subject after the first comma from token k
// before token hi: the main clause after a subordinate one.
func (f *field) mainClauseSubject(k, hi int) (mention, bool) {
	for c := k; c < hi; c++ {
		if f.free(c) && f.tok(c).text == "," {
			return f.npAfter(c+1, hi)
		}
	}
	return mention{}, false
}

// outletWords name news outlets.
var outletWords = set("agency newspaper paper magazine journal tabloid website television tv radio broadcaster network channel wire daily weekly media")

// personBeforeCommas finds a person's name opening a chain of at most
// three comma-separated phrases that ends at the comma at token c, none
// of them with a verb: "Walter Maestri, emergency chief for Jefferson
// Parish, Louisiana,".
func (f *field) personBeforeCommas(c, lo int) (mention, bool) {
	for n := 0; n < 3 && c > lo; n++ {
		k := c - 1
		for k > lo && f.free(k) && f.tok(k).text != "," && !f.cueAt(k) && !verbSigns[f.tok(k).lower] {
			k--
		}
		if k <= lo || !f.free(k) || f.tok(k).text != "," {
			return mention{}, false
		}
		if p, ok := f.npBefore(k-1, lo); ok && p.kind == mkPerson && p.e == k {
			// a description follows the name, not the next item of a
			// list ("covers Escambia, Santa Rosa, Okaloosa, Walton")
			for d := k + 1; d < c; d++ {
				if isLowerWord(f.tok(d)) {
					return p, true
				}
			}
			return mention{}, false
		}
		c = k
	}
	return mention{}, false
}

// relativeAntecedent reads a subject whose relative clause ends just
// before the noun phrase at token s: in "An engineer who gave evidence
// to the committee said" the engineer speaks, not the committee. The
// clause holds no comma, no cue and no "that" ("The man who told police
// that Reyes said" is Reyes's).
func (f *field) relativeAntecedent(s, lo int) (mention, bool) {
	for r := s - 1; r > lo && r > s-15; r-- {
		t := f.tok(r)
		if !f.free(r) || t.kind != tWord || t.lower == "that" || clauseOpeners[t.lower] || f.cueAt(r) {
			return mention{}, false // ("who gained fame when he yelled" is his)
		}
		if t.lower != "who" {
			continue
		}
		if r+1 >= s {
			return mention{}, false
		}
		if h, ok := f.whoDescription(r, lo); ok {
			return h, true
		}
		h, ok := f.npBefore(r-1, lo)
		if !ok || h.e != r || h.kind == mkPronoun || h.kind == mkOrg || h.kind == mkNone {
			return mention{}, false
		}
		return h, true
	}
	return mention{}, false
}

// clauseOpeners open a clause of their own, never a phrase: "who gained
// fame when he yelled".
var clauseOpeners = set("when while although though because if unless whereas")

// whoDescription reads a description of a person before the "who" at
// token r, whatever its noun: "who" tells a person, so "an independent
// engineer who …" describes one even without a role word the lexicon
// knows. At most four lower-case words after a determiner.
func (f *field) whoDescription(r, lo int) (mention, bool) {
	if r <= lo || f.tok(r).lower != "who" {
		return mention{}, false
	}
	d := r - 1
	for d >= lo && d > r-5 && f.free(d) && isLowerWord(f.tok(d)) && !determiners[f.tok(d).lower] {
		d--
	}
	if d < lo || d == r-1 || !f.free(d) || f.tok(d).kind != tWord || !determiners[f.tok(d).lower] || f.tok(d).lower == "that" {
		return mention{}, false
	}
	m := f.classify(d, r)
	if m.kind == mkOther || m.kind == mkNone {
		m.kind, m.name, m.head = mkRole, nil, f.tok(r-1).lower
		if indefinites[f.tok(d).lower] {
			m.kind = mkIndef
		}
		m.titles = m.titles[:0]
		for k := d + 1; k < r; k++ {
			m.titles = append(m.titles, f.tok(k).lower)
		}
	}
	if m.kind != mkRole && m.kind != mkIndef || pluralNoun(m.head) {
		return mention{}, false
	}
	return m, true
}

// namedDescription reads a clause opening with a description and the
// name set off after it, before the verb: "The director general of the
// agency, Jo Reyes, had this to say" is Reyes.
func (f *field) namedDescription(k, limit int) (mention, bool) {
	c := k
	for c < limit && c < k+15 && f.free(c) && f.tok(c).text != "," && !f.cueAt(c) {
		c++
	}
	if c >= limit || c == k || f.tok(c).text != "," || !f.describes(k, c) && !f.ownedBy(k, c) || !determiners[f.tok(k).lower] && !f.ownedBy(k, c) {
		return mention{}, false
	}
	n, ok := f.npAfter(c+1, limit)
	if !ok || n.kind != mkPerson || n.e+1 >= limit || f.tok(n.e).text != "," || !f.verbAfter(n.e+1) {
		return mention{}, false
	}
	return n, true
}

// ownedBy reports whether tokens [k,c) open with a name's possessive and
// go on with a description: "Hong Kong's health minister".
func (f *field) ownedBy(k, c int) bool {
	for p := k; p < c-1 && p < k+4; p++ {
		t := f.tok(p)
		if !f.free(p) || t.kind != tWord || !t.capitalised() {
			return false
		}
		if isPossessive(t.text) {
			return isLowerWord(f.tok(p + 1))
		}
	}
	return false
}

// describes reports whether tokens [lo,k) are one description opening
// its clause, with no comma inside ("The head of the agency's flu
// programme"), not a name and its apposition ("Jo Reyes, the editor of
// the city's paper").
func (f *field) describes(lo, k int) bool {
	if k <= lo || !f.free(lo) {
		return false
	}
	for i := lo; i < k; i++ {
		if !f.free(i) || f.tok(i).text == "," {
			return false
		}
	}
	t := f.tok(lo)
	return t.kind == tWord && (determiners[t.lower] || isPossessive(t.text) || isLowerWord(t))
}

// dashedSubject reads a subject set off by dashes before its verb:
// "Another scientist -- NASA modeler Jo Reyes -- admitted": the name
// inside the dashes, else the phrase before them.
func (f *field) dashedSubject(j, lo int) (mention, bool) {
	e := j
	for e > lo && f.tok(e-1).kind == tPunct && strings.Contains("—–―-", f.tok(e-1).text) {
		e-- // "--" is two tokens
	}
	for k := e - 1; k > lo && k > e-40 && f.free(k); k-- {
		if t := f.tok(k); t.kind == tPunct && strings.Contains("—–―-", t.text) {
			if m, ok := f.npBefore(e-1, k+1); ok && m.kind == mkPerson && m.e == e {
				return m, true
			}
			s := k
			for s > lo && f.tok(s-1).kind == tPunct && strings.Contains("—–―-", f.tok(s-1).text) {
				s--
			}
			return f.npBefore(s-1, lo)
		}
	}
	return mention{}, false
}

// npBeforeParen is npBefore that first steps back over a bracketed
// party tag ("Sen. Richard J. Durbin (D-Ill.)").
func (f *field) npBeforeParen(j, lo int) (mention, bool) {
	if j >= lo && f.tok(j).text == ")" {
		for k := j - 1; k >= lo && k > j-10; k-- {
			if f.tok(k).text == "(" {
				m, ok := f.npBefore(k-1, lo)
				if ok {
					m.e = j + 1
				}
				return m, ok
			}
		}
	}
	return f.npBefore(j, lo)
}

// itActs returns "it" opening the clause from token st to j as the
// subject of a verb that acts ("It did not commit … and said"), not the
// empty subject of a copula ("It is clear …", "It seems …"), which
// sentenceSubject leaves out.
func (f *field) itActs(st, j int) (mention, bool) {
	if st+1 >= j || !f.free(st) || f.tok(st).lower != "it" || !f.free(st+1) {
		return mention{}, false
	}
	next := f.tok(st + 1)
	if !isLowerWord(next) || copulas[next.lower] || emptyItVerbs[next.lower] {
		return mention{}, false
	}
	return f.classify(st, st+1), true
}

// emptyItVerbs follow an empty "it": "it seems", "it remains to be seen".
var emptyItVerbs = set("seems seemed appears appeared remains remained takes took means meant matters mattered")

// sentenceSubject returns the subject that opens the sentence at sb:
// after a dateline ("LA CROSSE, Wisc. —") and lead-in phrases ("Speaking
// at a town hall in Salem, New Hampshire,"), the first noun phrase that
// a verb-like word follows.
func (f *field) sentenceSubject(sb, limit int) (mention, bool) {
	limit = min(limit, sb+window)
	k := sb
	for k < limit && (f.tok(k).kind == tPunct || !f.free(k)) {
		if f.tok(k).text == "(" && f.free(k) {
			// a bracketed note before the sentence: "(Update 7:42 p.m.) …"
			for c := k + 1; c < limit && c < k+20; c++ {
				if f.tok(c).text == ")" {
					k = c
					break
				}
			}
		}
		k++
	}
	// a dateline: capitalised words up to a dash
	for d := k; d < limit && d < k+10; d++ {
		t := f.tok(d)
		if t.kind == tPunct && strings.Contains("—–―", t.text) || t.text == "-" && d+1 < limit && f.tok(d+1).text == "-" {
			k = d + 1
			for k < limit && f.tok(k).kind == tPunct {
				k++
			}
			break
		}
		if t.kind == tWord && !t.capitalised() && !t.allCaps() {
			break
		}
	}
	if k+1 < limit && f.free(k) && (f.tok(k).lower == "and" || f.tok(k).lower == "but" || f.tok(k).lower == "yet") && f.tok(k+1).kind == tWord {
		k++ // "And Mr. Li gloated: …"
	}
	for tries := 0; tries < 4 && k < limit; tries++ {
		w := f.tok(k).lower
		lead := leadIns[w] || strings.HasSuffix(w, "ing") && !f.tok(k).allCaps() && !f.tok(k).capitalised() || strings.HasSuffix(w, "ing") && k == sb && f.tok(k).capitalised()
		if !lead {
			if n, ok := f.namedDescription(k, limit); ok {
				return n, true
			}
			m, ok := f.npAfter(k, limit)
			if ok && determiners[f.tok(k).lower] {
				// "An independent engineer who gave evidence … slammed"
				for r := k + 1; r < limit && r < k+6 && f.free(r) && f.tok(r).kind == tWord; r++ {
					if w, wok := f.whoDescription(r, k); wok && w.s == k {
						m, ok = w, true
						break
					}
				}
			}
			if ok && m.kind != mkNone && !(m.kind == mkPronoun && (m.head == "it" || m.head == "him" || m.head == "her")) {
				if m.e >= limit || f.verbAfter(m.e) || tries == 0 && (isLowerWord(f.tok(m.e)) || f.tok(m.e).text == "," && m.kind != mkOther) {
					return m, true
				}
				if f.tok(m.e).text == "," && m.kind != mkPronoun {
					// an apposition: "Dean, a medical doctor, then appeared"
					for c := m.e + 2; c < limit && c < m.e+16 && f.free(c) && !f.cueAt(c); c++ {
						if f.tok(c).text == "," {
							if c+1 < limit && f.verbAfter(c+1) && !f.verbAfter(m.e+1) {
								return m, true
							}
							break
						}
					}
				}
			}
		}
		// skip to the next comma, which may close a quotation ("After
		// saying his foot was 'swollen,' he …")
		c := k
		for c < limit && !(f.free(c) && f.tok(c).text == ",") && !(c > k && f.tok(c).mark && f.tok(c-1).text == "," && c+1 < limit && f.free(c+1)) {
			c++
		}
		if c >= limit {
			break
		}
		k = c + 1
	}
	return mention{}, false
}

// renderings are what carries someone's words without being their
// source: "according to a translation, he said …".
var renderings = set("translation translations transcript transcripts recording recordings tape tapes video videos footage audio interpreter translator excerpt excerpts text version minutes")

// translations render words from another language.
var translations = set("translation translations interpreter translator")

// cueBetween reports whether a reporting cue lies in tokens [lo, hi).
func (f *field) cueBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if f.cueAt(k) {
			return true
		}
	}
	return false
}

// subjectCueBetween reports whether a reporting cue with a subject of
// its own lies in tokens [lo, hi).
func (f *field) subjectCueBetween(lo, hi int) bool {
	for c := lo; c < hi; c++ {
		if f.cueAt(c) && f.tok(c).lower != "according" {
			if m, ok := f.cueSubject(c, lo, hi); ok && m.s >= lo {
				return true
			}
		}
	}
	return false
}

// attribute finds the speaker of quotation qi of field f; failing all
// else, it inherits the latest of events (which may be nil).
func (f *field) attribute(qi int, events *events) attr {
	open, after := f.qOpen[qi], f.qClose[qi]
	// the quotation's sentence, but no further than window tokens either
	// side: cues are close, and this keeps the work linear
	sb := max(f.sentenceStart(open), open-window)
	se := min(f.sentenceEnd(max(after-1, open)), after+window)
	res := attr{f: f, ent: -1, tok: open, last: max(after-1, open)}
	found := func(m mention, cue string) attr {
		if w := f.tok(m.s).lower; m.s < m.e && hypotheticals[w] {
			res.cueInSent = true
			return res // no one in particular: "Anyone who tells you they've had 'a touch of flu' has had a cold"
		}
		if m.kind == mkPronoun && (m.head == "i" || m.head == "we") {
			if t, ok := f.turnSpeaker(open); ok {
				m = t // "we" in a transcript turn is its speaker's
			}
		}
		res.has, res.m, res.cue = true, m, cue
		return res
	}
	// 0. a transcript line: "WALLACE: Let’s start …"
	if m, ok := f.transcriptSpeaker(qi); ok {
		return found(m, ":")
	}
	// 0b. words voiced by a crowd: "protesters chanted, '…'", "people
	// are hugging and chanting '…,' CNN's Ivan Watson reports": whoever
	// chants, if the sentence names them, else no one (not the
	// reporter, not the city)
	if v := f.voicedBy(open); v >= 0 && !(voicingNouns[f.tok(v).lower] && f.accordingIn(sb, se)) {
		res.cueInSent = true
		if voicingNouns[f.tok(v).lower] {
			// "amid cheers of '…'", "broke into cries of, '…'": the
			// sentence's subject, if people, else no one
			if m, ok := f.sentenceSubject(sb, v); ok && m.e <= v && !f.bareName(m) && f.voices(m) {
				return found(m, f.tok(v).text)
			}
			if after+1 < se && f.free(after) && f.tok(after).lower == "from" {
				// "to cries of '…' from protesters, who …": the people
				// named after it
				if m, ok := f.npAfter(after+1, se); ok && m.s == after+1 && f.voices(m) {
					return found(m, f.tok(v).text)
				}
				for e := after + 1; e < se && e < after+4 && f.free(e) && isLowerWord(f.tok(e)); e++ {
					if w := f.tok(e).lower; pluralNoun(w) && pluralPeople(w) {
						return found(f.classify(after+1, e+1), f.tok(v).text) // "from angry protesters"
					}
				}
			}
			res.crowd = true
			return res
		}
		if v-2 >= sb && f.free(v-1) && f.tok(v-1).lower == "who" {
			// "clashed with anti-government protesters who chanted"
			if m, ok := f.npBefore(v-2, sb); ok && !f.bareName(m) && f.voices(m) {
				return found(m, f.cueText(v))
			}
		}
		if m, ok := f.cueSubject(v, sb, se); ok && f.voices(m) {
			return found(m, f.cueText(v))
		}
		if m, ok := f.sentenceSubject(sb, v); ok && m.e <= v && !f.bareName(m) && f.voices(m) {
			return found(m, f.cueText(v))
		}
		res.crowd = true
		return res
	}
	// 1. according to X
	for k := sb; k+1 < se; k++ {
		if f.cueAt(k) && f.tok(k).lower == "according" {
			res.cueInSent = true
			if f.bracketedAside(k, sb, se, open) && f.subjectCueBetween(sb, open) {
				// a source of a figure in an aside, not of the words:
				// "A WHO spokesman said the infections -- at 40,
				// according to the WHO's count -- seemed mainly
				// 'imported cases'"
				continue
			}
			if m, ok := f.npAfter(k+2, se); ok {
				if e := f.nounsAfter(m.e, se); e > m.e && isNationality(f.tok(m.e-1).lower) {
					m = f.classify(m.s, e) // "according to British media reports"
				}
				if n, ok := f.bodyNamedAfter(m, se); ok {
					m = n // "according to the federal agency responsible for drilling, the Minerals Management Service"
				}
				if renderings[f.tok(m.e-1).lower] && (f.subjectCueBetween(m.e, open) || k > open && (f.subjectCueBetween(sb, open) || translations[f.tok(m.e-1).lower] && f.subjectCueBetween(after, k))) {
					// "According to a transcript, she said, '…'", "he
					// added that … '…', according to a transcript", "'…,'
					// said Sarfatti, according to a translation": he
					// speaks; the transcript only renders his words.
					// ("'…,' Hewitt said, according to a transcript"
					// stays the transcript's, as PolNeAR's annotators
					// have it; a translation is always the speaker's.)
					// (A source that reports them keeps them:
					// "according to pool reports, he said '…'".)
					continue
				}
				return found(m, f.cueText(k))
			}
		}
	}
	// 1a. a press review's label right before the marks: "Daily Mirror
	// Editorial, May 18 '…'"
	if m, ok := f.reviewLabel(open); ok {
		return found(m, "")
	}
	// 1b. the agent of a speech noun: "comments on Wednesday by the
	// chairman, Ivo Kral, that '…'"
	if m, ok := f.agentSpeaks(open, sb); ok {
		res.cueInSent = true
		return found(m, "by")
	}
	// 2. a cue right after the quotation
	q := &f.quotes[qi]
	last, _ := utf8.DecodeLastRuneInString(f.text[q.start():q.end()])
	// 2a. a dash and a name closing the paragraph: "…" ― Aisha Bello (a
	// byline after words the sentence reports is the reporter's: "Rajoy
	// insisted his party was '…'--Kim Hjelmgaard.")
	if after < len(f.toks) && f.free(after) && f.tok(after).para == f.tok(max(after-1, open)).para && dash(f.tok(after)) && !f.cueBetween(sb, open) {
		pe := min(f.pToks[f.tok(after).para][1], after+12)
		k := after + 1
		for k < pe && dash(f.tok(k)) {
			k++ // "-- Llewellyn H. Rockwell Jr."
		}
		if m, ok := f.npAfter(k, pe); ok && (m.kind == mkPerson || m.kind == mkOther) && (m.e >= len(f.toks) || !isLowerWord(f.tok(m.e))) {
			return found(m, f.tok(after).text)
		}
	}
	// 2a'. a pulled-out quotation's credit: "…” End Quote Ana Lind Harbour
	// Board chairwoman"
	if after+2 < len(f.toks) && f.pullQuoteMark(after) && f.tok(after).text == "End" {
		pe := min(f.pToks[f.tok(after).para][1], after+14)
		if m, ok := f.npAfter(after+2, pe); ok && m.s == after+2 && (m.kind == mkPerson || m.kind == mkOrg || m.kind == mkOther) {
			return found(m, "End Quote")
		}
	}
	// 2b. a quoted paragraph closed by a trailer line: "…" / "– Sanders."
	if pi := f.tok(max(after-1, open)).para; pi+1 < len(f.paras) && (after >= len(f.toks) || f.tok(after).para > pi) {
		if m, dash, ok := f.trailer(pi + 1); ok {
			return found(m, dash)
		}
	}
	immediate := after < se && (f.tok(after).text == "," || strings.ContainsRune(",?!—–-….", last))
	if immediate {
		// "… because '…,' though she noted …": a conjunction opens a new
		// clause, whose verb reports something else
		k := after
		if f.tok(k).text == "," && f.free(k) {
			k++
		}
		immediate = !(k < se && f.free(k) && afterConjunctions[f.tok(k).lower])
	}
	if immediate {
		// only the first finite cue after the quotation can attribute it
		// this way; participles ("…", claiming …) may be passed over
		for k, limit := after, after+12; k < se && k < limit; k++ {
			if d := f.dashAside(k, se); d > k {
				limit += d - k // "…," the groups -- A, B and C -- said
				k = d
				continue
			}
			if f.cueAt(k) && k-1 >= after && f.free(k-1) && relativeWords[f.tok(k-1).lower] {
				limit += 8 // a relative clause's verb: "…," X, the MP who proposed it, told
				continue
			}
			if k <= after+1 && f.cueAt(k) && participleCue(f.tok(k).lower) && f.sentenceStart(open) != open && f.subjectCueBetween(sb, open) {
				// a participle after words a cue before them reports
				// goes with that cue: "Imbert told jurors that the mayor
				// had '…,' pointing to emails" is Imbert's, not the mayor's
				res.cueInSent = true
				break
			}
			if f.cueAt(k) {
				res.cueInSent = true
				if m, ok := f.cueSubject(k, after, se); ok {
					if f.passesOn(m, sb, open) {
						// an outlet passing on someone's words: "Saudi
						// Arabia's government said it '…,' the official
						// news agency reported" is the government's
						break
					}
					return found(m, f.cueText(k))
				}
				if !participleCue(f.tok(k).lower) {
					break
				}
			}
		}
	}
	// 2c. "…," an angry Dupont shot back: a name and any verb closing
	// the sentence after the quotation
	if immediate && after < se {
		st := after
		if f.tok(st).text == "," && f.free(st) {
			st++
		}
		if m, ok := f.npAfter(st, se); ok && (m.kind == mkPerson || m.kind == mkPronoun && m.head != "it" || m.kind == mkRole || m.kind == mkIndef || m.kind == mkOrg || m.kind == mkOther) && m.e < se && f.verbAfter(m.e) && !f.passesOn(m, sb, open) {
			v := m.e
			for v < se && (midAdverbs[f.tok(v).lower] || strings.HasSuffix(f.tok(v).lower, "ly")) {
				v++
			}
			// "shot back", "spoke up": a bare name of unknown kind speaks
			// only through such a verb
			p := v + 1
			particle := p < se && verbParticles[f.tok(p).lower]
			if particle {
				p++
			}
			if (particle || m.kind != mkOther) && (p >= se || f.tok(p).kind == tPunct || prepositions[f.tok(p).lower] || f.tok(p).capitalised()) {
				return found(m, f.tok(v).text)
			}
		}
	}
	// 2d. "…," the Oceana conservation group. A name or description
	// alone closing the sentence a quotation opens (its verb left out;
	// not an apposition: "he feels '…,' his mother.")
	if st := after; immediate && after < se && (last == ',' || f.tok(after).text == ",") && f.sentenceStart(open) == open {
		if f.tok(st).text == "," {
			st++
		}
		if m, ok := f.npAfter(st, se); ok && m.kind != mkNone && m.kind != mkPronoun {
			e := f.nounsAfter(m.e, se-1) // "the Oceana conservation group"
			if e == se-1 && f.tok(e).text == "." && e-m.s > 1 {
				return found(f.classify(m.s, e), "")
			}
		}
	}
	// 3. the nearest cue before it with a subject; "it" (a museum that
	// will "tell" a story) yields to an earlier speaker in the sentence
	var itM mention
	itCue := -1
	passive := false // a passive cue without its agent: the subject does not speak
	for k := open - 1; k >= sb; k-- {
		if f.free(k) && f.tok(k).text == ";" {
			break // another clause: "X branded her a '…'; Y derided her for '…'"
		}
		if f.cueAt(k) {
			res.cueInSent = true
			if f.inAside(k, sb, open) || f.inSubordinate(k, sb, open) || f.tok(k).lower == "according" && f.bracketedAside(k, sb, se, open) {
				continue
			}
			if f.passive(k, sb) && f.inRelative(k, sb) && f.colonBetween(k, open) {
				continue // "X saved his strongest condemnation for the ministry, whose staff have been accused of abuse: '…'"
			}
			if f.passive(k, sb) {
				// "was labelled a '…' by Jo Reyes" is Reyes's word;
				// without its agent, the subject is who was named,
				// asked or told, and who spoke is not said
				if m, ok := f.passiveAgent(k, se); ok {
					return found(m, f.cueText(k))
				}
				passive = true
				continue
			}
			if f.impersonal(k, sb) {
				passive = true // "it is believed '…'": no one the sentence gives
				continue
			}
			if m, ok := f.cueSubject(k, sb, open); ok {
				if m.kind == mkPronoun && m.head == "it" {
					if itCue < 0 {
						itM, itCue = m, k
					}
					continue
				}
				if o, oc, ok := f.outerSpeaker(k, m, sb); ok {
					return found(o, f.cueText(oc))
				}
				if o, ok := f.namerOf(k, m, sb); ok {
					return found(o, f.cueText(k))
				}
				return found(m, f.cueText(k))
			}
		}
	}
	if itCue >= 0 {
		return found(itM, f.cueText(itCue))
	}
	if passive {
		res.passive = true
		return res // "it is labelled '…'": named by no one the sentence gives
	}
	// 3b. a possessor's words: "Kerry's claim that '…'", "her remark,
	// '…'"; or a sentence as a person's possession: "a legislative face
	// to Rush Limbaugh's 'I hope he fails.'" (not a title or a term:
	// "President Obama's 'pay czar'")
	if p := open - 1; p > sb && f.free(p) && isPossessive(f.tok(p).text) && f.tok(p).capitalised() {
		if ts := f.quoteToks(qi); clause(ts) || sentenceLike(ts) {
			if m, ok := f.npBefore(p, sb); ok && m.kind == mkPerson && m.e == p+1 {
				return found(m, "")
			}
		}
	}
	if m, ok := f.possessorSpeaks(open, sb); ok {
		c := m.e
		if c+1 < len(f.toks) && !speechNouns[f.tok(c).lower] && speechNouns[f.tok(c+1).lower] {
			c++ // the cue is the speech noun: "earlier comments", "affectionate recollection"
		}
		return found(m, f.tok(c).text)
	}
	// 4. a colon after a name (before a later cue: a label opens the quotation)
	if open-1 > sb && f.free(open-1) && f.tok(open-1).text == ":" {
		if m, ok := f.npBeforeParen(open-2, sb); ok && m.kind != mkPronoun && (f.tok(m.e-1).capitalised() || f.tok(m.e-1).text == ")" || f.tok(m.e-1).allCaps() || roleTok(f.tok(m.e-1))) &&
			!(m.s-1 >= sb && f.free(m.s-1) && channelPrepositions[f.tok(m.s-1).lower]) { // not "sent this message out on Twitter: '…'" ("from Jones: '…'" is Jones's)
			if (m.kind == mkOrg || m.kind == mkOther) && m.s-2 >= sb && f.free(m.s-1) && f.tok(m.s-1).text == "," {
				// "Ivo Kral, Harbour Police: '…'": the person, not the body
				if p, ok := f.npBefore(m.s-2, sb); ok && p.kind == mkPerson && p.s == sb {
					return found(p, ":")
				}
			}
			return found(m, ":")
		}
	}
	// 4b. a headline's ellipsis: "Ana Lind 'optimistic' about the deal"
	if open-1 >= sb && f.free(open-1) {
		if m, ok := f.npBefore(open-1, sb); ok && m.kind == mkPerson && m.e == open && (m.s == sb || f.tok(m.s-1).text == ":") && !isPossessive(f.tok(open-1).text) && !f.cueBetween(after, se) {
			res.cueInSent = true // the name attributes the words as a verb would
			return found(m, "")
		}
	}
	// 5. a later cue in the sentence; one joined by "and" shares the
	// sentence's subject ("Hendry 'welcomed' the report and said …")
	for k := after; k < se; k++ {
		if f.cueAt(k) {
			res.cueInSent = true
			if k > after && f.free(k-1) && f.tok(k-1).lower == "and" {
				if m, ok := f.sentenceSubject(sb, open); ok && f.speakerLike(m) {
					return found(m, f.cueText(k))
				}
			}
			if m, ok := f.cueSubject(k, after, se); ok {
				if f.passesOn(m, sb, open) {
					if s, sok := f.relayedBy(sb, open); sok {
						return found(s, f.cueText(k)) // "he opened the door to '…,' state media reported"
					}
				}
				return found(m, f.cueText(k))
			}
		}
	}
	// 5b. a reader's signature opening the next paragraph: "'…'" / "-
	// Jeremy, New Jersey, US" (a page of readers' letters, each answered)
	if m, ok := f.signature(open, after); ok {
		return found(m, "")
	}
	// 6. the sentence's own subject, when a cue or a colon introduces
	// the quotation ("Obama is rolling out a new message: '…'")
	if !passive && (res.cueInSent || open-1 > sb && f.free(open-1) && f.tok(open-1).text == ":") {
		if m, ok := f.sentenceSubject(sb, open); ok && f.speakerLike(m) {
			return found(m, "")
		}
		// the subject after a participle clause: "After saying his foot
		// was 'swollen,' he …"
		if m, ok := f.sentenceSubject(sb, se); ok && m.s >= after && m.kind != mkOther && f.speakerLike(m) {
			return found(m, "")
		}
	}
	// 6b. no cue at all, but the sentence has a subject and a verb before
	// the quotation: "He anticipated that … would be '…'"
	if !res.cueInSent && sb < open {
		if m, ok := f.sentenceSubject(sb, open); ok && m.e < open && m.kind != mkIndef && f.speakerLike(m) && f.verbAfter(m.e) && !copulas[f.tok(m.e).lower] {
			return found(m, "")
		}
	}
	// 7. a short attribution sentence right after it
	if se < len(f.toks) && f.tok(se).para == f.tok(max(after-1, open)).para {
		ne := f.sentenceEnd(se)
		if ne-se <= 10 {
			plain := true
			for k := se; k < ne; k++ {
				if !f.free(k) {
					plain = false
					break
				}
			}
			for k := se; plain && k < ne; k++ {
				if f.cueAt(k) {
					if f.passive(k, se) || f.impersonal(k, se) {
						break // "His colleague is thought not to be hurt": spoken of
					}
					if m, ok := f.cueSubject(k, se, ne); ok {
						return found(m, f.cueText(k))
					}
				}
			}
		}
	}
	// 7a. a paragraph saying whose words follow: "This is from Jim
	// Footner, head of the energy campaign." / "…"
	if pi := f.tok(open).para; pi > 0 && f.pToks[pi][0] == open {
		ps, pe := f.pToks[pi-1][0], f.pToks[pi-1][1]
		k := ps
		if k < pe && (f.tok(k).lower == "and" || f.tok(k).lower == "now") {
			k++ // "And this from Caesar."
		}
		if k < pe && (f.tok(k).lower == "this" || f.tok(k).lower == "here") {
			k++
			if k < pe && (f.tok(k).lower == "is" || f.tok(k).lower == "'s") {
				k++
			}
			if k+1 < pe && f.free(k) && f.tok(k).lower == "from" {
				if m, ok := f.npAfter(k+1, pe); ok && (m.kind == mkPerson || m.kind == mkOrg || m.kind == mkOther && f.tok(m.s).capitalised()) {
					return found(m, "from")
				}
			}
		}
	}
	// 7b. a paragraph ending with a colon introduces a quotation that
	// opens the next one ("Clinton released the following statement:")
	if pi := f.tok(open).para; pi > 0 && f.pToks[pi][0] == open && f.pToks[pi-1][1] > 0 {
		last := f.pToks[pi-1][1] - 1
		if f.tok(last).text == ":" && f.free(last) {
			ps := f.sentenceStart(last)
			for k := last - 1; k >= ps; k-- {
				if f.cueAt(k) {
					if m, ok := f.cueSubject(k, ps, last); ok {
						return found(m, f.cueText(k))
					}
				}
			}
			if m, ok := f.sentenceSubject(ps, last); ok && (m.kind != mkOther || f.tok(m.e-1).capitalised()) {
				return found(m, ":")
			}
		}
	}
	// 7c. a line right after a quotation that ends its paragraph: "…" /
	// is how one member puts it.
	if m, cue, ok := f.nextLine(open, after); ok {
		return found(m, cue)
	}
	// 7d. in a transcript, the label opening the turn ("BUSH: … we're
	// saying, '…'"), when a cue in the sentence says someone speaks (with
	// none, the host is reading something out: a viewer's comment, a
	// tweet)
	if m, ok := f.turnSpeaker(open); ok && res.cueInSent {
		return found(m, ":")
	}
	// 8. the latest speaker before it, when the quotation continues
	// the speech it reports; or, for a quotation opening its sentence,
	// the subject of the sentence before in its paragraph ("Reyes listed
	// three reasons. '…'"), whichever is later
	e, ok := events.latest(open)
	ok = ok && f.continues(e, open)
	if po := f.tok(open).para; sb == open && sb > 0 && (f.tok(sb-1).para == po || f.tok(sb-1).para+1 == po && f.pToks[po][0] == open) {
		ps := f.sentenceStart(sb - 1)
		if ok && e.tok >= ps {
			// the sentence before is the attribution this quotation
			// continues, whatever else it names ("'…,' said Curry, who
			// is based in Robert, Louisiana."): its speaker's, as its
			// subject's would be (inherited only by a quotation that is
			// no clause: a title after it is no speech; but a sentence
			// of its own in the same paragraph is the speaker's answer
			// going on, "'…,' Tester said. 'Very good.'")
			e.tok, e.cue, e.cueInSent, e.last = open, "", res.cueInSent, res.last
			e.inherited = !clause(f.quoteToks(qi)) && !(f.tok(sb-1).para == po && f.standsAlone(qi))
			return e
		}
		if m, mok := f.sentenceSubject(ps, sb-1); mok && f.unquoted(m.s, sb) && (!ok || m.s > e.last) && (m.kind != mkIndef && !(m.kind == mkOther && indefinites[f.tok(m.s).lower]) || m.e < len(f.toks) && f.tok(m.e).lower == "who") && !m.group && f.speakerLike(m) &&
			!(m.kind == mkOrg && !lang.KnownGivenName(f.tok(m.s).text) && !f.cueBetween(ps, sb)) {
			// (a body or a thing that says nothing in its sentence is
			// no speaker: "The BBC's Ten O'Clock News used two
			// sequences. '…'")
			return found(m, "")
		}
		if m, mok := f.lastPronounSubject(ps, sb); mok && (!ok || m.s > e.last) && f.firstPerson(qi) {
			// a subject the sentence's own subject search misses, past
			// asides: "While not averse to grand gestures - he is puffing
			// on a cigar when we meet - he does not accept the hero tag.
			// ¶ 'I'm not a hero.'"
			return found(m, "")
		}
	}
	if ok {
		e.inherited, e.tok, e.cue, e.cueInSent = true, open, "", res.cueInSent
		e.last = res.last
		return e
	}
	// 9. a sentence with no cue whose subject is a pronoun for the one
	// who spoke in the sentence before goes on with that speech: "…,
	// Smithfield said it too was re-examining its herds. ¶ It was
	// confident that it could reassure people who have been '…'"
	if e, eok := events.latest(open); eok && !res.cueInSent && sb < open && sb > 0 && e.last >= f.sentenceStart(sb-1) && e.last < sb && f.pronounFor(sb, e.m) {
		e.inherited, e.tok, e.cue, e.cueInSent = true, open, "", false
		e.last = res.last
		return e
	}
	return res
}

// pronounFor reports a subject pronoun at token sb, opening its sentence,
// that can stand for the speaker mention m: "it" for a body, "he" or "she"
// for a person of that gender or none known.
func (f *field) pronounFor(sb int, m mention) bool {
	t := f.tok(sb)
	if t.kind != tWord || !f.free(sb) || sb+1 >= len(f.toks) || !f.verbAfter(sb+1) {
		return false
	}
	switch t.lower {
	case "it":
		if copulas[f.tok(sb+1).lower] {
			for k := sb + 2; k < len(f.toks) && k <= sb+4 && f.free(k); k++ {
				if f.tok(k).lower == "that" && k+1 < len(f.toks) && f.tok(k+1).lower != "it" {
					return false // no body: "It is notable that he refuses …"
				}
			}
		}
		return m.kind == mkOrg || m.kind == mkOther && len(m.name) > 0 && f.tok(m.s).capitalised()
	case "he", "she":
		g := byte('m')
		if t.lower == "she" {
			g = 'f'
		}
		return (m.kind == mkPerson || m.kind == mkPronoun && m.head == t.lower) && (m.gender == 0 || m.gender == g)
	}
	return false
}

// standsAlone reports whether quotation qi is a sentence of its own:
// it opens its sentence, nothing but quoted words follow there, and its
// words end with a full stop, question or exclamation mark, as a
// speaker's short answer after their attributed words ("'…,' Raman
// said. 'Not once.'"), which no title or term is.
func (f *field) standsAlone(qi int) bool {
	open, end := f.qOpen[qi], f.qClose[qi]
	if f.sentenceStart(open) != open || end < len(f.toks) && f.tok(end).para == f.tok(open).para && f.sentenceStart(end) != end {
		return false
	}
	ts := f.quoteToks(qi)
	return len(ts) > 1 && ts[len(ts)-1].kind == tPunct && strings.ContainsAny(ts[len(ts)-1].text, ".!?")
}

// voicedBy returns the token of a verb of voicing right before the
// quotation opening at open ("chanted, '…'", "shouting '…'"), or -1.
func (f *field) voicedBy(open int) int {
	k := open - 1
	if k >= 0 && f.free(k) && (f.tok(k).text == "," || f.tok(k).text == ":") {
		k--
	}
	if k >= 1 && f.free(k) && f.tok(k).lower == "of" && f.free(k-1) && isLowerWord(f.tok(k-1)) && voicingNouns[f.tok(k-1).lower] {
		return k - 1 // "amid cheers of '…'"
	}
	if k < 0 || !f.free(k) || !isLowerWord(f.tok(k)) || !voicing[f.tok(k).lower] || !f.cueAt(k) {
		return -1
	}
	return k
}

// accordingIn reports an "according to" cue in tokens [sb, se): the
// sentence names its source ("was greeted with chants of '…', according
// to the union's president").
func (f *field) accordingIn(sb, se int) bool {
	for k := sb; k+1 < se; k++ {
		if f.tok(k).lower == "according" && f.cueAt(k) {
			return true
		}
	}
	return false
}

var voicing = set("chant chants chanted chanting shout shouts shouted shouting yell yells yelled yelling sing sings sang singing rap raps rapped rapping scream screams screamed screaming")

// voicingNouns are cries a crowd raises, of words that follow "of":
// "amid cheers of '…'", "cries of, '…'".
var voicingNouns = set("chants cheers cries shouts screams")

// voices reports a mention that can voice words in the street: a
// person, a pronoun, a description of people ("the heckler", "Andrean
// High School fans"), not a place, a body or a time ("protesters in
// Geneva", "Solidarity", "One week ago").
func (f *field) voices(m mention) bool {
	switch m.kind {
	case mkPronoun, mkPerson:
		return true
	case mkRole, mkIndef:
		return !docNouns[m.head]
	case mkOther:
		if placeName(strings.Join(m.name, " ")) {
			return false
		}
		w := f.tok(m.e - 1)
		if isLowerWord(w) {
			return pluralPeople(w.lower) || personNoun(w.lower) || crowdWords[w.lower] || lang.Kin(w.lower) || anyone[w.lower] // "a young boy shouted"
		}
		// a name, not the place after a preposition ("protesters in Geneva")
		return m.s == 0 || !f.free(m.s-1) || !locatives[f.tok(m.s-1).lower]
	}
	return false
}

// bareName reports a capitalised name that nothing shows to be a
// person's ("Tensions erupted …"): a subject too loose to voice a chant.
func (f *field) bareName(m mention) bool {
	if l := f.tok(m.s).lower; m.e-m.s == 1 && m.s == f.sentenceStart(m.s) && (pluralNoun(l) && pluralPeople(l) || crowdWords[l]) {
		return false // people capitalised as the sentence's first word: "Demonstrators carried officers"
	}
	return m.kind == mkOther && !isLowerWord(f.tok(m.e-1))
}

// roleTails open the tail of a role: "secretary of tourism", "point
// man for the disaster".
var roleTails = set("of for on at in")

// locatives put a place after them: "protesters in Geneva".
var locatives = set("in at of from near outside inside across through")

// crowdWords name many people at once: "the crowd", "Thousands".
var crowdWords = set("crowd crowds mob demonstrators protesters thousands hundreds tens dozens many some others marchers mourners worshippers classmates")

// speakerNoun reports a common noun that may head a speaker: a person
// or group ("the protesters"), a body ("the commission") or a document
// that says things ("the email", "the ruling").
func speakerNoun(w string) bool {
	return roleNouns[w] || orgKeywords[w] || docNouns[w]
}

// docNouns are documents and outlets that say things.
var docNouns = set(`statement report letter email memo ad tweet post release document filing complaint ruling
opinion editorial article study survey poll publication newspaper paper website site blog citation transcript
commentary essay column message posting communique manifesto declaration order decree directive`)

// unquoted reports whether tokens [s,e) are all outside quotations.
func (f *field) unquoted(s, e int) bool {
	for k := s; k < e; k++ {
		if !f.free(k) {
			return false
		}
	}
	return true
}

// lastPronounSubject returns the last "he" or "she" outside quotations
// in tokens [s, e) that a verb follows: the subject of a clause there.
func (f *field) lastPronounSubject(s, e int) (mention, bool) {
	for k := e - 1; k >= s; k-- {
		if w := f.tok(k).lower; (w == "he" || w == "she") && f.free(k) && f.verbAfter(k+1) {
			return f.classify(k, k+1), true
		}
	}
	return mention{}, false
}

// firstPerson reports whether quotation qi speaks in the first person
// ("I", "my", "we"): someone's own words, not a title or a term.
func (f *field) firstPerson(qi int) bool {
	for _, t := range f.quoteToks(qi) {
		switch t.lower {
		case "i", "i'm", "i’m", "me", "my", "we", "we're", "we’re", "our", "us":
			return true
		}
	}
	return false
}

// personNoun reports whether a singular noun names a person: a role
// ("official") or an agent noun ("protester", "resident").
func personNoun(w string) bool {
	return roleNouns[w] || !strings.HasSuffix(w, "s") && pluralPeople(w+"s")
}

// pluralPeople reports whether a plural noun may name people: an
// agent noun ("protesters", "economists", "residents", "employees"),
// or a word for people ("others", "families", "Americans" are names).
func pluralPeople(w string) bool {
	switch w {
	case "numbers", "papers", "letters", "orders", "matters", "powers", "waters", "centers", "centres", "answers", "offers", "layers", "figures":
		return false
	case "people", "others", "families", "crowds", "children", "kids", "parents", "friends", "relatives", "colleagues", "neighbours", "neighbors", "fans", "youths", "troops", "soldiers", "guards", "victims", "survivors", "locals", "citizens", "students", "groups", "firms", "companies", "authorities", "countries", "nations", "states", "unions", "banks", "doctors", "nurses", "scholars", "clerics", "villagers", "islamists", "rebels", "militants", "insurgents", "protestors", "tourists", "pilots", "crews", "agencies":
		return true
	}
	switch w {
	case "students", "residents", "presidents", "agents", "patients", "clients", "recipients", "parents", "opponents",
		"respondents", "correspondents", "dissidents", "proponents", "participants", "applicants", "immigrants",
		"migrants", "merchants", "tenants", "servants", "assistants", "consultants", "informants", "claimants",
		"defendants", "inhabitants", "descendants", "attendants", "occupants", "protestants", "militants", "insurgents", "plaintiffs":
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ees", "ives", "ics", "men", "women", "folk", "cials"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return roleNouns[w]
}

// speakerLike reports whether a sentence's subject, found without a
// reporting verb of its own, may be a speaker: a person, a group, an
// organisation or a description of someone, a pronoun other than "it",
// or a capitalised name; not a common noun ("The move comes amid …").
func (f *field) speakerLike(m mention) bool {
	if m.e == m.s+1 && m.s > 0 && f.tok(m.s-1).text == "," && stateAbbreviations[f.tok(m.s).lower] {
		return false // a town's state: "in Larose, La."
	}
	switch m.kind {
	case mkPerson, mkOrg, mkRole, mkIndef:
		return true
	case mkPronoun:
		return m.head != "it"
	case mkOther:
		t := f.tok(m.e - 1)
		if speakerNoun(t.lower) || !t.capitalised() && (pluralNoun(t.lower) && pluralPeople(t.lower) || folkNoun(t.lower)) {
			return true // "the protesters", "the commission", "the email", "a fisherman"; not "his sermons"
		}
		for k := m.s; k < m.e; k++ {
			if w := f.tok(k); w.kind == tWord && !f.theAcronym(m, k) && (f.nonName(k) || titleTok(w)) {
				return false // "Only European", "Last"
			}
		}
		// a one-word name must be used as a name elsewhere in the field
		return (t.capitalised() || t.allCaps()) && (m.e-m.s > 1 || f.midCap[t.lower] || t.allCaps())
	}
	return false
}

// theAcronym reports token k of mention m as a word of "the WHO", "the
// CDC": a body's acronym of three letters or more with its article,
// whose letters may spell a word that names nothing ("who"); not a
// country's ("the US", "the UAE").
func (f *field) theAcronym(m mention, k int) bool {
	if m.e-m.s != 2 || !determiners[f.tok(m.s).lower] {
		return false
	}
	a := f.tok(m.s + 1)
	return a.allCaps() && utf8.RuneCountInString(a.text) >= 3 && lang.Nation(a.lower) == ""
}

// speechNouns name what someone said: "Kerry's claim that …".
// promiseNouns take the quoted words after "to": "a promise to '…'".
var promiseNouns = set("promise pledge vow")

var speechNouns = set(`claim claims statement statements remark remarks comment comments words assertion warning recollection recollections
promise pledge vow boast accusation charge suggestion insistence argument description quip retort reply answer tweet`)

// adjectivesOnly reports a mention that is a determiner and lower-case
// words none of which may head a description of anyone: "the
// estimable", not "the official" nor "the nurse".
func (f *field) adjectivesOnly(m mention) bool {
	if m.e-m.s < 2 || !determiners[f.tok(m.s).lower] {
		return false
	}
	for k := m.s + 1; k < m.e; k++ {
		t := f.tok(k)
		if !isLowerWord(t) || roleTok(t) || personNoun(t.lower) || lang.Occupation(t.lower) || pluralNoun(t.lower) || speakerNoun(t.lower) {
			return false
		}
	}
	return true
}

// ownerOfWords returns the owner named in m when m is a name's
// possessive and a speech or document noun with at most two modifiers:
// "Lord Goldsmith's full advice", "Ivo Kral's letter" speak for Lord
// Goldsmith and Ivo Kral (not "Ivo Kral's spokesman", a person of his).
func (f *field) ownerOfWords(m mention) (mention, bool) {
	k := m.e - 1
	if k-1 <= m.s || !isLowerWord(f.tok(k)) || !speechNouns[f.tok(k).lower] && !docNouns[f.tok(k).lower] && f.tok(k).lower != "advice" {
		return mention{}, false
	}
	for n := 0; n < 3 && k-1 > m.s; n++ {
		k--
		if t := f.tok(k); t.capitalised() && isPossessive(t.text) {
			o := f.classify(m.s, k+1)
			return o, o.kind == mkPerson || o.kind == mkOrg
		}
		if !isLowerWord(f.tok(k)) {
			break
		}
	}
	return mention{}, false
}

// agentSpeaks finds who a speech noun's "by" names when the quotation
// opening at token open follows it, after "that" or a colon: "comments
// on Wednesday by BP Chairman Ivo Kral that '…'", "a statement by the
// ministry: '…'". The speech noun is at most eight tokens before "by".
func (f *field) agentSpeaks(open, sb int) (mention, bool) {
	k := open - 1
	if k <= sb || !f.free(k) || f.tok(k).lower != "that" && f.tok(k).text != ":" {
		return mention{}, false
	}
	if f.tok(k-1).text == "," {
		k-- // "by the chairman, Ivo Kral, that"
	}
	m, ok := f.npBefore(k-1, sb)
	if !ok || m.e != k || m.s-1 <= sb || !f.free(m.s-1) || f.tok(m.s-1).lower != "by" {
		return mention{}, false
	}
	switch m.kind {
	case mkPerson, mkOrg, mkRole, mkIndef:
	default:
		return mention{}, false
	}
	for c := m.s - 2; c > sb && c >= m.s-10; c-- {
		if !f.free(c) {
			return mention{}, false
		}
		if speechNouns[f.tok(c).lower] {
			return m, true
		}
	}
	return mention{}, false
}

// copulaColon reports whether the words from token k up to the
// quotation opening at token open end in a copula and a colon, a short
// way on: "her last words before she passed out were: '…'".
func (f *field) copulaColon(k, open int) bool {
	if open-k > 8 || open-2 < k || f.tok(open-1).text != ":" || !copulas[f.tok(open-2).lower] {
		return false
	}
	for i := k; i < open; i++ {
		if !f.free(i) {
			return false
		}
	}
	return true
}

// possessorSpeaks finds the possessor of a speech noun whose clause
// holds the quotation opening at token open ("Kerry's claim that there
// were '…'", "his remark: '…'", "His full answer was '…'"), or who
// issued it ("The WHO issued a statement that '…'"); the mention is the
// possessor or the issuer.
func (f *field) possessorSpeaks(open, sb int) (mention, bool) {
	k := open - 1
	for ; k > sb && k >= open-15 && f.free(k); k-- {
		if n := f.tok(k + 1); speechNouns[f.tok(k).lower] && (k+1 == open || n.lower == "that" || (n.lower == "of" || n.lower == "to" && promiseNouns[f.tok(k).lower]) && k+2 == open || n.text == "," || n.text == ":" || copulas[n.lower] && k+2 == open || f.copulaColon(k+1, open)) {
			break
		}
	}
	if k <= sb || k < open-15 || !f.free(k) || !speechNouns[f.tok(k).lower] || !f.free(k-1) {
		return mention{}, false
	}
	p := f.tok(k - 1)
	if k-2 >= sb && f.free(k-2) && isLowerWord(p) && (timeAdjectives[p.lower] || isPossessive(f.tok(k-2).text) || f.tok(k-2).lower == "his" || f.tok(k-2).lower == "her") {
		k-- // "Hayward's earlier comments that …", "her last words were: …", "Shah's affectionate recollection of …"
		p = f.tok(k - 1)
	}
	switch p.lower {
	case "his":
		return mention{s: k - 1, e: k, kind: mkPronoun, head: "he", gender: 'm'}, true
	case "her":
		return mention{s: k - 1, e: k, kind: mkPronoun, head: "she", gender: 'f'}, true
	}
	if determiners[p.lower] && k-3 >= sb && f.free(k-2) && f.issues(k-2) {
		// who issued it: "The WHO issued a statement that '…'"
		if m, ok := f.npBefore(k-3, sb); ok && m.e == k-2 && f.speakerLike(m) {
			return m, true
		}
	}
	if n := f.tok(k + 1).lower; (n == "to" || n == "that") && k+2 == open && !isPossessive(p.text) {
		// no owner: whoever the clause says made it ("President Bill
		// Clinton signed legislation to fulfill a campaign promise to
		// '…'")
		if m, ok := f.clauseSubject(k, sb); ok && m.kind == mkPerson {
			return m, true
		}
		return mention{}, false
	}
	if !isPossessive(p.text) || !p.capitalised() {
		return mention{}, false
	}
	m, ok := f.npBefore(k-1, sb)
	if !ok || m.kind == mkNone {
		return mention{}, false
	}
	if m.kind == mkRole && m.owner != "" {
		// "Mayor Tom Ruiz's" is Tom Ruiz, not his description
		m.name, m.titles = nil, nil
		for i := m.s; i < m.e; i++ {
			switch t := f.tok(i); {
			case t.kind != tWord || determiners[t.lower]:
			case titleTok(t) && m.name == nil:
				m.titles = append(m.titles, strings.TrimSuffix(t.lower, "."))
			case t.capitalised():
				m.name = append(m.name, stripPossessive(t.text))
			}
		}
		if m.name == nil {
			return mention{}, false
		}
		m.kind, m.head, m.owner = mkPerson, "", ""
		m.gender = genderOf(m.titles, m.name)
	}
	return m, true
}

// continues reports whether a quotation opening at token open may carry
// over the speaker of event e: e is in the quotation's paragraph, or in
// the paragraph before one that the quotation opens (a quotation going
// on over paragraphs, or a paragraph of quotation after "He warned
// that …"), or one the quotation fills but for a word or two that go on
// from the paragraph before ("… Bernanke told the committee. ¶ But
// '…'", "… he said. ¶ There's '…'").
func (f *field) continues(e attr, open int) bool {
	pe, po := f.tok(e.last).para, f.tok(open).para
	return pe == po || pe+1 == po && (f.pToks[po][0] == open || f.goesOnInto(po, open))
}

// goesOnInto reports whether paragraph po is a quotation opening at
// token open, running to the paragraph's end, after no more than "But",
// "Yet" or "There's" ("There is", "There are"). Not "and": a paragraph
// that opens with it is most often a list a page broke ("cries of, '…!'
// ¶ and '…'"), whose first item is no one's speech.
func (f *field) goesOnInto(po, open int) bool {
	ps, pe := f.pToks[po][0], f.pToks[po][1]
	qi := f.tok(open).quote
	if qi < 0 || f.qOpen[qi] != open || f.qClose[qi] < pe-2 || open-ps > 2 {
		return false
	}
	var lead []string
	for k := ps; k < open; k++ {
		if !f.free(k) || f.tok(k).kind != tWord {
			return false
		}
		lead = append(lead, f.tok(k).lower)
	}
	switch strings.Join(lead, " ") {
	case "but", "yet", "there's", "there ’s", "there 's", "there is", "there are":
		return true
	}
	return false
}

// nextLine finds the attribution of a quotation that ends its
// paragraph in a short line opening the next one in lower case ("is how
// one member puts it", "said Ms Reyes"), or after a stray closing mark
// that ends, in one of the next paragraphs, a quotation left open ("…
// day one,” Secretary Moss said").
// signature returns the name a dash opens in the paragraph after a
// quotation that ends its own (or after the paragraphs that follow it,
// each a quotation): a reader signing a letter, "- Jeremy, New Jersey,
// US" or "– Ana Lind, Leeds". Only a name followed by a comma or the
// paragraph's end counts.
func (f *field) signature(open, after int) (mention, bool) {
	pi := f.tok(max(after-1, open)).para
	if pi+1 >= len(f.pToks) || after < len(f.toks) && f.tok(after).para == pi {
		return mention{}, false
	}
	// past the letter's next paragraphs, each a quotation of its own
	for n := 0; n < 6 && pi+2 < len(f.pToks); n++ {
		qs, qe := f.pToks[pi+1][0], f.pToks[pi+1][1]
		if qe <= qs || f.tok(qs).quote < 0 || f.qOpen[f.tok(qs).quote] != qs || f.qClose[f.tok(qs).quote] < qe {
			break
		}
		pi++
	}
	ns, pe := f.pToks[pi+1][0], f.pToks[pi+1][1]
	if !f.free(ns) {
		return mention{}, false
	}
	k, e, ok := f.dashedName(ns, pe)
	if !ok || e == pe || f.tok(e).text != "," || e-k > 3 || lang.Stopword(f.tok(k).lower) || prepositions[f.tok(k).lower] {
		return mention{}, false // not a bullet: "-- In Alexandria, the scene was chaotic"
	}
	m := f.classify(k, e)
	if m.kind != mkPerson && m.kind != mkOther {
		return mention{}, false
	}
	return m, true
}

func (f *field) nextLine(open, after int) (mention, string, bool) {
	pi := f.tok(max(after-1, open)).para
	if pi+1 >= len(f.paras) || after < len(f.toks) && f.tok(after).para == pi {
		return mention{}, "", false
	}
	ns, pe := f.pToks[pi+1][0], f.pToks[pi+1][1]
	if pe <= ns || !f.free(ns) {
		return mention{}, "", false
	}
	if isLowerWord(f.tok(ns)) && !f.handleAt(ns) { // (a reader's handle opens a quotation of its own)
		ne := f.sentenceEnd(ns)
		for k := ns; k < ne && k < ns+12; k++ {
			if f.cueAt(k) {
				if m, ok := f.cueSubject(k, ns, ne); ok {
					return m, f.cueText(k), true
				}
			}
		}
		return mention{}, "", false
	}
	if m, cue, ok := f.cueLine(pi + 1); ok {
		return m, cue, true
	}
	if q := &f.quotes[f.tok(open).quote]; q.close >= 0 {
		return mention{}, "", false
	}
	// the stray mark may come a few paragraphs on, none of them quoted
	if pi+4 < len(f.pToks) {
		pe = f.pToks[pi+4][1]
	} else {
		pe = len(f.toks)
	}
	for k := ns; k < pe && f.free(k); k++ {
		t := f.tok(k)
		if t.kind != tPunct || !isQuoteRune(firstRune(t.text)) {
			continue
		}
		// a stray closing mark: the quotation left open ends here (a
		// writer may drop the comma before it: '… again" said Reyes')
		if k == ns || !strings.Contains(",?!—–-", f.tok(k-1).text) && !(k+1 < len(f.toks) && f.cueAt(k+1)) {
			return mention{}, "", false
		}
		se := f.sentenceEnd(k)
		for c := k + 1; c < se && c < k+12; c++ {
			if f.cueAt(c) {
				if m, ok := f.cueSubject(c, k+1, se); ok {
					return m, f.cueText(c), true
				}
				return mention{}, "", false
			}
		}
		return mention{}, "", false
	}
	return mention{}, "", false
}

// cueLine reads paragraph pi when it is one short sentence that only
// says who spoke, the rest of a sentence a page cut after its quotation:
// a subject, a cue, and nothing after it but a time or a place ("CDC
// acting director Dr. Richard Besser asked on Monday."), no quotation,
// no clause reported ("Smith said the plan would fail." tells something
// new).
func (f *field) cueLine(pi int) (mention, string, bool) {
	ns, pe := f.pToks[pi][0], f.pToks[pi][1]
	if pe-ns > 16 || f.sentenceEnd(ns) < pe {
		return mention{}, "", false
	}
	for k := ns; k < pe; k++ {
		if !f.free(k) || f.tok(k).mark {
			return mention{}, "", false
		}
	}
	for c := ns + 1; c < pe && c < ns+10; c++ {
		if !f.cueAt(c) {
			continue
		}
		if !lineCues[f.tok(c).lower] {
			return mention{}, "", false // "Donnelly called on Barton to …", "BP did not immediately comment"
		}
		m, ok := f.cueSubject(c, ns, pe)
		if !ok || m.s != ns {
			return mention{}, "", false
		}
		if n := c + 1; n < pe && f.tok(n).text != "." && !lineAdjuncts[f.tok(n).lower] && !lang.Weekday(f.tok(n).text) {
			return mention{}, "", false
		}
		return m, f.cueText(c), true
	}
	return mention{}, "", false
}

// handleAt reports a reader's handle at token k: one word that opens its
// clause (the sentence, or after "And", "But" or "Finally,"), in lower
// case where a sentence opens with a capital, or with a digit in it
// ("twirler", "westTN", "depeche68"), and is no pronoun, function word or
// role, before a verb of speech, a comma or colon and a quotation:
// "twirler wrote, '…'".
func (f *field) handleAt(k int) bool {
	if k < 0 || k+3 >= len(f.toks) || !f.free(k) || f.tok(k).kind != tWord || !handleCues[f.tok(k+1).lower] {
		return false
	}
	if p := f.tok(k + 2); (p.text != "," && p.text != ":") || !f.tok(k+3).mark {
		return false
	}
	if s := f.sentenceStart(k); s != k && !(s == k-1 && (f.tok(s).lower == "and" || f.tok(s).lower == "but")) && !(s == k-2 && f.tok(k-1).text == ",") {
		return false
	}
	w := f.tok(k).text
	if subjectPronouns[strings.ToLower(w)] || lang.Stopword(strings.ToLower(w)) || roleNouns[strings.ToLower(w)] {
		return false
	}
	return unicode.IsLower(firstRune(w)) || strings.ContainsFunc(w, unicode.IsDigit)
}

// handleCues are the verbs a reader's handle speaks by.
var handleCues = set("said wrote writes says replied responded added commented posted tweeted asked answered")

// lineCues are the verbs of a line that only says who spoke (not
// "reports", a caption's: "CNN's Ivan Watson reports.").
var lineCues = set("said says asked asks added adds wrote writes told reported replied answered explained recalled declared insisted warned")

// lineAdjuncts may follow the cue of a line that only says who spoke:
// "asked on Monday", "said in an interview", "added later".
var lineAdjuncts = set("on in at during after before while when yesterday today tonight earlier later recently")

// transcriptSpeaker reads a speaker label opening a quoted transcript
// line: an upper-case name and a colon ("WALLACE: Let’s start …").
func (f *field) transcriptSpeaker(qi int) (mention, bool) {
	k := f.qOpen[qi] + 1
	s := k
	for k < f.qClose[qi] && k < s+3 && f.tok(k).allCaps() && !f.tok(k).mark {
		k++
	}
	if k == s || k >= f.qClose[qi] || f.tok(k).text != ":" {
		return mention{}, false
	}
	m := f.classify(s, k)
	m.kind = mkOther
	m.name = nil
	for i := s; i < k; i++ {
		m.name = append(m.name, f.tok(i).text)
	}
	return m, true
}

// turnSpeaker finds, in a transcript (a field with at least three
// paragraphs opening with an upper-case label and a colon), the label
// of the turn token i is in: the nearest labelled paragraph at or before
// its own.
func (f *field) turnSpeaker(i int) (mention, bool) {
	if f.labels < 0 {
		f.labels = 0
		for pi := range f.pToks {
			if _, ok := f.label(pi); ok {
				f.labels++
			}
		}
	}
	if f.labels < 3 {
		return mention{}, false
	}
	for pi := f.tok(i).para; pi >= 0 && pi > f.tok(i).para-window; pi-- {
		if m, ok := f.label(pi); ok {
			return m, true
		}
	}
	return mention{}, false
}

// label reads "NAME:" or "PRESIDENT BUSH:" opening paragraph pi.
func (f *field) label(pi int) (mention, bool) {
	s, e := f.pToks[pi][0], f.pToks[pi][1]
	k := s
	for k < e && k < s+3 && f.free(k) && f.tok(k).allCaps() {
		k++
	}
	if k == s || k >= e || f.tok(k).text != ":" || !f.free(k) {
		return mention{}, false
	}
	m := mention{s: s, e: k, kind: mkOther}
	for j := s; j < k; j++ {
		m.name = append(m.name, f.tok(j).text)
	}
	return m, true
}

// cueEvents lists the reporting verbs with a subject in sentences that
// hold no quotation ("Ms Reyes says the plan will work"); later
// quotations without a cue of their own may inherit them.
func (f *field) cueEvents() []attr {
	var out []attr
	for _, s := range f.sents {
		quoted := false
		for k := s[0]; k < s[1]; k++ {
			if !f.free(k) {
				quoted = true
				break
			}
		}
		if quoted {
			continue
		}
		for k := s[0]; k < s[1]; k++ {
			if f.cueAt(k) {
				if m, ok := f.cueSubject(k, s[0], s[1]); ok && m.kind != mkOther || ok && len(m.name) > 0 {
					out = append(out, attr{has: true, m: m, f: f, ent: -1, cue: f.cueText(k), tok: k, last: k})
					break
				}
			}
		}
	}
	return out
}
