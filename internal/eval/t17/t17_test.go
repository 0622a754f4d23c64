package t17

import (
	"os"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// TestDev runs the evaluation when DATELINE_T17_DBDIR names a directory
// for the collections' databases (they take minutes to ingest).
func TestDev(t *testing.T) {
	dbdir := os.Getenv("DATELINE_T17_DBDIR")
	if dbdir == "" {
		t.Skip("set DATELINE_T17_DBDIR to run the Timeline17 evaluation")
	}
	dir := sharedtest.Dir(t, "eval", "tls", "t17")
	res, err := RunWith(dir, os.Stdout, Options{DBDir: dbdir, Out: os.Getenv("DATELINE_T17_OUT")})
	if err != nil {
		t.Fatal(err)
	}
	if res.Mean.Date.F < 0.5 {
		t.Errorf("date F1 %.3f", res.Mean.Date.F)
	}
}
