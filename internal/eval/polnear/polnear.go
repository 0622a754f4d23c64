// Package polnear evaluates quotation finding and speaker attribution
// (internal/quote) on the PolNeAR attribution corpus (brat standoff; see
// ../shared/eval/README.md, section 2).
//
// Gold quotations are the spans between quotation marks that lie within
// an attribution's Content span: the harness scans each text for quoted
// spans with its own simple mark scanner (independent of the quote
// package) and keeps those with at least half their characters inside
// some Content span. A gold quotation's speaker is the Source of the
// attribution whose content covers most of it (of nested attributions
// covering it equally, the innermost). One annotator is used per text:
// the first annotation file in name order. Each text is one post: its
// title line is the headline, the rest the text.
//
// A predicted quotation that is not a scare quote (block quotations
// included) matches a gold one when the F1 of their normalised word
// multisets is at least 0.8 (one-to-one, best pairs first). The speaker
// of a matched quotation is right when the predicted speaker mention
// overlaps the gold Source span, or when the surname of the predicted
// canonical speaker occurs in it; quotations whose attribution has no
// Source are not counted. A few attributions have their Source and Cue
// labels swapped (the Source is "said" or "according to", the Cue the
// person's name: 19 in train and dev); their Cue is taken as the Source.
package polnear

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/quote"
)

// Result holds the headline figures.
type Result struct {
	Docs            int
	Gold            int // gold quotations
	Predicted       int // predicted quotations that are not scare quotes
	Matched         int
	Precision       float64
	Recall          float64
	F1              float64
	SpeakerTotal    int // matched quotations whose gold attribution has a Source
	SpeakerRight    int
	SpeakerAccuracy float64
}

// span is a byte range of a text; several for discontinuous spans.
type span struct{ start, end int }

type annSpan struct {
	label  string
	ranges []span
}

type attribution struct {
	source  string // T id
	cue     string // T id
	content []string
}

// goldQuote is a quoted span inside some Content.
type goldQuote struct {
	span
	text   string
	source []span // the Source of the attribution whose content holds it, if any
	srcTxt string
	noSrc  bool
}

type predQuote struct {
	span
	text    string
	speaker string
	mention *span
	menTxt  string
}

// docReport is one document's outcome.
type docReport struct {
	name                      string
	gold, pred, matched       int
	spkTotal, spkRight        int
	misses, extras, wrongSpkr []string
}

func (d docReport) f1() float64 {
	if d.gold+d.pred == 0 {
		return 1
	}
	return 2 * float64(d.matched) / float64(d.gold+d.pred)
}

// Run evaluates on the data at path (a directory holding text/ and
// attributions/), writes a human report (scores, then the worst
// documents) to w, and returns the headline figures.
func Run(path string, w io.Writer) (Result, error) {
	texts, err := filepath.Glob(filepath.Join(path, "text", "*.txt"))
	if err != nil {
		return Result{}, fmt.Errorf("polnear %s: %w", path, err)
	}
	if len(texts) == 0 {
		return Result{}, fmt.Errorf("polnear %s: no text/*.txt files", path)
	}
	sort.Strings(texts)
	var res Result
	var reports []docReport
	for _, tf := range texts {
		name := strings.TrimSuffix(filepath.Base(tf), ".txt")
		anns, err := filepath.Glob(filepath.Join(path, "attributions", name+"_*.ann"))
		if err != nil || len(anns) == 0 {
			return res, fmt.Errorf("polnear %s: no annotation for %s", path, name)
		}
		sort.Strings(anns)
		rep, err := evalDoc(name, tf, anns[0])
		if err != nil {
			return res, err
		}
		reports = append(reports, rep)
		res.Docs++
		res.Gold += rep.gold
		res.Predicted += rep.pred
		res.Matched += rep.matched
		res.SpeakerTotal += rep.spkTotal
		res.SpeakerRight += rep.spkRight
	}
	if res.Predicted > 0 {
		res.Precision = float64(res.Matched) / float64(res.Predicted)
	}
	if res.Gold > 0 {
		res.Recall = float64(res.Matched) / float64(res.Gold)
	}
	if res.Precision+res.Recall > 0 {
		res.F1 = 2 * res.Precision * res.Recall / (res.Precision + res.Recall)
	}
	if res.SpeakerTotal > 0 {
		res.SpeakerAccuracy = float64(res.SpeakerRight) / float64(res.SpeakerTotal)
	}
	report(w, res, reports)
	return res, nil
}

