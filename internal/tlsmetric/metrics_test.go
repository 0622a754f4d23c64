package tlsmetric

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

func day(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func nearScore(a, b rouge.Score) bool { return near(a.P, b.P) && near(a.R, b.R) && near(a.F, b.F) }

func pr(p, r float64) rouge.Score {
	s := rouge.Score{P: p, R: r}
	if p+r > 0 {
		s.F = 2 * p * r / (p + r)
	}
	return s
}

// TestTilseExample is the example of tilse's EVALUATION.md: one predicted
// timeline, two reference timelines, ROUGE with stemming and the SMART
// stopwords ("just", "a", "another", "some", "more", "even", "this", "one",
// "does", "not" go; test, sentenc, content remain against test, match and
// timelin).
func TestTilseExample(t *testing.T) {
	f, err := os.Open(filepath.Join(sharedtest.Dir(t, "eval", "rouge"), "smart_common_words.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stop, err := rouge.ParseStopwords(f)
	if err != nil {
		t.Fatal(err)
	}
	opts := rouge.Options{Stem: true, Stopwords: stop}
	pred := Timeline{
		day("2010-01-01"): {"Just a test .", "Another sentence ."},
		day("2010-01-03"): {"Some more content .", "Even more !"},
	}
	refs := []Timeline{
		{day("2010-01-02"): {"Just a test ."}, day("2010-01-04"): {"This one does not match ."}},
		{day("2010-01-05"): {"Another timeline !"}},
	}
	tests := []struct {
		metric Metric
		want   rouge.Score
	}{
		{Concat, pr(1.0/6, 1.0/3)},     // documented: P 0.1667, R 0.3333, F 0.2222
		{AlignPlus, pr(1.0/12, 1.0/6)}, // documented: P 0.0833, R 0.1667, F 0.1111
	}
	for _, tt := range tests {
		got := Evaluate(tt.metric, pred, refs, opts).Rouge1
		if !nearScore(got, tt.want) {
			t.Errorf("%s: ROUGE-1 %+v, want %+v", tt.metric, got, tt.want)
		}
		t.Logf("%s: ROUGE-1 P %.4f R %.4f F %.4f", tt.metric, got.P, got.R, got.F)
	}
}

// TestEvaluate works through a small case by hand, without stemming or
// stopwords. Reference: 03-01 "alpha beta", 03-03 "gamma delta".
// Prediction: 03-01 "alpha beta", 03-02 "gamma delta", 03-05 "gamma
// epsilon". Align pairs 03-02 with 03-03 (half weight) and leaves 03-05
// out; align+ makes the same pairs at zero cost; align+ m:1 also pairs
// 03-05 with 03-03 (weight 1/3, one matching unigram).
func TestEvaluate(t *testing.T) {
	ref := Timeline{day("2020-03-01"): {"alpha beta"}, day("2020-03-03"): {"gamma delta"}}
	pred := Timeline{
		day("2020-03-01"): {"alpha beta"},
		day("2020-03-02"): {"gamma delta"},
		day("2020-03-05"): {"gamma epsilon"},
	}
	dates := pr(1.0/3, 1.0/2)
	tests := []struct {
		metric         Metric
		rouge1, rouge2 rouge.Score
	}{
		{Concat, pr(4.0/6, 1), pr(3.0/5, 3.0/3)},
		{Agreement, pr(2.0/6, 2.0/4), pr(1.0/3, 1.0/2)},
		{Align, pr(3.0/6, 3.0/4), pr(1.5/3, 1.5/2)},
		{AlignPlus, pr(3.0/6, 3.0/4), pr(1.5/3, 1.5/2)},
		{AlignPlusManyToOne, pr((3+1.0/3)/6, 3.0/4), pr(1.5/3, 1.5/2)},
	}
	for _, tt := range tests {
		got := Evaluate(tt.metric, pred, []Timeline{ref}, rouge.Options{})
		if !nearScore(got.Rouge1, tt.rouge1) || !nearScore(got.Rouge2, tt.rouge2) || !nearScore(got.Date, dates) {
			t.Errorf("%s: got %+v\nwant R1 %+v R2 %+v dates %+v", tt.metric, got, tt.rouge1, tt.rouge2, dates)
		}
	}
}

func TestEvaluateEmpty(t *testing.T) {
	for m := Concat; m <= AlignPlusManyToOne; m++ {
		if got := Evaluate(m, Timeline{}, []Timeline{{}}, rouge.Options{}); got != (Result{}) {
			t.Errorf("%s of empty timelines: %+v", m, got)
		}
		if got := Evaluate(m, Timeline{day("2020-01-01"): {"a"}}, nil, rouge.Options{}); got.Rouge1 != (rouge.Score{}) {
			t.Errorf("%s without references: %+v", m, got)
		}
	}
}

func TestMean(t *testing.T) {
	got := Mean([]Result{
		{Rouge1: rouge.Score{P: 0.2, R: 0.4, F: 0.9}, Date: rouge.Score{P: 1, R: 0.5}},
		{Rouge1: rouge.Score{P: 0.4, R: 0.2, F: 0.9}, Date: rouge.Score{P: 0, R: 0.5}},
	})
	want := Result{Rouge1: pr(0.3, 0.3), Date: pr(0.5, 0.5)}
	if !nearScore(got.Rouge1, want.Rouge1) || !nearScore(got.Rouge2, want.Rouge2) || !nearScore(got.Date, want.Date) {
		t.Errorf("Mean = %+v, want %+v", got, want)
	}
	if Mean(nil) != (Result{}) {
		t.Error("Mean of nothing is not zero")
	}
}

func TestDates(t *testing.T) {
	pred := Timeline{day("2020-01-01"): nil, day("2020-01-02"): nil}
	refs := []Timeline{{day("2020-01-02"): nil}, {day("2020-01-03"): nil, day("2020-01-02"): nil}}
	if got, want := Dates(pred, refs), pr(0.5, 0.5); !nearScore(got, want) {
		t.Errorf("Dates = %+v, want %+v", got, want)
	}
}

// TestAssign checks Assign against every pairing of small random
// matrices, of all shapes up to 5 by 5.
func TestAssign(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 300; trial++ {
		rows, cols := 1+rng.IntN(5), 1+rng.IntN(5)
		costs := make([][]float64, rows)
		for i := range costs {
			costs[i] = make([]float64, cols)
			for j := range costs[i] {
				costs[i][j] = float64(rng.IntN(20)) / 4
			}
		}
		got := Assign(costs)
		total, used, paired := 0.0, map[int]bool{}, 0
		for i, j := range got {
			if j < 0 {
				continue
			}
			if used[j] {
				t.Fatalf("%v: column %d used twice in %v", costs, j, got)
			}
			used[j] = true
			paired++
			total += costs[i][j]
		}
		if paired != min(rows, cols) {
			t.Fatalf("%v: %d pairs in %v, want %d", costs, paired, got, min(rows, cols))
		}
		if best := bruteForce(costs, 0, map[int]bool{}, min(rows, cols)); !near(total, best) {
			t.Fatalf("%v: Assign %v costs %v, optimum %v", costs, got, total, best)
		}
	}
	if Assign(nil) != nil {
		t.Error("Assign(nil) is not nil")
	}
}

// bruteForce returns the least total cost of pairing `left` more rows
// from row i on with unused columns.
func bruteForce(costs [][]float64, i int, used map[int]bool, left int) float64 {
	if left == 0 {
		return 0
	}
	if len(costs)-i < left {
		return math.Inf(1)
	}
	best := bruteForce(costs, i+1, used, left) // row i left out
	for j := range costs[i] {
		if !used[j] {
			used[j] = true
			best = min(best, costs[i][j]+bruteForce(costs, i+1, used, left-1))
			used[j] = false
		}
	}
	return best
}

func TestMetricString(t *testing.T) {
	if AlignPlusManyToOne.String() != "align+ m:1" || Metric(99).String() != "unknown" {
		t.Error("metric names")
	}
}
