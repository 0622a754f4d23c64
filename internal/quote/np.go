package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/lang"
)

// mentionKind classifies a noun phrase that may name a speaker.
type mentionKind uint8

const (
	mkNone    mentionKind = iota
	mkPerson              // has a personal name ("Mr Kerry", "US Secretary of State John Kerry")
	mkOrg                 // a named organisation ("the Ruritanian Embassy")
	mkRole                // a definite description of someone ("the foreign secretary")
	mkIndef               // an indefinite description ("an MP", "a ministry spokesman")
	mkPronoun             // he, she, they …
	mkOther               // a bare capitalised name of unknown kind ("Moscow")
)

// mention is a noun phrase that may refer to a speaker.
type mention struct {
	s, e    int // token range [s, e) of the whole phrase
	kind    mentionKind
	name    []string // the name proper ("John", "Kerry"), for persons and others
	titles  []string // lower-case title and role words
	head    string   // lower-case head noun of a description, or the pronoun
	gender  byte
	group   bool   // the description names an organisation or group ("the campaign")
	owner   string // the possessor of a description ("Kerry" in "Kerry's spokesman")
	subject bool
	speaks  bool // the subject of a reporting verb: a person (or a group)
	// reported: the subject of a clause a cue reports ("told CNN that
	// Suleiman had been …"), spoken of rather than the sentence's topic
	reported bool
	// subordinate: the subject of a clause a subordinator opens
	// ("because he was obstructed"), less salient than the main clause's
	subordinate bool
}

func (f *field) tok(i int) *token { return &f.toks[i] }

func isPossessive(w string) bool {
	if len(w) <= 2 || !(strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
		return false
	}
	stem := stripPossessive(w)
	if stem == w {
		return false // a bare "'s": the verb of a pronoun's contraction (cliticAt)
	}
	// "he's", "that's" contract a verb, but an acronym's is a
	// possessive: "the WHO's country director"
	lw := strings.ToLower(stem)
	if len(stem) >= 2 && stem == strings.ToUpper(stem) && stem != lw {
		return true
	}
	if nameGenitives[lw] && w[0] >= 'A' && w[0] <= 'Z' {
		return false // inside a name: "the People's Daily", "Children's Hospital"
	}
	return !isPronounLike(strings.ToLower(w)) && !subjectPronouns[lw]
}

// nameGenitives are plural nouns whose capitalised possessive opens the
// name of a body rather than naming an owner.
var nameGenitives = set("people children women men")

// nameApostrophe reports whether token k is the bare apostrophe of a
// name's possessive: "Simmons' office", "ABC News' 'This Week'".
func (f *field) nameApostrophe(k int) bool {
	if k < 1 || !f.free(k) || !f.free(k-1) {
		return false
	}
	a, w := f.tok(k), f.tok(k-1)
	return a.kind == tPunct && isApostrophe(firstRune(a.text)) && w.kind == tWord && w.capitalised() && strings.HasSuffix(w.lower, "s")
}

func stripPossessive(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok && s != "" {
		return s
	}
	if s, ok := strings.CutSuffix(w, "’s"); ok && s != "" {
		return s
	}
	return w
}

// titleTok: an honorific, title, role or nationality word, in any case.
func titleTok(t *token) bool {
	if t.kind != tWord {
		return false
	}
	w := strings.TrimSuffix(t.lower, ".")
	return lang.Honorific(w) || titleWords[w] || isNationality(w)
}

func roleTok(t *token) bool {
	return t.kind == tWord && roleNouns[t.lower] && !t.capitalised() || t.kind == tWord && (t.lower == "mp" || t.lower == "mps" || t.lower == "mep")
}

// nounHead reports whether token i is a lower-case word that may head a
// noun phrase: not a function word, verb form, adverb or pronoun.
func (f *field) nounHead(i int) bool {
	if w := f.tok(i).lower; lang.ReportingVerb(w) && !roleNouns[w] {
		return f.plainNoun(i, true) && f.nounUse(i)
	}
	return f.plainNoun(i, false)
}

// plainNoun is nounHead judged on the word alone; reporting verbs count
// as nouns only when allowCue is set.
func (f *field) plainNoun(i int, allowCue bool) bool {
	t := f.tok(i)
	if t.kind != tWord || !isLowerWord(t) {
		return false
	}
	w := t.lower
	if nonNames[w] || determiners[w] || verbSigns[w] || fragmentStarts[w] || relativeWords[w] || subjectPronouns[w] || midAdverbs[w] {
		return false
	}
	if lang.ReportingVerb(w) && !roleNouns[w] && !allowCue || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") && !roleNouns[w] {
		return false
	}
	return true
}

// abbrevDot: token i is a "." that belongs to the word before it
// ("Rep.", "C.").
func (f *field) abbrevDot(i int) bool {
	if i <= 0 || f.tok(i).text != "." || f.tok(i-1).end != f.tok(i).start {
		return false
	}
	p := f.tok(i - 1)
	if p.kind != tWord {
		return false
	}
	return abbreviations[p.lower] || (utf8.RuneCountInString(p.text) == 1 && p.capitalised()) || strings.Contains(p.text, ".")
}

func (f *field) npBefore(j, lo int) (mention, bool) {
	m, ok := f.phraseBefore(j, lo)
	p := m.s - 1 // the preposition before the phrase, past a determiner it left out
	if ok && p > lo && f.free(p) && determiners[f.tok(p).lower] {
		p--
	}
	for n := 0; ok && n < 3 && p > lo && f.free(p) && f.tailModifier(p); n++ {
		p-- // and past its modifiers: "a viewer in neighbouring Bahrain", "a spokesman for oil giant BP"
	}
	if ok && p >= lo && (f.tok(p).lower == "in" || f.tok(p).lower == "from") && m.kind == mkPerson && len(m.name) > 1 && lang.KnownGivenName(strings.ToLower(m.name[0])) {
		return m, ok // a person is no place: "a sympathiser in Joe Barton"
	}
	if ok && m.kind != mkPronoun && p-1 >= lo && f.free(p) && f.free(p-1) && f.speaksFor(p-1, p, lo) {
		// "a spokesman for the Kurdistan regional government", "one
		// commentator on the Fox channel", "a statement on the
		// school's website": the person or document speaks, not the
		// body
		if r, ok := f.phraseBefore(p-1, lo); ok && (r.kind == mkRole || r.kind == mkIndef || r.kind == mkOther && isLowerWord(f.tok(r.e-1))) && r.e == p {
			return f.classify(r.s, j+1), true
		}
	}
	return m, ok
}

