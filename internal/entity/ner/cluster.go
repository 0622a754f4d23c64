package ner

import (
	"math"
	"math/rand/v2"
	"sort"
)

// nGran is the number of cluster granularities a word gets (coarse to
// fine), like prefixes of different lengths of a Brown-cluster bit string.
const nGran = 3

// Clusters maps WordKey(lower-case word) to its cluster at each
// granularity, plus one (0 means no cluster).
type Clusters map[uint64][nGran]uint16

// ClusterOptions tunes Cluster; the zero value gives the defaults.
type ClusterOptions struct {
	MinCount int        // words rarer than this get no cluster (default 3)
	MaxWords int        // at most this many words are clustered (default 60000)
	Contexts int        // context vocabulary size (default 1000)
	K        [nGran]int // clusters per granularity, coarse to fine (default 64, 256, 1024)
	Iter     int        // k-means iterations (default 12)
	Seed     uint64
}

func (o *ClusterOptions) defaults() {
	if o.MinCount == 0 {
		o.MinCount = 3
	}
	if o.MaxWords == 0 {
		o.MaxWords = 60000
	}
	if o.Contexts == 0 {
		o.Contexts = 1000
	}
	if o.K == [nGran]int{} {
		o.K = [nGran]int{64, 256, 1024}
	}
	if o.Iter == 0 {
		o.Iter = 12
	}
}

