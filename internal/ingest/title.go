package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/lang"
)

// Title lines of text scrapes.
//
// Most scraped article text is "title line, blank line, body". A first
// line is taken as the title when all of these hold:
//
//   - a blank line follows it, then a paragraph that reads as body text
//     (bodyWords words or more, or a sentence end);
//   - it is short (3 to 25 words) and opens with a capital, a digit or a
//     quotation mark;
//   - it is one sentence, and does not end with a comma, colon or
//     semicolon (the first line of a wrapped paragraph, or a lead-in);
//   - it is not a dateline lede ("TRENTON, N.J. (AP) — …");
//   - it ends without sentence punctuation, as headlines do; or, as many
//     archives end titles with a full stop, it ends with one (or ? or !)
//     and is written in title case, or the paragraph after it opens with
//     a dateline (a wire story's title).
//
// A short first sentence of a body in sentence case ("The dam held.") is
// never a title, nor is two-word live-blog chrome ("Live updates"), and
// text without blank lines (one sentence per line) has no title line.

const (
	minTitleWords = 3
	maxTitleWords = 25
	maxTitleBytes = 200
	bodyWords     = 12
)

// titleLine returns the title line of a text scrape, if it has one.
func titleLine(text string) (string, bool) {
	text = strings.TrimLeft(strings.TrimPrefix(text, "\ufeff"), " \t\r\n")
	first, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return "", false
	}
	first = strings.Join(strings.Fields(first), " ")
	blankLine, rest, ok := strings.Cut(rest, "\n")
	if !ok || strings.TrimSpace(blankLine) != "" {
		return "", false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " \t\r\n"), "\n\n")
	next = strings.Join(strings.Fields(next), " ")
	if next == "" || len(strings.Fields(next)) < bodyWords && !endsSentence(next) {
		return "", false
	}
	words := strings.Fields(first)
	if len(words) < minTitleWords || len(words) > maxTitleWords || len(first) > maxTitleBytes {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"'“‘`, r) {
		return "", false
	}
	if sentenceInside(first) || lang.OpensLikeDateline(first) {
		return "", false
	}
	switch lastMark(first) {
	case ',', ':', ';':
		return "", false
	case '.', '?', '!', '…':
		if !titleCase(words) && !lang.OpensLikeDateline(next) {
			return "", false
		}
	}
	return first, true
}

// lastMark is the last character of s before closing quotes and brackets.
func lastMark(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"'”’)]» `))
	return r
}

func endsSentence(s string) bool { return strings.ContainsRune(".?!…", lastMark(s)) }

// sentenceEndRE finds a sentence end followed by the start of another; the
// word before the mark tells an abbreviation.
var sentenceEndRE = regexp.MustCompile(`[.?!]["'”’)]*\s+["'“‘(]?\p{Lu}`)

// abbreviations end with a full stop inside sentences.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gov": true, "sen": true,
	"rep": true, "jr": true, "sr": true, "vs": true, "no": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "inc": true, "co": true, "corp": true, "prof": true, "ft": true,
	"mt": true, "jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// sentenceInside reports a sentence boundary inside s ("A fell. B rose").
func sentenceInside(s string) bool {
	for _, m := range sentenceEndRE.FindAllStringIndex(s, -1) {
		if s[m[0]] != '.' {
			return true
		}
		word := strings.ToLower(s[strings.LastIndexFunc(s[:m[0]], notWordOrDot)+1 : m[0]])
		if !abbreviations[word] && utf8.RuneCountInString(word) > 1 && !strings.Contains(word, ".") {
			return true // not "Sen.", "J.", "U.S."
		}
	}
	return false
}

func notWordOrDot(r rune) bool { return r != '.' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// smallWords stay lower case in title case.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true,
	"of": true, "to": true, "in": true, "on": true, "for": true, "at": true, "by": true,
	"with": true, "from": true, "as": true, "vs": true, "via": true, "per": true, "into": true,
	"over": true, "up": true, "off": true, "out": true, "if": true, "is": true, "be": true,
	"so": true, "than": true, "that": true,
}

// titleCase reports words written in title case: at least four in five
// of the words that are not small words start with a capital.
func titleCase(words []string) bool {
	n, upper := 0, 0
	for _, w := range words {
		w = strings.TrimLeft(w, `"'“‘(`)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || smallWords[strings.ToLower(strings.TrimRight(w, `.,;:?!"'”’)`))] {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return n >= 2 && upper*5 >= n*4
}
