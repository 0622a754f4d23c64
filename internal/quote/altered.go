package quote

import "slices"

// WordDiff is how one reported variant of a quotation differs in words
// from the first report: the words it leaves out and the words it puts
// in, in order. Case, punctuation and quote-mark styles are not
// differences.
type WordDiff struct {
	Variant string   `json:"variant"`
	Removed []string `json:"removed"`
	Added   []string `json:"added"`
}

// Altered reports the variants of a quote group (first report first)
// whose words differ from the first report's, with what changed. A group
// whose variants differ only in punctuation, case or typography is not
// altered (nil), nor is a variant that is an excerpt of the first report
// or the first report one of it (a run of its words: outlets quote more
// or less of a statement; that changes none of its words).
func Altered(variants []string) []WordDiff {
	if len(variants) < 2 {
		return nil
	}
	first := keyWords(variants[0])
	var out []WordDiff
	for _, v := range variants[1:] {
		words := keyWords(v)
		if excerpt(words, first) || excerpt(first, words) {
			continue
		}
		removed, added := wordDiff(first, words)
		if len(removed) == 0 && len(added) == 0 {
			continue
		}
		out = append(out, WordDiff{Variant: v, Removed: nonNil(removed), Added: nonNil(added)})
	}
	return out
}

// excerpt reports whether short is a run of consecutive words of long.
func excerpt(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(short, long[i:i+len(short)]) {
			return true
		}
	}
	return false
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// maxDiffWords bounds the quadratic word alignment: quotations are
// sentences or paragraphs, and a longer pair is compared by its common
// prefix and suffix alone.
const maxDiffWords = 400

// wordDiff returns the words of a not in b and of b not in a, in order,
// by a longest common subsequence of the two word lists.
func wordDiff(a, b []string) (removed, added []string) {
	// the common prefix and suffix need no alignment
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 || len(a) > maxDiffWords || len(b) > maxDiffWords {
		return a, b
	}
	// lcs[i][j]: the longest common subsequence of a[i:] and b[j:]
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			removed = append(removed, a[i])
			i++
		default:
			added = append(added, b[j])
			j++
		}
	}
	return append(removed, a[i:]...), append(added, b[j:]...)
}
