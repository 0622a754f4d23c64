package t17

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

func TestReadGold(t *testing.T) {
	in := "2010-09-19\nThe well is sealed .\n--------------------------------\n2010-09-17\nCement is pumped .\nA second line .\n" +
		"--------------------------------\n2010-09-19\nA later block of the same day .\n--------------------------------\n"
	g, err := ReadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	days := g.Days()
	if len(days) != 2 || !days[0].Equal(time.Date(2010, 9, 17, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("days %v", days)
	}
	if got := g[days[1]]; len(got) != 2 || got[1] != "A later block of the same day ." {
		t.Errorf("merged block: %q", got)
	}
	if _, err := ReadGold(strings.NewReader("not a date\n")); err == nil {
		t.Error("a block without a date line: no error")
	}
}

// TestDev runs the evaluation when DATELINE_T17_DBDIR names a directory
// for the collections' databases (they take minutes to ingest).
func TestDev(t *testing.T) {
	dbdir := os.Getenv("DATELINE_T17_DBDIR")
	if dbdir == "" {
		t.Skip("set DATELINE_T17_DBDIR to run the Timeline17 evaluation")
	}
	dir := sharedtest.Dir(t, "eval", "tls", "t17")
	res, err := RunWith(dir, os.Stdout, Options{DBDir: dbdir})
	if err != nil {
		t.Fatal(err)
	}
	if res.Mean.DateF < 0.5 {
		t.Errorf("date F1 %.3f", res.Mean.DateF)
	}
}
