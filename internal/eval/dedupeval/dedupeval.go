// Package dedupeval is the `dateline eval dedup` harness: it measures how
// well package dedup finds near-duplicate passages.
//
// Real passages are read from a corpus (Timeline17-style one sentence per
// line, Penn-Treebank tokenised, or plain text with blank lines between
// paragraphs). A generator picks originals that are pairwise dissimilar
// (Jaccard below 0.3), plants edited copies of some of them at known
// similarity, shuffles everything and clusters it with a dedup.Index.
//
// "Known Jaccard" is dedup.Jaccard: the exact Jaccard similarity |A∩B|/|A∪B|
// of the two texts' sets of word 3-shingles, words normalised by
// dedup.Tokens (NFKC, lower case, punctuation and quote marks dropped,
// apostrophes and digit separators joined). It is computed on the final
// texts, after all edits, for every pair of texts of a family (the original
// and its copies).
//
// Scores:
//   - recall at 0.8 (target ≥ 0.98) and at 0.6: the share of family pairs
//     with Jaccard ≥ 0.8 (≥ 0.6) that end up in the same cluster;
//   - precision (target ≥ 0.99): of all pairs of texts that share a
//     cluster, the share from the same family.
//
// The random seed is fixed (Config.Seed, default 1), so a run is
// reproducible.
package dedupeval

import (
	"cmp"
	"fmt"
	"github.com/dateline-news/dateline/internal/lang"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dateline-news/dateline/internal/dedup"
)

// Config tunes a run; the zero value gives the defaults.
type Config struct {
	Seed      uint64        // random seed; 0 means 1
	Originals int           // originals to pick; 0 means 3000
	CopyShare float64       // share of originals that get 1–3 copies; 0 means 0.5
	Options   dedup.Options // index options; zero fields take dedup's sentence defaults
}

func (c Config) withDefaults() Config {
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Originals == 0 {
		c.Originals = 3000
	}
	if c.CopyShare == 0 {
		c.CopyShare = 0.5
	}
	return c
}

// Result holds the headline figures of a run.
type Result struct {
	Originals int // passages picked from the corpus
	Copies    int // edited copies planted

	Pairs80, Found80 int
	Recall80         float64 // share of family pairs with J ≥ 0.8 clustered together

	Pairs60, Found60 int
	Recall60         float64 // the same for J ≥ 0.6

	Reported, Correct int
	Precision         float64 // share of same-cluster pairs that are from one family

	Threshold          float64 // the index threshold in effect
	PassagesPerSec     float64 // Assign throughput (sign, query, verify, insert)
	CandidatesPerQuery float64 // entries the index had to verify per passage, on average
}

// counting is a Buckets that counts the candidates it returns.
type counting struct {
	dedup.Buckets
	candidates int
}

func (c *counting) Candidates(keys []uint64) ([]dedup.Entry, error) {
	es, err := c.Buckets.Candidates(keys)
	c.candidates += len(es)
	return es, err
}

// Run evaluates on the corpus at path with the default configuration,
// writes a human report (scores, then the worst cases) to w and returns the
// headline figures.
func Run(path string, w io.Writer) (Result, error) {
	return RunConfig(path, w, Config{})
}

// item is one text of the evaluation set.
type item struct {
	id     string
	family int
	text   string
	edits  []string
}