func report(w io.Writer, res Result, reports []docReport) {
	fmt.Fprintf(w, "PolNeAR quotes: %d documents, %d gold quotations, %d predicted (non-scare), %d matched (word F1 >= 0.8)\n",
		res.Docs, res.Gold, res.Predicted, res.Matched)
	fmt.Fprintf(w, "quote precision %.3f  recall %.3f  F1 %.3f\n", res.Precision, res.Recall, res.F1)
	fmt.Fprintf(w, "speaker accuracy %.3f (%d/%d matched quotations with a gold source)\n", res.SpeakerAccuracy, res.SpeakerRight, res.SpeakerTotal)
	sort.SliceStable(reports, func(i, j int) bool {
		ei := (reports[i].gold - reports[i].matched) + (reports[i].pred - reports[i].matched) + (reports[i].spkTotal - reports[i].spkRight)
		ej := (reports[j].gold - reports[j].matched) + (reports[j].pred - reports[j].matched) + (reports[j].spkTotal - reports[j].spkRight)
		return ei > ej
	})
	fmt.Fprintf(w, "\nworst documents (errors = misses + extras + wrong speakers):\n")
	for i, r := range reports {
		if i >= 10 {
			break
		}
		fmt.Fprintf(w, "  %-50s gold %3d pred %3d matched %3d F1 %.2f speaker %d/%d\n", r.name, r.gold, r.pred, r.matched, r.f1(), r.spkRight, r.spkTotal)
		for _, l := range [][]string{r.misses, r.extras, r.wrongSpkr} {
			for k, s := range l {
				if k >= 4 {
					fmt.Fprintf(w, "      … %d more\n", len(l)-k)
					break
				}
				fmt.Fprintf(w, "      %s\n", s)
			}
		}
	}
}

func evalDoc(name, textPath, annPath string) (docReport, error) {
	raw, err := os.ReadFile(textPath)
	if err != nil {
		return docReport{}, fmt.Errorf("polnear: %w", err)
	}
	text := string(raw)
	spans, attrs, err := readAnn(annPath, text)
	if err != nil {
		return docReport{}, err
	}
	golds := goldQuotes(text, spans, attrs)
	preds := predict(text)
	rep := docReport{name: name, gold: len(golds), pred: len(preds)}

	type pair struct {
		g, p int
		f1   float64
	}
	var pairs []pair
	for gi := range golds {
		gw := words(golds[gi].text)
		for pi := range preds {
			if f := quote.TokenF1(gw, words(preds[pi].text)); f >= 0.8 {
				pairs = append(pairs, pair{gi, pi, f})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].f1 > pairs[j].f1 })
	gUsed := make([]bool, len(golds))
	pUsed := make([]bool, len(preds))
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		rep.matched++
		g, p := golds[pr.g], preds[pr.p]
		if g.noSrc || len(g.source) == 0 {
			continue
		}
		rep.spkTotal++
		if speakerRight(g, p) {
			rep.spkRight++
		} else {
			rep.wrongSpkr = append(rep.wrongSpkr, fmt.Sprintf("SPEAKER %q: gold %q, got %q (%s)", clip(g.text), g.srcTxt, p.menTxt, p.speaker))
		}
	}
	for gi, g := range golds {
		if !gUsed[gi] {
			rep.misses = append(rep.misses, fmt.Sprintf("MISS %q", clip(g.text)))
		}
	}
	for pi, p := range preds {
		if !pUsed[pi] {
			rep.extras = append(rep.extras, fmt.Sprintf("EXTRA %q", clip(p.text)))
		}
	}
	return rep, nil
}

func clip(s string) string {
	if len(s) > 90 {
		return s[:87] + "..."
	}
	return s
}

// speakerRight applies the speaker rule of the package comment.
func speakerRight(g goldQuote, p predQuote) bool {
	if p.mention != nil {
		for _, s := range g.source {
			if p.mention.start < s.end && s.start < p.mention.end {
				return true
			}
		}
	}
	if p.speaker == "" {
		return false
	}
	f := strings.Fields(p.speaker)
	surname := strings.ToLower(strings.Trim(f[len(f)-1], ".,"))
	for _, w := range words(g.srcTxt) {
		if w == surname {
			return true
		}
	}
	return false
}

