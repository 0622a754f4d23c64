// Package lang is the language work every stage shares, done one way
// only: white space and invisible characters, normalised words, the
// detokenising of Penn-Treebank tokenised text (treebank.go), person
// names (person.go: the one person key and the one rule for whether two
// names may be one person; names.go: honorifics, particles, suffixes,
// given names, their gender and short forms), and the English of labels
// (count.go, title.go). A stage
// that needs the normalised form of a text takes it from here, so that two
// stages never disagree on whether two texts are the same (a post read from a feed and
// from its page must get one ID).
//
// It imports only the standard library, so every package may use it.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// Invisible reports whether r shows nothing and separates nothing:
// zero-width space, non-joiner and joiner, word joiner, byte-order mark,
// soft hyphen. Scrapes carry them inside words; they are dropped.
func Invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// IsSpace reports whether r is white space: unicode.IsSpace, which
// includes no-break, thin, figure and ideographic spaces and the line and
// paragraph separators.
func IsSpace(r rune) bool { return unicode.IsSpace(r) }

// Space returns s with invisible characters dropped, every run of white
// space as one space, and none at either end.
func Space(s string) string { return string(AppendSpace(make([]byte, 0, len(s)), s)) }

// AppendSpace appends Space(s) to b.
func AppendSpace(b []byte, s string) []byte {
	start := len(b)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case Invisible(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		b = append(b, s[i-n:i]...)
	}
	return b
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// SpaceLines is Space line by line: line breaks are kept (one between two
// lines), empty lines dropped.
func SpaceLines(s string) string {
	b := make([]byte, 0, len(s))
	for len(s) > 0 {
		line := s
		rest := ""
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' {
				line, rest = s[:i], s[i+1:]
				break
			}
		}
		n := len(b)
		if n > 0 {
			b = append(b, '\n')
		}
		if b = AppendSpace(b, line); len(b) == n+1 && n > 0 {
			b = b[:n] // an empty line
		}
		s = rest
	}
	return string(b)
}

// MapSpace, for strings.Map, keeps line breaks and every run of spaces as
// it is, but makes every other white space a plain space and drops
// invisible characters: for stages that still read the text line by line.
func MapSpace(r rune) rune {
	switch {
	case r == '\n' || r == '\r' || r == ' ':
		return r
	case Invisible(r):
		return -1
	case unicode.IsSpace(r):
		return ' '
	}
	return r
}
