package quote

import (
	"strings"
	"unicode/utf8"
)

// How a speaker is found, in order of preference:
//
//  1. "according to X" anywhere in the quotation's sentence;
//  2. a cue right after the quotation ("…," Mr Kerry said / said Mr Kerry);
//  3. the nearest cue before it whose subject can be found, walking back
//     past cues without one ("saying", "to tell");
//  4. any later cue in the sentence ("…, an MP has said");
//  5. a colon after a name ("Kerry: '…'");
//  6. when the sentence has a cue but no usable subject, the sentence's
//     subject ("Johnson rang Kerry to tell the US that …");
//  7. a short sentence right after the quotation ("…trust." Kerry said.);
//  8. otherwise the latest speaker before it in the field: the speaker of
//     the previous quotation or the subject of a reporting verb.
//
// Pronouns and descriptions are then resolved (see resolve.go).

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
		return i+1 < len(f.toks) && f.tok(i+1).lower == "to"
	}
	if !cueVerbs[t.lower] || !isLowerWord(t) {
		return false
	}
	if i > 0 && f.free(i-1) && f.tok(i-1).kind == tWord && (determiners[f.tok(i-1).lower] || isPossessive(f.tok(i-1).text)) && !subjectPronouns[f.tok(i-1).lower] {
		return false // a noun: "a statement", "his call"
	}
	return true
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

// cueSubject finds who speaks through the cue at token c, looking no
// further back than lo nor further on than hi.
func (f *field) cueSubject(c, lo, hi int) (mention, bool) {
	t := f.tok(c)
	if t.lower == "according" {
		return f.npAfter(c+2, hi)
	}
	j := c - 1
	for j >= lo && f.free(j) && isLowerWord(f.tok(j)) && (midAdverbs[f.tok(j).lower] || strings.HasSuffix(f.tok(j).lower, "ly") || f.tok(j).lower == "not") {
		j--
	}
	aux := j < c-1
	if participleCue(t.lower) && !aux {
		return mention{}, false
	}
	if j >= lo && f.free(j) && f.tok(j).lower == "to" {
		return mention{}, false // an infinitive: "to tell the US"
	}
	if j < lo || !f.free(j) || (f.tok(j).text == "," && j == c-1) {
		// inverted order: "…," said Mr Kerry
		if m, ok := f.npAfter(c+1, hi); ok && m.kind != mkNone && !(m.kind == mkPronoun && (m.head == "him" || m.head == "her")) && !(m.kind == mkRole && !determiners[f.tok(m.s).lower]) {
			return m, true
		}
		if j < lo || !f.free(j) {
			return mention{}, false
		}
	}
	switch f.tok(j).text {
	case ",":
		return f.appositiveSubject(j, lo)
	case ")":
		for k := j - 1; k >= lo && k > j-10; k-- {
			if f.tok(k).text == "(" {
				return f.npBefore(k-1, lo)
			}
		}
		return mention{}, false
	}
	m, ok := f.npBefore(j, lo)
	if ok && m.kind == mkPronoun && (m.head == "him" || m.head == "her") {
		return mention{}, false
	}
	return m, ok
}

