package digest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/summary"
)

// A sentence carried by more documents than MaxCited cites its first
// MaxCited, and its record keeps them all.
func TestCitedBound(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	var srcs []domain.Source
	for i := range MaxCited + 4 {
		srcs = append(srcs, domain.Source{DocID: fmt.Sprintf("d%02d", i), PostID: fmt.Sprintf("p%02d", i), Outlet: fmt.Sprintf("o%02d.example", i)})
	}
	c := NewCitations(st, nil)
	for range 2 { // the second time, the same numbers
		rec, err := c.Sentence(ctx, summary.Sentence{Text: "Wire copy.", PostID: "p00", Sources: srcs})
		if err != nil {
			t.Fatal(err)
		}
		if want := []int{1, 2, 3, 4, 5, 6, 7, 8}; !slices.Equal(rec.Citations, want) {
			t.Errorf("citations %v, want %v", rec.Citations, want)
		}
		if len(rec.Sources) != len(srcs) {
			t.Errorf("%d sources in the record, want %d", len(rec.Sources), len(srcs))
		}
	}
	if n := len(c.Sources()); n != MaxCited {
		t.Errorf("source list of %d, want %d", n, MaxCited)
	}
}

// A source without a post (a post's own sources) is cited as the
// sentence's post, and the sentence's sources are left as they were.
func TestSourceTakesSentencePost(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	srcs := []domain.Source{{DocID: "d1", Outlet: "a.example"}, {DocID: "d2", PostID: "p2", Outlet: "b.example"}}
	rec, err := NewCitations(st, nil).Sentence(ctx, summary.Sentence{Text: "Wire copy.", PostID: "p1", Sources: srcs})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range rec.Sources {
		got = append(got, s.PostID)
	}
	if want := []string{"p1", "p2"}; !slices.Equal(got, want) {
		t.Errorf("source posts %v, want %v", got, want)
	}
	if srcs[0].PostID != "" {
		t.Errorf("the sentence's source was changed: %+v", srcs[0])
	}
}

// memStore is an empty in-memory store, closed when the test ends.
func memStore(t *testing.T) store.Store {
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
