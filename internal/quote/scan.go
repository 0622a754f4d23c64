package quote

import (
	"strings"

	"github.com/dateline-news/dateline/internal/lang"
)

// personRoles head lower-case descriptions worth tracking as mentions of
// people while reading ("the foreign secretary", "the backbench MP", "the
// son of a fish merchant").
var personRoles = set(`secretary minister president senator governor mayor mp spokesman spokeswoman spokesperson
diplomat official envoy ambassador chairman chairwoman leader nominee candidate premier chancellor congressman
congresswoman lawmaker aide adviser advisor
son daughter father mother husband wife brother sister widow widower uncle aunt nephew niece cousin grandson
granddaughter grandfather grandmother man woman boy girl`)

// leadIns open a sentence with an adverbial phrase that ends at a comma
// ("Speaking to reporters on Wednesday, Mr Kerry said").
var leadIns = set(`in at on after before while when as although though if during following speaking despite with
for since because by from under having asked meanwhile earlier later separately however but and addressing
writing answering responding appearing like unlike back`)

// passiveAgentAt reports a noun phrase starting at token k (or one word
// after it) that is the agent of a passive, its doer: "has been produced
// by UK scientists", "were found by researchers" (not "a dispersant made
// by Nalco", no auxiliary before the participle). A later "they" may
// stand for it.
func (f *field) passiveAgentAt(k int) bool {
	for j := k - 1; j >= max(0, k-2); j-- {
		if !f.free(j) {
			return false
		}
		if f.tok(j).lower != "by" {
			continue
		}
		if j < 2 || !f.free(j-1) || !f.free(j-2) {
			return false
		}
		return f.passiveVerb(j - 2)
	}
	return false
}

// passiveVerb reports a passive's auxiliary at token k and its
// participle after it: "was arrested", "been produced", "were taken".
func (f *field) passiveVerb(k int) bool {
	if k < 0 || k+1 >= len(f.toks) || !passiveAux[f.tok(k).lower] {
		return false
	}
	v := f.tok(k + 1).lower
	return lang.PastForm(v) || strings.HasSuffix(v, "en")
}

