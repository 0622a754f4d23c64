package dedup

import (
	"encoding/hex"
	"github.com/dateline-news/dateline/internal/lang"
	"slices"

	"github.com/zeebo/xxh3"
)

// ShingleSize is the number of consecutive words in a shingle. Three words
// keep word order (a reordered sentence is not a copy) while one edited word
// costs only three shingles; on Timeline17 sentence pairs, 3-shingle Jaccard
// separates edited copies from same-story sentences better than 2 or 4
// (docs/bench/dedup.md).
const ShingleSize = 3

// Shingles returns the sorted, distinct 64-bit fingerprints of the word
// shingles of text: every run of ShingleSize consecutive words (lang.Words), or, when
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
	var ws lang.WordScanner
	ws.Reset(text)
	for tok := ws.Next(); tok != nil; tok = ws.Next() {
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
// sets of a and b (see Shingles and lang.Words): the similarity every threshold
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

// Normalize returns the normalised words of text (see lang.Words) joined by
// single spaces: the form in which two texts are exact duplicates.
func Normalize(text string) string {
	return string(appendNormalized(nil, text))
}

func appendNormalized(buf []byte, text string) []byte {
	start := len(buf)
	lang.ForEachWord(text, func(tok []byte) {
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
