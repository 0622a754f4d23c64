package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/hostiletest"
)

// TestHostileBatch ingests every hostile input of package hostiletest in
// one batch beside ordinary articles: each hostile input gets a clear
// error naming it (or is stored correctly), and the rest of the batch is
// stored. Time and memory bounds are measured by bench/hostile.sh.
func TestHostileBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and ingests about 30 MB of hostile inputs")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	cases, err := hostiletest.Write(in)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "h.db")
	out, stderr, code := run(t, "--db", db, "ingest", "--no-progress", in)
	if code != ExitFailed {
		t.Fatalf("ingest: exit %d, want 1 (some inputs refused)\n%s%s", code, out, stderr)
	}
	if strings.ContainsAny(stderr+out, "\x1b\a") {
		t.Errorf("raw escape sequence printed:\n%q", stderr)
	}
	errLines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, line := range errLines {
		if !strings.HasPrefix(line, "error: ") {
			t.Errorf("stderr line that is not an error line: %q", line)
		}
	}
	stored := map[string]bool{}
	for _, p := range exportPosts(t, db) {
		stored[filepath.Base(p.Source)] = true
	}
	for _, c := range cases {
		shown := terminalText(c.Name)
		var said string
		for _, line := range errLines {
			if strings.Contains(line, shown) {
				said = line
			}
		}
		switch c.Want {
		case hostiletest.Refused:
			if said == "" || !strings.Contains(said, c.ErrorSays) {
				t.Errorf("%s (%s): error %q, want one naming it and saying %q", shown, c.What, said, c.ErrorSays)
			}
			if stored[c.Name] {
				t.Errorf("%s (%s): stored", shown, c.What)
			}
		case hostiletest.Stored:
			if !stored[c.Name] && c.Name != "encoded.warc" {
				t.Errorf("%s (%s): not stored (%s)", shown, c.What, said)
			}
		}
	}
	// The WARC: the oversized record is reported by its URL, the records
	// around it are stored.
	var warcURLs []string
	for _, p := range exportPosts(t, db) {
		if strings.HasPrefix(p.URL, "https://news.example.com/") {
			warcURLs = append(warcURLs, p.URL)
		}
	}
	if len(warcURLs) != 2 || !strings.Contains(stderr, "news.example.com/huge") {
		t.Errorf("encoded.warc: stored %v, errors:\n%s", warcURLs, stderr)
	}

	// A query of 20,000 terms is a usage error at once.
	_, qerr, code := run(t, "--db", db, "search", hostiletest.LongQuery(20000))
	if code != ExitUsage {
		t.Errorf("20,000-term search: exit %d: %s", code, qerr)
	}
}