// predict runs the quote finder on the text as one post: title line as
// headline, the rest as text. Offsets are mapped back to the file.
func predict(text string) []predQuote {
	title, bodyStart := text, len(text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		title = text[:i]
		bodyStart = i + 1
		for bodyStart < len(text) && text[bodyStart] == '\n' {
			bodyStart++
		}
	}
	post := domain.Post{Headline: title, Text: text[bodyStart:]}
	found := quote.Find([]domain.Post{post})[0]
	var out []predQuote
	for _, q := range found {
		if q.Kind == domain.QuoteScare {
			continue
		}
		base := bodyStart
		if q.Field == domain.FieldHeadline {
			base = 0
		} else if q.Field == domain.FieldCaption {
			continue
		}
		p := predQuote{span: span{q.Start + base, q.End + base}, text: q.Text, speaker: q.Speaker, menTxt: q.SpeakerMention}
		if q.SpeakerSpan != nil {
			p.mention = &span{q.SpeakerSpan.Start + base, q.SpeakerSpan.End + base}
		}
		out = append(out, p)
	}
	return out
}

// readAnn parses a brat .ann file; offsets (code points) become byte
// offsets into text.
func readAnn(path, text string) (map[string]annSpan, []attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	// code point index → byte offset
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	conv := func(cp int) (int, error) {
		if cp < 0 || cp >= len(byteAt) {
			return 0, fmt.Errorf("offset %d outside text", cp)
		}
		return byteAt[cp], nil
	}
	spans := make(map[string]annSpan)
	var attrs []attribution
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		fields := strings.SplitN(l, "\t", 3)
		if len(fields) < 2 {
			continue // the continuation of a covered-text column
		}
		id := fields[0]
		switch {
		case strings.HasPrefix(id, "T") && lang.Digits(id[1:]):
			lab, rest, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, nil, fmt.Errorf("polnear %s:%d: bad span record", path, line)
			}
			var as annSpan
			as.label = lab
			for _, r := range strings.Split(rest, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(r), " ")
				if !ok {
					return nil, nil, fmt.Errorf("polnear %s:%d: bad range %q", path, line, r)
				}
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil {
					return nil, nil, fmt.Errorf("polnear %s:%d: bad range %q", path, line, r)
				}
				bs, err1 := conv(s)
				be, err2 := conv(e)
				if err1 != nil || err2 != nil {
					return nil, nil, fmt.Errorf("polnear %s:%d: range %q outside the text", path, line, r)
				}
				as.ranges = append(as.ranges, span{bs, be})
			}
			spans[id] = as
		case strings.HasPrefix(id, "E") && lang.Digits(id[1:]):
			var at attribution
			for _, role := range strings.Fields(fields[1]) {
				k, v, ok := strings.Cut(role, ":")
				if !ok {
					continue
				}
				switch {
				case k == "Source":
					at.source = v
				case k == "Cue":
					at.cue = v
				case strings.HasPrefix(k, "Content"):
					at.content = append(at.content, v)
				}
			}
			attrs = append(attrs, at)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("polnear %s: %w", path, err)
	}
	return spans, attrs, nil
}

// goldQuotes returns the quoted spans of text that lie (at least half)
// inside Content spans, each with the Source of the attribution whose
// content covers most of it.
func goldQuotes(text string, spans map[string]annSpan, attrs []attribution) []goldQuote {
	var out []goldQuote
	for _, q := range scanQuoted(text) {
		// the attribution whose content covers most of the quotation; of
		// nested ones covering it equally, the innermost (shortest content)
		bestOv, best, bestLen := 0, -1, 0
		inside := 0
		covered := make([]bool, q.end-q.start)
		for ai, at := range attrs {
			ov, length := 0, 0
			for _, cid := range at.content {
				for _, r := range spans[cid].ranges {
					length += r.end - r.start
					for k := max(r.start, q.start); k < min(r.end, q.end); k++ {
						ov++
						covered[k-q.start] = true
					}
				}
			}
			if ov > bestOv || ov == bestOv && ov > 0 && length < bestLen {
				bestOv, best, bestLen = ov, ai, length
			}
		}
		for _, c := range covered {
			if c {
				inside++
			}
		}
		if 2*inside < q.end-q.start {
			continue
		}
		g := goldQuote{span: q.span, text: q.text}
		if src, ok := spans[attrs[best].source]; ok && attrs[best].source != "" {
			g.source, g.srcTxt = src.ranges, spanText(text, src.ranges)
			if cue, ok := spans[attrs[best].cue]; ok && swapped(g.srcTxt) {
				g.source, g.srcTxt = cue.ranges, spanText(text, cue.ranges)
			}
		} else {
			g.noSrc = true
		}
		out = append(out, g)
	}
	return out
}

