package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// Sentence is a labelled sentence: words and their IOB2 (or IOB1) tags.
type Sentence struct {
	Words []string
	Tags  []string
}

// Document is a sequence of sentences that share document context.
type Document []Sentence

// TrainOptions tunes Train; the zero value gives the defaults.
type TrainOptions struct {
	Scheme   Scheme   // label encoding used inside the model (default BILOU)
	Epochs   int      // passes over the training data (default 12)
	Folds    int      // gazetteer jackknife folds (default 5)
	Clusters Clusters // word clusters (optional)
	Seed     uint64   // document order shuffling
	Prune    float32  // drop feature rows whose weights are all below this (default 0.05)
	Dev      []Document
	Log      io.Writer // progress, and dev F1 after each epoch when Dev is set
}

// Train fits an averaged perceptron on docs.
//
// The gazetteer features of a training document come from the entities of
// the other folds only (jackknifing): built from all of the training data
// they would fire on every training entity and the model would trust them
// far more than they deserve on new text. The final model carries the
// gazetteer of all the training data.
func Train(docs []Document, opt TrainOptions) (*Model, error) {
	if opt.Scheme == 0 {
		opt.Scheme = BILOU
	}
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	if opt.Prune == 0 {
		opt.Prune = 0.05
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("train: no documents")
	}
	full := make(Gazetteer)
	folds := make([]Gazetteer, opt.Folds)
	for f := range folds {
		folds[f] = make(Gazetteer)
	}
	for di, doc := range docs {
		for _, s := range doc {
			if len(s.Words) != len(s.Tags) {
				return nil, fmt.Errorf("train: document %d: %d words but %d tags", di, len(s.Words), len(s.Tags))
			}
			for _, c := range Chunks(s.Tags) {
				ty := typeIndex(c.Type)
				full.Add(s.Words[c.Start:c.End], ty)
				for f := range folds {
					if f != di%opt.Folds {
						folds[f].Add(s.Words[c.Start:c.End], ty)
					}
				}
			}
		}
	}
	m := newModel(opt.Scheme, opt.Clusters, full)
	L := m.ls.n()
	var acc []float32 // sum over updates of (time x change), for averaging
	accTrans := make([]float32, len(m.trans))
	c := float32(1)
	row := func(h uint64) int {
		r, ok := m.rows[h]
		if !ok {
			r = int32(len(m.rows))
			m.rows[h] = r
			m.w = append(m.w, make([]float32, L)...)
			acc = append(acc, make([]float32, L)...)
		}
		return int(r)
	}
	gold := make([][][]int, len(docs))
	words := make([][][]string, len(docs))
	for di, doc := range docs {
		gold[di] = make([][]int, len(doc))
		words[di] = make([][]string, len(doc))
		for si, s := range doc {
			gold[di][si] = m.ls.encode(s.Tags)
			words[di][si] = s.Words
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5851f42d4c957f2d))
	d := m.newDecoder()
	var offs []int
	var feats []uint64
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		start := time.Now()
		order := rng.Perm(len(docs))
		errs, toks := 0, 0
		for _, di := range order {
			gaz := folds[di%opt.Folds]
			d.startDoc(context.Background(), words[di], gaz) // fails only when cancelled
			for si := range words[di] {
				d.toks = d.sents[si]
				// keep every token's features for the update
				offs, feats = offs[:0], feats[:0]
				allCaps := isAllCaps(d.toks)
				for i := range d.toks {
					offs = append(offs, len(feats))
					feats = features(feats, d.toks, i, allCaps, d.doc)
				}
				offs = append(offs, len(feats))
				d.emissions()
				pred := d.viterbi()
				d.remember(pred)
				g := gold[di][si]
				toks += len(g)
				for i := range g {
					pg, pp := 0, 0
					if i > 0 {
						pg, pp = g[i-1]+1, pred[i-1]+1
					}
					if g[i] != pred[i] {
						errs++
						for _, h := range feats[offs[i]:offs[i+1]] {
							r := row(h)
							m.w[r*L+g[i]]++
							m.w[r*L+pred[i]]--
							acc[r*L+g[i]] += c
							acc[r*L+pred[i]] -= c
						}
					}
					if g[i] != pred[i] || pg != pp {
						m.trans[pg*L+g[i]]++
						m.trans[pp*L+pred[i]]--
						accTrans[pg*L+g[i]] += c
						accTrans[pp*L+pred[i]] -= c
					}
				}
				c++
			}
		}
		fmt.Fprintf(opt.Log, "epoch %d: %d features, token errors %.2f%%, %s", epoch, len(m.rows), 100*float64(errs)/float64(toks), time.Since(start).Round(time.Millisecond))
		if len(opt.Dev) > 0 {
			avg := m.averaged(acc, accTrans, c, 0)
			p, r, f := avg.Score(opt.Dev)
			fmt.Fprintf(opt.Log, ", dev P %.4f R %.4f F1 %.4f", p, r, f)
		}
		fmt.Fprintln(opt.Log)
	}
	out := m.averaged(acc, accTrans, c, opt.Prune)
	return out, nil
}

