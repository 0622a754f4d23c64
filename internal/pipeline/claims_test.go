package pipeline

import (
	"context"
	"testing"

	"github.com/dateline-news/dateline/internal/store"
)

// postsStore is a store that knows some post IDs.
type postsStore struct {
	store.Store
	posts map[string]bool
}

func (s postsStore) HasPost(_ context.Context, id string) (bool, error) { return s.posts[id], nil }

func TestClaimsEarliestDocumentAnnotates(t *testing.T) {
	ctx := context.Background()
	st := postsStore{posts: map[string]bool{"old": true}}
	c := newClaims(st)
	steps := []struct {
		post string
		seq  int
		want bool
	}{
		{"old", 1, true}, // stored before the run
		{"p", 5, false},  // first seen at 5: annotate
		{"p", 3, false},  // an earlier document has it too: it annotates
		{"p", 5, true},   // 5 asks again: 3 stores it
		{"p", 7, true},   // so does every later document
		{"p", 3, false},  // 3 itself (a post repeated in one document)
		{"q", 9, false},
	}
	for _, s := range steps {
		if got := c.storedElsewhere(ctx, s.post, s.seq); got != s.want {
			t.Errorf("storedElsewhere(%s, %d) = %v, want %v", s.post, s.seq, got, s.want)
		}
	}
	c.committed(5) // 3's batch is stored: the store answers for p now
	if _, ok := c.by["p"]; ok {
		t.Error("claim on p kept after its document was committed")
	}
	if _, ok := c.by["q"]; !ok {
		t.Error("claim on q (document 9, not committed) dropped")
	}
	st.posts["p"] = true
	if !c.storedElsewhere(ctx, "p", 11) {
		t.Error("p, committed, not reported stored")
	}
}
