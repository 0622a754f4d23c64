package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// How quotation marks are told apart (all decisions use only the runes
// around a mark, so the scan is linear):
//
//   - Curly double marks say which way they face; a straight " opens when
//     it has space (or an opening bracket) on its left and a word on its
//     right, closes in the mirror case, and toggles otherwise.
//   - Single marks are quotation marks only when they pair up within a
//     paragraph: an opening ‘ or ' after space, then a closing ’ or '
//     before space or punctuation. A mark between two letters is an
//     apostrophe (Syria's); an unpaired closing mark is a plural
//     possessive (terrorists'), and so is a closing mark after an s with
//     a lowercase word after it when a later mark of the paragraph closes
//     after a sentence's punctuation; elisions ('90s, 'em, rock 'n' roll) never
//     open.
//   - A paragraph that opens a quotation without closing it continues into
//     the next paragraph when that one starts with an opening mark, or
//     (double marks) when the next paragraphs carry no mark until one
//     whose first mark closes it, or one or two until one that reopens
//     it (text set one sentence to a line);
//     otherwise the quotation ends with its paragraph.
//   - Only outermost quotations are kept: a single-marked quote inside a
//     double-marked one (or the reverse, in British style) is part of it.
//   - Marks inside HTML-like tags (<tweet author="...">) are ignored.

type markDir uint8

const (
	dirNone markDir = iota
	dirOpen
	dirClose
	dirEither
)

// mark is one quotation-mark candidate.
type mark struct {
	pos, size int
	para      int
	double    bool
	dir       markDir
}

// qspan is one quotation found by its marks.
type qspan struct {
	open   int           // byte offset of the opening mark
	close  int           // byte offset of the closing mark, -1 when never closed
	closeN int           // size of the closing mark
	pieces []domain.Span // the quoted words, one piece per paragraph, marks excluded
	single bool
	marks  []int // offsets of all marks belonging to the quote (continuation marks too)
}

func (q *qspan) start() int { return q.pieces[0].Start }
func (q *qspan) end() int   { return q.pieces[len(q.pieces)-1].End }

// outerEnd is the end of the quote including its closing mark.
func (q *qspan) outerEnd() int {
	if q.close >= 0 {
		return q.close + q.closeN
	}
	return q.end()
}

// words returns the quoted words, paragraphs joined by one space.
func (q *qspan) words(text string) string {
	if len(q.pieces) == 1 {
		return lang.Space(text[q.pieces[0].Start:q.pieces[0].End])
	}
	parts := make([]string, len(q.pieces))
	for i, p := range q.pieces {
		parts[i] = lang.Space(text[p.Start:p.End])
	}
	return strings.Join(parts, " ")
}

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»':
		return true
	}
	return false
}

func isQuoteRune(r rune) bool { return isDoubleMark(r) || isApostrophe(r) }

// leftOpen reports whether the rune before a mark lets it open a quote.
func leftOpen(prev rune, atStart bool) bool {
	return atStart || unicode.IsSpace(prev) || prev == '\u00a0' || strings.ContainsRune("([{<—–―-‐/•*", prev) || isQuoteRune(prev)
}

// rightClose reports whether the rune after a mark lets it close a quote.
func rightClose(next rune, atEnd bool) bool {
	return atEnd || unicode.IsSpace(next) || next == '\u00a0' || strings.ContainsRune(".,;:!?)]}>—–―-‐/…*", next) || isQuoteRune(next)
}

// elisions open with an apostrophe but never a quotation.
var elisions = map[string]bool{"em": true, "til": true, "cause": true, "cos": true, "tis": true, "twas": true, "n": true, "bout": true, "nuff": true, "ol": true, "scuse": true, "round": true}