// personHead reports the lower-case last word of a description opening
// at token s with determiner det as the head of a person's description:
// an occupation ("the vet", "a deckhand"; not "the coast guard"), or, in
// an indefinite one, any noun after an age ("a 52-year-old haulier").
func (f *field) personHead(k, s int, det string) bool {
	t := f.tok(k)
	if !isLowerWord(t) {
		return false
	}
	before := ""
	if k > s {
		before = f.tok(k - 1).lower
	}
	return lang.OccupationAfter(before, t.lower) || indefinites[det] && k > s && ageWord(f.tok(k-1)) && !docNouns[t.lower]
}

// participleModifier reports a lower-case past participle at token k
// that qualifies the noun after it: "retired" of "the 67-year-old
// retired teacher".
func (f *field) participleModifier(k, hi int) bool {
	return isLowerWord(f.tok(k)) && strings.HasSuffix(f.tok(k).lower, "ed") && k+1 < hi && f.free(k+1) && f.nounHead(k+1)
}

// tailModifier reports whether token k may modify the name a
// preposition's tail ends in ("neighbouring" of "a viewer in
// neighbouring Bahrain", "oil giant" of "a spokesman for oil giant BP"):
// a lower-case word that is no preposition, conjunction, plural noun or
// reporting verb.
func (f *field) tailModifier(k int) bool {
	w := f.tok(k).lower
	return isLowerWord(f.tok(k)) && !prepositions[w] && w != "for" && w != "or" && !coordinators[w] && !pluralNoun(w) && !lang.ReportingVerb(w)
}

// speaksFor reports whether token r, before the preposition at token p,
// heads a description of someone tied to the body or place after it: "a
// spokesman for", "of"; any role opened by a determiner too ("one
// commentator on", "an analyst at", "a reporter for", "a viewer in", "one
// student from").
func (f *field) speaksFor(r, p, lo int) bool {
	switch f.tok(p).lower {
	case "for", "of":
		if mouthpieces[f.tok(r).lower] {
			return true
		}
		if w := f.tok(r); isLowerWord(w) && docNouns[w.lower] && r-1 >= lo && f.free(r-1) && determiners[f.tok(r-1).lower] {
			return true // "the citation for his medal reads"
		}
		fallthrough // "a reporter for BBC News", with its determiner
	case "on", "at", "in", "from":
		w := f.tok(r)
		if !roleTok(w) && !(isLowerWord(w) && (personNoun(w.lower) || pluralPeople(w.lower))) {
			return false
		}
		if r == lo && isLowerWord(w) && pluralNoun(w.lower) {
			return true // people with no article: "analysts at Harbour Bank said"
		}
		if r-1 < lo || !f.free(r-1) {
			return false
		}
		d := f.tok(r - 1).lower
		return opensDescription(d) || numberWords[d] // "two reporters for Knight Ridder"
	}
	return false
}

// opensDescription reports a word that may open a description as its
// article: a determiner, "one" or "another" ("one student from Cairo").
func opensDescription(w string) bool { return determiners[w] || w == "one" || w == "another" }

// numberWords count people before their description: "two reporters".
var numberWords = set("two three four five six several some many")

// mouthpieces speak for a body named after them: "a spokesman for …".
var mouthpieces = set("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative representatives")

