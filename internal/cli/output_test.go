package cli

import (
	"encoding/json"
	"github.com/dateline-news/dateline/internal/record"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTerminalText(t *testing.T) {
	for _, tt := range []struct{ in, want, lines string }{
		{"plain text, «ünïcode» 北京", "plain text, «ünïcode» 北京", "plain text, «ünïcode» 北京"},
		{"red \x1b[31malert\x1b[0m", `red \x1b[31malert\x1b[0m`, `red \x1b[31malert\x1b[0m`},
		{"two\nlines\tand tab", `two\nlines\tand tab`, "two\nlines\tand tab"},
		{"carriage\rreturn", `carriage\rreturn`, `carriage\rreturn`},
		{"bell\a del\x7f", `bell\x07 del\x7f`, `bell\x07 del\x7f`},
		{"c1 \u009b31m", `c1 \u009b31m`, `c1 \u009b31m`},
		{"bidi \u202egnp.exe", `bidi \u202egnp.exe`, `bidi \u202egnp.exe`},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
	} {
		if got := terminalText(tt.in); got != tt.want {
			t.Errorf("terminalText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := terminalLines(tt.in); got != tt.lines {
			t.Errorf("terminalLines(%q) = %q, want %q", tt.in, got, tt.lines)
		}
	}
}

// TestNothingRawReachesTheTerminal ingests a page whose title and text
// carry terminal escape sequences, and a file whose name carries a line
// break: nothing printed holds a control character, and the bad file name
// cannot forge a line of its own.
func TestNothingRawReachesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	writeFile(t, filepath.Join(in, "page.txt"), []byte("Harbour \x1b]0;owned\x07bridge \x1b[2Jreopens\n\n"+
		"\x1b[31mEngineers reopened the harbour bridge on Monday,\x1b[0m the port authority said.\n\n"+
		"\"We are \x1b[5mdelighted\x1b[0m with the repairs,\" said Anna Berg, the port director.\n"))
	forged := filepath.Join(in, "empty\nerror: forged line.txt")
	writeFile(t, forged, nil)

	out, stderr, code := run(t, "--db", db, "ingest", in)
	if code != ExitFailed {
		t.Fatalf("ingest: exit %d, want 1 (one bad input): %s", code, stderr)
	}
	if n := strings.Count(stderr, "error:"); n != 2 || strings.Count(stderr, "\nerror: forged") != 0 {
		t.Errorf("stderr holds a forged line:\n%s", stderr)
	}
	outputs := []string{out, stderr}
	for _, args := range [][]string{
		{"search", "harbour"},
		{"quotes"},
	} {
		out, stderr, code := run(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if !strings.Contains(out, `\x1b[`) {
			t.Errorf("%v: escaped sequence not shown:\n%s", args, out)
		}
		outputs = append(outputs, out, stderr)
	}
	for _, o := range outputs {
		if strings.ContainsAny(o, "\x1b\x07\r") {
			t.Errorf("raw control character printed: %q", o)
		}
	}
}

func TestReadCommandsNeedADatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{{"search", "x"}, {"quotes"}, {"entities"}, {"export", "--what", "posts"}} {
		_, stderr, code := run(t, append([]string{"--db", db}, args...)...)
		if code != ExitUsage || !strings.Contains(stderr, "no database at") {
			t.Errorf("%v on a missing database: exit %d, %q; want exit 2 and a clear message", args, code, stderr)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a read command created %s", db)
	}
}

func TestDatabasePathIsAFilePath(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("Harbour bridge reopens\n\nEngineers reopened the harbour bridge on Monday.\n"))
	for _, name := range []string{"x#y.db", "q?mode=ro.db"} {
		db := filepath.Join(dir, name)
		if _, stderr, code := run(t, "--db", db, "ingest", "-q", filepath.Join(dir, "a.txt")); code != 0 {
			t.Fatalf("--db %q: exit %d: %s", name, code, stderr)
		}
		if _, err := os.Stat(db); err != nil {
			t.Errorf("--db %q: %v", name, err)
		}
		if out, stderr, code := run(t, "--db", db, "search", "harbour"); code != 0 || !strings.Contains(out, "1. ") {
			t.Errorf("--db %q: search: exit %d: %s%s", name, code, out, stderr)
		}
	}
}

func TestFlagValuesThatMeanNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	page := filepath.Join(dir, "a.txt")
	writeFile(t, page, []byte("Harbour bridge reopens\n\nEngineers reopened the harbour bridge on Monday.\n"))
	if _, stderr, code := run(t, "--db", db, "ingest", "-q", page); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	for _, args := range [][]string{
		{"search", "harbour", "--limit", "0"},
		{"search", "harbour", "--limit", "-1"},
		{"quotes", "--limit", "0"},
		{"quotes", "--limit", "-3"},
		{"entities", "--top", "0"},
		{"entities", "--top", "-1"},
		{"ingest", page, "--workers", "10000000"},
		{"ingest", page, "--workers", "-1"},
		{"ingest", page, "--max-doc-size", "0"},
		{"ingest", page, "--host-delay", "-1s"},
		{"ingest", page, "--timeout", "0"},
		{"watch", page, "--rounds", "-1"},
		{"watch", page, "--every", "0"},
	} {
		_, stderr, code := run(t, append([]string{"--db", db}, args...)...)
		if code != ExitUsage || !strings.Contains(stderr, "want") {
			t.Errorf("%v: exit %d, %q; want a usage error saying what is wanted", args, code, stderr)
		}
	}
	for _, args := range [][]string{
		{"quotes", "--limit", "1"},
		{"entities", "--top", "1"},
		{"ingest", "-q", page, "--host-delay", "0", "--workers", "2"},
	} {
		if _, stderr, code := run(t, append([]string{"--db", db}, args...)...); code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
}

// TestWatchFailingEveryPoll: a bounded watch whose feeds all failed exits
// 1, not 0.
func TestWatchFailingEveryPoll(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	_, stderr, code := run(t, "--db", db, "watch", "--rounds", "1", "--every", "1ms", filepath.Join(dir, "missing.xml"))
	if code != ExitFailed || !strings.Contains(stderr, "1 of 1 feeds failed") {
		t.Errorf("watch of a missing feed: exit %d, %q; want exit 1", code, stderr)
	}
}

// TestProvenanceCountsCarriers: one page repeating a sentence is one
// carrier, two scrapes of no known outlet are two documents, "first by"
// needs a date, and no path is printed.
func TestProvenanceCountsCarriers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	in := filepath.Join(dir, "scrapes")
	os.Mkdir(in, 0o755)
	repeat := "The storm barrier held through the night, the harbour master confirmed to reporters."
	writeFile(t, filepath.Join(in, "a.txt"), []byte("Storm barrier holds\n\n"+repeat+" Crews checked the gates at dawn and found no damage to the hinges.\n\n"+
		"Shops on the quay opened late. "+repeat+"\n\nFerries will run a reduced timetable until the weekend.\n"))
	if _, stderr, code := run(t, "--db", db, "ingest", "-q", in); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	carriers := func() (sources, outlets int) {
		out, _, _ := run(t, "--db", db, "export", "--what", "passages")
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var p record.Passage
			if err := json.Unmarshal([]byte(line), &p); err != nil {
				t.Fatal(err)
			}
			if p.Text == repeat {
				return len(p.Sources), p.Outlets
			}
		}
		t.Fatalf("no passage %q in\n%s", repeat, out)
		return 0, 0
	}
	if sources, outlets := carriers(); sources != 2 || outlets != 1 {
		t.Errorf("one page repeating a sentence: %d sources, %d carriers; want 2, 1", sources, outlets)
	}
	writeFile(t, filepath.Join(in, "b.txt"), []byte("Barrier holds in storm\n\nFerries will run a reduced timetable until the weekend.\n\nThe council will review the flood plan next month. "+repeat+"\n"))
	if _, stderr, code := run(t, "--db", db, "ingest", "-q", in); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	if sources, outlets := carriers(); sources != 3 || outlets != 2 {
		t.Errorf("two pages: %d sources, %d carriers; want 3, 2", sources, outlets)
	}
	out, _, _ := run(t, "--db", db, "search", "reduced timetable")
	if !strings.Contains(out, `carried by 2 documents (outlets unknown), earliest read "a.txt"`) || strings.Contains(out, in) || strings.Contains(out, "first by") {
		t.Errorf("two undated scrapes:\n%s", out)
	}
}

// TestIngestOutlet: --outlet names the outlet of scrapes that carry none,
// so that --outlet filters find them and provenance names it.
func TestIngestOutlet(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	page := filepath.Join(dir, "quay.txt")
	writeFile(t, page, []byte("Quay shops reopen\n\nShops on the quay reopened on Monday after the storm barrier held through the night.\n"))
	if _, stderr, code := run(t, "--db", db, "ingest", "-q", "--outlet", "Harbour Times", page); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	out, _, _ := run(t, "--db", db, "search", "quay", "--outlet", "harbour times")
	if !strings.Contains(out, "1. Quay shops reopen") || !strings.Contains(out, "carried by 1 outlet, earliest read Harbour Times") {
		t.Errorf("search --outlet after ingest --outlet:\n%s", out)
	}
}