// spanText returns the text of a span's ranges, joined by one space.
func spanText(text string, ranges []span) string {
	var parts []string
	for _, r := range ranges {
		parts = append(parts, text[r.start:r.end])
	}
	return strings.Join(parts, " ")
}

// swapped reports a Source that is a reporting verb: an annotation
// whose Source and Cue labels were exchanged. It knows only forms that
// are never a name or a noun, not all of lang.ReportingVerb: "Read" (Ian
// Read), "State" (the department), "Report" and "comments" are true
// Sources in the training split, and taking their Cues instead lost two
// training speakers.
func swapped(source string) bool {
	switch strings.ToLower(strings.TrimSpace(source)) {
	case "said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes", "according to":
		return true
	}
	return false
}

// quoted is a span between quotation marks (marks excluded) and its
// words, paragraphs joined by one space.
type quoted struct {
	span
	text string
}

// scanQuoted finds outermost quoted spans paragraph by paragraph (one
// paragraph per line). Curly marks face their way; a straight double
// mark opens after space or line start and closes otherwise; single
// marks count only in pairs outside double-marked spans, and a mark
// between letters is an apostrophe. A quotation left open at the end of
// a paragraph continues if the next one starts with an opening mark,
// else ends there. Marks inside <tags> are ignored.
func scanQuoted(text string) []quoted {
	var out []quoted
	type line struct{ s, e int }
	var lines []line
	for s := 0; s <= len(text); {
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		if strings.TrimSpace(text[s:e]) != "" {
			lines = append(lines, line{s, e})
		}
		if e == len(text) {
			break
		}
		s = e + 1
	}
	var parts []string
	var first, open int = -1, -1
	flush := func(end int) {
		if open >= 0 && end > open {
			parts = append(parts, text[open:end])
		}
		t := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		if t != "" {
			out = append(out, quoted{span{first, end}, t})
		}
		parts, first, open = nil, -1, -1
	}
	for li, ln := range lines {
		i := ln.s
		for i < ln.e && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if first >= 0 {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '"' || r == '“' {
				open = i + n
				i += n
			} else {
				flush(lines[li-1].e)
			}
		}
		inTag := false
		for i < ln.e {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '\'' && strings.HasPrefix(text[i+1:], "'") {
				r, n = '"', 2 // a doubled apostrophe stands for a double mark
			}
			switch {
			case r == '<':
				inTag = true
			case r == '>':
				inTag = false
			case inTag:
			case r == '“' || r == '"' && first < 0:
				if first < 0 {
					first, open = i+n, i+n
				} else if r == '“' {
					flush(i)
					first, open = i+n, i+n
				}
			case r == '”' || r == '"':
				if first >= 0 {
					parts = append(parts, text[open:i])
					open = -1
					flush(i)
				}
			}
			i += n
		}
		if first >= 0 && open >= 0 {
			parts = append(parts, text[open:ln.e])
			open = -1
		}
	}
	if first >= 0 {
		flush(lines[len(lines)-1].e)
	}
	// single-marked quotations outside double-marked ones
	var singles []quoted
	for _, ln := range lines {
		start := -1
		for i := ln.s; i < ln.e; {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '\'' && (strings.HasPrefix(text[i+1:], "'") || i > 0 && text[i-1] == '\'') {
				i += n
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(text[ln.s:i])
			next, _ := utf8.DecodeRuneInString(text[i+n : ln.e])
			if r == '‘' || r == '\'' || r == '’' {
				letterL := unicode.IsLetter(prev) || unicode.IsDigit(prev)
				letterR := unicode.IsLetter(next) || unicode.IsDigit(next)
				openCtx := i == ln.s || unicode.IsSpace(prev) || strings.ContainsRune("(“\"", prev)
				closeCtx := i+n >= ln.e || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)”\"", next)
				switch {
				case letterL && letterR:
				case start < 0 && openCtx && letterR && r != '’':
					start = i + n
				case start >= 0 && closeCtx && !unicode.IsSpace(prev):
					if t := strings.Join(strings.Fields(text[start:i]), " "); t != "" {
						singles = append(singles, quoted{span{start, i}, t})
					}
					start = -1
				}
			}
			i += n
		}
	}
	for _, s := range singles {
		nested := false
		for _, d := range out {
			if s.start < d.end && d.start < s.end {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// words returns the lower-case letter-and-digit words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