// phraseBefore is npBefore without a mouthpiece's body.
func (f *field) phraseBefore(j, lo int) (mention, bool) {
	if j < lo || !f.free(j) {
		return mention{}, false
	}
	t := f.tok(j)
	if t.kind == tWord && (subjectPronouns[t.lower] || t.lower == "him" || t.lower == "her") {
		return f.classify(j, j+1), true
	}
	head := t.kind == tWord && (t.capitalised() || t.allCaps() || roleTok(t))
	if t.kind == tWord && unicode.IsDigit(firstRune(t.text)) && j-1 >= lo && f.free(j-1) && f.tok(j-1).capitalised() && !f.nonName(j-1) {
		head = true // a number ending a name: "Air Wing 7", "Apollo 11"
	}
	if !head && f.nounHead(j) {
		// a common noun opened by a determiner within a few words: "the
		// letter", "one questioner", "the 34-year-old mother of three"
		m := j - 1
		for ; m >= lo && m >= j-6 && f.free(m); m-- {
			p := f.tok(m)
			if p.kind == tWord && (determiners[p.lower] && p.lower != "that" || isPossessive(p.text) || numberWords[p.lower] && isLowerWord(p)) {
				for isPossessive(p.text) && p.capitalised() && m-1 >= lo && f.free(m-1) && f.tok(m-1).kind == tWord && (lang.KnownGivenName(f.tok(m-1).lower) || titleTok(f.tok(m-1))) {
					m-- // a person's whole name as possessor: "Rupert Murdoch's Fox channel"
				}
				return f.classify(m, j+1), true
			}
			if p.kind == tPunct && isApostrophe(firstRune(p.text)) && m-1 >= lo && strings.HasSuffix(f.tok(m-1).lower, "s") {
				if f.nameApostrophe(m) {
					return f.classify(m-1, j+1), true // a name's possessive: "Simmons' office"
				}
				continue // a plural possessive: "the seafarers' union"
			}
			if p.kind != tWord && p.text != "-" || p.kind == tWord && !f.nounHead(m) && p.lower != "of" && !p.capitalised() && !unicode.IsDigit(firstRune(p.text)) {
				break
			}
		}
		if start := m + 1; (m < lo || f.tok(m).kind == tPunct && f.tok(m).text != "-") && start <= j && isLowerWord(f.tok(start)) && (roleNouns[t.lower] || t.lower == "staff") {
			// a bare description of people opening its clause: "'…',
			// technical staff said"
			return f.classify(start, j+1), true
		}
		if start := m + 1; (m < lo || f.tok(m).kind == tPunct && f.tok(m).text != "-") && start < j && outletWords[t.lower] {
			// or of an outlet: "'…,' Egyptian state media reported"
			return f.classify(start, j+1), true
		}
		return mention{}, false
	}
	if !head || f.nonName(j) && !t.allCaps() && !(j-1 >= lo && f.free(j-1) && f.tok(j-1).capitalised() && !f.nonName(j-1)) {
		return mention{}, false
	}
	k := j // current leftmost token
	for k-1 >= lo && f.free(k-1) {
		p := f.tok(k - 1)
		switch {
		case f.abbrevDot(k - 1):
			k--
			continue
		case p.kind == tWord && isPossessive(p.text) && p.capitalised():
			k-- // "America's top diplomat", "Labour's Jo Reyes": a possessive ends the phrase
			return f.classify(k, j+1), true
		case p.kind == tWord && (p.lower == "that" || p.lower == "this") && !roleTok(f.tok(j)):
			// "that Clinton": a conjunction, not a determiner, before a name
			return f.classify(k, j+1), true
		case p.kind == tWord && determiners[p.lower] && !p.capitalised() || p.kind == tWord && determiners[p.lower] && k-1 == lo:
			// "the Ruritanian Embassy in London": a determiner after in/of/for
			// belongs to a prepositional tail; continue past it
			if k-3 >= lo && f.free(k-3) && (f.tok(k-2).lower == "in" || f.tok(k-2).lower == "of") && (f.tok(k-3).capitalised() || roleTok(f.tok(k-3))) && k < j+1 && f.tok(k).capitalised() {
				k -= 2
				continue
			}
			k--
			return f.classify(k, j+1), true
		case p.kind == tWord && determiners[p.lower] && p.capitalised() && k-2 >= lo && f.free(k-2) && (f.tok(k-2).text == ":" || dash(f.tok(k-2))):
			// a clause opening after a colon: "In the Gulf: A U.S.
			// official says"
			return f.classify(k-1, j+1), true
		case p.kind == tWord && (p.capitalised() || p.allCaps()):
			if (nonNames[p.lower] || contraction(p.lower)) && !p.allCaps() && !titleTok(p) || (prepositions[p.lower] || leadIns[p.lower]) && f.sentenceInitial(k-1) {
				return f.classify(k, j+1), true // "Along Bayou Hopedale, …" is no name's
			}
			k--
			continue
		case p.kind == tWord && p.lower == "and" && f.andJoins(k-1, lo):
			k-- // a name with "and" in it: "the National Oceanic and Atmospheric Administration"
			continue
		case p.kind == tWord && (lang.Particle(p.lower) || p.lower == "of") && k-2 >= lo && f.free(k-2) && (f.tok(k-2).capitalised() || roleTok(f.tok(k-2)) || titleTok(f.tok(k-2))):
			if p.lower == "of" && !f.tok(k).capitalised() {
				return f.classify(k, j+1), true
			}
			k--
			continue
		case p.kind == tWord && (p.lower == "for") && k-2 >= lo && (roleTok(f.tok(k-2)) || titleTok(f.tok(k-2)) && f.tok(k-2).capitalised() || f.tok(k-2).capitalised() && orgKeywords[f.tok(k-2).lower]) && f.tok(k).capitalised():
			k-- // "the MP for Northfield", "the Minister for Fisheries", "the Joint Board for Roads and Bridges"
			continue
		case p.kind == tWord && p.lower == "and" && f.andJoins(k-1, lo):
			k--
			continue
		case p.text == "&" && k-2 >= lo && f.free(k-2) && f.tok(k-2).capitalised():
			k-- // "Leigh Day & Co"
			continue
		case p.kind == tWord && !p.capitalised() && (titleTok(p) || roleTok(p)):
			k--
			continue
		case p.kind == tWord && !p.capitalised() && (roleTok(f.tok(j)) || roleTok(f.tok(k))):
			// lower-case modifiers of a role: accept them only when a
			// determiner or possessive opens the phrase within three words
			m := k - 1
			for m >= lo && m >= k-4 && f.free(m) && (f.abbrevDot(m) || f.tok(m).kind == tWord && (!f.tok(m).capitalised() || !f.nonName(m) && m > lo && !isPossessive(f.tok(m).text)) && !determiners[f.tok(m).lower] &&
				!lang.ReportingVerb(f.tok(m).lower) && !verbSigns[f.tok(m).lower] && !fragmentStarts[f.tok(m).lower] && f.tok(m).lower != "and") {
				m-- // (past an abbreviation's dot: "a U.S. intelligence official")
			}
			if m >= lo && f.free(m) && f.tok(m).kind == tWord && (determiners[f.tok(m).lower] || isPossessive(f.tok(m).text)) {
				return f.classify(m, j+1), true
			}
			return f.classify(k, j+1), true
		}
		break
	}
	return f.classify(k, j+1), true
}

// namedAfterPortfolio returns where a person's name starts in the
// capitalised words after the "for" or "of" at token p, up to end, when
// they go on past the portfolio to a given name and a surname: "Justice
// Jack Straw" (a known given name), "Human Rights Navi Pillay" (four
// words or more, no "and"); 0 when they are the portfolio alone ("Human
// Rights", "Northfield and East Leigh").
func (f *field) namedAfterPortfolio(p, end int) int {
	n, and := 0, false
	for k := p + 1; k < end; k++ {
		switch t := f.tok(k); {
		case t.lower == "and":
			and = true
		case t.kind == tWord:
			n++
		}
	}
	g := end - 2
	if g <= p+1 || !f.tok(g).capitalised() || !f.tok(end-1).capitalised() || titleTok(f.tok(g)) || orgKeywords[f.tok(end-1).lower] {
		return 0
	}
	if n >= 3 && lang.KnownGivenName(f.tok(g).lower) || n >= 4 && !and {
		return g
	}
	return 0
}

// ageWord: "17-year-old".
func ageWord(t *token) bool {
	return t.kind == tWord && unicode.IsDigit(firstRune(t.text)) && strings.HasSuffix(t.lower, "-old")
}

