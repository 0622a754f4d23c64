package timex

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// TimeML input
//
// A TimeML (or TempEval-3 "TE3input") document is XML with root <TimeML>,
// the document creation time in <DCT><TIMEX3 … value="1998-01-08"
// functionInDocument="CREATION_TIME">…</TIMEX3></DCT>, and the text in
// <TEXT>…</TEXT>, possibly with inline <EVENT>, <SIGNAL> and <TIMEX3>
// tags. The plain text of a document is the <TEXT> content with every tag
// removed and character references decoded; offsets below are byte
// offsets into that plain text.
//
// The reader is deliberately not an XML parser: AnnotateTimeML must write
// everything it does not add back byte for byte, which encoding/xml cannot
// promise (it normalises quotes, whitespace in tags and entities).

// TimeMLDoc is a parsed TimeML document.
type TimeMLDoc struct {
	DCT     time.Time        // document creation time (UTC date and clock), zero if none
	Text    string           // plain text of <TEXT>
	Timexes []domain.DateRef // TIMEX3 elements already inside <TEXT>, offsets into Text

	raw       []byte
	textStart int   // raw offset of the first byte after <TEXT>
	textEnd   int   // raw offset of </TEXT>
	rawAt     []int // rawAt[i] = raw offset of plain byte i; rawAt[len(Text)] = textEnd
	maxTID    int
}

var (
	attrRe   = regexp.MustCompile(`([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	tidRe    = regexp.MustCompile(`\btid\s*=\s*["']t(\d+)["']`)
	dctRe    = regexp.MustCompile(`(?s)<DCT>.*?</DCT>`)
	timex3Re = regexp.MustCompile(`<TIMEX3\b[^>]*>`)
)

func attrs(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range attrRe.FindAllStringSubmatch(tag, -1) {
		v := m[2]
		if v == "" {
			v = m[3]
		}
		out[m[1]] = html.UnescapeString(v)
	}
	return out
}

// parseDCT reads a TimeML date value ("1998-01-08", "1998-02-06T22:19:00",
// "19980108") as a UTC time.
func parseDCT(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102"} {
		if len(v) >= len(layout) {
			if t, err := time.Parse(layout, v[:len(layout)]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// ParseTimeML reads a TimeML/TE3input document.
func ParseTimeML(data []byte) (*TimeMLDoc, error) {
	s := string(data)
	open := strings.Index(s, "<TEXT>")
	if open < 0 {
		return nil, errors.New("timeml: no <TEXT> element")
	}
	closeAt := strings.Index(s[open:], "</TEXT>")
	if closeAt < 0 {
		return nil, errors.New("timeml: <TEXT> not closed")
	}
	d := &TimeMLDoc{raw: data, textStart: open + len("<TEXT>"), textEnd: open + closeAt}
	// DCT: the TIMEX3 inside <DCT>, else any CREATION_TIME timex.
	var dctTag string
	if loc := dctRe.FindStringIndex(s); loc != nil {
		dctTag = timex3Re.FindString(s[loc[0]:loc[1]])
	}
	if dctTag == "" {
		for _, t := range timex3Re.FindAllString(s, -1) {
			if attrs(t)["functionInDocument"] == "CREATION_TIME" {
				dctTag = t
				break
			}
		}
	}
	if dctTag != "" {
		if t, ok := parseDCT(attrs(dctTag)["value"]); ok {
			d.DCT = t
		}
	}
	for _, m := range tidRe.FindAllStringSubmatch(s, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil && n > d.maxTID {
			d.maxTID = n
		}
	}
	if err := d.scanText(); err != nil {
		return nil, err
	}
	return d, nil
}

// scanText builds the plain text, the offset map and the existing TIMEX3s.
func (d *TimeMLDoc) scanText() error {
	s := string(d.raw[:d.textEnd])
	var b strings.Builder
	var rawAt []int
	type openTimex struct {
		start int
		attrs map[string]string
	}
	var stack []string
	var timexOpen []openTimex
	i := d.textStart
	emit := func(text string, rawPos int) {
		for k := 0; k < len(text); k++ {
			rawAt = append(rawAt, rawPos)
		}
		b.WriteString(text)
	}
	for i < d.textEnd {
		c := s[i]
		switch {
		case strings.HasPrefix(s[i:], "<!--"):
			j := strings.Index(s[i:], "-->")
			if j < 0 {
				return errors.New("timeml: unterminated comment in <TEXT>")
			}
			i += j + 3
		case strings.HasPrefix(s[i:], "<![CDATA["):
			j := strings.Index(s[i:], "]]>")
			if j < 0 {
				return errors.New("timeml: unterminated CDATA in <TEXT>")
			}
			body := s[i+9 : i+j]
			for k := 0; k < len(body); k++ {
				rawAt = append(rawAt, i+9+k)
			}
			b.WriteString(body)
			i += j + 3
		case c == '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return fmt.Errorf("timeml: unterminated tag at byte %d", i)
			}
			tag := s[i : i+j+1]
			i += j + 1
			name := strings.TrimLeft(tag[1:len(tag)-1], "/")
			if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
				name = name[:k]
			}
			switch {
			case strings.HasPrefix(tag, "</"):
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return fmt.Errorf("timeml: unbalanced </%s> at byte %d", name, i-len(tag))
				}
				stack = stack[:len(stack)-1]
				if name == "TIMEX3" && len(timexOpen) > 0 {
					o := timexOpen[len(timexOpen)-1]
					timexOpen = timexOpen[:len(timexOpen)-1]
					end := b.Len()
					d.Timexes = append(d.Timexes, domain.DateRef{
						Type: domain.DateType(o.attrs["type"]), Value: o.attrs["value"],
						Start: o.start, End: end,
					})
				}
			case strings.HasSuffix(tag, "/>"), strings.HasPrefix(tag, "<?"), strings.HasPrefix(tag, "<!"):
				// empty element, processing instruction, declaration
			default:
				stack = append(stack, name)
				if name == "TIMEX3" {
					timexOpen = append(timexOpen, openTimex{start: b.Len(), attrs: attrs(tag)})
				}
			}
		case c == '&':
			j := strings.IndexByte(s[i:min(len(s), i+12)], ';')
			if j > 0 {
				dec := html.UnescapeString(s[i : i+j+1])
				if dec != s[i:i+j+1] {
					emit(dec, i)
					i += j + 1
					continue
				}
			}
			emit("&", i)
			i++
		default:
			j := i + 1
			for j < d.textEnd && s[j] != '<' && s[j] != '&' {
				j++
			}
			for k := i; k < j; k++ {
				rawAt = append(rawAt, k)
			}
			b.WriteString(s[i:j])
			i = j
		}
	}
	if len(stack) != 0 {
		return fmt.Errorf("timeml: <%s> not closed inside <TEXT>", stack[len(stack)-1])
	}
	rawAt = append(rawAt, d.textEnd)
	d.Text = b.String()
	d.rawAt = rawAt
	for k := range d.Timexes {
		t := &d.Timexes[k]
		t.Text = d.Text[t.Start:t.End]
	}
	return nil
}

// rawSpan maps a plain-text span to raw offsets: the open tag goes just
// before the raw byte of its first character, the close tag just after the
// raw bytes of its last character (an entity counts whole).
func (d *TimeMLDoc) rawSpan(s, e int) (int, int) {
	rs := d.rawAt[s]
	last := d.rawAt[e-1]
	re := last + 1
	if d.raw[last] == '&' {
		if j := bytes.IndexByte(d.raw[last:], ';'); j > 0 {
			re = last + j + 1
		}
	}
	return rs, re
}

// balanced reports whether raw[a:b] holds only complete elements, so that
// wrapping it in a new element keeps the document well formed.
func balanced(raw []byte, a, b int) bool {
	s := string(raw[a:b])
	depth := 0
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return depth == 0
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return false
		}
		tag := s[i : i+j+1]
		switch {
		case strings.HasPrefix(tag, "</"):
			depth--
			if depth < 0 {
				return false
			}
		case strings.HasSuffix(tag, "/>"), strings.HasPrefix(tag, "<!"), strings.HasPrefix(tag, "<?"):
		default:
			depth++
		}
		s = s[i+j+1:]
	}
}

