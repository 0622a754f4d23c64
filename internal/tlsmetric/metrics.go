package tlsmetric

import (
	"math"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/rouge"
)

// Result holds the scores of one predicted timeline: ROUGE-1 and ROUGE-2
// under one of the metrics, and the dates.
type Result struct {
	Rouge1, Rouge2, Date rouge.Score
}

// Metric is one of tilse's ways of comparing timelines with ROUGE.
type Metric int

const (
	// Concat compares all sentences of the predicted timeline, oldest day
	// first, with all sentences of each reference timeline.
	Concat Metric = iota
	// Agreement compares the summaries of equal days only.
	Agreement
	// Align pairs predicted and reference days one to one, minimising
	// the date distance, and weights each pair's matches by
	// 1/(distance in days + 1) (Martschat & Markert's "align").
	Align
	// AlignPlus pairs days one to one by date distance and content
	// (tilse's align_date_content_costs, "align+").
	AlignPlus
	// AlignPlusManyToOne pairs each day with its cheapest counterpart, so
	// that several days can share one (align_date_content_costs_many_to_one,
	// "align+ m:1", the metric news-tls reports).
	AlignPlusManyToOne
)

var metricNames = [...]string{"concat", "agreement", "align", "align+", "align+ m:1"}

// String returns the metric's name in Martschat & Markert (2017).
func (m Metric) String() string {
	if m < 0 || int(m) >= len(metricNames) {
		return "unknown"
	}
	return metricNames[m]
}

// Evaluate scores a predicted timeline against reference timelines under
// metric m, with ROUGE tokens made by opts (tilse runs ROUGE-1.5.5 with
// -m -s: Stem true and the SMART stopword list). Date is the date score of
// Dates.
func Evaluate(m Metric, pred Timeline, refs []Timeline, opts rouge.Options) Result {
	c := newComparison(pred, refs, opts)
	r := Result{Date: Dates(pred, refs)}
	switch m {
	case Concat:
		r.Rouge1, r.Rouge2 = c.concat(1), c.concat(2)
	case Agreement:
		r.Rouge1, r.Rouge2 = c.agreement(1), c.agreement(2)
	case Align, AlignPlus, AlignPlusManyToOne:
		r.Rouge1, r.Rouge2 = c.aligned(m, 1), c.aligned(m, 2)
	}
	return r
}

// Dates returns the precision, recall and F1 of the predicted days
// against the days of the reference timelines taken together, as news-tls
// scores dates. A ratio with nothing to divide by is 0.
func Dates(pred Timeline, refs []Timeline) rouge.Score {
	gold := map[Date]bool{}
	for _, ref := range refs {
		for d := range ref {
			gold[d] = true
		}
	}
	shared := 0
	for d := range pred {
		if gold[d] {
			shared++
		}
	}
	return f1(float64(shared), float64(len(pred)), float64(shared), float64(len(gold)))
}

// Mean averages the results of several timelines as news-tls does:
// precision and recall are averaged, and F1 is computed from the averages
// (not averaged itself).
func Mean(results []Result) Result {
	if len(results) == 0 {
		return Result{}
	}
	var sum Result
	for _, r := range results {
		sum.Rouge1.P += r.Rouge1.P
		sum.Rouge1.R += r.Rouge1.R
		sum.Rouge2.P += r.Rouge2.P
		sum.Rouge2.R += r.Rouge2.R
		sum.Date.P += r.Date.P
		sum.Date.R += r.Date.R
	}
	n := float64(len(results))
	return Result{
		Rouge1: f1(sum.Rouge1.P, n, sum.Rouge1.R, n),
		Rouge2: f1(sum.Rouge2.P, n, sum.Rouge2.R, n),
		Date:   f1(sum.Date.P, n, sum.Date.R, n),
	}
}

