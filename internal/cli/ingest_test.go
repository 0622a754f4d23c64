package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// TestMain lets the test binary act as the dateline command, so that tests
// can run it as a separate process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("DATELINE_TEST_MAIN") == "1" {
		os.Exit(Run(context.Background(), os.Args[1:], IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}))
	}
	os.Exit(m.Run())
}

const scrape = `Live updates

Harbour bridge reopens after storm repairs

Engineers reopened the harbour bridge on %[1]d March after a week of repairs, the port authority said.

Traffic was light in the first hour, officials said.

Ferry services resume on the eastern route

Ferries will run every %[1]d minutes from Monday, the operator announced.

Load more updates
`

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func summaryCounts(t *testing.T, out string) (docs, posts int) {
	t.Helper()
	m := regexp.MustCompile(`: (\d+) documents .* (\d+) posts,`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line in %q", out)
	}
	fmt.Sscan(m[1], &docs)
	fmt.Sscan(m[2], &posts)
	return docs, posts
}

// committed counts the documents stored in db, or -1 if it cannot be read.
func committed(db string) int {
	if _, err := os.Stat(db); err != nil {
		return -1
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		return -1
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		return -1
	}
	return st.Documents
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), []byte(fmt.Sprintf(scrape, 3)))
	writeFile(t, filepath.Join(dir, "binary.txt"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00"))
	writeFile(t, filepath.Join(dir, "latin1.txt"), []byte("Caf\xe9 owners protest\n\nOwners of the caf\xe9 said the rent rise was \x93unfair\x94.\n"))
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	big := bytes.Repeat([]byte("The committee met again today and adjourned without a vote.\n\n"), 50<<20/62+1)
	writeFile(t, filepath.Join(dir, "huge.txt"), big)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(fmt.Sprintf(scrape, 9)))
	zw.Close()
	writeFile(t, filepath.Join(dir, "truncated.txt.gz"), gz.Bytes()[:gz.Len()/2])

	db := filepath.Join(t.TempDir(), "bad.db")
	out, stderr, code := run(t, "--db", db, "ingest", dir)
	if code != ExitFailed {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, ExitFailed, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := map[string]string{"binary.txt": "binary", "empty.txt": "empty", "huge.txt": "too large", "truncated.txt.gz": "truncated gzip"}
	if len(lines) != len(want) {
		t.Errorf("%d error lines, want %d (one per bad input):\n%s", len(lines), len(want), stderr)
	}
	for name, what := range want {
		found := false
		for _, l := range lines {
			found = found || (strings.Contains(l, name) && strings.Contains(l, what))
		}
		if !found {
			t.Errorf("no error line naming %s (%s) in:\n%s", name, what, stderr)
		}
	}
	docs, posts := summaryCounts(t, out)
	if docs != 2 || posts != 3 {
		t.Errorf("stored %d documents, %d posts; want 2 (good, latin1) and 3", docs, posts)
	}
	for _, p := range exportPosts(t, db) {
		if strings.Contains(p.Text, "caf") && !strings.Contains(p.Text, "café said the rent rise was “unfair”") {
			t.Errorf("Windows-1252 text decoded wrongly: %q", p.Text)
		}
	}

	// a second run stores nothing twice
	out, _, code = run(t, "--db", db, "ingest", dir)
	if code != ExitFailed {
		t.Errorf("second run exit %d, want %d", code, ExitFailed)
	}
	if docs, posts := summaryCounts(t, out); docs != 0 || posts != 0 {
		t.Errorf("second run stored %d documents, %d posts; want none", docs, posts)
	}
	if n := len(exportPosts(t, db)); n != 3 {
		t.Errorf("%d posts after re-run, want 3", n)
	}
}

func TestIngestUsage(t *testing.T) {
	for _, args := range [][]string{{"ingest"}, {"ingest", "--nope", "x"}, {"export", "--what", "nothing"}, {"frobnicate"}, {"search"}} {
		if _, _, code := run(t, append([]string{"--db", filepath.Join(t.TempDir(), "u.db")}, args...)...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
	}
}

func TestIngestStdinAndMissing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stdin.db")
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"--db", db, "ingest", "-", "/no/such/file.txt"},
		IO{In: strings.NewReader(fmt.Sprintf(scrape, 5)), Out: &out, Err: &errb})
	if code != ExitFailed || !strings.Contains(errb.String(), "/no/such/file.txt") {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming the missing file", code, errb.String())
	}
	if docs, posts := summaryCounts(t, out.String()); docs != 1 || posts != 2 {
		t.Errorf("stdin stored %d documents, %d posts; want 1 and 2", docs, posts)
	}
}

// TestIngestSurvivesKill kills an ingest midway with SIGKILL, then checks
// that the database opens and a re-run completes the work exactly once.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	const n = 3000
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), []byte(fmt.Sprintf(scrape, i+10)))
	}
	db := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(os.Args[0], "--db", db, "ingest", "--workers", "1", dir)
	cmd.Env = append(os.Environ(), "DATELINE_TEST_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait until some documents are committed, then kill
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		if committed(db) > 0 {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	before := committed(db) // the database opens after the kill
	if before <= 0 || before >= n {
		t.Logf("kill landed at %d of %d documents: not midway", before, n)
	}

	out, stderr, code := run(t, "--db", db, "ingest", dir)
	if code != 0 {
		t.Fatalf("re-run after kill: exit %d: %s", code, stderr)
	}
	docs, _ := summaryCounts(t, out)
	t.Logf("the re-run stored %d of %d documents", docs, n)
	posts := exportPosts(t, db)
	// every document has two posts of its own
	ids := map[string]bool{}
	for _, p := range posts {
		if ids[p.ID] {
			t.Fatalf("post %s stored twice", p.ID)
		}
		ids[p.ID] = true
	}
	if len(posts) != 2*n {
		t.Errorf("%d posts after kill and re-run, want %d", len(posts), 2*n)
	}
}
