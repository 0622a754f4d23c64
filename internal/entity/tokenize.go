package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark with its byte offsets in the text it
// was cut from: Text == text[Start:End].
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits raw text into CoNLL/Penn-Treebank-like tokens, the way
// the tagger's training data was cut: punctuation is split off words,
// clitics become tokens of their own ("Johnson's" → "Johnson" "'s",
// "don't" → "do" "n't"), while hyphenated words (al-Assad), abbreviations
// (U.S., Mr.), initials (F.), numbers (78,000, 2.5) and URLs stay whole.
// Straight and curly apostrophes are treated alike.
func Tokenize(text string) []Token {
	out := make([]Token, 0, len(text)/5+1) // news text averages about 6 bytes a token
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case (r == 'n' || r == 'N') && isNT(text, i):
			end := i + 1 + apostropheLen(text[i+1:]) + 1
			out = append(out, Token{text[i:end], i, end})
			i = end
		case isWordRune(r):
			end := scanWord(text, i)
			out = append(out, Token{text[i:end], i, end})
			i = end
		case isApostrophe(r):
			// a clitic after a word ('s, 're, n't handled in scanWord),
			// or an opening/closing single quote
			if end := clitic(text, i); end > i {
				out = append(out, Token{text[i:end], i, end})
				i = end
				continue
			}
			out = append(out, Token{text[i : i+w], i, i + w})
			i += w
		default:
			end := i + w
			// runs of the same mark: "...", "--", "!!"
			if r == '.' || r == '-' || r == '!' || r == '?' || r == '*' || r == '=' || r == '_' {
				for end < len(text) && rune(text[end]) == r {
					end++
				}
			}
			out = append(out, Token{text[i:end], i, end})
			i = end
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		var next rune
		if i+w < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+w:])
		}
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		switch {
		case (r == '-' || r == '\u2010' || r == '\u2011') && isWordRune(next):
			i += w
			continue
		case (r == ',' || r == '.' || r == ':') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			i += w
			continue
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
			i += w
			continue
		case r == '/' && strings.Contains(text[start:i], "://") || r == ':' && i+2 < len(text) && text[i:i+3] == "://":
			return scanURL(text, start)
		case isApostrophe(r):
			if clitic(text, i) > i {
				// "don't": the n goes with the clitic
				if (text[i-1] == 'n' || text[i-1] == 'N') && i-1 > start && isT(text, i+w) {
					return i - 1
				}
				return i
			}
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				i += w // O'Brien, Shi'ite
				continue
			}
			return i
		case r == '.':
			if abbrevEnd(text[start:i], next) {
				return i + w
			}
			if unicode.IsLetter(next) && isInitialsSoFar(text[start:i]) {
				i += w // U.S, e.g
				continue
			}
			return i
		}
		return i
	}
	return i
}

// isNT reports whether text[i:] starts with the clitic n't.
func isNT(text string, i int) bool {
	if i == 0 || !isWordRune(lastRune(text[:i])) {
		return false
	}
	n := apostropheLen(text[i+1:])
	return n > 0 && isT(text, i+1+n)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func apostropheLen(s string) int {
	r, w := utf8.DecodeRuneInString(s)
	if len(s) > 0 && isApostrophe(r) {
		return w
	}
	return 0
}

func isT(text string, i int) bool {
	if i >= len(text) || (text[i] != 't' && text[i] != 'T') {
		return false
	}
	return i+1 == len(text) || !isWordRune(rune(text[i+1]))
}

// clitic returns the end of a clitic ('s 're 've 'll 'd 'm n't) starting at
// the apostrophe at i, or i when there is none.
func clitic(text string, i int) int {
	r, w := utf8.DecodeRuneInString(text[i:])
	if !isApostrophe(r) || i == 0 {
		return i
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if !isWordRune(prev) {
		return i
	}
	j := i + w
	k := j
	for k < len(text) && k-j < 2 && isASCIILetter(text[k]) {
		k++
	}
	if k < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r) {
			return i
		}
	}
	switch strings.ToLower(text[j:k]) {
	case "s", "re", "ve", "ll", "d", "m", "t":
		return k
	case "":
		// plural possessive: terrorists'
		if prev == 's' || prev == 'S' {
			return j
		}
	}
	return i
}

func isASCIILetter(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

// abbrevEnd reports whether the period after word belongs to it.
func abbrevEnd(word string, next rune) bool {
	if isWordRune(next) {
		return false
	}
	if abbreviations[strings.ToLower(word)] {
		return true
	}
	// initials and dotted abbreviations: F. / U.S. / e.g.
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return strings.Contains(word, ".") && isInitialsSoFar(word)
}

// isInitialsSoFar reports whether s is letters separated by single
// periods, one letter each: U, U.S, e.g
func isInitialsSoFar(s string) bool {
	n := 0
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		n++
	}
	return n >= 1
}

func scanURL(text string, start int) int {
	i := start
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '<' || r == '>' || r == '"' || r == '\u201d' {
			break
		}
		i += w
	}
	// trailing punctuation is not part of the URL
	for i > start && strings.ContainsRune(".,;:!?)'", rune(text[i-1])) {
		i--
	}
	return i
}

// abbreviations whose period is part of the word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"rep": true, "sen": true, "gen": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true,
	"adm": true, "cmdr": true, "maj": true, "rev": true, "hon": true, "fr": true, "mt": true, "ft": true,
	"corp": true, "inc": true, "ltd": true, "co": true, "bros": true, "no": true, "vs": true, "v": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "ave": true, "blvd": true, "dept": true, "est": true,
	"etc": true, "approx": true, "govt": true, "pres": true, "supt": true, "insp": true, "messrs": true,
}
