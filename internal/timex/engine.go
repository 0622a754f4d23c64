package timex

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// A rule recognises one family of expressions with a regular expression
// (compiled case-insensitive, leftmost-longest) and normalises each match.
// norm is called twice: once while candidates are collected, to let the rule
// refuse a match from its context (ok=false), and once more in text order,
// when earlier expressions are known, to compute the value. It must
// therefore be a pure function of the match and the document state.
type rule struct {
	name     string
	re       *regexp.Regexp
	norm     func(d *doc, m *match) (domain.DateType, string, bool)
	triggers []string // words one of which every match contains (see trigger.go)
	requires []string // more words one of which every match contains, if set
	lead     *lead    // the words a trigger must follow, if set
}

// match is one regular-expression match of a rule in the text.
type match struct {
	text       string // the whole text
	start, end int
	sub        []int
	re         *regexp.Regexp
}

// g returns the named group's text ("" when it did not take part).
func (m *match) g(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.sub[2*i] < 0 {
		return ""
	}
	return m.text[m.sub[2*i]:m.sub[2*i+1]]
}

// has reports whether the named group took part in the match.
func (m *match) has(name string) bool {
	i := m.re.SubexpIndex(name)
	return i >= 0 && m.sub[2*i] >= 0
}

func (m *match) str() string { return m.text[m.start:m.end] }

// lower returns the match in lower case with single spaces.
func (m *match) lower() string {
	return strings.ToLower(strings.Join(strings.Fields(m.str()), " "))
}

// prevWord returns the lower-cased word before the match ("" at the start).
func (m *match) prevWord() string { return wordBefore(m.text, m.start) }

// nextWord returns the word after the match, case kept.
func (m *match) nextWord() string { return wordAfter(m.text, m.end) }

func wordBefore(text string, pos int) string {
	ws := words(text, max(0, pos-40), pos)
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	// Only the word directly before, across spaces.
	if strings.TrimSpace(text[w.end:pos]) != "" {
		return ""
	}
	return w.s
}

func wordAfter(text string, pos int) string {
	i := pos
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) && r != '-' {
			break
		}
		j += n
	}
	return text[i:j]
}

// mention is an accepted expression with its normalised value.
type mention struct {
	start, end int
	typ        domain.DateType
	value      string
	rule       string
	derived    bool // counted from another mention ("a year earlier"): not an anchor itself
}

// doc is the state of tagging one text: the anchor (document creation
// time) and the expressions accepted so far, which anaphoric expressions
// ("a year earlier", "the quarter") refer back to.
type doc struct {
	conv    Convention
	text    string
	dct     point
	hasDCT  bool
	prior   []mention // accepted expressions before the current one, in order
	pos     int       // start of the expression being normalised
	derived bool      // set by a norm function whose value is counted from another mention
	tenses  map[[2]int]tense
}

// ref returns the latest earlier calendar value (not a reference word)
// of granularity g or finer... any when g is gNone; with sameSentence, only
// from the sentence of the current expression.
func (d *doc) ref(g gran, sameSentence bool) (point, bool) {
	lo := 0
	if sameSentence {
		lo, _ = sentenceBounds(d.text, d.pos, d.pos)
	}
	return d.refFrom(g, lo)
}

// refFrom is ref limited to mentions starting at or after lo.
func (d *doc) refFrom(g gran, lo int) (point, bool) {
	// Look back over a bounded number of mentions: anaphora reach back a
	// few paragraphs, and long texts must not cost quadratic time.
	const maxBack = 64
	for i := len(d.prior) - 1; i >= 0 && i >= len(d.prior)-maxBack; i-- {
		mm := d.prior[i]
		if mm.start < lo {
			break
		}
		if mm.derived || mm.typ != domain.DateTypeDate && mm.typ != domain.DateTypeTime {
			continue
		}
		p, ok := parseValue(mm.value)
		if !ok {
			continue
		}
		if g != gNone && p.g != g {
			continue
		}
		return p, true
	}
	return point{}, false
}

// prevSentenceStart returns the start of the sentence before the current
// expression's sentence (or of the current one at the start of the text).
func (d *doc) prevSentenceStart() int {
	s, _ := sentenceBounds(d.text, d.pos, d.pos)
	if s < 3 {
		return s
	}
	p, _ := sentenceBounds(d.text, s-2, s-2)
	return p
}

// anchor is the reference for anaphoric expressions: the last calendar
// value mentioned, else the document time.
func (d *doc) anchor() (point, bool) {
	if p, ok := d.ref(gNone, false); ok {
		return p, true
	}
	return d.dct, d.hasDCT
}