// scanMentions lists the noun phrases outside quotations that may refer
// to people or organisations, in reading order, with their subject flag.
// Appositions ("Jo Reyes, the MP for Northfield and Leigh") add their
// titles to the name's mention.
func (f *field) scanMentions() []mention {
	var out []mention
	spoken := f.cueSubjects()
	// the place of a wire dateline is where the story was filed, no one
	// who speaks: "NEW ORLEANS (Reuters) - … he told a panel"; its words
	// in the page's header before it too ("NEW ORLEANS | Mon Jul 12")
	ds, de, dateline := lang.DatelinePlace(f.text)
	placeWord := map[string]bool{}
	if dateline {
		for _, w := range strings.Fields(f.text[ds:de]) {
			placeWord[strings.Trim(w, ",.")] = true
		}
		// (the header may hold the place first, the dateline after it:
		// "GOLDEN MEADOW, Louisiana | Mon May 31 … GOLDEN MEADOW,
		// Louisiana (Reuters) -")
		de = max(de, min(len(f.text), lang.DatelineReach))
	}
	lastEnd := 0
	for i := 0; i < len(f.toks); i++ {
		if !f.free(i) || i < lastEnd {
			continue
		}
		t := f.tok(i)
		if t.kind != tWord || dateline && t.end <= de && placeWord[t.text] {
			continue
		}
		lo := max(f.sentenceStart(i), lastEnd)
		var m mention
		ok := false
		switch {
		case subjectPronouns[t.lower] && t.lower != "i" && t.lower != "we" && t.lower != "you" || t.lower == "him" || t.lower == "her":
			m, ok = f.classify(i, i+1), true
		case (t.capitalised() || t.allCaps()) && !f.nameContinues(i):
			m, ok = f.npBefore(i, lo)
			if ok && (m.kind == mkPerson || m.kind == mkOther) && (f.modifiesRole(m) || f.modifiesGroup(m)) {
				continue // read at its noun: "a senior Obama administration official" is the official
			}
		case !t.capitalised() && (personRoles[t.lower] || spoken[i] && (roleNouns[t.lower] || docNouns[t.lower] || lang.Occupation(t.lower) || i > 0 && ageWord(f.tok(i-1)))) && !f.nameContinues(i):
			// a description of someone: "the foreign secretary", or one
			// who speaks ("Another worker said", "said a 52-year-old haulier")
			m, ok = f.npBefore(i, lo)
			owned := m.s > 0 && f.free(m.s-1) && isPossessive(f.tok(m.s-1).text) // "Jo Reyes's press spokesman"
			ok = ok && (owned || m.s < i && f.tok(m.s).kind == tWord && (determiners[f.tok(m.s).lower] || isPossessive(f.tok(m.s).text)))
			if ok && owned {
				m.owner = stripPossessive(f.tok(m.s - 1).text)
			}
		case !t.capitalised() && (groupRoles[t.lower] || firmNouns[t.lower]) && !docNouns[t.lower] && i > 0 && f.tok(i-1).lower == "the" && !f.nameContinues(i):
			// a body opening its sentence, which a later "it" may stand
			// for: "The agency may decide … '…,' it said"
			m, ok = f.npBefore(i, lo)
			ok = ok && m.s == i-1 && f.sentenceStart(i) == i-1 && f.isSubject(m)
		case !t.capitalised() && roleNouns[t.lower] && !groupRoles[t.lower] && !pluralNoun(t.lower) && !f.nameContinues(i):
			// a description opening its sentence, someone a later "he"
			// may stand for: "An expert from the firm urges the
			// government to … ¶ '…,' he says"
			m, ok = f.npBefore(i, lo)
			ok = ok && f.describedSubject(m, i)
		case isLowerWord(t) && pluralNoun(t.lower) && pluralPeople(t.lower) && !f.nameContinues(i) && (spoken[i] || f.verbAfter(i+1) || f.passiveAgentAt(i)):
			// a group of people as a clause's subject or a passive's
			// agent, whom a later "they" may stand for: "the
			// investigators say", "lawmakers chastised officials", "Clean
			// Harbors' executives said", "produced by UK scientists"
			m, ok = f.npBefore(i, lo)
			if !ok && i > lo {
				// after the name that qualifies it
				if n, nok := f.npBefore(i-1, lo); nok && n.e == i && f.modifiesGroup(n) {
					m, ok = mention{s: n.s, e: i + 1}, true
				}
			}
			if !ok && (i == f.sentenceStart(i) || f.free(i-1) && (f.tok(i-1).lower == "and" || coordinators[f.tok(i-1).lower] && i-1 == f.sentenceStart(i))) {
				// a bare plural opening its clause: "But protesters
				// defied", "Kamel and others spoke"
				m, ok = mention{s: i, e: i + 1}, true
			}
			if ok && m.e == i+1 && (m.kind == mkOther || m.kind == mkPerson || m.kind == mkNone) {
				st := m.s
				for st < i && (coordinators[f.tok(st).lower] || opensClause(f.tok(st).lower)) {
					st++ // "But protesters defied", "Once people had"
				}
				m = mention{s: st, e: m.e, kind: mkRole, head: t.lower, titles: []string{t.lower}}
			}
			ok = ok && m.e == i+1 && (m.kind == mkRole || m.kind == mkIndef) && !f.ofTail(m.s, i) && (f.isSubject(m) || f.passiveAgentAt(m.s)) && !f.inOpeningClause(i)
		}
		if !ok || m.kind == mkNone {
			continue
		}
		if m.kind == mkPerson {
			f.pastNickname(&m, len(f.toks))
		}
		if m.kind == mkOther && len(m.name) == 1 && nonNames[strings.ToLower(m.name[0])] && f.nonName(m.e-1) {
			continue
		}
		speaks := spoken[m.s] || m.e-1 > m.s && spoken[m.e-1]
		if f.workTitle(m) && !speaks {
			continue // "the film, Blue Harbour,", but not "the programme, Jo Reyes, said"
		}
		f.apposition(&m)
		m.speaks = speaks || spoken[m.e-1]
		m.subject = f.isSubject(m) || m.speaks && !isPossessive(f.tok(m.e-1).text) || f.ownsSubject(m) || f.introducedWho(m) && !personSubjectIn(out, f.sentenceStart(m.s))
		if (m.kind == mkIndef || m.kind == mkRole) && m.speaks {
			if c := f.appositionComma(m); c > 0 {
				// an apposition its comma does not close: "David
				// Uhlmann, a law professor and a former federal
				// prosecutor said" is Uhlmann speaking
				for j := len(out) - 1; j >= 0 && out[j].e >= c; j-- {
					if p := &out[j]; p.kind == mkPerson && p.e == c && f.opensClauseAt(p.s) {
						p.speaks, p.subject = true, true
						m.speaks, m.subject = false, false
						for i := j + 1; i < len(out); i++ {
							out[i].speaks, out[i].subject = false, false // the first description
						}
						break
					}
				}
			}
		}
		m.reported = m.subject && !m.speaks && m.kind != mkPronoun && f.reported(m)
		m.subordinate = m.subject && !m.speaks && m.s > 0 && f.free(m.s-1) && (clauseOpeners[f.tok(m.s-1).lower] || f.tok(m.s-1).lower == "since" || f.relativeSubject(m) ||
			f.tok(m.s-1).lower == "by" && personSubjectIn(out, f.sentenceStart(m.s))) // (a passive's agent after the sentence's own subject: "Vantor's Mackey was emotionless when repeatedly asked by Congressman Edwin Marley to apologize")
		out = append(out, m)
		lastEnd = max(m.e, i+1)
	}
	return out
}

