package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus finds ../shared/eval/quotes/polnear/<split> relative to the
// module root, skipping the test when it is absent.
func corpus(t *testing.T, split string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the package directory")
		}
		dir = parent
	}
	p := filepath.Join(filepath.Dir(dir), "shared", "eval", "quotes", "polnear", split)
	if _, err := os.Stat(filepath.Join(p, "text")); err != nil {
		t.Skipf("PolNeAR %s split not present at %s", split, p)
	}
	return p
}

func TestDev(t *testing.T) {
	var b strings.Builder
	res, err := Run(corpus(t, "dev"), &b)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if res.F1 < 0.90 || res.SpeakerAccuracy < 0.90 {
		t.Errorf("PolNeAR dev: quote F1 %.3f, speaker accuracy %.3f; want both >= 0.90", res.F1, res.SpeakerAccuracy)
	}
}