// appositiveSubject handles a subject separated from its verb by commas:
// "John Woodcock, the MP for Barrow and Furness, condemned",
// "Kerry, speaking in Paris, said", "The MP who served …, said".
func (f *field) appositiveSubject(j, lo int) (mention, bool) {
	k := j - 1
	for k >= lo && !(f.free(k) && f.tok(k).text == ",") {
		k--
	}
	segStart := k + 1
	if segStart >= j {
		return mention{}, false
	}
	first := f.tok(segStart)
	if isLowerWord(first) && (strings.HasSuffix(first.lower, "ing") || strings.HasSuffix(first.lower, "ed") || fragmentStarts[first.lower] || leadIns[first.lower] || relativeWords[first.lower]) {
		// a parenthetical phrase: the subject is before it
		if k > lo {
			return f.npBefore(k-1, lo)
		}
		return mention{}, false
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

// sentenceSubject returns the subject that opens the sentence at sb,
// after any lead-in phrase.
func (f *field) sentenceSubject(sb, limit int) (mention, bool) {
	k := sb
	for k < limit && (f.tok(k).kind == tPunct || !f.free(k)) {
		k++
	}
	if k >= limit {
		return mention{}, false
	}
	if w := f.tok(k).lower; leadIns[w] || strings.HasSuffix(w, "ing") {
		for c := k; c < limit; c++ {
			if f.free(c) && f.tok(c).text == "," {
				k = c + 1
				break
			}
			if c == limit-1 {
				return mention{}, false
			}
		}
	}
	m, ok := f.npAfter(k, limit)
	if !ok || m.kind == mkNone || (m.kind == mkPronoun && (m.head == "it" || m.head == "him" || m.head == "her")) {
		return mention{}, false
	}
	return m, true
}

// attribute finds the speaker of quotation qi of field f. events are the
// attributions found so far in the field, in order.
func (f *field) attribute(qi int, events []attr) attr {
	open, after := f.qOpen[qi], f.qClose[qi]
	sb := f.sentenceStart(open)
	se := f.sentenceEnd(max(after-1, open))
	res := attr{f: f, ent: -1, tok: open}
	found := func(m mention, cue string) attr {
		res.has, res.m, res.cue = true, m, cue
		return res
	}
	// 1. according to X
	for k := sb; k+1 < se; k++ {
		if f.free(k) && f.tok(k).lower == "according" && f.tok(k+1).lower == "to" {
			res.cueInSent = true
			if m, ok := f.npAfter(k+2, se); ok {
				return found(m, f.cueText(k))
			}
		}
	}
	// 2. a cue right after the quotation
	q := &f.quotes[qi]
	last, _ := utf8.DecodeLastRuneInString(f.text[q.start():q.end()])
	immediate := after < se && (f.tok(after).text == "," || strings.ContainsRune(",?!—–-….", last))
	if immediate {
		for k := after; k < se && k < after+12; k++ {
			if f.cueAt(k) {
				res.cueInSent = true
				if m, ok := f.cueSubject(k, after, se); ok {
					return found(m, f.cueText(k))
				}
			}
		}
	}
	// 3. the nearest cue before it with a subject
	for k := open - 1; k >= sb; k-- {
		if f.cueAt(k) {
			res.cueInSent = true
			if m, ok := f.cueSubject(k, sb, open); ok {
				return found(m, f.cueText(k))
			}
		}
	}
	// 4. a later cue in the sentence
	for k := after; k < se; k++ {
		if f.cueAt(k) {
			res.cueInSent = true
			if m, ok := f.cueSubject(k, after, se); ok {
				return found(m, f.cueText(k))
			}
		}
	}
	// 5. a colon after a name
	if open-1 > sb && f.free(open-1) && f.tok(open-1).text == ":" {
		if m, ok := f.npBefore(open-2, sb); ok && m.kind != mkPronoun {
			return found(m, ":")
		}
	}
	// 6. the sentence's own subject
	if res.cueInSent {
		if m, ok := f.sentenceSubject(sb, open); ok {
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
					if m, ok := f.cueSubject(k, se, ne); ok {
						return found(m, f.cueText(k))
					}
				}
			}
		}
	}
	// 8. the latest speaker before it
	for k := len(events) - 1; k >= 0; k-- {
		if events[k].tok < open && events[k].has {
			e := events[k]
			e.inherited, e.tok, e.cue, e.cueInSent = true, open, "", res.cueInSent
			return e
		}
	}
	return res
}

// cueEvents lists the reporting verbs with a subject in sentences that
// hold no quotation ("Mr Mitchell says we now understand …"); later
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
					out = append(out, attr{has: true, m: m, f: f, ent: -1, cue: f.cueText(k), tok: k})
					break
				}
			}
		}
	}
	return out
}
