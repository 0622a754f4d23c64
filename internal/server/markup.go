package server

import (
	"cmp"
	"html"
	"html/template"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// snippetHTML renders a store snippet, whose matched terms are marked
// [like this], with the marks as <mark> and everything else escaped. A
// bracket without its partner is text.
func snippetHTML(snippet string) template.HTML {
	var b strings.Builder
	for {
		i := strings.IndexByte(snippet, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(snippet[i+1:], ']')
		if j < 0 {
			break
		}
		b.WriteString(html.EscapeString(snippet[:i]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(snippet[i+1 : i+1+j]))
		b.WriteString("</mark>")
		snippet = snippet[i+j+2:]
	}
	b.WriteString(html.EscapeString(snippet))
	return template.HTML(b.String())
}

// span is a stretch of post text to wrap in an element.
type span struct {
	start, end  int
	open, close string // the element's tags, already escaped
	outer       bool   // a quotation: mentions may nest inside it
}

// textHTML renders a post's text with its quotations and entity mentions
// marked: quotations as <span class="quote" id="q-ID">, mentions as links
// to their entity. Spans outside the text, off a character boundary, or
// crossing another are left out rather than breaking the page; the text
// between spans is escaped.
func textHTML(text string, quotes []domain.Quote, mentions []domain.Mention) template.HTML {
	var outer, inner []span
	for _, q := range quotes {
		if (q.Field != "" && q.Field != domain.FieldText) || !validSpan(text, q.Start, q.End) {
			continue
		}
		title := "quotation"
		if q.Speaker != "" {
			title = "quoting " + q.Speaker
		}
		outer = append(outer, span{start: q.Start, end: q.End, outer: true,
			open:  `<span class="quote" id="q-` + html.EscapeString(q.ID) + `" title="` + html.EscapeString(title) + `">`,
			close: `</span>`})
	}
	for _, m := range mentions {
		if (m.Field != "" && m.Field != domain.FieldText) || m.Entity == "" || !validSpan(text, m.Start, m.End) {
			continue
		}
		inner = append(inner, span{start: m.Start, end: m.End,
			open:  `<a class="mention" href="/entities/` + html.EscapeString(url.PathEscape(m.Entity)) + `" title="` + html.EscapeString(m.Name) + `">`,
			close: `</a>`})
	}
	outer = disjoint(outer)
	inner = slices.DeleteFunc(disjoint(inner), func(m span) bool {
		// a mention must lie wholly inside or wholly outside each quotation
		for _, q := range outer {
			if m.start < q.end && q.start < m.end && (m.start < q.start || m.end > q.end) {
				return true
			}
		}
		return false
	})
	// Boundaries in order; at one offset, closes come before opens, an
	// inner close before an outer one, an outer open before an inner one.
	type edge struct {
		at    int
		order int // 0 inner close, 1 outer close, 2 outer open, 3 inner open
		tag   string
	}
	var edges []edge
	for _, s := range outer {
		edges = append(edges, edge{s.start, 2, s.open}, edge{s.end, 1, s.close})
	}
	for _, s := range inner {
		edges = append(edges, edge{s.start, 3, s.open}, edge{s.end, 0, s.close})
	}
	slices.SortStableFunc(edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.at, b.at), cmp.Compare(a.order, b.order))
	})
	var b strings.Builder
	at := 0
	for _, e := range edges {
		b.WriteString(html.EscapeString(text[at:e.at]))
		b.WriteString(e.tag)
		at = e.at
	}
	b.WriteString(html.EscapeString(text[at:]))
	return template.HTML(b.String())
}

// validSpan reports whether [start, end) is a non-empty range of text
// on character boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// disjoint sorts spans by start and drops each that overlaps one kept
// before it.
func disjoint(spans []span) []span {
	slices.SortStableFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	out := spans[:0]
	end := -1
	for _, s := range spans {
		if s.start < end {
			continue
		}
		out = append(out, s)
		end = s.end
	}
	return out
}
