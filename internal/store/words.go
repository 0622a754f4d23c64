package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words, as every backend's search index sees them.
//
// A word is a run of letters and digits, or an acronym: two or more
// single letters each followed by a dot, with nothing between them
// ("F.B.I.", "U.S.", "e.g."), where no letter or digit follows the last
// dot. An acronym is the word of its letters ("FBI"), in the index and in
// queries alike, so that "F.B.I.", "f.b.i." and "FBI" find each other.
// Initials with spaces ("J. R. Smith") and a single letter ("Plan B.")
// are not acronyms: folding them would make words ("JR") that match
// unrelated text.
//
// The indexes see text through FoldAcronyms: the SQLite store registers
// it as the SQL function fold_acronyms; the PostgreSQL store has a
// function of that name with the same rule as a regular expression (its
// migration 0008_acronyms.sql). The conformance suite's Acronyms test
// holds both to this rule.

// Words splits text into words, each acronym folded to its letters.
func Words(s string) []string {
	var out []string
	scanWords(s, func(_, _ int, w string) { out = append(out, w) })
	return out
}

// FoldAcronyms returns s with every acronym replaced by its letters
// ("The F.B.I. said" becomes "The FBI said"); s itself when it has none.
func FoldAcronyms(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	var b strings.Builder
	pos := 0
	scanWords(s, func(start, end int, w string) {
		if end-start == len(w) {
			return // an ordinary word
		}
		if pos == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[pos:start])
		b.WriteString(w)
		pos = end
	})
	if pos == 0 {
		return s
	}
	b.WriteString(s[pos:])
	return b.String()
}

// scanWords calls fn for each word of s with its byte offsets and its
// text (an acronym's letters, or s[start:end]).
func scanWords(s string, fn func(start, end int, word string)) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		// Runs are maximal and an acronym ends before a non-word rune, so
		// no letter or digit precedes i: it may start an acronym.
		if end := acronymEnd(s, i); end > 0 {
			fn(i, end, strings.ReplaceAll(s[i:end], ".", ""))
			i = end
			continue
		}
		j := i + size
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		fn(i, j, s[i:j])
		i = j
	}
}

// acronymEnd returns the end of the acronym starting at i in s, or -1.
func acronymEnd(s string, i int) int {
	letters, j := 0, i
	for {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		j += size + 1
		letters++
	}
	if letters < 2 {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && isWordRune(r) {
		return -1
	}
	return j
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
