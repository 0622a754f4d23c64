package rouge

import (
	"strings"
	"testing"
)

func words(s string) []string { return strings.Fields(s) }

func TestNCounts(t *testing.T) {
	tests := []struct {
		name string
		peer string
		refs []string
		n    int
		want Counts
	}{
		{"unigrams", "the cat sat on the mat", []string{"the cat was on the mat"}, 1, Counts{5, 6, 6}},
		{"bigrams", "the cat sat on the mat", []string{"the cat was on the mat"}, 2, Counts{3, 5, 5}},
		{"clipped", "the the the", []string{"the cat"}, 1, Counts{1, 2, 3}},
		{"references add up", "the cat", []string{"the cat", "a dog", "the dog"}, 1, Counts{3, 6, 6}},
		{"long n-grams", "a b c d e f", []string{"a b c d e f", "a b c d e x"}, 5, Counts{3, 4, 4}},
		{"shorter than n", "a b", []string{"a b"}, 3, Counts{0, 0, 0}},
		{"no reference", "a b", nil, 1, Counts{}},
		{"n below 1", "a b", []string{"a b"}, 0, Counts{}},
	}
	for _, tt := range tests {
		refs := make([][]string, len(tt.refs))
		for i, r := range tt.refs {
			refs[i] = words(r)
		}
		if got := NCounts(words(tt.peer), refs, tt.n); got != tt.want {
			t.Errorf("%s: NCounts = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestLCounts(t *testing.T) {
	sentences := func(ss ...string) [][]string {
		out := make([][]string, len(ss))
		for i, s := range ss {
			out[i] = words(s)
		}
		return out
	}
	tests := []struct {
		name string
		peer [][]string
		refs [][][]string
		want Counts
	}{
		// Lin (2004), section 3.2: the union LCS of r with c1 and c2 is
		// w1 w2 w3 w5.
		{"union LCS", sentences("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"),
			[][][]string{sentences("w1 w2 w3 w4 w5")}, Counts{4, 5, 10}},
		{"in-order words", sentences("police kill the gunman"),
			[][][]string{sentences("police killed the gunman")}, Counts{3, 4, 4}},
		{"reordered", sentences("the gunman kill police"),
			[][][]string{sentences("police killed the gunman")}, Counts{2, 4, 4}},
		{"clipped by unigram counts", sentences("a b"),
			[][][]string{sentences("a b", "a b")}, Counts{2, 4, 2}},
		{"references add up", sentences("a b"),
			[][][]string{sentences("a b"), sentences("b a")}, Counts{3, 4, 4}},
		{"empty sentences", sentences("", "a"),
			[][][]string{sentences("", "a")}, Counts{1, 1, 1}},
	}
	for _, tt := range tests {
		if got := LCounts(tt.peer, tt.refs); got != tt.want {
			t.Errorf("%s: LCounts = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestScores(t *testing.T) {
	if got, want := (Counts{Hit: 1, Model: 2, Peer: 4}).Score(), (Score{P: 0.25, R: 0.5, F: 1.0 / 3}); got != want {
		t.Errorf("Score = %+v, want %+v", got, want)
	}
	if got := (Counts{}).Score(); got != (Score{}) {
		t.Errorf("zero Counts score %+v", got)
	}
	// rouge.res, CLASSY04 ROUGE-1 d30001: 170 hits of 407 model and 412
	// peer unigrams.
	if got, want := (Counts{Hit: 170, Model: 407, Peer: 412}).Reported(0.5), (Score{P: 0.41262, R: 0.41769, F: 0.41514}); got != want {
		t.Errorf("Reported = %+v, want %+v", got, want)
	}
	for _, tt := range []struct{ p, r, alpha, want float64 }{
		{0.5, 0.25, 0.5, 1.0 / 3},
		{0.5, 0.25, 1, 0.5},
		{0.5, 0.25, 0, 0.25},
		{0, 0, 0.5, 0},
	} {
		if got := FMeasure(tt.p, tt.r, tt.alpha); got != tt.want {
			t.Errorf("FMeasure(%v, %v, %v) = %v, want %v", tt.p, tt.r, tt.alpha, got, tt.want)
		}
	}
}

func TestAveragesConstant(t *testing.T) {
	s := Score{P: 0.25, R: 0.5, F: 0.33333}
	want := Average{Mean: s, Lower: s, Upper: s}
	if got := Averages([]Score{s, s, s}, 100, 95); got != want {
		t.Errorf("Averages = %+v, want %+v", got, want)
	}
	if got := Averages(nil, 10, 95); got != (Average{}) {
		t.Errorf("Averages of nothing = %+v", got)
	}
}
