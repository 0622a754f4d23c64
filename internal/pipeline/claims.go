package pipeline

import (
	"context"
	"sync"

	"github.com/dateline-news/dateline/internal/store"
)

// claims tells the workers which posts another document stores: one
// stored before the run, or one read earlier in it (the store keeps the
// first copy of a post, in read order). Workers annotate documents out of
// order, so each post remembers the earliest document that has it; the
// entries of committed documents are dropped, the store answering for
// them.
type claims struct {
	st store.Store
	mu sync.Mutex
	by map[string]int // post ID → the earliest read position carrying it
}

func newClaims(st store.Store) *claims {
	return &claims{st: st, by: make(map[string]int)}
}

// storedElsewhere reports whether a post of the document at read position
// seq is stored, or will be, from another document. A store error counts
// as "no": the post is then annotated, which is always correct.
func (c *claims) storedElsewhere(ctx context.Context, postID string, seq int) bool {
	c.mu.Lock()
	first, ok := c.by[postID]
	if !ok || seq < first {
		c.by[postID] = seq
	}
	c.mu.Unlock()
	if ok && first < seq {
		return true
	}
	stored, err := c.st.HasPost(ctx, postID)
	return err == nil && stored
}

// carriedBefore reports whether a post of the document at read position
// seq is carried by a document before it (stored, or read earlier in the
// run). The sequencer asks, in read order: by then every earlier
// document's claims are made, and those of committed documents are in
// the store.
func (c *claims) carriedBefore(ctx context.Context, postID string, seq int) (bool, error) {
	c.mu.Lock()
	first, ok := c.by[postID]
	c.mu.Unlock()
	if ok && first < seq {
		return true, nil
	}
	return c.st.HasPost(ctx, postID)
}

// committed forgets the claims of documents up to read position seq,
// which are now in the store.
func (c *claims) committed(seq int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, first := range c.by {
		if first <= seq {
			delete(c.by, id)
		}
	}
}