// averaged returns a copy of m with averaged weights, without the rows
// whose weights are all smaller than prune.
func (m *Model) averaged(acc, accTrans []float32, c, prune float32) *Model {
	L := m.ls.n()
	out := newModel(m.scheme, m.clusters, m.gaz)
	out.w = make([]float32, 0, len(m.w))
	for h, r := range m.rows {
		keep := false
		base := len(out.w)
		for l := 0; l < L; l++ {
			x := m.w[int(r)*L+l] - acc[int(r)*L+l]/c
			out.w = append(out.w, x)
			if abs32(x) >= prune && x != 0 {
				keep = true
			}
		}
		if keep {
			out.rows[h] = int32(len(out.rows))
		} else {
			out.w = out.w[:base]
		}
	}
	for i := range m.trans {
		out.trans[i] = m.trans[i] - accTrans[i]/c
	}
	out.freeze()
	return out
}

// Score tags docs and returns entity-level precision, recall and F1
// (exact span and type).
func (m *Model) Score(docs []Document) (p, r, f float64) {
	var tp, np, ng int
	for _, doc := range docs {
		ws := make([][]string, len(doc))
		for i, s := range doc {
			ws[i] = s.Words
		}
		pred := m.TagDoc(ws)
		for i, s := range doc {
			g := Chunks(s.Tags)
			pc := Chunks(pred[i])
			ng += len(g)
			np += len(pc)
			set := make(map[Chunk]bool, len(g))
			for _, x := range g {
				set[x] = true
			}
			for _, x := range pc {
				if set[x] {
					tp++
				}
			}
		}
	}
	return PRF(tp, np, ng)
}

// PRF computes precision, recall and F1 from counts of true positives,
// predictions and gold items.
func PRF(tp, np, ng int) (p, r, f float64) {
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Chunk is an entity span over token indexes [Start, End).
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the entities of a tag sequence, read as conlleval does:
// IOB2 or IOB1 (an I- tag after O or after another type starts an entity).
func Chunks(tags []string) []Chunk {
	var out []Chunk
	cur := -1
	curType := ""
	flush := func(end int) {
		if cur >= 0 {
			out = append(out, Chunk{cur, end, curType})
		}
		cur, curType = -1, ""
	}
	for i, t := range tags {
		prefix, typ, ok := splitTag(t)
		switch {
		case !ok:
			flush(i)
		case prefix == 'B' || prefix == 'S' || prefix == 'U' || typ != curType || cur < 0:
			flush(i)
			cur, curType = i, typ
		}
		if ok && (prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U') {
			flush(i + 1)
		}
	}
	flush(len(tags))
	return out
}

func splitTag(t string) (prefix byte, typ string, ok bool) {
	if t == "O" || t == "" {
		return 0, "", false
	}
	if len(t) > 2 && t[1] == '-' {
		return t[0], t[2:], true
	}
	return 'I', t, true
}
