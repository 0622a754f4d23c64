package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// tokKind tells words from punctuation.
type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
)

// token is a word or a punctuation rune of a field, with byte offsets.
type token struct {
	start, end int
	text       string
	lower      string
	kind       tokKind
	para       int  // paragraph index
	quote      int  // index of the quotation containing it (marks included), -1 if none
	mark       bool // the token is an opening or closing mark of quotation `quote`
}

// capitalised reports whether a word starts with an upper-case letter,
// or is a surname after a lower-case particle ("al-Assad", "el-Amrani").
func (t *token) capitalised() bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	if i := strings.IndexByte(t.text, '-'); i > 0 && i < len(t.text)-1 && lang.Particle(t.text[:i]) {
		r, _ = utf8.DecodeRuneInString(t.text[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// allCaps reports whether a word has two or more letters, all upper case ("US", "MP", "U.S").
func (t *token) allCaps() bool {
	if t.kind != tWord {
		return false
	}
	n := 0
	for _, r := range t.text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports runes used as apostrophes (and single quotation marks).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// tokenize splits text into words and punctuation. A word keeps internal
// apostrophes (Syria's, don't), hyphens (al-Assad), periods between letters
// (U.S) and ampersands (AT&T).
func tokenize(text string, paras []domain.Span) []token {
	toks := make([]token, 0, len(text)/5)
	for pi, p := range paras {
		i := p.Start
		for i < p.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) || r == '\u00a0' {
				i += n
				continue
			}
			if !isWordRune(r) {
				if r == '\'' && i+1 < p.End && text[i+1] == '\'' {
					n = 2 // a doubled apostrophe is one mark
				}
				toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], kind: tPunct, para: pi, quote: -1})
				i += n
				continue
			}
			j := i + n
			for j < p.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‐' || r2 == '.' || r2 == '&' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if j+n2 < p.End && (unicode.IsLetter(r3) || (r2 != '\'' && r2 != '’' && unicode.IsDigit(r3))) {
						if r2 == '.' {
							// keep "U.S" and "3.5" together, not "end.Next"
							prev, _ := utf8.DecodeLastRuneInString(text[i:j])
							digits := unicode.IsDigit(prev) && unicode.IsDigit(r3)
							caps := unicode.IsUpper(prev) && unicode.IsUpper(r3)
							if !digits && !caps && !initials(text[i:j], text[j+n2:]) {
								break
							}
						}
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			lower := strings.ToLower(w)
			if k, modal := cliticAt(lower); k > 0 {
				// "he'd respond": the pronoun and its modal, read as in
				// "he would respond"
				toks = append(toks, token{start: i, end: i + k, text: w[:k], lower: lower[:k], kind: tWord, para: pi, quote: -1})
				i += k
				w, lower = text[i:j], modal
			}
			toks = append(toks, token{start: i, end: j, text: w, lower: lower, kind: tWord, para: pi, quote: -1})
			i = j
		}
	}
	// "he's said": the contraction of has before a participle
	for k := 1; k+1 < len(toks); k++ {
		if t := &toks[k]; t.lower == "is" && isApostrophe(firstRune(t.text)) && (lang.PastForm(toks[k+1].lower) || toks[k+1].lower == "said" || toks[k+1].lower == "been") {
			t.lower = "has"
		}
	}
	return toks
}

// cliticAt returns where the verb of a third-person pronoun's
// contraction starts in a word given in lower case ("he'd", "she'll",
// "they'd", "she's": the apostrophe), and the verb it stands for ("is",
// which tokenize makes "has" before a participle); 0 for any other word.
func cliticAt(w string) (int, string) {
	k := strings.IndexAny(w, "'\u2019")
	if k <= 0 {
		return 0, ""
	}
	switch w[:k] {
	case "he", "she", "they":
		switch strings.ReplaceAll(w[k:], "\u2019", "'") {
		case "'d":
			return k, "would"
		case "'ll":
			return k, "will"
		case "'s":
			if w[:k] != "they" {
				return k, "is"
			}
		}
	}
	return 0, ""
}

// initials reports whether w, single letters joined by periods, goes on
// with one more letter in rest: "p.m.", "a.m.", "e.g.", "i.e.".
func initials(w, rest string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	_, n := utf8.DecodeRuneInString(rest)
	r, _ := utf8.DecodeRuneInString(rest[n:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// paragraphs splits text into paragraphs: blank lines separate them
// (unless the next line opens with a comma, a page's broken sentence);
// a single line break does too when the line before ends a sentence, so
// that both "\n\n"-separated post text and one-paragraph-per-line text
// work, while hard-wrapped lines are kept together.
func paragraphs(text string) []domain.Span {
	var out []domain.Span
	cur := domain.Span{Start: -1}
	lineStart := 0
	blank := false
	flush := func() {
		if cur.Start >= 0 {
			out = append(out, cur)
		}
		cur = domain.Span{Start: -1}
	}
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		s, e := trimSpan(text, lineStart, lineEnd)
		if s == e {
			blank = true
		} else {
			// a line opening with a comma goes on with the paragraph
			// before, however the page broke it ("Rep. Jo Reyes (D-Ohio)"
			// / ", chairman of the panel, said")
			if cur.Start >= 0 && (blank || endsParagraph(text[cur.Start:cur.End])) && text[s] != ',' {
				flush()
			}
			blank = false
			if cur.Start < 0 {
				cur.Start = s
			}
			cur.End = e
		}
		if lineEnd == len(text) {
			break
		}
		lineStart = lineEnd + 1
	}
	flush()
	return out
}

// endsParagraph reports whether a line ends like the end of a paragraph.
func endsParagraph(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?:;\"”’)]…", r)
}

// trimSpan returns [s,e) with surrounding white space removed.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && r != '\u00a0' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) && r != '\u00a0' {
			break
		}
		e -= n
	}
	return s, e
}