// findMarks lists quotation-mark candidates in the paragraphs, skipping
// marks inside tags.
func findMarks(text string, paras []domain.Span) []mark {
	var ms []mark
	for pi, p := range paras {
		tagEnd := -1
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '<' && i+n < p.End {
				// an HTML-like tag: skip up to its '>'
				r2, _ := utf8.DecodeRuneInString(text[i+n:])
				if unicode.IsLetter(r2) || r2 == '/' {
					if k := strings.IndexByte(text[i:p.End], '>'); k > 0 && k < 600 {
						tagEnd = i + k
					}
				}
			}
			if i <= tagEnd || !isQuoteRune(r) {
				i += n
				continue
			}
			if (r == '\'' || r == '’') && strings.HasPrefix(text[i+n:p.End], string(r)) {
				// a doubled apostrophe ('', ’’) stands for a double mark,
				// its way told by the runes around it
				r, n = '"', 2*n
			}
			prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
			next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
			atStart, atEnd := i == p.Start, i+n >= p.End
			lo, rc := leftOpen(prev, atStart), rightClose(next, atEnd)
			m := mark{pos: i, size: n, para: pi, double: isDoubleMark(r)}
			switch r {
			case '"':
				switch {
				case lo && !rc:
					m.dir = dirOpen
				case rc && !lo:
					m.dir = dirClose
				default:
					m.dir = dirEither
				}
			case '“', '„', '‟', '«':
				m.dir = dirOpen
				if rc && !lo {
					m.dir = dirClose
				}
			case '”', '»':
				m.dir = dirClose
				if lo && !rc {
					m.dir = dirOpen
				}
			default: // single marks
				letterL := unicode.IsLetter(prev) || unicode.IsDigit(prev)
				letterR := unicode.IsLetter(next) || unicode.IsDigit(next)
				switch {
				case letterL && letterR && !atStart:
					m.dir = dirNone // apostrophe inside a word
				case lo && !rc && !elision(text[i+n:p.End]):
					m.dir = dirOpen
				case !lo && rc && r != '‘':
					m.dir = dirClose
				default:
					m.dir = dirNone
				}
			}
			if m.dir != dirNone {
				ms = append(ms, m)
			}
			i += n
		}
	}
	return ms
}

// elision reports whether the text after an opening apostrophe is an
// elided word ('em, '90s, 'n') rather than quoted words.
func elision(after string) bool {
	j := 0
	for j < len(after) {
		r, n := utf8.DecodeRuneInString(after[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	w := after[:j]
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		// '90s, '16 campaign
		return len(w) == 2 || (len(w) == 3 && w[2] == 's')
	}
	return elisions[strings.ToLower(w)]
}

// pluralPossessive reports a closing single mark that is the apostrophe
// of a plural possessive inside a quotation ("‘… many diplomats’ dream
// of a Secretary of State,' said X"): it follows an s, a lowercase word
// follows it, and a later mark of the paragraph, before any that opens,
// closes right after a sentence's punctuation.
func pluralPossessive(text string, m mark, later []mark) bool {
	if m.pos == 0 || text[m.pos-1] != 's' {
		return false
	}
	after := text[m.pos+m.size:]
	if len(after) < 2 || after[0] != ' ' || after[1] < 'a' || after[1] > 'z' {
		return false
	}
	for _, l := range later {
		if l.dir == dirOpen {
			return false
		}
		if l.dir == dirClose && l.pos > 0 && strings.IndexByte(",.!?", text[l.pos-1]) >= 0 {
			return true
		}
	}
	return false
}

// pairMarks turns mark candidates into quotations.
func pairMarks(text string, paras []domain.Span, ms []mark) []qspan {
	var dbl, sgl []mark
	for _, m := range ms {
		if m.double {
			dbl = append(dbl, m)
		} else {
			sgl = append(sgl, m)
		}
	}
	doubles := pairKind(text, paras, dbl, false)
	singles := pairKind(text, paras, sgl, true)
	all := append(doubles, singles...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].open < all[j].open })
	// Keep outermost quotations; drop a single-marked quote that crosses a
	// double-marked one. Quotes of one kind never overlap each other, so
	// the last kept quote is the only possible container.
	keep := all[:0]
	for _, q := range all {
		if n := len(keep); n > 0 {
			last := &keep[n-1]
			switch {
			case q.outerEnd() <= last.outerEnd():
				continue // nested
			case q.open < last.outerEnd():
				if q.single {
					continue
				}
				keep = keep[:n-1]
			}
		}
		keep = append(keep, q)
	}
	return keep
}