// Cluster computes distributional word clusters from unlabelled text:
// every word is represented by the positive PMI of its neighbours at
// offsets -2, -1, +1 and +2 (among the most frequent words), the finest
// level is spherical k-means over those vectors, and each coarser level
// is k-means over the centroids of the level below, so that the levels
// nest like the prefixes of a Brown-cluster path.
func Cluster(corpus [][]string, opt ClusterOptions) Clusters {
	opt.defaults()
	// vocabulary
	count := make(map[string]int)
	for _, s := range corpus {
		for _, w := range s {
			count[lowerForm(Normalize(w))]++
		}
	}
	words := make([]string, 0, len(count))
	for w, c := range count {
		if c >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > opt.MaxWords {
		words = words[:opt.MaxWords]
	}
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	nCtx := min(opt.Contexts, len(words))
	const offsets = 4
	dim := nCtx * offsets

	// co-occurrence counts
	rows := make([]map[int32]float32, len(words))
	for i := range rows {
		rows[i] = make(map[int32]float32)
	}
	ctxCount := make([]float64, dim)
	var total float64
	ids := make([]int32, 0, 64)
	for _, s := range corpus {
		ids = ids[:0]
		for _, w := range s {
			if k, ok := id[lowerForm(Normalize(w))]; ok {
				ids = append(ids, k)
			} else {
				ids = append(ids, -1)
			}
		}
		for i, w := range ids {
			if w < 0 {
				continue
			}
			for o, d := range [offsets]int{-2, -1, 1, 2} {
				j := i + d
				if j < 0 || j >= len(ids) || ids[j] < 0 || int(ids[j]) >= nCtx {
					continue
				}
				c := int32(o*nCtx) + ids[j]
				rows[w][c]++
				ctxCount[c]++
				total++
			}
		}
	}
	// PPMI with context-distribution smoothing (alpha 0.75), rows
	// normalised to unit length.
	var smooth float64
	for _, c := range ctxCount {
		smooth += math.Pow(c, 0.75)
	}
	type entry struct {
		c int32
		v float32
	}
	vecs := make([][]entry, len(words))
	for w, row := range rows {
		var rowTotal float64
		for _, n := range row {
			rowTotal += float64(n)
		}
		for c, n := range row {
			pc := math.Pow(ctxCount[c], 0.75) / smooth
			pmi := math.Log(float64(n) / rowTotal / pc)
			if pmi > 0 {
				vecs[w] = append(vecs[w], entry{c, float32(pmi)})
			}
		}
		// sorted before summing, so that the result does not depend on
		// map order
		sort.Slice(vecs[w], func(i, j int) bool { return vecs[w][i].c < vecs[w][j].c })
		var norm float64
		for _, e := range vecs[w] {
			norm += float64(e.v) * float64(e.v)
		}
		norm = math.Sqrt(norm)
		for k := range vecs[w] {
			vecs[w][k].v /= float32(norm)
		}
		rows[w] = nil
	}

	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	// finest level: spherical k-means over sparse vectors; centroids are
	// stored context-major so the inner loop runs over clusters.
	k := min(opt.K[nGran-1], len(words))
	cent := make([]float32, dim*k)
	perm := rng.Perm(len(words))
	for c := 0; c < k; c++ {
		for _, e := range vecs[perm[c]] {
			cent[int(e.c)*k+c] = e.v
		}
	}
	assign := make([]int, len(words))
	scores := make([]float32, k)
	sums := make([]float64, dim*k)
	sizes := make([]int, k)
	for it := 0; it < opt.Iter; it++ {
		for w, v := range vecs {
			clear(scores)
			for _, e := range v {
				row := cent[int(e.c)*k : int(e.c)*k+k]
				for c, x := range row {
					scores[c] += e.v * x
				}
			}
			best := 0
			for c := 1; c < k; c++ {
				if scores[c] > scores[best] {
					best = c
				}
			}
			assign[w] = best
		}
		clear(sums)
		clear(sizes)
		for w, v := range vecs {
			c := assign[w]
			sizes[c]++
			for _, e := range v {
				sums[int(e.c)*k+c] += float64(e.v)
			}
		}
		for c := 0; c < k; c++ {
			var norm float64
			for d := 0; d < dim; d++ {
				norm += sums[d*k+c] * sums[d*k+c]
			}
			if norm == 0 {
				// empty cluster: reseed with a random word
				w := rng.IntN(len(words))
				for d := 0; d < dim; d++ {
					cent[d*k+c] = 0
				}
				for _, e := range vecs[w] {
					cent[int(e.c)*k+c] = e.v
				}
				continue
			}
			norm = math.Sqrt(norm)
			for d := 0; d < dim; d++ {
				cent[d*k+c] = float32(sums[d*k+c] / norm)
			}
		}
	}
	// dense centroid vectors for the coarser levels
	points := make([][]float32, k)
	for c := range points {
		p := make([]float32, dim)
		for d := 0; d < dim; d++ {
			p[d] = cent[d*k+c]
		}
		points[c] = p
	}
	levels := make([][]int, nGran)
	levels[nGran-1] = identity(k)
	for g := nGran - 2; g >= 0; g-- {
		levels[g] = denseKMeans(points, sizes, opt.K[g], opt.Iter, rng)
	}
	out := make(Clusters, len(words))
	for w, word := range words {
		var ids [nGran]uint16
		c := assign[w]
		for g := 0; g < nGran; g++ {
			ids[g] = uint16(levels[g][c] + 1)
		}
		out[WordKey(word)] = ids
	}
	return out
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// denseKMeans groups unit vectors (weighted by size) into k clusters by
// spherical k-means and returns each point's cluster.
func denseKMeans(points [][]float32, weight []int, k, iter int, rng *rand.Rand) []int {
	n := len(points)
	if k >= n {
		return identity(n)
	}
	dim := len(points[0])
	cent := make([][]float64, k)
	perm := rng.Perm(n)
	for c := range cent {
		cent[c] = make([]float64, dim)
		for d, x := range points[perm[c]] {
			cent[c][d] = float64(x)
		}
	}
	assign := make([]int, n)
	for it := 0; it < iter; it++ {
		for i, p := range points {
			best, bs := 0, math.Inf(-1)
			for c := range cent {
				var s float64
				for d, x := range p {
					s += float64(x) * cent[c][d]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			assign[i] = best
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, p := range points {
			w := float64(weight[i] + 1)
			for d, x := range p {
				cent[assign[i]][d] += w * float64(x)
			}
		}
		for c := range cent {
			var norm float64
			for _, x := range cent[c] {
				norm += x * x
			}
			if norm == 0 {
				for d, x := range points[rng.IntN(n)] {
					cent[c][d] = float64(x)
				}
				continue
			}
			norm = math.Sqrt(norm)
			for d := range cent[c] {
				cent[c][d] /= norm
			}
		}
	}
	return assign
}
