package dedup

import (
	"encoding/binary"
	"encoding/hex"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
	"golang.org/x/text/unicode/norm"
)

// ShingleSize is the number of consecutive words in a shingle. Three words
// keep word order (a reordered sentence is not a copy) while one edited word
// costs only three shingles; on Timeline17 sentence pairs, 3-shingle Jaccard
// separates edited copies from same-story sentences better than 2 or 4
// (docs/bench/dedup.md).
const ShingleSize = 3

// Tokens returns the normalised words of text, the units shingles are made
// of. Normalisation makes copies that differ only in presentation equal:
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
func Tokens(text string) []string {
	var out []string
	forEachToken(text, func(tok []byte) { out = append(out, string(tok)) })
	return out
}

// forEachToken calls emit with each normalised word of text. The slice is
// reused between calls.
func forEachToken(text string, emit func(tok []byte)) {
	var tz tokenizer
	tz.reset(text)
	for tok := tz.next(); tok != nil; tok = tz.next() {
		emit(tok)
	}
}

// tokenizer yields the normalised words of a text one at a time, without
// allocating for words of up to 64 bytes.
type tokenizer struct {
	text  string
	i     int
	buf   []byte
	stack [64]byte
}

func (tz *tokenizer) reset(text string) {
	if !isASCII(text) {
		text = norm.NFKC.String(text)
	}
	tz.text, tz.i, tz.buf = text, 0, tz.stack[:0]
}

// next returns the next word, or nil at the end. The slice is valid until
// the next call.
func (tz *tokenizer) next() []byte {
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

// Shingles returns the sorted, distinct 64-bit fingerprints of the word
// shingles of text: every run of ShingleSize consecutive Tokens, or, when
// text has fewer tokens than that, one shingle of all of them. Text without
// tokens has no shingles.
//
// A fingerprint is an order-sensitive mix of the xxh3 hashes of the
// shingle's words; two different shingles share a fingerprint with
// probability about 2^-64, so sets of fingerprints stand for sets of
// shingles.
func Shingles(text string) []uint64 {
	sh, _ := shingles(text)
	return sh
}

// shingles returns the sorted distinct shingle fingerprints of text and its
// number of tokens.
func shingles(text string) ([]uint64, int) {
	// News text has a word every 5 to 7 bytes: one allocation, rarely two.
	dst := make([]uint64, 0, len(text)/5+1)
	// Hashes of the last ShingleSize words, oldest first.
	var w [ShingleSize]uint64
	n := 0
	var tz tokenizer
	tz.reset(text)
	for tok := tz.next(); tok != nil; tok = tz.next() {
		w[0], w[1], w[2] = w[1], w[2], xxh3.Hash(tok)
		n++
		if n >= ShingleSize {
			dst = append(dst, shingleHash(w[:], ShingleSize))
		}
	}
	if n > 0 && n < ShingleSize {
		dst = append(dst, shingleHash(w[ShingleSize-n:], n))
	}
	slices.Sort(dst)
	return slices.Compact(dst), n
}

// shingleHash mixes word hashes in order; the length is mixed in so a short
// text's single shingle never equals a full-length one.
func shingleHash(words []uint64, n int) uint64 {
	h := uint64(n) * 0x9e3779b97f4a7c15
	for _, w := range words {
		h = mix64(h ^ w)
	}
	return h
}

// mix64 is the MurmurHash3 64-bit finaliser: a bijection that spreads every
// input bit over the whole output.
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// Jaccard returns the exact Jaccard similarity |A∩B| / |A∪B| of the shingle
// sets of a and b (see Shingles and Tokens): the similarity every threshold
// in this package refers to. It is 0 when either text has no tokens.
func Jaccard(a, b string) float64 {
	return jaccardSorted(Shingles(a), Shingles(b))
}

// SetJaccard returns the Jaccard similarity of two sorted sets of shingle
// fingerprints (see Shingles), for callers that keep the shingles of many
// texts and compare them pairwise.
func SetJaccard(a, b []uint64) float64 { return jaccardSorted(a, b) }

func jaccardSorted[T uint32 | uint64](a, b []T) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Normalize returns the normalised words of text (see Tokens) joined by
// single spaces: the form in which two texts are exact duplicates.
func Normalize(text string) string {
	return string(appendNormalized(nil, text))
}

func appendNormalized(buf []byte, text string) []byte {
	start := len(buf)
	forEachToken(text, func(tok []byte) {
		if len(buf) > start {
			buf = append(buf, ' ')
		}
		buf = append(buf, tok...)
	})
	return buf
}

// ID returns a stable identifier for a text of the given level: the
// level's one-letter tag and 32 hex digits of the xxh3-128 hash of
// Normalize(text). Texts that differ only in case, punctuation, quote marks
// or spacing share an ID.
func ID(level Level, text string) string {
	sum := xxh3.Hash128(appendNormalized(nil, text)).Bytes()
	out := make([]byte, 1, 1+hex.EncodedLen(len(sum)))
	out[0] = level.tag()
	return string(hex.AppendEncode(out, sum[:]))
}
