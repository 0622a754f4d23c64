package dedupeval

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runShared(t *testing.T, rel string) {
	path := filepath.Join(sharedtest.Dir(t), rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: %v", path, err)
	}
	var report strings.Builder
	res, err := Run(path, &report)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + report.String())
	if res.Recall80 < 0.98 {
		t.Errorf("recall at J>=0.8 = %.4f, want >= 0.98", res.Recall80)
	}
	if res.Precision < 0.99 {
		t.Errorf("precision = %.4f, want >= 0.99", res.Precision)
	}
	if res.Pairs80 < 500 {
		t.Errorf("only %d pairs at J>=0.8: too few to measure", res.Pairs80)
	}
}

// TestTimeline17 runs the harness on Timeline17's articles (PTB-tokenised,
// one sentence per line).
func TestTimeline17(t *testing.T) { runShared(t, "eval/tls/t17") }

// TestHeldOutPolNeAR runs the same check on text of another kind never used
// to choose parameters: PolNeAR's plain-text political news.
func TestHeldOutPolNeAR(t *testing.T) { runShared(t, "eval/quotes/polnear/dev/text") }

// TestNaturalPairs prints the similarity histogram of real sentence and
// document pairs behind the default thresholds (run with -v to read it).
// One collection keeps it quick; DEDUP_NATURAL=all takes all of Timeline17.
func TestNaturalPairs(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t), "eval/tls/t17/bpoil_reuters")
	if os.Getenv("DEDUP_NATURAL") == "all" {
		path = filepath.Dir(path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: %v", path, err)
	}
	var report strings.Builder
	if err := NaturalPairs(path, &report); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + report.String())
}
