package store

import (
	"strings"
	"unicode/utf8"
)

// Snippet returns a window of about max bytes of text around the first
// words of query it contains, with every query word marked [like this].
// Words match by prefix, case-insensitively, so that "bomb" marks
// "bombing" as the stemming search engines do, and acronyms match folded
// ("FBI" marks "F.B.I.").
func Snippet(text, query string, max int) string {
	var terms []string
	for _, w := range Words(strings.ToLower(query)) {
		if w != "or" && w != "and" && w != "not" && len(w) > 1 {
			terms = append(terms, stem(w))
		}
	}
	type span struct{ start, end int }
	var hits []span
	scanWords(text, func(start, end int, w string) {
		w = strings.ToLower(w)
		for _, t := range terms {
			if strings.HasPrefix(w, t) {
				hits = append(hits, span{start, end})
				return
			}
		}
	})
	start, end := 0, len(text)
	if len(text) > max {
		center := 0
		if len(hits) > 0 {
			center = hits[0].start
		}
		start = max0(center - max/3)
		end = min(len(text), start+max)
		for start > 0 && !utf8.RuneStart(text[start]) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		// widen to word boundaries
		if i := strings.IndexByte(text[start:], ' '); start > 0 && i >= 0 && i < 20 {
			start += i + 1
		}
		if i := strings.LastIndexByte(text[:end], ' '); end < len(text) && i > start {
			end = i
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, h := range hits {
		if h.start < start || h.end > end {
			continue
		}
		b.WriteString(text[pos:h.start])
		b.WriteString("[" + text[h.start:h.end] + "]")
		pos = h.end
	}
	b.WriteString(text[pos:end])
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// stem cuts common English endings so a query word marks its inflections.
func stem(w string) string {
	for _, suf := range []string{"ings", "ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}