// f1 returns P = pNum/pDen, R = rNum/rDen (0 for a zero denominator) and
// their harmonic mean.
func f1(pNum, pDen, rNum, rDen float64) rouge.Score {
	var s rouge.Score
	if pDen != 0 {
		s.P = pNum / pDen
	}
	if rDen != 0 {
		s.R = rNum / rDen
	}
	if s.P+s.R != 0 {
		s.F = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// comparison holds the tokens of a predicted timeline and its references,
// day by day, made once for all metrics.
type comparison struct {
	predDates, refDates []Date
	// pred are the ROUGE tokens of each predicted day; refs those of each
	// reference day, one slice per reference timeline (empty where the
	// timeline lacks the day).
	pred map[Date][]string
	refs map[Date][][]string
	// whole are the concatenated timelines.
	wholePred []string
	wholeRefs [][]string
	// rawPred and rawRefs are the raw tokens of each day, for the content
	// costs; a reference day has one bag per reference timeline.
	rawPred  map[Date]bag
	rawRefs  map[Date][]bag
	words    map[string]uint32
	refCount int
	// similarity holds contentSimilarity by predicted and reference day
	// index, once computed.
	similarity [][]float64
}

func newComparison(pred Timeline, refs []Timeline, opts rouge.Options) *comparison {
	c := &comparison{
		predDates: pred.Dates(),
		pred:      map[Date][]string{},
		refs:      map[Date][][]string{},
		wholeRefs: make([][]string, len(refs)),
		rawPred:   map[Date]bag{},
		rawRefs:   map[Date][]bag{},
		words:     map[string]uint32{},
		refCount:  len(refs),
	}
	for _, d := range c.predDates {
		c.rawPred[d] = c.bagOf(pred[d])
		c.pred[d] = dayTokens(pred[d], opts)
		c.wholePred = append(c.wholePred, c.pred[d]...)
	}
	days := Timeline{}
	for i, ref := range refs {
		for _, d := range ref.Dates() {
			toks := dayTokens(ref[d], opts)
			c.wholeRefs[i] = append(c.wholeRefs[i], toks...)
			if c.refs[d] == nil {
				c.refs[d] = make([][]string, len(refs))
				c.rawRefs[d] = make([]bag, len(refs))
				days[d] = nil
			}
			c.refs[d][i] = toks
			c.rawRefs[d][i] = c.bagOf(ref[d])
		}
	}
	c.refDates = days.Dates()
	return c
}

// refsOn returns the reference tokens of day d, one (possibly empty)
// slice per reference timeline.
func (c *comparison) refsOn(d Date) [][]string {
	if r, ok := c.refs[d]; ok {
		return r
	}
	return make([][]string, c.refCount)
}

// dayTokens returns the ROUGE tokens of a day's sentences as tilse hands
// them to ROUGE-1.5.5: each sentence's whitespace-separated tokens
// rejoined with single spaces, "^" written as the entity "&circ;" (whose
// letters become a token), the sentence cut at its first "<" (where the
// script's SEE reader stops), empty sentences left out. N-grams run on
// across sentences, in order.
func dayTokens(sentences []string, opts rouge.Options) []string {
	kept := make([]string, 0, len(sentences))
	for _, s := range sentences {
		s = strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "^", "&circ;")
		if i := strings.IndexByte(s, '<'); i >= 0 {
			s = s[:i]
		}
		if s != "" {
			kept = append(kept, s)
		}
	}
	var tokens []string
	for _, unit := range rouge.Sentences(kept, opts) {
		tokens = append(tokens, unit...)
	}
	return tokens
}

func (c *comparison) concat(n int) rouge.Score {
	k := rouge.NCounts(c.wholePred, c.wholeRefs, n)
	return f1(float64(k.Hit), float64(k.Peer), float64(k.Hit), float64(k.Model))
}

func (c *comparison) agreement(n int) rouge.Score {
	var pNum, pDen, rNum, rDen float64
	for _, d := range c.predDates {
		k := rouge.NCounts(c.pred[d], c.refsOn(d), n)
		pNum += float64(k.Hit)
		pDen += float64(k.Peer)
	}
	for _, d := range c.refDates {
		k := rouge.NCounts(c.pred[d], c.refsOn(d), n)
		rNum += float64(k.Hit)
		rDen += float64(k.Model)
	}
	return f1(pNum, pDen, rNum, rDen)
}

// aligned scores under an alignment metric. Precision pairs every
// predicted day with a reference day (rows are predicted days), recall
// every reference day with a predicted day (rows are reference days);
// each pair's hits are weighted by 1/(days apart + 1), and rows left
// without a partner count their n-grams with no hits.
func (c *comparison) aligned(m Metric, n int) rouge.Score {
	var pNum, pDen, rNum, rDen float64
	precPairs := c.pairs(m, false)
	for i, d := range c.predDates {
		var refs [][]string
		w := 0.0
		if j := precPairs[i]; j >= 0 {
			refs, w = c.refsOn(c.refDates[j]), dateWeight(d, c.refDates[j])
		} else {
			refs = make([][]string, c.refCount)
		}
		k := rouge.NCounts(c.pred[d], refs, n)
		pNum += w * float64(k.Hit)
		pDen += float64(k.Peer)
	}
	recPairs := c.pairs(m, true)
	for i, d := range c.refDates {
		var pred []string
		w := 0.0
		if j := recPairs[i]; j >= 0 {
			pred, w = c.pred[c.predDates[j]], dateWeight(d, c.predDates[j])
		}
		k := rouge.NCounts(pred, c.refsOn(d), n)
		rNum += w * float64(k.Hit)
		rDen += float64(k.Model)
	}
	return f1(pNum, pDen, rNum, rDen)
}

// pairs returns, for each row day, the index of the column day it is
// paired with, or -1. Rows are the predicted days, or with reversed the
// reference days.
func (c *comparison) pairs(m Metric, reversed bool) []int {
	rows, cols := c.predDates, c.refDates
	if reversed {
		rows, cols = cols, rows
	}
	var sim [][]float64
	if m != Align {
		sim = c.similarities()
	}
	costs := make([][]float64, len(rows))
	for i, a := range rows {
		costs[i] = make([]float64, len(cols))
		for j, b := range cols {
			cost := 1 - dateWeight(a, b)
			if sim != nil {
				p, r := i, j
				if reversed {
					p, r = j, i
				}
				cost *= 1 - sim[p][r]
			}
			costs[i][j] = cost
		}
	}
	if m == AlignPlusManyToOne {
		return cheapest(costs)
	}
	return Assign(costs)
}

// similarities returns contentSimilarity for every predicted and
// reference day.
func (c *comparison) similarities() [][]float64 {
	if c.similarity == nil {
		c.similarity = make([][]float64, len(c.predDates))
		for i, p := range c.predDates {
			c.similarity[i] = make([]float64, len(c.refDates))
			for j, r := range c.refDates {
				c.similarity[i][j] = c.contentSimilarity(p, r)
			}
		}
	}
	return c.similarity
}

// dateWeight is 1/(|days between a and b| + 1).
func dateWeight(a, b Date) float64 {
	return 1 / (math.Abs(float64(a.DaysTo(b))) + 1)
}

// contentSimilarity is tilse's quick approximation of ROUGE-1 F1 between
// the sentences of a predicted day and of a reference day: raw
// whitespace-separated tokens, case and punctuation kept, matches clipped
// per reference timeline and summed, the predicted tokens counted once per
// reference timeline (also those without the day).
func (c *comparison) contentSimilarity(pred, ref Date) float64 {
	p := c.rawPred[pred]
	match, refTotal := 0, 0
	for _, r := range c.rawRefs[ref] {
		match += p.overlap(r)
		refTotal += r.total
	}
	return f1(float64(match), float64(c.refCount*p.total), float64(match), float64(refTotal)).F
}

// bag is a multiset of tokens: numbered tokens in increasing order with
// their counts.
type bag struct {
	ids    []uint32
	counts []int
	total  int
}

// bagOf returns the bag of the whitespace-separated tokens of sentences.
func (c *comparison) bagOf(sentences []string) bag {
	counts := map[uint32]int{}
	var b bag
	for _, s := range sentences {
		for _, tok := range strings.Fields(s) {
			id, ok := c.words[tok]
			if !ok {
				id = uint32(len(c.words))
				c.words[tok] = id
			}
			if counts[id] == 0 {
				b.ids = append(b.ids, id)
			}
			counts[id]++
			b.total++
		}
	}
	slices.Sort(b.ids)
	b.counts = make([]int, len(b.ids))
	for i, id := range b.ids {
		b.counts[i] = counts[id]
	}
	return b
}

// overlap is the size of the intersection of two bags.
func (b bag) overlap(o bag) int {
	n := 0
	for i, j := 0, 0; i < len(b.ids) && j < len(o.ids); {
		switch {
		case b.ids[i] < o.ids[j]:
			i++
		case b.ids[i] > o.ids[j]:
			j++
		default:
			n += min(b.counts[i], o.counts[j])
			i++
			j++
		}
	}
	return n
}

// cheapest returns for each row the column of its lowest cost (the first
// of equal ones), or -1 for a row without columns.
func cheapest(costs [][]float64) []int {
	out := make([]int, len(costs))
	for i, row := range costs {
		out[i] = -1
		for j, v := range row {
			if out[i] < 0 || v < row[out[i]] {
				out[i] = j
			}
		}
	}
	return out
}