// andJoins reports whether "and" at token a joins two parts of one name
// ("MP for Northfield and East Leigh", "the National Oceanic and
// Atmospheric Administration"), not two people or two bodies ("CBS and
// Warner Brothers Television", "Anarchy and Obama and CNN").
func (f *field) andJoins(a, lo int) bool {
	if a+1 >= len(f.toks) || !f.tok(a+1).capitalised() {
		return false
	}
	for m := a - 1; m >= lo && f.free(m); m-- {
		t := f.tok(m)
		if t.lower == "for" || t.lower == "of" {
			return true
		}
		// (a portfolio right after "of" names the body: "the Department
		// of Energy and Climate Change"; a given name, a person)
		portfolio := m-1 >= lo && f.free(m-1) && (f.tok(m-1).lower == "of" || f.tok(m-1).lower == "for")
		if !t.capitalised() || lang.KnownGivenName(t.lower) || titleTok(t) && !portfolio {
			break
		}
	}
	// a body's name: a plain capitalised word inside the name (after
	// "the" or another capitalised word) before "and", a body's word
	// ending the capitalised run after it
	l, ll := a-1, a-2
	if ll < lo || !f.free(l) || !f.free(ll) {
		return false
	}
	if w := f.tok(l); w.kind != tWord || !w.capitalised() || w.allCaps() || orgKeywords[w.lower] || lang.KnownGivenName(w.lower) {
		return false
	}
	if b := f.tok(ll); b.kind != tWord || !(b.lower == "the" || b.capitalised() && b.lower != "and" && (!orgKeywords[b.lower] || chambers[b.lower])) {
		return false
	}
	for k := l; k >= lo && k > l-6 && f.free(k) && f.tok(k).capitalised(); k-- {
		if t := f.tok(k); lang.KnownGivenName(t.lower) || roleNouns[t.lower] {
			return false // a person before it: "Secretary Janet Napolitano and …"
		}
	}
	for k := a + 1; k < len(f.toks) && k <= a+4 && f.free(k) && f.tok(k).capitalised(); k++ {
		if orgKeywords[f.tok(k).lower] || k > a+1 && f.tok(k).lower == "executive" {
			return true // (a body called an executive: "the Health and Safety Executive")
		}
	}
	return false
}

// npAfter returns the noun phrase that starts at token i ("said Mr
// Kerry", "according to a ministry spokesman"), not reaching token hi.
func (f *field) npAfter(i, hi int) (mention, bool) {
	m, ok := f.phraseAfter(i, hi)
	for k := m.s + 1; ok && k < m.e; k++ {
		if t := f.tok(k); t.kind == tPunct && (t.text == "—" || t.text == "–" || t.text == "--" || t.text == "-" && k+1 < m.e && f.tok(k+1).text == "-") && t.start > f.tok(k-1).end {
			// a dash set off by spaces ends the phrase: "the agency's count
			// -- seemed to be"
			m, ok = f.classify(m.s, k), k > m.s
			break
		}
	}
	if ok && (m.kind == mkRole || m.kind == mkIndef) && m.e+1 < hi && f.free(m.e) && f.speaksFor(m.e-1, m.e, i) {
		// "said a spokesman for the Kurdistan regional government": the
		// body runs to the end of the clause or a preposition
		b, e := m.e+1, m.e+1
		for e < hi && e < b+8 && f.free(e) && f.tok(e).kind == tWord && (f.tok(e).lower == "of" || !prepositions[f.tok(e).lower] && !relativeWords[f.tok(e).lower] && !verbSigns[f.tok(e).lower] && !f.cueAt(e)) {
			if e > b && isLowerWord(f.tok(e)) && lang.PastForm(f.tok(e).lower) && f.nounHead(e-1) {
				break // the clause's verb: "a group of protesters marched toward"
			}
			e++
		}
		if e > b && !determiners[f.tok(e-1).lower] {
			return f.classify(m.s, e), true
		}
	}
	if ok && m.kind == mkPerson {
		f.pastNickname(&m, hi)
	}
	return m, ok
}

// closesPhrase reports that a noun phrase ends before token k: the
// clause's end, a comma, or a relative pronoun.
func (f *field) closesPhrase(k, hi int) bool {
	if k >= hi || !f.free(k) {
		return true
	}
	t := f.tok(k)
	return t.text == "," || t.text == "." || t.text == ";" || t.lower == "who"
}