// oneSentenceLines reports text set one sentence to a line: of ten or
// more paragraphs, hardly any holds a sentence's end before its own.
func oneSentenceLines(text string, paras []domain.Span) bool {
	if len(paras) < 10 {
		return false
	}
	several := 0
	for _, p := range paras {
		t := text[p.Start:p.End]
		for i := 0; i+2 < len(t); i++ {
			if (t[i] == '.' || t[i] == '?' || t[i] == '!') && t[i+1] == ' ' && t[i+2] >= 'A' && t[i+2] <= 'Z' {
				several++
				break
			}
		}
	}
	return several*10 < len(paras)
}

// maxUnmarked is the most paragraphs a quotation runs through without a
// mark of its own before the one that closes it.
const maxUnmarked = 8

// pairKind pairs marks of one kind (double or single) paragraph by
// paragraph, carrying open quotations across paragraph breaks that
// reopen them.
func pairKind(text string, paras []domain.Span, ms []mark, single bool) []qspan {
	var out []qspan
	var cur *qspan
	pieceStart := 0
	finish := func(closePos, closeN int) {
		cur.close, cur.closeN = closePos, closeN
		if closePos >= 0 {
			cur.marks = append(cur.marks, closePos)
			s, e := trimSpan(text, pieceStart, closePos)
			if s < e {
				cur.pieces = append(cur.pieces, domain.Span{Start: s, End: e})
			}
		}
		if len(cur.pieces) > 0 && (closePos >= 0 || !single) {
			out = append(out, *cur)
		}
		cur = nil
	}
	// first[pi] is the first mark of paragraph pi, -1 when it has none
	first := make([]int, len(paras))
	for i := range first {
		first[i] = -1
	}
	for i := len(ms) - 1; i >= 0; i-- {
		first[ms[i].para] = i
	}
	lineSentences := !single && oneSentenceLines(text, paras)
	// closedLater reports whether the paragraphs from pi on carry no mark
	// until one whose first mark closes: a quotation of several sentences
	// in text set one sentence to a line, which never reopens it.
	closedLater := func(pi int) bool {
		for j := pi; j < len(paras) && j < pi+maxUnmarked; j++ {
			if first[j] >= 0 {
				m := ms[first[j]]
				// closed, or reopened at a paragraph's start soon after
				// ("“A. / B. / “C.”": B is quoted too)
				return m.dir == dirClose || lineSentences && j > pi && j <= pi+2 && m.pos == paras[j].Start && m.dir != dirClose
			}
		}
		return false
	}
	k := 0
	for pi, p := range paras {
		lo := k
		for k < len(ms) && ms[k].para == pi {
			k++
		}
		pm := ms[lo:k]
		if cur != nil {
			// a quotation left open by the previous paragraph continues
			// only if this paragraph reopens it, or (double marks) if it
			// closes in this or a later paragraph before any mark opens
			switch {
			case len(pm) > 0 && pm[0].pos == p.Start && pm[0].dir != dirClose:
				cur.marks = append(cur.marks, pm[0].pos)
				pieceStart = pm[0].pos + pm[0].size
				pm = pm[1:]
			case !single && closedLater(pi):
				pieceStart = p.Start
			default:
				finish(-1, 0)
			}
		}
		for mi, m := range pm {
			if single && cur != nil && m.dir == dirClose && pluralPossessive(text, m, pm[mi+1:]) {
				continue
			}
			if cur == nil {
				if m.dir == dirClose {
					continue // stray closing mark, an inch sign or a possessive
				}
				cur = &qspan{open: m.pos, single: single, marks: []int{m.pos}}
				pieceStart = m.pos + m.size
				continue
			}
			if m.dir == dirOpen {
				// a second opening mark: the first was never closed
				if single {
					cur = &qspan{open: m.pos, single: single, marks: []int{m.pos}}
				} else {
					s, e := trimSpan(text, pieceStart, m.pos)
					if s < e {
						cur.pieces = append(cur.pieces, domain.Span{Start: s, End: e})
					}
					finish(-1, 0)
					cur = &qspan{open: m.pos, single: single, marks: []int{m.pos}}
				}
				pieceStart = m.pos + m.size
				continue
			}
			finish(m.pos, m.size)
		}
		if cur != nil {
			s, e := trimSpan(text, pieceStart, p.End)
			if s < e {
				cur.pieces = append(cur.pieces, domain.Span{Start: s, End: e})
			}
		}
	}
	if cur != nil {
		finish(-1, 0)
	}
	return out
}
