package scrapinghub

import (
	"bytes"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

func TestShingles(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"One, two!", map[string]int{"One\x00two": 1}},
		{"a b c d e", map[string]int{"a\x00b\x00c\x00d": 1, "b\x00c\x00d\x00e": 1}},
		{"x x x x x", map[string]int{"x\x00x\x00x\x00x": 2}},
		// Python's \w: letters, digits and the underscore, in any script.
		{"Café ___ 東京 №5", map[string]int{"Café\x00___\x00東京\x005": 1}},
	}
	for _, tt := range tests {
		got := shingles(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("shingles(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("shingles(%q)[%q] = %d, want %d", tt.text, k, got[k], v)
			}
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScores(t *testing.T) {
	truth := "one two three four five six"
	pages := []counts{
		match(truth, truth),                         // P 1, R 1
		match(truth, truth+" seven eight nine ten"), // 3 of 7 shingles extra
		match(truth, ""),                            // no prediction: recall 0, no precision
		match("", ""),                               // neither: counts nowhere
	}
	if c := pages[1]; !near(c.precision(), 3.0/7) || !near(c.recall(), 1) {
		t.Errorf("page 1: P %v R %v", c.precision(), c.recall())
	}
	p, r, f1 := scores(pages)
	wantP, wantR := (1+3.0/7)/2, (1+1+0)/3.0
	if !near(p, wantP) || !near(r, wantR) || !near(f1, 2*wantP*wantR/(wantP+wantR)) {
		t.Errorf("scores = %v %v %v, want %v %v", p, r, f1, wantP, wantR)
	}
}

// TestRun scores the extractor on the DEV pages of the benchmark and holds
// it to the acceptance threshold.
func TestRun(t *testing.T) {
	dir := sharedtest.Dir(t, "eval", "extraction", "scrapinghub")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("no ground truth in %s", dir)
	}
	var out bytes.Buffer
	res, err := Run(dir, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out.String())
	if res.Pages == 0 || !strings.Contains(out.String(), "worst pages") {
		t.Errorf("report incomplete:\n%s", out.String())
	}
	if res.F1 < 0.975 {
		t.Errorf("F1 %.4f below 0.975 (P %.4f, R %.4f)", res.F1, res.Precision, res.Recall)
	}
}

// TestBaseline scores go-trafilatura's bare Extract (fallbacks on, as the
// benchmark runs it) on the same pages, for comparison; it asserts only
// that Dateline's extractor does better.
func TestBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs the baseline extractor over the benchmark")
	}
	dir := sharedtest.Dir(t, "eval", "extraction", "scrapinghub")
	var out bytes.Buffer
	base, err := run(dir, &out, func(page []byte, _ string) (string, error) {
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: true})
		if err != nil {
			return "", err
		}
		return res.ContentText, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("go-trafilatura baseline:\n%s", out.String())
	ours, err := Run(dir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if ours.F1 <= base.F1 || ours.Precision <= base.Precision {
		t.Errorf("Dateline F1 %.4f P %.4f does not beat go-trafilatura F1 %.4f P %.4f", ours.F1, ours.Precision, base.F1, base.Precision)
	}
}
