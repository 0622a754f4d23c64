package timeml

import (
	"bytes"
	"flag"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"testing"
)

var printReport = flag.Bool("report", false, "print the full evaluation report")

// TestTBAQ runs the harness on the TempEval-3 training data and checks the
// acceptance thresholds (relaxed F1 ≥ 0.90, value F1 ≥ 0.80).
func TestTBAQ(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t), "eval", "timex", "tbaq")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("TimeML gold data not available at %s", path)
	}
	var buf bytes.Buffer
	res, err := Run(path, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if *printReport {
		os.Stdout.Write(buf.Bytes())
	}
	t.Logf("strict F1 %.3f relaxed F1 %.3f type acc %.3f value F1 %.3f", res.StrictF1, res.RelaxedF1, res.TypeAccuracy, res.ValueF1)
	if res.RelaxedF1 < 0.90 {
		t.Errorf("relaxed F1 %.3f < 0.90", res.RelaxedF1)
	}
	if res.ValueF1 < 0.80 {
		t.Errorf("value F1 %.3f < 0.80", res.ValueF1)
	}
}