// appositionComma returns the comma that opens the description m (and
// a first description joined to it by "and": "a law professor and a
// former federal prosecutor"), 0 if none does.
func (f *field) appositionComma(m mention) int {
	k := m.s
	for c := m.s - 1; c > 0 && c > m.s-12 && f.free(c) && f.tok(c).text != ","; c-- {
		if f.tok(c).lower == "and" && c+1 <= m.s && determiners[f.tok(c+1).lower] {
			k = c
		}
	}
	if k == m.s && !(m.s > 0 && f.tok(m.s-1).text == ",") {
		return 0
	}
	for k > 0 && f.free(k-1) && f.tok(k-1).text != "," && k > m.s-12 {
		k--
	}
	if k > 0 && f.tok(k-1).text == "," && determiners[f.tok(k).lower] {
		return k - 1
	}
	return 0
}

// pastNickname carries a person's name on over a nickname in marks to
// the surname after it (isNickname): "Rep. John J. 'Jack' Duncan" is
// John J. Duncan, not "John J." and another "Duncan". The name stops
// before token hi.
func (f *field) pastNickname(m *mention, hi int) {
	if m.e >= hi {
		return
	}
	t := f.tok(m.e)
	if !t.mark || t.quote < 0 || f.qOpen[t.quote] != m.e {
		return
	}
	qi := t.quote
	ts := f.quoteToks(qi)
	if !f.isNickname(qi, ts, wordCount(ts)) {
		return
	}
	e := f.qClose[qi]
	for e < hi && e < f.qClose[qi]+2 && f.free(e) && f.tok(e).capitalised() && !f.nonName(e) && f.tok(e).para == t.para {
		m.name = append(m.name, f.tok(e).text)
		e++
	}
	if e > f.qClose[qi] {
		m.e = e
	}
}

// ownsSubject reports a person's possessive opening its sentence before
// a thing of theirs, the sentence's subject ("Mr Galloway's comments
// were among his most controversial. He told …"): the sentence is about
// him, and a "he" after it stands for him; not a person of his ("Jo
// Reyes's spokesman said"), a body ("Jo Reyes's campaign") nor a phrase
// set off by a comma.
func (f *field) ownsSubject(m mention) bool {
	if !(m.kind == mkPerson || m.kind == mkOther && m.e-m.s == 1 && f.tok(m.s).capitalised() && !f.nonName(m.s)) || !isPossessive(f.tok(m.e-1).text) || m.e >= len(f.toks) || !f.free(m.e) {
		return false
	}
	n := f.tok(m.e)
	if !isLowerWord(n) || personNoun(n.lower) || pluralPeople(n.lower) || groupRoles[n.lower] || lang.Kin(n.lower) || !f.nounHead(m.e) {
		return false
	}
	if m.e+1 >= len(f.toks) || f.tok(m.e+1).text == "," {
		return false // a phrase set off before the subject: "Echoing Washington's argument, he said"
	}
	st := f.sentenceStart(m.s)
	return m.s == st || m.s == st+1 && coordinators[f.tok(st).lower]
}