// RunConfig is Run with a configuration.
func RunConfig(path string, w io.Writer, cfg Config) (Result, error) {
	cfg = cfg.withDefaults()
	docs, ptb, err := loadCorpus(path)
	if err != nil {
		return Result{}, err
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x64656475)) // "dedu"
	cands := passages(rng, docs, ptb)
	origs := pickOriginals(rng, cands, cfg.Originals)
	if len(origs) == 0 {
		return Result{}, fmt.Errorf("corpus %s: no passages of 8 to 120 words", path)
	}

	pl := &planter{rng: rng, vocab: vocabulary(origs)}
	var items []item
	families := make([][]int, len(origs)) // family -> indexes into items
	for f, sents := range origs {
		families[f] = append(families[f], len(items))
		items = append(items, item{id: fmt.Sprintf("f%d", f), family: f, text: strings.Join(sents, " ")})
		if rng.Float64() >= cfg.CopyShare {
			continue
		}
		for c := range 1 + rng.IntN(3) {
			target := 1.0
			if rng.Float64() >= 0.15 {
				target = 0.3 + 0.7*rng.Float64()
			}
			text, edits := pl.copyOf(sents, target)
			families[f] = append(families[f], len(items))
			items = append(items, item{id: fmt.Sprintf("f%d.%d", f, c+1), family: f, text: text, edits: edits})
		}
	}
	res := Result{Originals: len(origs), Copies: len(items) - len(origs)}

	// Cluster in random order, as passages arrive from many outlets.
	order := rng.Perm(len(items))
	buckets := &counting{Buckets: dedup.NewMemory()}
	idx := dedup.NewIndex(buckets, cfg.Options)
	res.Threshold = idx.Options().Threshold
	cluster := make([]string, len(items))
	start := time.Now()
	for _, i := range order {
		m, _, err := idx.Assign(items[i].id, dedup.NewPrint(items[i].text), nil)
		if err != nil {
			return Result{}, err
		}
		cluster[i] = m.ID
	}
	res.PassagesPerSec = float64(len(items)) / time.Since(start).Seconds()
	res.CandidatesPerQuery = float64(buckets.candidates) / float64(len(items))

	// Recall over family pairs, by similarity band.
	type pair struct {
		a, b int
		j    float64
	}
	var missed []pair
	var bands [11]struct{ pairs, found int } // [0,0.1) … [0.9,1), 1
	for _, fam := range families {
		for x := range fam {
			for y := x + 1; y < len(fam); y++ {
				a, b := fam[x], fam[y]
				j := dedup.Jaccard(items[a].text, items[b].text)
				found := cluster[a] == cluster[b]
				band := min(int(j*10), 10)
				if j >= 1 {
					band = 10
				}
				bands[band].pairs++
				if found {
					bands[band].found++
				}
				if j >= 0.6 {
					res.Pairs60++
					if found {
						res.Found60++
					}
				}
				if j >= 0.8 {
					res.Pairs80++
					if found {
						res.Found80++
					}
				}
				if !found && j >= res.Threshold {
					missed = append(missed, pair{a, b, j})
				}
			}
		}
	}
	res.Recall80 = ratio(res.Found80, res.Pairs80)
	res.Recall60 = ratio(res.Found60, res.Pairs60)

	// Precision over every pair sharing a cluster.
	members := map[string][]int{}
	for i, c := range cluster {
		members[c] = append(members[c], i)
	}
	var wrong []pair
	for _, ms := range members {
		for x := range ms {
			for y := x + 1; y < len(ms); y++ {
				res.Reported++
				if items[ms[x]].family == items[ms[y]].family {
					res.Correct++
				} else {
					wrong = append(wrong, pair{ms[x], ms[y], dedup.Jaccard(items[ms[x]].text, items[ms[y]].text)})
				}
			}
		}
	}
	res.Precision = ratio(res.Correct, res.Reported)
	if res.Reported == 0 {
		res.Precision = 1
	}

	// Report.
	fmt.Fprintf(w, "dedup eval on %s: %d originals, %d planted copies, threshold %.2f, seed %d\n",
		path, res.Originals, res.Copies, res.Threshold, cfg.Seed)
	fmt.Fprintf(w, "recall  J>=0.8  %.4f  (%d/%d)  target >= 0.98\n", res.Recall80, res.Found80, res.Pairs80)
	fmt.Fprintf(w, "recall  J>=0.6  %.4f  (%d/%d)\n", res.Recall60, res.Found60, res.Pairs60)
	fmt.Fprintf(w, "precision       %.4f  (%d/%d same-cluster pairs)  target >= 0.99\n", res.Precision, res.Correct, res.Reported)
	fmt.Fprintf(w, "throughput      %.0f passages/s (sign, query, verify, insert; in memory), %.2f candidates verified per passage\n\n",
		res.PassagesPerSec, res.CandidatesPerQuery)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Jaccard\tfamily pairs\tclustered\trecall\t")
	for b, n := range bands {
		if n.pairs == 0 {
			continue
		}
		label := fmt.Sprintf("[%.1f,%.1f)", float64(b)/10, float64(b+1)/10)
		if b == 10 {
			label = "1.0"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t\n", label, n.pairs, n.found, ratio(n.found, n.pairs))
	}
	tw.Flush()

	byJ := func(x, y pair) int { return cmp.Compare(y.j, x.j) }
	slices.SortFunc(missed, byJ)
	slices.SortFunc(wrong, byJ)
	fmt.Fprintf(w, "\nmissed pairs at or above the threshold: %d (most similar first)\n", len(missed))
	for _, p := range missed[:min(len(missed), 8)] {
		fmt.Fprintf(w, "  J=%.3f edits=%v\n    %s\n    %s\n", p.j, items[p.b].edits, items[p.a].text, items[p.b].text)
		for _, i := range []int{p.a, p.b} {
			rep := cluster[i]
			fmt.Fprintf(w, "    %s is in cluster %s (J to its representative %.3f)\n", items[i].id, rep,
				dedup.Jaccard(items[i].text, textOf(items, rep)))
		}
	}
	fmt.Fprintf(w, "\nwrongly merged pairs: %d (most similar first)\n", len(wrong))
	for _, p := range wrong[:min(len(wrong), 8)] {
		fmt.Fprintf(w, "  J=%.3f\n    %s\n    %s\n", p.j, items[p.a].text, items[p.b].text)
	}
	return res, nil
}