// AnnotateTimeML reads a TimeML/TE3input document from r, tags the plain
// text of its <TEXT> element against the document's DCT and writes the
// document to w with a <TIMEX3 tid type value> element around each new
// expression. Everything else is copied byte for byte. Expressions that
// overlap a TIMEX3 already in the text, that have no value, or whose
// wrapping would cross an existing element boundary are left out.
func AnnotateTimeML(r io.Reader, w io.Writer) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("timeml: read: %w", err)
	}
	if !utf8.Valid(data) {
		return errors.New("timeml: input is not UTF-8")
	}
	d, err := ParseTimeML(data)
	if err != nil {
		return err
	}
	type ins struct {
		at  int
		s   string
		ord int // closing tags before opening tags at the same offset
	}
	var inserts []ins
	tid := d.maxTID
	for _, t := range TagTimeML(d.Text, d.DCT) {
		if t.Value == "" || t.End <= t.Start {
			continue
		}
		clash := false
		for _, g := range d.Timexes {
			if t.Start < g.End && g.Start < t.End {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		rs, re := d.rawSpan(t.Start, t.End)
		if !balanced(d.raw, rs, re) {
			continue
		}
		tid++
		open := fmt.Sprintf(`<TIMEX3 tid="t%d" type="%s" value="%s">`, tid, t.Type, html.EscapeString(t.Value))
		inserts = append(inserts, ins{rs, open, 1}, ins{re, "</TIMEX3>", 0})
	}
	sort.SliceStable(inserts, func(i, j int) bool {
		if inserts[i].at != inserts[j].at {
			return inserts[i].at < inserts[j].at
		}
		return inserts[i].ord < inserts[j].ord
	})
	var out bytes.Buffer
	out.Grow(len(data) + 64*len(inserts))
	pos := 0
	for _, in := range inserts {
		out.Write(data[pos:in.at])
		out.WriteString(in.s)
		pos = in.at
	}
	out.Write(data[pos:])
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("timeml: write: %w", err)
	}
	return nil
}