// coordinators open a sentence that goes on from the one before.
var coordinators = set("but and yet so")

// ofTail reports an "of" in [s, e): the noun at e is the object of a
// preposition ("the deaths of civilians", "a handful of people"), not
// the head of the phrase.
func (f *field) ofTail(s, e int) bool {
	for k := s; k < e; k++ {
		if f.tok(k).lower == "of" {
			return true
		}
	}
	return false
}

// introducedWho reports a person's name set off after a description and
// followed by a relative "who" clause: someone the text brings in and
// goes on about ("came from one early practitioner, Peter Merholz, who
// meant it as a joke"), the subject of that clause, whom a "he" in the
// next paragraph may stand for.
func (f *field) introducedWho(m mention) bool {
	return m.kind == mkPerson && m.s > 1 && m.e+1 < len(f.toks) && f.free(m.s-1) && f.tok(m.s-1).text == "," && isLowerWord(f.tok(m.s-2)) &&
		f.free(m.e) && f.tok(m.e).text == "," && f.free(m.e+1) && f.tok(m.e+1).lower == "who"
}

// personSubjectIn reports a person, a description of one or a pronoun
// among ms that is a subject in the sentence opening at token sb: the
// sentence is about them, not about one it brings in ("Dudley refused to
// criticise his predecessor, Tony Hayward, who …").
func personSubjectIn(ms []mention, sb int) bool {
	for i := len(ms) - 1; i >= 0 && ms[i].s >= sb; i-- {
		if ms[i].subject && (ms[i].kind == mkPerson || ms[i].kind == mkPronoun || ms[i].kind == mkRole || ms[i].kind == mkOther) {
			return true
		}
	}
	return false
}

// relativeSubject reports the subject of a relative clause on a noun
// ("the guy that Goebbels learned propaganda from", "the plan which Reyes
// drew up"): someone the sentence speaks of, not its topic.
func (f *field) relativeSubject(m mention) bool {
	r := m.s - 1
	if r < 1 || !f.free(r-1) || (f.tok(r).lower != "that" && f.tok(r).lower != "which" && f.tok(r).lower != "whom") {
		return false
	}
	if !f.plainNoun(r-1, false) {
		return false
	}
	// (a noun with its determiner: "the guy that", not "It is notable that he")
	for d := r - 2; d >= 0 && d >= r-3 && f.free(d); d-- {
		if determiners[f.tok(d).lower] || isPossessive(f.tok(d).text) {
			return true
		}
		if !isLowerWord(f.tok(d)) {
			return false
		}
	}
	return false
}

// opensClause reports a word that opens a subordinate clause before its
// main clause: a subordinator, or "once" ("Once people had …, it …").
func opensClause(w string) bool { return subordinators[w] || w == "once" }

// inOpeningClause reports a token in a subordinate clause that opens its
// sentence, before the clause's comma: "Once people had rendered that
// verdict, it …", "When voters …, they …".
func (f *field) inOpeningClause(k int) bool {
	st := f.sentenceStart(k)
	if st >= k || !opensClause(f.tok(st).lower) {
		return false
	}
	for j := st; j < k; j++ {
		if f.tok(j).text == "," {
			return false
		}
	}
	return true
}

// modifiesRole reports a person's name that qualifies a description
// after it, opened by a determiner before it: "a senior Obama
// administration official", "the Kral campaign spokesman", "a US oil
// lawyer" (but not a
// title before a name: "the Kral campaign spokesman Jo Reyes").
func (f *field) modifiesRole(m mention) bool {
	c := m.s // the name's first word (the phrase may hold its determiner)
	for c < m.e-1 && (isLowerWord(f.tok(c)) || determiners[f.tok(c).lower]) {
		c++
	}
	d := c - 1
	for d >= 0 && d >= c-3 && f.free(d) && isLowerWord(f.tok(d)) && !determiners[f.tok(d).lower] {
		d--
	}
	if d < 0 || !f.free(d) || !determiners[f.tok(d).lower] || f.tok(d).lower == "that" {
		return false
	}
	e := m.e
	if e < len(f.toks) && f.abbrevDot(e) {
		e++ // "a U.S. intelligence official"
	}
	for k := e; k < len(f.toks) && k < e+3 && f.free(k) && isLowerWord(f.tok(k)); k++ {
		if w := f.tok(k).lower; personRoles[w] || roleNouns[w] && !groupRoles[w] && !pluralNoun(w) || lang.OccupationAfter(f.tok(k-1).lower, w) {
			return k+1 >= len(f.toks) || !f.free(k+1) || !f.tok(k+1).capitalised()
		}
	}
	return false
}