// agentNoun reports a singular noun for someone or something that
// speaks: a role, a body or a document (speakerNoun), or an agent
// ("laureate", "winner", "boss", "correspondent").
func agentNoun(w string) bool {
	if pluralNoun(w) {
		return false
	}
	if speakerNoun(w) || personNoun(w) || w == "boss" || w == "page" {
		return true
	}
	for _, suf := range []string{"ate", "ist", "ant", "ent"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// phraseAfter is npAfter without a mouthpiece's body.
func (f *field) phraseAfter(i, hi int) (mention, bool) {
	if i >= hi || !f.free(i) {
		return mention{}, false
	}
	t := f.tok(i)
	if t.kind == tWord && subjectPronouns[t.lower] {
		return f.classify(i, i+1), true
	}
	k := i
	if t.kind == tWord && (determiners[t.lower] || isPossessive(t.text)) {
		k++
	}
	if k > i && k+2 < hi && f.free(k) && isPossessive(f.tok(k).text) && f.tok(k).capitalised() && isLowerWord(f.tok(k+1)) {
		k++ // "the BBC's business editor Robert Peston": the owner qualifies
	}
	start := k
	// lower-case descriptors before a name: "former bank executive Ann
	// Cole", "retired surgeon Tom Hale", "columnist Raj Patel"
	if k < hi && f.free(k) && (isLowerWord(f.tok(k)) || ageWord(f.tok(k))) && !determiners[f.tok(k).lower] {
		n := k
		for n < hi && n < k+5 && f.free(n) && (isLowerWord(f.tok(n)) && (f.nounHead(n) || titleTok(f.tok(n)) || roleTok(f.tok(n)) || strings.HasSuffix(f.tok(n).lower, "ed")) || ageWord(f.tok(n)) ||
			f.tok(n).lower == "of" && n > k && n+1 < hi && f.free(n+1) && isLowerWord(f.tok(n+1)) && f.nounHead(n+1)) { // "chief of staff Rahm Emanuel"
			n++
		}
		if n > k && n < hi && f.free(n) && f.tok(n).capitalised() && !f.nonName(n) {
			k = n
		}
	}
	for k < hi && f.free(k) {
		t := f.tok(k)
		switch {
		case t.kind == tWord && (t.capitalised() || t.allCaps()):
			if f.nonName(k) && !titleTok(t) && k > start {
				break
			}
			k++
			continue
		case f.abbrevDot(k) && k > start:
			k++
			continue
		case t.text == "&" && k > start && k+1 < hi && f.free(k+1) && f.tok(k+1).capitalised():
			k++ // "Leigh Day & Co"
			continue
		case t.kind == tWord && !t.capitalised() && (titleTok(t) || roleTok(t)):
			k++
			continue
		case t.kind == tWord && (lang.Particle(t.lower) || t.lower == "of" || t.lower == "for" || t.lower == "and" && f.andJoins(k, start)) && k > start && k+1 < hi && f.free(k+1) && f.tok(k+1).capitalised() && !f.ownsThing(k+1, hi):
			k++
			continue
		case t.kind == tWord && !t.capitalised() && !lang.ReportingVerb(t.lower) && k == start && k+1 < hi && f.free(k+1) && f.tok(k+1).kind == tWord && (roleTok(f.tok(k+1)) || titleTok(f.tok(k+1))):
			k++ // an adjective before a role: "a senior official"
			continue
		case t.lower == "of" && k > start && roleTok(f.tok(k-1)) && f.roleOfName(k+1, hi) > k:
			k = f.roleOfName(k+1, hi) // "White House chief of staff Rahm Emanuel"
			continue
		case k > start && start > i && isLowerWord(t) && (agentNoun(t.lower) && f.closesPhrase(k+1, hi) || (speakerNoun(t.lower) || folkNoun(t.lower)) && f.verbAfter(k+1)):
			// a determiner, a name used as a modifier and the noun it
			// qualifies: "said the Nobel laureate, who …" is the
			// laureate; "One Facebook commenter captured" the commenter
			k++
		case k > start && isLowerWord(t) && pluralNoun(t.lower) && pluralPeople(t.lower) && (f.closesPhrase(k+1, hi) || f.verbAfter(k+1)):
			// a name qualifying people who speak or act: "US politicians
			// said", "Obama supporters chanted" (not Obama)
			k++
		case k > start && isLowerWord(t):
			// "Venice charter boat captain Bob Kenney" goes on to the
			// name; "one Western intelligence source" ends
			n, named := f.descriptorRun(k, hi)
			k = n
			if named {
				continue
			}
		}
		break
	}
	if k == start && start > i {
		// a determiner and common nouns: "the ruling", "a 52-count civil
		// complaint"; words that look like adjectives may be followed by more
		for k < hi && k < start+4 && f.free(k) && (f.nounHead(k) || f.tok(k).kind == tWord && unicode.IsDigit(firstRune(f.tok(k).text)) || f.participleModifier(k, hi)) {
			w := f.tok(k).lower
			participle := f.participleModifier(k, hi)
			k++
			if strings.HasSuffix(w, "s") && k+1 < hi && f.free(k) && f.tok(k).kind == tPunct && isApostrophe(firstRune(f.tok(k).text)) && f.tok(k).start == f.tok(k-1).end && f.free(k+1) && f.nounHead(k+1) {
				k++ // a plural possessive goes on to its noun: "a patients' charity"
				continue
			}
			if !adjectiveLike(w) && !unicode.IsDigit(firstRune(w)) && !participle {
				// a compound's second noun closing the phrase: "a
				// corporate drone in an ad"
				if k+1 < hi && f.free(k) && f.nounHead(k) && !verbSigns[f.tok(k).lower] && f.free(k+1) && (f.tok(k+1).kind == tPunct || prepositions[f.tok(k+1).lower]) {
					k++
				}
				break
			}
		}
	}
	if k == start || (k == start+1 && f.nonName(start) && !f.tok(start).allCaps()) {
		return mention{}, false
	}
	// a party-and-state tag after a name: "Rep. Jim Clyburn (D-S.C.)"
	e := k
	if e+2 < hi && f.tok(e).text == "(" {
		for m := e + 1; m < hi && m < e+8; m++ {
			if f.tok(m).text == ")" {
				e = m + 1
				break
			}
		}
	}
	return f.classify(i, e), true
}

// ownsThing reports a possessive at token k that owns a thing, not a
// title ("of Acme's website" ends a name; "of Acme's chief executive Jo
// Reyes" does not).
func (f *field) ownsThing(k, hi int) bool {
	if !isPossessive(f.tok(k).text) || k+1 >= hi || !f.free(k+1) {
		return false
	}
	n := f.tok(k + 1)
	return isLowerWord(n) && !titleTok(n) && !roleTok(n)
}

// roleOfName reads the nouns after a role's "of", from token k, up to
// the full name they lead to ("staff" in "chief of staff Rahm
// Emanuel"), and returns where the name starts; -1 when no name follows.
func (f *field) roleOfName(k, hi int) int {
	n := k
	for n < hi && n < k+3 && f.free(n) && isLowerWord(f.tok(n)) && f.nounHead(n) {
		n++
	}
	if n > k && n+1 < hi && f.free(n) && f.free(n+1) && f.tok(n).capitalised() && !f.nonName(n) && f.tok(n+1).capitalised() {
		return n
	}
	return -1
}

// descriptorRun reads, from token k after capitalised words, lower-case
// words ending in a title or role, or any nouns before a full personal
// name: the words describing the bearer of a name that follows ("charter
// boat captain" in "Venice charter boat captain Bob Kenney", "shrimp
// processor" before "John Blanchard": named), or the rest of a description the
// capitalised words qualify ("one Western intelligence source",
// "Obama administration officials"). It returns where they end, k when
// there are none.
func (f *field) descriptorRun(k, hi int) (int, bool) {
	n := k
	for n < hi && n < k+4 && f.free(n) && isLowerWord(f.tok(n)) && (f.nounHead(n) || titleTok(f.tok(n)) || roleTok(f.tok(n))) {
		n++
	}
	if n == k {
		return k, false
	}
	if !(titleTok(f.tok(n-1)) || roleTok(f.tok(n-1))) {
		// any noun will do before a full personal name: "Louisiana
		// shrimp processor Dean Blanchard"
		if n+1 < hi && f.free(n+1) && lang.KnownGivenName(f.tok(n).text) && f.tok(n+1).capitalised() && !f.nonName(n+1) {
			return n, true
		}
		return k, false
	}
	if n < hi && f.free(n) && f.tok(n).capitalised() && !f.nonName(n) {
		return n, true
	}
	if roleTok(f.tok(n - 1)) {
		return n, false
	}
	return k, false
}

// titlePremodifiers open a title: "retired admiral", "former minister".
var titlePremodifiers = set("retired former acting outgoing interim")

// classify turns tokens [s,e) into a mention.
func (f *field) classify(s, e int) mention {
	for e-1 > s && isLowerWord(f.tok(e-1)) && (prepositions[f.tok(e-1).lower] || f.tok(e-1).lower == "to" || f.tok(e-1).lower == "for") {
		e-- // a phrase cut before its object: "members of the US Congress of '…'"
	}
	m := mention{s: s, e: e}
	first := f.tok(s)
	if e-s == 1 && first.kind == tWord && (subjectPronouns[first.lower] || first.lower == "him" || first.lower == "her") {
		m.kind = mkPronoun
		m.head = first.lower
		switch first.lower {
		case "he", "him":
			m.gender = 'm'
		case "she", "her":
			m.gender = 'f'
		}
		return m
	}
	// drop a parenthetical tail and trailing punctuation from the name part
	end := e
	for m := s; m < e; m++ {
		if f.tok(m).text == "(" {
			end = m
			break
		}
	}
	// trailing titles after a name: "Jo Reyes MP"
	for end-1 > s && !(first.kind == tWord && determiners[first.lower]) && titleTok(f.tok(end-1)) && f.tok(end-1).allCaps() && f.tok(end-2).capitalised() && !titleTok(f.tok(end-2)) {
		m.titles = append(m.titles, f.tok(end-1).lower)
		end--
	}
	// a title's first word glued after a name by a caption's line break:
	// "End Quote Thad Allen Retired admiral"
	for end-2 > s && titlePremodifiers[f.tok(end-1).lower] && f.tok(end-1).capitalised() && f.tok(end-2).capitalised() && end < len(f.toks) && isLowerWord(f.tok(end)) && (roleTok(f.tok(end)) || titleTok(f.tok(end))) {
		end--
	}
	// a title and a name before "of": the body after it qualifies the
	// person ("Archbishop Ivo Kral of the Harbour Church of Lima")
	if cut := f.bodyTail(s, end); cut < end {
		for k := cut + 1; k < end; k++ {
			if t := f.tok(k); t.kind == tWord && !determiners[t.lower] && t.lower != "of" {
				m.titles = append(m.titles, strings.ToLower(stripPossessive(t.text)))
			}
		}
		end = cut
	}
	// a name with its body's acronym after "of" or "at": "Doug Suttles
	// of BP" (longer bodies are bodyTail's)
	if end-3 >= s && f.tok(end-1).allCaps() && utf8.RuneCountInString(f.tok(end-1).text) <= 4 && (f.tok(end-2).lower == "of" || f.tok(end-2).lower == "at") && f.tok(end-3).capitalised() && !f.tok(end-3).allCaps() {
		m.titles = append(m.titles, f.tok(end-1).lower)
		end -= 2
	}
	// a body's acronym in the possessive after a full name opens the
	// next phrase: "Tony Hayward BP's former chief executive"
	if w := stripPossessive(f.tok(end - 1).text); end-s >= 3 && isPossessive(f.tok(end-1).text) && len(w) >= 2 && w == strings.ToUpper(w) && f.tok(end-2).capitalised() && f.tok(end-3).capitalised() && !f.tok(end-2).allCaps() {
		end--
	}
	// the name proper: trailing capitalised words that are not titles
	ns := f.nameStart(s, end)
	tail := 0 // titles read from a tail after the name ("of Ohio")
	// capitalised words after "of", "for" or "in" qualify what comes
	// before: a name ("Tom B. Hale of Ohio") or a description
	// ("the MP for Northfield and East Leigh", which has no name)
	if ns > s && ns < end {
		p := ns - 1
		for p > s && (f.tok(p).lower == "and" || f.tok(p).capitalised() && !titleTok(f.tok(p))) {
			p--
		}
		// past the tail's own modifiers: "a viewer in neighbouring
		// Bahrain", "a spokesman for the oil giant BP"
		q, modified := p, false
		for n := 0; n < 3 && q > s && f.tailModifier(q); n++ {
			modified = modified || !determiners[f.tok(q).lower]
			q--
		}
		if w := f.tok(q).lower; modified && (w == "for" || w == "of" || w == "in" || w == "from") {
			p = q
		}
		if w := f.tok(p).lower; w == "for" || w == "of" || w == "in" || w == "from" || w == "and" {
			if ns2 := f.nameStart(s, p); ns2 < p {
				for k := p + 1; k < end; k++ {
					if t := f.tok(k); t.kind == tWord && t.lower != "and" {
						m.titles = append(m.titles, t.lower)
						tail++
					}
				}
				ns, end = ns2, p
			} else if g := f.namedAfterPortfolio(p, end); g > 0 {
				ns = g // "the High Commissioner for Human Rights Navi Pillay"
			} else {
				ns = end
			}
		}
	}
	orgish := false
	for k := s; k < end; k++ {
		t := f.tok(k)
		if t.kind == tWord && orgKeywords[strings.ToLower(stripPossessive(t.text))] && (t.capitalised() || t.allCaps()) && !(isPossessive(t.text) && k < ns && ns < end) {
			orgish = true // not an owner before a name: "the Post's Ivo Kral"
		}
	}
	if ns > s && ns < end && isLowerWord(f.tok(ns-1)) && (orgKeywords[f.tok(ns-1).lower] || docNouns[f.tok(ns-1).lower]) {
		orgish = true // the name of a body: "news agency Ansa", "the newspaper La Stampa"
	} else if ns > s && ns < end && isLowerWord(f.tok(ns-1)) && (roleTok(f.tok(ns-1)) || titleTok(f.tok(ns-1))) && end-ns >= 2 {
		orgish = false // a person the body's role describes: "Press spokesman Ivo Kral"
	} else if h := ns - 1; h > s && ns < end {
		if f.abbrevDot(h) {
			h--
		}
		if w := f.tok(h); lang.Honorific(strings.TrimSuffix(w.lower, ".")) || end-ns >= 2 && titleTok(w) && !isNationality(w.lower) {
			// a person with the body's title, or after it: "Coast Guard
			// Adm. Ivo Kral", "Harbour Police Commissioner Ana Lind", "the
			// World Service Mr Kral"
			orgish = false
		}
	}
	r := s // the description's first word, past its article
	if opensDescription(first.lower) {
		r++
	}
	if orgish {
		if r+1 < end && f.speaksFor(r, r+1, s) {
			// someone tied to a body, not the body: "a spokesman for
			// the Harbour Board", "an analyst at Harbour Bank"
			orgish, ns = false, end
		}
		if l := f.tok(end - 1); ns == end && end-1 > r && r > s && isLowerWord(l) && personRoles[l.lower] && !groupRoles[l.lower] && !anyone[l.lower] && !lang.Kin(l.lower) {
			// a person the body's role describes, with no name: "a
			// senior State Department official", "the Harbour Board
			// spokesman"
			orgish = false
		}
	}
	if ns < end {
		if r+1 < ns && mouthpieces[f.tok(r).lower] && (f.tok(r+1).lower == "for" || f.tok(r+1).lower == "of") {
			ns = end // a mouthpiece for a person is the mouthpiece: "a spokeswoman for EU health commissioner Androula Vassiliou"
		}
	}
	det := ""
	if first.kind == tWord && determiners[first.lower] {
		det = first.lower
	}
	for k := s; k < ns; k++ {
		t := f.tok(k)
		if t.kind == tWord && !determiners[t.lower] && t.lower != "of" && t.lower != "for" && t.lower != "and" && t.lower != "in" && t.lower != "the" && !lang.PlaceBased(t.lower) {
			m.titles = append(m.titles, strings.TrimSuffix(strings.ToLower(stripPossessive(t.text)), "."))
		}
		if t.kind == tWord && isPossessive(t.text) && t.capitalised() {
			m.owner = stripPossessive(t.text)
		}
	}
	for k := ns; k < end; k++ {
		t := f.tok(k)
		if t.kind == tWord && k == end-1 {
			m.name = append(m.name, stripPossessive(t.text)) // "Tom Ruiz's claim"
		} else if t.kind == tWord {
			m.name = append(m.name, t.text)
		} else if t.text == "." && len(m.name) > 0 {
			m.name[len(m.name)-1] += "."
		}
	}
	// the head of a description: its last role word, but not one in the
	// name of the body a preposition ties it to ("the chairman of the
	// Senate Finance Committee" is a chairman, no committee); or the
	// occupation, or a noun after an age, that ends an indefinite one:
	// someone it brings in ("a deckhand", "a 52-year-old haulier")
	tie := end
	for k := s + 1; k < end; k++ {
		if t := f.tok(k); t.kind == tWord && (t.lower == "of" || t.lower == "on" || t.lower == "at" || t.lower == "for") {
			tie = k
			break
		}
	}
	for k := end - 1; k >= s; k-- {
		t := f.tok(k)
		if t.kind == tWord && (roleNouns[t.lower] || k == end-1 && f.personHead(k, s, det)) && !(k > tie && t.capitalised() && f.roleBefore(s, tie)) {
			m.head = t.lower
			break
		}
	}
	m.gender = genderOf(m.titles, m.name)
	if m.gender == 0 && m.head != "" {
		m.gender = genderOf([]string{m.head}, nil) // "the woman"
	}
	last := f.tok(end - 1)
	switch {
	case end-s >= 2 && last.capitalised() && lawWords[last.lower]:
		// a law or a treaty, no one who speaks: "the Official Secrets
		// Act", "the Clean Water Act"
		m.kind, m.name = mkOther, f.otherName(s, end)
	case last.lower == "executive" && last.capitalised() && f.joinedName(s, end):
		// a body called an executive: "the Health and Safety Executive"
		m.kind, m.name, m.head, m.titles = mkOrg, f.orgName(s, e), "", nil
	case orgish:
		if len(m.name) >= 2 && lang.KnownGivenName(m.name[0]) && !orgKeywords[strings.ToLower(m.name[len(m.name)-1])] {
			m.kind = mkPerson
			break
		}
		m.kind = mkOrg
		m.name = f.orgName(s, e)
	case len(m.name) > 0 && ns < end:
		if len(m.name) == 1 && len(m.titles) == tail && !lang.KnownGivenName(m.name[0]) {
			// one word with nothing before it that says person: "Web" of
			// "Web of Angels was her first novel"
			m.kind = mkOther
		} else {
			m.kind = mkPerson
		}
	case m.head != "":
		m.kind = mkRole
		if indefinites[det] {
			m.kind = mkIndef
		}
		if groupRoles[m.head] {
			m.group = true
		}
	default:
		m.kind, m.name = mkOther, f.otherName(s, end)
	}
	return m
}

// joinedName reports capitalised words joined by "and" in tokens [s,
// e), past a determiner: "the Health and Safety Executive".
func (f *field) joinedName(s, e int) bool {
	if s < e && determiners[f.tok(s).lower] {
		s++
	}
	and := false
	for k := s; k < e; k++ {
		switch t := f.tok(k); {
		case t.lower == "and" && k > s && k+1 < e:
			and = true
		case t.kind != tWord || !t.capitalised():
			return false
		}
	}
	return and
}

// chambers open the names of their committees: "the House Energy and
// Commerce Committee".
var chambers = set("house senate")

// roleBefore reports a role word among tokens s to e.
func (f *field) roleBefore(s, e int) bool {
	for k := s; k < e; k++ {
		if t := f.tok(k); t.kind == tWord && roleNouns[t.lower] {
			return true
		}
	}
	return false
}

// otherName is the name of a phrase that is neither a person nor a
// body: its words but determiners.
func (f *field) otherName(s, end int) []string {
	var name []string
	for k := s; k < end; k++ {
		if t := f.tok(k); t.kind == tWord && !determiners[t.lower] {
			name = append(name, stripPossessive(t.text))
		}
	}
	return name
}

// bodyTail returns where "of", "at" or "from" follows a title and a
// personal name in tokens [s,end) ("Archbishop Ivo Kral of …"), else end.
func (f *field) bodyTail(s, end int) int {
	// a title, or a common given name, opens a person's name: "Paul
	// Dowling of Leigh Day & Co"
	titled, named := false, false
	first := s // the first capitalised word, past lower-case descriptors ("physical oceanographer Ian MacDonald of …")
	for first < end && isLowerWord(f.tok(first)) {
		first++
	}
	from := s
	if t := f.tok(min(first, end-1)); first < end && t.kind == tWord && lang.KnownGivenName(t.text) && first+1 < end && f.tok(first+1).capitalised() {
		titled, from = true, first
	}
	for k := from; k < end; k++ {
		t := f.tok(k)
		switch {
		case t.kind != tWord:
		case titleTok(t) && !named:
			titled = true
		case t.capitalised() && titled && !orgKeywords[t.lower] && !isPossessive(t.text):
			named = true
		case named && (t.lower == "of" || t.lower == "at" || t.lower == "from"):
			return k
		case !t.capitalised():
			return end
		}
	}
	return end
}

// nameStart returns where the name proper ends at token end begins:
// trailing capitalised words that are not titles, with particles and
// initials ("Staffan de Mistura", "Robert C. Scott"). It returns end when
// there is none.
func (f *field) nameStart(s, end int) int {
	ns := end
	for ns-1 >= s {
		t := f.tok(ns - 1)
		if t.kind == tPunct {
			if f.abbrevDot(ns-1) && ns-2 >= s && (lang.Initials(f.tok(ns-2).text) || lang.NameSuffix(f.tok(ns-2).text)) {
				ns-- // an initial's or a suffix's period: "Robert C. Scott", "P.J. Crowley", "James Kennedy Jr."
				continue
			}
			break
		}
		if lang.Particle(t.lower) && ns < end && ns-2 >= s && f.tok(ns-2).capitalised() {
			ns--
			continue
		}
		// "Charlie King", and a surname that looks like a nationality by
		// its ending ("Aris Shirvanian")
		surnameTitle := ns == end && (titleSurnames[t.lower] || isNationality(t.lower) && !lang.Demonym(t.lower)) && ns-2 >= s && f.tok(ns-2).capitalised() && !titleTok(f.tok(ns-2))
		// a given name that is also a nationality or creed stays a name
		// before a surname: "Christian Reyes"
		givenFirst := ns < end && isNationality(t.lower) && lang.KnownGivenName(t.lower)
		if _, after, ok := strings.Cut(t.text, "-"); ok && after != "" && unicode.IsLower(firstRune(after)) {
			break // a descriptor, capitalised as the sentence's first word: "Rig-owner Halco"
		}
		if !t.capitalised() || titleTok(t) && !surnameTitle && !givenFirst || orgKeywords[t.lower] || f.nonName(ns-1) || isPossessive(t.text) && ns != end || t.lower == "of" {
			break
		}
		if t.allCaps() && utf8.RuneCountInString(t.text) <= 3 && !strings.Contains(t.text, "-") && !(ns < end && strings.Contains(t.text, ".") && lang.Initials(t.text)) {
			break // an acronym ("UN", "US") is not a personal name, initials before one are ("P.J. Crowley")
		}
		if ns < end && roleNouns[t.lower] && !titleSurnames[t.lower] && (ns-1 == s && f.sentenceStart(s) == s || end-ns >= 2) {
			// a role opening the sentence: "Journalist Tom Bower said";
			// or before a full name: "the Financial Crisis Historian
			// Niall Ferguson", after a headline run into the text
			break
		}
		ns--
	}
	return ns
}

// titleSurnames are titles that are also surnames: "Charlie King",
// "Mr. King".
var titleSurnames = set("king bishop major judge marshal cardinal chancellor sheriff pope")

// orgName returns the capitalised name of an organisation, without
// determiners or a trailing "in the UK".
func (f *field) orgName(s, e int) []string {
	var out []string
	for k := s; k < e; k++ {
		t := f.tok(k)
		if t.kind != tWord {
			if t.text == "(" {
				break
			}
			continue
		}
		if (t.lower == "in" || t.lower == "at" || t.lower == "on") && len(out) > 0 {
			break
		}
		if len(out) == 0 && (determiners[t.lower] || !t.capitalised() && !t.allCaps()) {
			continue
		}
		w := t.text
		if isPossessive(w) {
			if k < e-1 && f.tok(k+1).capitalised() && (f.ownerOf(k, out) || f.longNameAfter(k+1, e)) {
				out = out[:0] // an owner: "London's Daily Mail" is the Daily Mail
				continue
			}
			w = stripPossessive(w)
		}
		out = append(out, w)
	}
	return out
}

// ownerOf reports whether the possessive at token k, after the words of
// a name so far, surely names an owner of what follows rather than a
// word of its name: a name of several words ("the Harbour Board's
// Press Office"), an acronym ("the BBC's Ten O'Clock News") or a place
// ("Britain's Health Protection Agency"). Other possessives stay in the
// name, without their "'s" ("Down Syndrome Association"), unless
// isPossessive keeps them whole ("the People's Daily").
// longNameAfter reports an official name of three capitalised words or
// more in tokens [k, e), ending in a body's word, that a possessive
// before it owns rather than opens ("Obama's National Oceanic and
// Atmospheric Administration"; not "Lloyd's Register").
func (f *field) longNameAfter(k, e int) bool {
	n := 0
	for j := k; j < e; j++ {
		if t := f.tok(j); t.kind == tWord && t.capitalised() {
			n++
		}
	}
	return n >= 3 && orgKeywords[f.tok(e-1).lower]
}

func (f *field) ownerOf(k int, before []string) bool {
	w := stripPossessive(f.tok(k).text)
	return len(before) > 0 || w == strings.ToUpper(w) || lang.Nation(strings.ToLower(w)) != ""
}

// genderOf is the gender a mention's titles give (an honorific's, as
// lang.HonorificGender, or a gendered role's or kin word's: "spokeswoman",
// "king", "her son Kemal Ozan"), else
// a full name's given name's.
func genderOf(titles, name []string) byte {
	for _, t := range titles {
		if g := lang.HonorificGender(t); g != 0 {
			return g
		}
		switch t {
		case "king", "prince", "congressman", "spokesman", "chairman", "councilman", "father", "fr",
			"son", "husband", "brother", "boy", "grandson", "nephew", "uncle", "widower", "man", "grandfather", "businessman":
			return 'm'
		case "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "councilwoman",
			"mother", "daughter", "wife", "sister", "girl", "granddaughter", "niece", "aunt", "widow", "woman", "grandmother", "businesswoman":
			return 'f'
		}
	}
	if len(name) >= 2 {
		return lang.GivenGender(name[0])
	}
	return 0
}

// span returns the byte range of tokens [s,e).
func (f *field) span(s, e int) (int, int) {
	return f.tok(s).start, f.tok(e - 1).end
}

// phrase returns the text of tokens [s,e) as written.
func (f *field) phrase(s, e int) string {
	a, b := f.span(s, e)
	return f.text[a:b]
}

// isLowerWord: a word starting with a lower-case letter.
func isLowerWord(t *token) bool {
	r := firstRune(t.text)
	return t.kind == tWord && (unicode.IsLower(r) || r == '\'' || r == '\u2019') // (or a pronoun's modal: "'d")
}