// tense of the clause around the current expression (cached: norm
// functions run twice per match).
func (d *doc) tenseAt(m *match) tense {
	k := [2]int{m.start, m.end}
	if t, ok := d.tenses[k]; ok {
		return t
	}
	t := tenseAt(d.text, m.start, m.end)
	if d.tenses == nil {
		d.tenses = map[[2]int]tense{}
	}
	d.tenses[k] = t
	return t
}

// orientation is the tense, except that "until Friday", "till March"
// point forward whatever the verb: deadlines are extended to the future.
func (d *doc) orientation(m *match) tense {
	switch m.prevWord() {
	case "until", "till", "through":
		return tenseFuture
	}
	return d.tenseAt(m)
}

// cand is a rule match waiting for overlap resolution.
type cand struct {
	m    match
	rule *rule
	prio int
}

// Convention selects what is tagged and how spans are cut.
type Convention int

const (
	// Dateline is the project's convention (../shared/seeds/gold.json
	// "conventions.dates"): calendar expressions and periods anchored to
	// the writing time; bare adverbs ("now", "recently") and unanchored
	// durations ("a five-year conflict") are left out; a governing
	// preposition is part of the span ("on Saturday", "in September");
	// "from 2003 until 2010" is one range valued "2003/2010".
	Dateline Convention = iota
	// TimeML follows the TimeML/TempEval-3 guidelines: extents without
	// prepositions, PRESENT_REF/PAST_REF/FUTURE_REF for "now", "recently",
	// "the future", every duration and set, ranges as two expressions.
	TimeML
)

// tag is the shared tagger; see Tag and TagTimeML.
func tag(text string, dct time.Time, conv Convention) []domain.DateRef {
	refs, _ := tagWith(context.Background(), rules, text, dct, conv)
	return refs
}

// checkEvery is how many windows or candidates tagWith handles between
// two looks at its context: a fraction of a millisecond's work.
const checkEvery = 256

// tagWith tags text with a subset of the rules (in priority order). It
// fails only when ctx is done.
func tagWith(ctx context.Context, rules []*rule, text string, dct time.Time, conv Convention) ([]domain.DateRef, error) {
	d := &doc{text: text, conv: conv}
	if !dct.IsZero() {
		d.dct, d.hasDCT = fromDay(dct), true
	}
	var cands []cand
	idx := indexTokens(text)
	low := asciiLower(text)
	for i, r := range rules {
		var locs [][]int
		before, after := windowBefore, windowAfter
		if nw, ok := narrowWindows[r.name]; ok {
			before, after = nw[0], nw[1]
		}
		for k, w := range idx.windows(r.triggers, text, before, after, r.lead) {
			if k%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if r.requires != nil && !idx.within(r.requires, w) {
				continue
			}
			for _, loc := range r.re.FindAllStringSubmatchIndex(low[w[0]:w[1]], -1) {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += w[0]
					}
				}
				locs = append(locs, loc)
			}
		}
		for k, loc := range locs {
			if k%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if loc[1] <= loc[0] {
				continue
			}
			m := match{text: text, start: loc[0], end: loc[1], sub: loc, re: r.re}
			trimMatch(&m)
			trimDeterminer(r.name, &m)
			if m.end <= m.start || !boundaryOK(text, m.start, m.end) || inURL(text, m.start, m.end) || !capitalsOK(&m) {
				continue
			}
			d.pos = m.start
			if _, _, ok := r.norm(d, &m); !ok {
				continue
			}
			cands = append(cands, cand{m: m, rule: r, prio: i})
		}
	}
	// Longest first, then the earlier rule, then the earlier position.
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].m.end-cands[i].m.start, cands[j].m.end-cands[j].m.start
		if li != lj {
			return li > lj
		}
		if cands[i].prio != cands[j].prio {
			return cands[i].prio < cands[j].prio
		}
		return cands[i].m.start < cands[j].m.start
	})
	var kept []cand
	taken := make([]bool, len(text))
	for _, c := range cands {
		clash := false
		for i := c.m.start; i < c.m.end; i++ {
			if taken[i] {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, c)
			for i := c.m.start; i < c.m.end; i++ {
				taken[i] = true
			}
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].m.start < kept[j].m.start })
	for k, c := range kept {
		if k%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		d.pos = c.m.start
		d.derived = false
		typ, val, ok := c.rule.norm(d, &c.m)
		if !ok {
			continue
		}
		d.prior = append(d.prior, mention{start: c.m.start, end: c.m.end, typ: typ, value: val, rule: c.rule.name, derived: d.derived})
	}
	if conv == Dateline {
		return dateline(d), nil
	}
	out := make([]domain.DateRef, 0, len(d.prior))
	for _, mm := range d.prior {
		out = append(out, domain.DateRef{Text: text[mm.start:mm.end], Type: mm.typ, Value: mm.value, Start: mm.start, End: mm.end})
	}
	return out, nil
}