// modifiesGroup reports a one-word name that qualifies a plural noun
// after it, with a determiner before: "the conservative Shia groups",
// "the Kral brothers"; or a name before a plural of people opening a
// clause ("Clean Harbors executives said"). No one of that name is
// meant.
func (f *field) modifiesGroup(m mention) bool {
	if m.e >= len(f.toks) || !f.free(m.e) {
		return false
	}
	if nx := f.tok(m.e); !isLowerWord(nx) || !pluralNoun(nx.lower) || strings.ContainsAny(nx.text, "'’") {
		return false
	}
	if st := m.s; pluralPeople(f.tok(m.e).lower) && (st == f.sentenceStart(st) || f.tok(st-1).text == ",") && f.verbAfter(m.e+1) {
		// a body's people opening a clause: "Clean Harbors executives
		// said"
		return true
	}
	if len(m.name) != 1 {
		return false
	}
	c := m.e - 1 // the name
	d := c - 1
	for d >= 0 && d >= c-3 && f.free(d) && isLowerWord(f.tok(d)) && !determiners[f.tok(d).lower] {
		d--
	}
	return d >= 0 && f.free(d) && determiners[f.tok(d).lower] && f.tok(d).lower != "that"
}

// describedSubject reports a description of one person ending at token
// i that is its sentence's subject: a determiner and its noun ("an
// expert", "the deputy director"), not quantified by "no", not the agent
// of a passive ("threatened by a supporter"), not in apposition to a
// name ("Jo Reyes, the deputy director, said") and not set before the
// subject it describes ("A veteran of such meetings, he …").
func (f *field) describedSubject(m mention, i int) bool {
	if m.s >= i || m.e != i+1 || m.kind != mkRole && m.kind != mkIndef {
		return false
	}
	if d := f.tok(m.s); d.kind != tWord || !determiners[d.lower] || noOne[d.lower] {
		return false
	}
	if m.s > 0 && f.free(m.s-1) {
		if p := f.tok(m.s - 1); isLowerWord(p) || p.text == "," && m.s > 1 && f.tok(m.s-2).capitalised() {
			return false
		}
	}
	return f.isSubject(m) && !f.fronted(m)
}

// reported reports a mention opening a clause that a cue reports (a
// name or description; a pronoun there stands for someone before):
// "McLaughlin told CNN that Suleiman had been …" (Suleiman is spoken of;
// a later "he said" is McLaughlin's), "Allen said he had not heard
// whether Hayward is being replaced", and with no "that" after a verb
// whose own subject comes before it: "Jo Reyes, head of the party, said
// Lind is angling for time" (not "'…,' said Lind", where Lind speaks).
func (f *field) reported(m mention) bool {
	t := m.s - 1
	if t <= 0 || !f.free(t) {
		return false
	}
	if lang.Complementizer(f.tok(t).lower) {
		return f.cueBetween(f.sentenceStart(m.s), t)
	}
	return clauseVerbs[f.tok(t).lower] && isLowerWord(f.tok(t)) && t > f.sentenceStart(m.s) && f.free(t-1)
}

// noOne makes a description no one in particular: "No knighted
// veteran of the stage could deliver such an address".
var noOne = set("no every each any")

// fronted reports a description set before the subject it describes:
// "A veteran of such meetings, he relished the contest", "An engineer by
// training, Jo Reyes said" (the first comma after it opens a pronoun or
// a name).
func (f *field) fronted(m mention) bool {
	for k := m.e; k < len(f.toks) && k < m.e+12 && f.free(k) && f.tok(k).para == f.tok(m.s).para; k++ {
		if t := f.tok(k); t.text == "," {
			if k+1 >= len(f.toks) || !f.free(k+1) {
				return false
			}
			n := f.tok(k + 1)
			return n.kind == tWord && (subjectPronouns[n.lower] || n.capitalised() && !f.nonName(k+1))
		} else if t.kind != tWord || f.cueAt(k) {
			return false
		}
	}
	return false
}

