package cli

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestAnalyzeGolden runs `analyze` on invented example pages and compares
// the JSON (posts, quotes, entities, dates) with golden files.
func TestAnalyzeGolden(t *testing.T) {
	for _, name := range []string{"000_e04b4430e8b073d6.txt", "008_69c9d923dc1f22c3.txt"} {
		t.Run(name, func(t *testing.T) {
			out, stderr, code := run(t, "analyze", filepath.Join("..", "..", "examples", name))
			if code != 0 {
				t.Fatalf("analyze: exit %d: %s", code, stderr)
			}
			golden := filepath.Join("testdata", name+".analyze.golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if out != string(want) {
				t.Errorf("analyze output differs from %s (go test -run AnalyzeGolden -update to accept)", golden)
			}
		})
	}
}
