package pipeline

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/quote"
)

func TestFileUnder(t *testing.T) {
	var ids []string
	for i := 3 * quote.PerKey; i > 0; i-- { // largest first: every one is filed, the largest fall off
		var ok bool
		ids, ok = fileUnder(ids, fmt.Sprintf("q%03d", i))
		if !ok {
			t.Fatalf("q%03d not filed", i)
		}
	}
	if len(ids) != quote.PerKey || ids[0] != "q001" || !slices.IsSorted(ids) {
		t.Fatalf("ids %v", ids)
	}
	if _, ok := fileUnder(ids, "q001"); ok {
		t.Error("an ID filed twice")
	}
	if _, ok := fileUnder(ids, "q999"); ok {
		t.Error("an ID past the PerKey smallest filed")
	}
}
