package quote

import (
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// A block quotation is one or more unquoted paragraphs closed by a
// trailer line naming the speaker: "– John Kerry, US Secretary of State"
// or "— Name". It takes the paragraphs before the trailer back to (not
// including) one that has quotation marks, names the speaker, ends with
// a colon or is another trailer.

// block is a block quotation found in a field.
type block struct {
	pieces  []domain.Span
	trailer mention // the name in the trailer line
	line    domain.Span
	dash    string
}

// trailer reports whether paragraph pi is a trailer line and returns the
// name it gives.
func (f *field) trailer(pi int) (mention, string, bool) {
	s, e := f.pToks[pi][0], f.pToks[pi][1]
	if e-s < 3 || e-s > 24 {
		return mention{}, "", false
	}
	dash := f.tok(s)
	k, ne, ok := f.dashedName(s, e)
	if !ok {
		return mention{}, "", false
	}
	last := f.tok(e - 1)
	if last.text == "–" || last.text == "—" || (last.text == "." && !f.abbrevDot(e-1) && e-k > 4) {
		return mention{}, "", false
	}
	if last.text == "." {
		e-- // "- Sanders."
	}
	for m := k; m < e; m++ {
		if f.tok(m).quote >= 0 {
			return mention{}, "", false
		}
	}
	m := f.classify(k, ne)
	if m.kind != mkPerson && !(m.kind == mkOther && len(m.name) >= 1) && m.kind != mkOrg {
		return mention{}, "", false
	}
	if ne < e && f.tok(ne).text != "," {
		return m, dash.text, true // the rest is the next item's
	}
	// the mention shown is the whole trailer: "John Kerry, US Secretary of State"
	if ne < e {
		if d, ok := f.npAfter(ne+1, e); ok {
			m.titles = append(m.titles, d.titles...)
			if d.head != "" {
				m.titles = append(m.titles, d.head)
			}
		}
	}
	m.e = e
	return m, dash.text, true
}

// dashedName reads a line [s, e) that opens with a dash (or two) and a
// name: the name's tokens [k, ne), up to the first comma (or a bullet
// that opens the next item: "-- ALP65 * Albums?"), capitalised words
// only.
func (f *field) dashedName(s, e int) (k, ne int, ok bool) {
	if s >= e || !dash(f.tok(s)) {
		return 0, 0, false
	}
	k = s + 1
	for k < e && dash(f.tok(k)) {
		k++
	}
	if k >= e || !f.tok(k).capitalised() {
		return 0, 0, false
	}
	ne = k
	for ne < e && f.tok(ne).text != "," && f.tok(ne).text != "*" && f.tok(ne).text != "•" {
		t := f.tok(ne)
		if t.kind == tWord && !t.capitalised() && !lang.Particle(t.lower) {
			return 0, 0, false
		}
		ne++
	}
	return k, ne, true
}

// blocks finds block quotations in a field.
func (f *field) blocks() []block {
	var out []block
	for pi := range f.paras {
		m, dash, ok := f.trailer(pi)
		if !ok {
			continue
		}
		surname := ""
		if len(m.name) > 0 {
			surname = strings.ToLower(stripPossessive(m.name[len(m.name)-1]))
		}
		var pieces []domain.Span
		for pj := pi - 1; pj >= 0; pj-- {
			if !f.plainParagraph(pj, surname) {
				break
			}
			pieces = append([]domain.Span{f.paras[pj]}, pieces...)
		}
		if len(pieces) == 0 {
			continue
		}
		out = append(out, block{pieces: pieces, trailer: m, line: f.paras[pi], dash: dash})
	}
	return out
}

// plainParagraph reports whether paragraph pj may belong to a block
// quotation of the named speaker.
func (f *field) plainParagraph(pj int, surname string) bool {
	p := f.paras[pj]
	text := f.text[p.Start:p.End]
	if strings.HasSuffix(text, ":") {
		return false
	}
	for _, r := range text {
		if isDoubleMark(r) || r == '‘' {
			return false
		}
	}
	if _, _, ok := f.trailer(pj); ok {
		return false
	}
	for k := f.pToks[pj][0]; k < f.pToks[pj][1]; k++ {
		t := f.tok(k)
		if t.quote >= 0 {
			return false
		}
		if surname != "" && strings.ToLower(stripPossessive(t.text)) == surname {
			return false
		}
	}
	return true
}