func textOf(items []item, id string) string {
	for _, it := range items {
		if it.id == id {
			return it.text
		}
	}
	return ""
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// passages cuts the corpus into candidate passages of 8 to 120 words: for
// one-sentence-per-line (PTB) documents, runs of 1–3 consecutive lines; for
// paragraph documents, each paragraph, long ones cut into runs of at most
// three sentences.
func passages(rng *rand.Rand, docs [][]paragraph, ptb []bool) [][]string {
	var out [][]string
	add := func(s []string) {
		if n := len(lang.Words(strings.Join(s, " "))); n >= 8 && n <= 120 {
			out = append(out, s)
		}
	}
	for d, doc := range docs {
		if ptb[d] {
			for i := 0; i < len(doc); {
				n := []int{1, 1, 1, 2, 2, 3}[rng.IntN(6)]
				var s []string
				for _, p := range doc[i:min(i+n, len(doc))] {
					s = append(s, p...)
				}
				add(s)
				i += n
			}
			continue
		}
		for _, p := range doc {
			for i := 0; i < len(p); i += 3 {
				add(p[i:min(i+3, len(p))])
			}
		}
	}
	return out
}

// pickOriginals takes up to n passages in random order, skipping any whose
// Jaccard similarity with one already taken is 0.3 or more, so that
// families are far apart and any cross-family merge is an error.
func pickOriginals(rng *rand.Rand, cands [][]string, n int) [][]string {
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	var picked [][]string
	var sets [][]uint64
	postings := map[uint64][]int{}
	for _, c := range cands {
		if len(picked) == n {
			break
		}
		sh := dedup.Shingles(strings.Join(c, " "))
		shared := map[int]int{}
		for _, h := range sh {
			for _, p := range postings[h] {
				shared[p]++
			}
		}
		near := false
		for p, k := range shared {
			if float64(k)/float64(len(sh)+len(sets[p])-k) >= 0.3 {
				near = true
				break
			}
		}
		if near {
			continue
		}
		for _, h := range sh {
			postings[h] = append(postings[h], len(picked))
		}
		picked = append(picked, c)
		sets = append(sets, sh)
	}
	return picked
}

// vocabulary returns the distinct words of the originals, in first-seen
// order, for edits that add or replace words.
func vocabulary(origs [][]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, sents := range origs {
		for _, s := range sents {
			for _, w := range strings.Fields(s) {
				if !seen[w] {
					seen[w] = true
					out = append(out, w)
				}
			}
		}
	}
	return out
}
