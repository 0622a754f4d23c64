package dedupeval

import (
	"fmt"
	"github.com/dateline-news/dateline/internal/lang"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/dedup"
)

// NaturalPairs writes, for the sentences and for the whole documents of the
// corpus at path, how many distinct pairs fall in each Jaccard band from
// 0.2 up, with a few random examples per band between 0.3 and 0.9. Reading
// the examples shows where edited copies give way to different statements:
// the evidence behind dedup's default thresholds (docs/bench/dedup.md).
//
// Pairs are found through shingles shared with at most 300 texts, so pairs
// held together only by very common phrases are not counted; their Jaccard
// is computed exactly.
func NaturalPairs(path string, w io.Writer) error {
	docs, _, err := loadCorpus(path)
	if err != nil {
		return err
	}
	var sents, whole []string
	for _, doc := range docs {
		var all []string
		for _, p := range doc {
			for _, s := range p {
				if len(lang.Words(s)) >= 8 {
					sents = append(sents, s)
				}
				all = append(all, s)
			}
		}
		whole = append(whole, strings.Join(all, " "))
	}
	rng := rand.New(rand.NewPCG(1, 0x6e6174)) // "nat"
	fmt.Fprintf(w, "natural pairs in %s\n", path)
	histogram(w, rng, "sentences", sents)
	histogram(w, rng, "documents", whole)
	return nil
}

func histogram(w io.Writer, rng *rand.Rand, what string, texts []string) {
	// Distinct texts only (by normalised words): exact copies say nothing
	// about thresholds.
	seen := map[string]bool{}
	var uniq []string
	var sets [][]uint64
	for _, t := range texts {
		id := dedup.ID(dedup.LevelSentence, t)
		if sh := dedup.Shingles(t); !seen[id] && len(sh) > 0 {
			seen[id] = true
			uniq = append(uniq, t)
			sets = append(sets, sh)
		}
	}
	postings := map[uint64][]int32{}
	for i, sh := range sets {
		for _, h := range sh {
			postings[h] = append(postings[h], int32(i))
		}
	}
	type pair struct {
		a, b int
		j    float64
	}
	var bands [8][]pair // [0.2,0.3) … [0.9,1.0]
	shared := map[int32]bool{}
	for i, sh := range sets {
		clear(shared)
		for _, h := range sh {
			if p := postings[h]; len(p) <= 300 {
				for _, o := range p {
					if int(o) > i {
						shared[o] = true
					}
				}
			}
		}
		for o := range shared {
			j := dedup.SetJaccard(sh, sets[o])
			if j >= 0.2 {
				b := min(int(j*10)-2, 7)
				bands[b] = append(bands[b], pair{i, int(o), j})
			}
		}
	}
	fmt.Fprintf(w, "\n%s: %d distinct\n", what, len(uniq))
	for b, ps := range bands {
		fmt.Fprintf(w, "  [%.1f,%.1f) %7d pairs\n", float64(b+2)/10, float64(b+3)/10, len(ps))
		if b < 1 || b > 6 || len(ps) == 0 {
			continue
		}
		slices.SortFunc(ps, func(x, y pair) int { return x.a*len(uniq) + x.b - (y.a*len(uniq) + y.b) })
		for _, k := range rng.Perm(len(ps))[:min(3, len(ps))] {
			p := ps[k]
			fmt.Fprintf(w, "    J=%.2f\n      %s\n      %s\n", p.j, clip(uniq[p.a]), clip(uniq[p.b]))
		}
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 220 {
		return string(r[:220]) + "…"
	}
	return s
}
