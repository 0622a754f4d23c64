package lang

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Words returns the normalised words of text: the units of near-duplicate
// shingles, quotation keys and term statistics. Normalisation makes copies that differ only in presentation equal:
//
//   - Unicode NFKC (full-width forms, ligatures), then lower case;
//   - a word is a maximal run of letters, marks and digits; everything else
//     (punctuation, quote marks of any style, dashes, symbols, whitespace)
//     only separates words;
//   - an apostrophe (' ’ ʼ) between two letters or digits is dropped and joins
//     them ("Moscow’s" = "Moscow's" = "moscows", "don't" = "dont");
//   - a '.' or ',' between two digits is dropped ("78,000" = "78000");
//   - a '.' after a one-letter word and before a letter is dropped, so
//     initialisms read as one word ("U.S." = "us", "a.m." = "am").
func Words(text string) []string {
	var out []string
	ForEachWord(text, func(w []byte) { out = append(out, string(w)) })
	return out
}

// ForEachWord calls emit with each normalised word of text (Words). The
// slice is reused between calls.
func ForEachWord(text string, emit func(w []byte)) {
	var ws WordScanner
	ws.Reset(text)
	for w := ws.Next(); w != nil; w = ws.Next() {
		emit(w)
	}
}

// WordScanner yields the normalised words of a text (Words) one at a
// time, without allocating for words of up to 64 bytes.
type WordScanner struct {
	text  string
	i     int
	buf   []byte
	stack [64]byte
}

// Reset starts scanning text.
func (tz *WordScanner) Reset(text string) {
	if !isASCII(text) {
		text = norm.NFKC.String(text)
	}
	tz.text, tz.i, tz.buf = text, 0, tz.stack[:0]
}

// Next returns the next word, or nil at the end. The slice is valid until
// the next call.
func (tz *WordScanner) Next() []byte {
	text := tz.text
	buf := tz.buf[:0]
	seg := 0      // word runes since the token start or last joiner
	var prev rune // last word rune appended
	for tz.i < len(text) {
		r, size := rune(text[tz.i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[tz.i:])
		}
		tz.i += size
		if r < utf8.RuneSelf {
			if c := asciiLower[r]; c != 0 {
				buf = append(buf, c)
				seg++
				prev = r
				continue
			}
		} else if isWordRune(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			seg++
			prev = r
			continue
		}
		if len(buf) == 0 {
			continue
		}
		if tz.i < len(text) {
			next, _ := utf8.DecodeRuneInString(text[tz.i:])
			if joins(r, prev, next, seg) {
				seg = 0
				continue
			}
		}
		break
	}
	tz.buf = buf
	if len(buf) == 0 {
		return nil
	}
	return buf
}

// joins reports whether the non-word rune r, between the word runes prev
// and next, is dropped without ending the word.
func joins(r, prev, next rune, seg int) bool {
	if !isWordRune(next) {
		return false
	}
	switch r {
	case '\'', '\u2019', '\u02bc':
		return true
	case ',':
		return isDigit(prev) && isDigit(next)
	case '.':
		if isDigit(prev) && isDigit(next) {
			return true
		}
		return seg == 1 && unicode.IsLetter(prev) && unicode.IsLetter(next)
	}
	return false
}

// asciiLower maps ASCII letters and digits to their lower case, everything
// else to 0: the tokenizer's fast path.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsNumber(r)
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