// trimMatch drops trailing spaces and punctuation a pattern may have
// swallowed (a clock pattern consumes the character after "p.m").
func trimMatch(m *match) {
	for m.end > m.start {
		c := m.text[m.end-1]
		if c == ' ' || c == '\n' || c == '\t' || c == ',' || c == '(' || c == ')' {
			m.end--
			continue
		}
		break
	}
	for m.start < m.end && (m.text[m.start] == ' ' || m.text[m.start] == '\n') {
		m.start++
	}
}

// trimDeterminer leaves out of the extent what TimeML leaves out: the
// article or possessive before an adjectival compound ("a third-quarter
// loss" → "third-quarter", "a 16-hour shift" → "16-hour"), a possessive
// before a quarter ("its fourth quarter") and "the" before a month and day
// ("the Oct. 23 meeting").
func trimDeterminer(rule string, m *match) {
	s := m.text[m.start:m.end]
	i := strings.IndexAny(s, " \n")
	if i < 0 {
		return
	}
	first := strings.ToLower(s[:i])
	rest := s[i:]
	drop := false
	switch rule {
	case "duration", "quarter":
		lr := strings.TrimSpace(strings.ToLower(rest))
		switch first {
		case "a", "an", "the", "its", "their", "his", "her", "our":
			// Hyphenated compounds only: "the third quarter" keeps "the".
			if rule == "quarter" {
				drop = strings.Contains(lr, "-quarter") || strings.Contains(lr, "-half") ||
					first != "a" && first != "an" && first != "the"
				break
			}
			drop = strings.Contains(lr, "-") && !strings.Contains(lr, "year-") && !durationAdj[strings.Fields(lr)[0]]
		}
	case "mdy":
		drop = first == "the"
	case "dmy":
		// "the 8 November election" → "8 November"; "the 8th of November" keeps it.
		drop = first == "the" && !strings.Contains(strings.ToLower(rest), " of ")
	}
	if rule == "duration" && !drop {
		// "last over a week": "last" is the verb, "over a week" the duration.
		r := strings.Fields(strings.ToLower(rest))
		if len(r) > 0 && durationAdj[first] && (r[0] == "over" || r[0] == "about" || r[0] == "nearly" || r[0] == "almost" || r[0] == "more" || r[0] == "less" || r[0] == "some" || r[0] == "at") {
			drop = true
		}
	}
	if rule == "duration" && (first == "a" || first == "an") && !drop {
		// "a five year low": the article belongs to "low".
		r := strings.Fields(strings.ToLower(rest))
		if len(r) > 1 {
			if n, ok := number(r[0]); ok && n != 1 {
				drop = true
			}
		}
	}
	if !drop {
		return
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\n') {
		j++
	}
	m.start += j
}

var durationAdj = map[string]bool{"last": true, "past": true, "next": true, "first": true, "final": true, "coming": true}

// asciiLower lower-cases ASCII letters only, so that offsets stay valid.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// capitalsOK checks that month and weekday names are capitalised in the
// original text: "May 5" but not "may" the verb, "March" not "march".
func capitalsOK(m *match) bool {
	for _, g := range []string{"month", "wd", "wd2"} {
		i := m.re.SubexpIndex(g)
		if i < 0 || m.sub[2*i] < 0 {
			continue
		}
		if c := m.text[m.sub[2*i]]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// inURL reports whether [s,e) lies inside a URL or path ("/2016/oct/31/").
func inURL(text string, s, e int) bool {
	if s > 0 && text[s-1] == '/' || e < len(text) && text[e] == '/' {
		return true
	}
	ts := strings.LastIndexAny(text[:s], " \t\n<\"") + 1
	te := strings.IndexAny(text[e:], " \t\n>\"")
	if te < 0 {
		te = len(text)
	} else {
		te += e
	}
	tok := text[ts:te]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.Contains(tok, "%2F")
}

// boundaryOK rejects matches that start or end inside a word.
func boundaryOK(text string, s, e int) bool {
	if s > 0 {
		r1, _ := utf8.DecodeLastRuneInString(text[:s])
		r2, _ := utf8.DecodeRuneInString(text[s:])
		if isWordRune(r1) && isWordRune(r2) {
			return false
		}
	}
	if e < len(text) {
		r1, _ := utf8.DecodeLastRuneInString(text[:e])
		r2, _ := utf8.DecodeRuneInString(text[e:])
		if isWordRune(r1) && isWordRune(r2) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