// nameContinues reports whether the name at token i goes on after it.
func (f *field) nameContinues(i int) bool {
	n := i + 1
	if n >= len(f.toks) || !f.free(n) || f.tok(n).para != f.tok(i).para {
		return false
	}
	t := f.tok(n)
	switch {
	case t.kind == tWord && (t.capitalised() || t.allCaps()) && !f.nonName(n):
		return !isPossessive(f.tok(i).text)
	case f.abbrevDot(n):
		return n+1 < len(f.toks) && f.free(n+1) && f.tok(n+1).capitalised()
	case t.kind == tWord && (lang.Particle(t.lower) || t.lower == "of" || t.lower == "for"):
		return n+1 < len(f.toks) && f.free(n+1) && f.tok(n+1).capitalised()
	case t.kind == tWord && t.lower == "and":
		return f.andJoins(n, f.sentenceStart(i))
	case t.kind == tWord && !t.capitalised() && personRoles[t.lower] && (f.tok(i).allCaps() || f.tok(i).capitalised()):
		return true // "a ministry spokesman", "the backbench MP"
	case t.kind == tWord && !t.capitalised() && personRoles[t.lower] && titleTok(f.tok(i)):
		return true
	}
	return false
}

// apposition extends a name's mention with a description set off by
// commas after it ("Jo Reyes, the MP for Northfield and Leigh,") or
// before it ("the US secretary of state, John Kerry").
func (f *field) apposition(m *mention) {
	if m.kind != mkPerson {
		return
	}
	if m.e+1 < len(f.toks) && f.tok(m.e).text == "," && f.free(m.e) {
		end := f.sentenceEnd(m.e)
		if d, ok := f.npAfter(m.e+1, end); ok && (d.kind == mkRole || d.kind == mkIndef) && d.e > m.e+1 {
			if d.e >= end || f.tok(d.e).text == "," || f.tok(d.e).text == "." {
				m.titles = append(m.titles, d.titles...)
				if d.head != "" {
					m.titles = append(m.titles, d.head)
				}
				m.e = d.e
				return
			}
		}
	}
	if m.s >= 2 && f.tok(m.s-1).text == "," && f.free(m.s-1) {
		lo := f.sentenceStart(m.s)
		d, ok := f.npBefore(m.s-2, lo)
		if ok && d.s > lo && f.free(d.s-1) && (prepositions[f.tok(d.s-1).lower] || leadIns[f.tok(d.s-1).lower]) {
			return // a lead-in phrase: "On the campaign trail, Jo Reyes …"
		}
		if ok && d.kind == mkRole && f.tok(d.s).kind == tWord && (determiners[f.tok(d.s).lower] || isPossessive(f.tok(d.s).text) && d.s+1 < d.e) {
			// "the foreign secretary, Jo Reyes,", "Hong Kong's health
			// minister, York Chow,"
			m.titles = append(m.titles, d.titles...)
			m.titles = append(m.titles, d.head)
			m.s = d.s
		} else if ok && d.kind == mkRole && f.commaPremodified(lo, d.s) {
			// "A prominent, albeit retired, oil analyst, Matthew Simmons,"
			m.titles = append(m.titles, d.titles...)
			m.titles = append(m.titles, d.head)
			m.s = lo
		} else if ok && d.kind == mkIndef && d.e == m.s-1 {
			// "A spokeswoman, Laura Sherman,": the title only, so that "a
			// spokeswoman" and "she" find her
			m.titles = append(m.titles, d.head)
		}
	}
}

// commaPremodified reports whether the words from lo (a sentence's
// start) to s are a determiner and lower-case modifiers, some set off
// by commas: "A prominent, albeit retired, oil" before "analyst".
func (f *field) commaPremodified(lo, s int) bool {
	if s-lo < 3 || !f.free(lo) || !determiners[f.tok(lo).lower] {
		return false
	}
	commas := 0
	for k := lo + 1; k < s; k++ {
		t := f.tok(k)
		if !f.free(k) || t.text != "," && !isLowerWord(t) {
			return false
		}
		if t.text == "," {
			commas++
		}
	}
	return commas > 0
}

