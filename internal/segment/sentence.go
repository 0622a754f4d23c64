package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// Paragraphs returns the spans of the paragraphs of text, which are
// separated by blank lines; spans are trimmed of surrounding space.
func Paragraphs(text string) []domain.Span {
	var out []domain.Span
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		next := 0
		if end < 0 {
			end, next = len(text), len(text)
		} else {
			end += start
			next = end + 2
		}
		if s, ok := trim(text, start, end); ok {
			out = append(out, s)
		}
		start = next
	}
	return out
}

func trim(text string, start, end int) (domain.Span, bool) {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return domain.Span{Start: start, End: end}, end > start
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// abbreviations end with a period that does not end a sentence. Lower-cased,
// without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true, "st": true, "rev": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true, "cmdr": true,
	"adm": true, "gov": true, "sen": true, "rep": true, "reps": true, "pres": true, "sec": true, "supt": true,
	"insp": true, "det": true, "jr": true, "sr": true, "no": true, "nos": true, "vol": true, "fig": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "vs": true, "v": true, "cf": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true, "approx": true, "est": true,
	"dept": true, "univ": true, "assn": true, "ave": true, "blvd": true, "rd": true, "hon": true, "rt": true,
	"messrs": true, "mme": true, "mlle": true, "fr": true, "sheikh": true, "gens": true, "op": true, "pp": true,
}

// starters are words that often open a sentence after an initialism such as
// "U.S." ("… in the U.S. The talks …"); other capitalised words after an
// initialism continue the sentence ("U.S. Secretary of State").
var starters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "but": true,
	"and": true, "this": true, "that": true, "these": true, "those": true, "there": true, "in": true,
	"a": true, "an": true, "on": true, "at": true, "his": true, "her": true, "their": true, "its": true,
	"meanwhile": true, "however": true, "officials": true, "yet": true, "so": true, "if": true, "when": true,
	"after": true, "as": true, "while": true, "some": true, "many": true, "our": true, "my": true, "you": true,
}

// Sentences returns the spans of the sentences of text. Paragraph breaks
// always end a sentence. A period ends one unless it closes an abbreviation
// ("Mr.", "Gen."), an initial ("J."), an initialism followed by a word that
// continues the sentence ("U.S. Secretary"), or a number ("3.5"); an
// ellipsis ends one only before a capital. Closing quotes and brackets
// after the end mark belong to the sentence.
func Sentences(text string) []domain.Span {
	var out []domain.Span
	for _, p := range Paragraphs(text) {
		out = appendSentences(out, text, p)
	}
	return out
}

func appendSentences(out []domain.Span, text string, p domain.Span) []domain.Span {
	start := p.Start
	i := p.Start
	for i < p.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(r == '.' || r == '!' || r == '?' || r == '…') {
			i += size
			continue
		}
		// extend over a run of end marks and closing punctuation
		j := i + size
		for j < p.End {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || isCloser(r2) {
				j += s2
				continue
			}
			break
		}
		if j >= p.End {
			break
		}
		if r2, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsSpace(r2) {
			i = j
			continue
		}
		k := j
		for k < p.End && isSpaceByte(text[k]) {
			k++
		}
		if k >= p.End {
			break
		}
		if isBoundary(text, start, i, j, k) {
			if s, ok := trim(text, start, j); ok {
				out = append(out, s)
			}
			start = k
		}
		i = k
	}
	if s, ok := trim(text, start, p.End); ok {
		out = append(out, s)
	}
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«':
		return true
	}
	return false
}

// isBoundary decides whether the end mark at text[i] (the run of marks and
// closers ending at j, the next word starting at k) ends a sentence.
func isBoundary(text string, start, i, j, k int) bool {
	next, size := utf8.DecodeRuneInString(text[k:])
	opener := isOpener(next)
	if opener && k+size < len(text) {
		next, _ = utf8.DecodeRuneInString(text[k+size:])
	}
	startsUpper := unicode.IsUpper(next) || unicode.IsDigit(next)
	marks := strings.Map(func(r rune) rune {
		if isCloser(r) {
			return -1
		}
		return r
	}, text[i:j])
	switch {
	case strings.Contains(marks, "..") || strings.ContainsRune(marks, '…'):
		return startsUpper
	case strings.ContainsAny(marks, "!?"):
		return startsUpper || opener
	case !startsUpper:
		return false
	}
	// a single period: look at the token it closes
	w := strings.TrimLeft(lastToken(text[start:i]), "(\"“‘'")
	lw := strings.ToLower(w)
	switch {
	case lw == "":
		return true
	case abbreviations[lw]:
		return false
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]):
		return false // an initial: "John F. Kennedy"
	case isInitialism(lw):
		// "U.S." ends a sentence only before a typical sentence opener.
		return starters[strings.ToLower(wordAt(text, k))]
	}
	return true
}

// isInitialism reports "u.s", "u.n", "e.g": letters separated by periods.
func isInitialism(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if len([]rune(part)) != 1 {
			return false
		}
	}
	return true
}

func lastToken(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(s, " \n\t"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func wordAt(text string, k int) string {
	end := k
	for end < len(text) {
		r, s := utf8.DecodeRuneInString(text[end:])
		if !(unicode.IsLetter(r) || (end == k && isOpener(r))) {
			break
		}
		end += s
	}
	return strings.TrimLeft(text[k:end], "\"“‘'([«")
}