// cueSubjects marks the first and last tokens of the subjects of the
// field's reporting verbs, as attribution finds them ("Jo Reyes, the MP
// for Northfield, said", "said Mr Kerry"): whoever speaks is a person
// or a group, not a place or a work.
func (f *field) cueSubjects() map[int]bool {
	out := make(map[int]bool)
	for _, s := range f.sents {
		for k := s[0]; k < s[1]; k++ {
			if f.cueAt(k) && !participleCue(f.tok(k).lower) {
				if m, ok := f.cueSubject(k, s[0], s[1]); ok && m.kind != mkPronoun {
					out[m.s], out[m.e-1] = true, true
				}
			}
		}
	}
	return out
}

// openingParticiple reports a participle opening a phrase at token k,
// followed by its object or adverb in lower case: "Waving a placard",
// "Looking down" (not the given name "Sterling Ivey").
func (f *field) openingParticiple(k int) bool {
	w := f.tok(k).lower
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !lang.KnownGivenName(w) && k+1 < len(f.toks) && f.free(k+1) && isLowerWord(f.tok(k+1))
}

// passiveAfter reports a subject whose verb, after any apposition set
// off by commas, is a passive: "Sara Ibrahim, 28, was arrested".
func (f *field) passiveAfter(m mention) bool {
	k := m.e
	if k < len(f.toks) && f.tok(k).text == "," {
		for k++; k < len(f.toks) && f.sentOf[k] == f.sentOf[m.s] && f.tok(k).text != ","; k++ {
		}
		k++
	}
	for k < len(f.toks) && f.free(k) && isLowerWord(f.tok(k)) && (midAdverbs[f.tok(k).lower] && !passiveAux[f.tok(k).lower] || strings.HasSuffix(f.tok(k).lower, "ly")) {
		k++
	}
	return f.passiveVerb(k)
}

// isSubject guesses whether a mention is the subject of its clause: it
// opens the sentence (after a lead-in phrase), or a verb follows it.
func (f *field) isSubject(m mention) bool {
	if isPossessive(f.tok(m.e - 1).text) {
		return false // an owner: "Jo Reyes's spokesman said"
	}
	if m.s > 0 && f.free(m.s-1) && isLowerWord(f.tok(m.s-1)) && prepositions[f.tok(m.s-1).lower] && f.tok(m.s-1).para == f.tok(m.s).para {
		// "Adm. Jo Reyes of the Coast Guard said": the object of "of";
		// but the agent of a passive of speech is its doer ("were noted
		// by Jo Reyes"; not "a dispersant made by Nalco")
		return f.tok(m.s-1).lower == "by" && m.s >= 2 && f.free(m.s-2) && lang.ReportingVerb(f.tok(m.s-2).lower) && lang.PastForm(f.tok(m.s-2).lower)
	}
	if m.s >= 2 && m.e < len(f.toks) && f.free(m.s-1) && f.free(m.s-2) && (f.tok(m.s-1).lower == "was" || f.tok(m.s-1).lower == "is") && f.tok(m.s-2).lower == "it" && f.tok(m.e).lower == "who" {
		return true // a cleft: "it was Hitchens who made the greater gaffe"
	}
	st := f.sentenceStart(m.s)
	k := st
	for k < m.s && f.tok(k).kind == tPunct {
		k++
	}
	if k+1 < m.s && m.kind == mkPerson && f.free(k) && f.tok(k).kind == tWord && f.tok(k).capitalised() && !determiners[f.tok(k).lower] && !isPossessive(f.tok(k).text) {
		// the descriptor's first word, capitalised as the sentence's:
		// "Crane operator Dev Patel, 34, has"
		j := k + 1
		for j < m.s && f.free(j) && isLowerWord(f.tok(j)) && (f.nounHead(j) || roleTok(f.tok(j))) {
			j++
		}
		if j == m.s && j > k+1 {
			k = j
		}
	}
	for k < m.s && f.free(k) && f.tok(k).kind == tWord && !f.tok(k).capitalised() && !determiners[f.tok(k).lower] && (f.nounHead(k) || roleTok(f.tok(k))) && m.kind == mkPerson {
		k++ // a descriptor before the name opening the sentence: "iReporter Omar Said, …"
	}
	if k == m.s || k+1 == m.s && coordinators[f.tok(k).lower] && m.kind == mkRole && pluralNoun(m.head) {
		return true // (a group after "But": "But protesters defied all warnings")
	}
	described := k // where a description before the name may open
	if w := f.tok(k).lower; k < m.s && (leadIns[w] || k == st && f.openingParticiple(k)) {
		// the first free comma (or colon: "At the White House: Obama …")
		// after the lead-in, or after an opening participle ("Waving a
		// placard, Jo Reyes, a web designer, shouted")
		for c := k; c < m.s; c++ {
			if f.free(c) && (f.tok(c).text == "," || f.tok(c).text == ":") {
				if c+1 == m.s {
					return true
				}
				described = c + 1
				break
			}
		}
	}
	if m.s-1 > described && f.tok(m.s-1).text == "," && f.describes(described, m.s-1) && m.e+1 < len(f.toks) && f.tok(m.e).text == "," && f.free(m.e) && f.verbAfter(m.e+1) {
		// the name after a description: "The head of the agency, Jo
		// Reyes, said", "Meanwhile, a credit-rating agency, Fitch,
		// downgraded"
		return true
	}
	if m.kind != mkPronoun && m.s-1 > k && f.free(m.s-1) && f.tok(m.s-1).text == "," && f.firstComma(st) == m.s-1 && m.e < len(f.toks) && f.verbAfter(m.e) {
		return true // after any opening phrase and its comma: "A week after the premiere, Gobadi still bore the bruises"
	}
	n := m.e
	if m.kind == mkPerson {
		n = f.afterTail(n) // "Adm. Jo Reyes of the Coast Guard said"
	}
	if n+1 < len(f.toks) && f.free(n) && f.tok(n).text == "," && relativeWords[f.tok(n+1).lower] {
		// a relative clause between the subject and its verb: "Jo
		// Reyes, who until the spill dredged oysters, was helping"
		for c, end := n+2, f.sentenceEnd(n); c < end; c++ {
			if f.free(c) && f.tok(c).text == "," {
				return c+1 < end && f.verbAfter(c+1)
			}
		}
	}
	for n < len(f.toks) && f.free(n) && f.tok(n).kind == tWord && midAdverbs[f.tok(n).lower] && !f.tok(n).capitalised() {
		if verbSigns[f.tok(n).lower] {
			return true
		}
		n++
	}
	if n < len(f.toks) && f.free(n) && isLowerWord(f.tok(n)) {
		w := f.tok(n).lower
		return lang.ReportingVerb(w) && !participleCue(w) || verbSigns[w] || strings.HasSuffix(w, "ed") || f.verbAfter(n) && !participleCue(w)
	}
	return false
}

// afterTail returns the token after a prepositional tail naming a
// person's body ("of the Armenian Church of Jerusalem"), or n when none
// starts at token n.
func (f *field) afterTail(n int) int {
	if n >= len(f.toks) || !f.free(n) || (f.tok(n).lower != "of" && f.tok(n).lower != "from" && f.tok(n).lower != "at") {
		return n
	}
	k := n + 1
	if k < len(f.toks) && f.free(k) && determiners[f.tok(k).lower] {
		k++
	}
	e := k
	for e < len(f.toks) && e < k+8 && f.free(e) && (f.tok(e).capitalised() || f.tok(e).allCaps() || (f.tok(e).lower == "of" || f.tok(e).text == "&") && e > k) {
		e++
	}
	if e == k || f.tok(e-1).lower == "of" {
		return n
	}
	return e
}

// workTitle reports a name given to a work: "her book, Living History,",
// "the film Blue Harbour".
func (f *field) workTitle(m mention) bool {
	p := m.s - 1
	if p >= 0 && f.free(p) && f.tok(p).text == "," {
		p--
	}
	return p >= 0 && f.free(p) && isLowerWord(f.tok(p)) && workNouns[f.tok(p).lower]
}

// describedAs returns the occupation a description set off after
// mention m gives (lang.DescribedAs): "nurse" for "Ana Lind, a nurse,".
func (f *field) describedAs(m mention) string {
	var buf [9]string // no allocation: asked of every person mention
	next := buf[:0]
	for k := m.e; k < len(f.toks) && k < m.e+9 && f.free(k); k++ {
		next = append(next, f.tok(k).text)
	}
	return lang.DescribedAs(next)
}
