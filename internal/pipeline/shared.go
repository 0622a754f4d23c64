package pipeline

import (
	"context"

	"github.com/dateline-news/dateline/internal/store"
)

// Shared is what a long-lived writer keeps between runs on a database
// that other processes write at the same time: a queue worker on
// PostgreSQL (see package queue). Its zero value is ready to use; one
// Shared serves one run at a time.
//
// With Config.Shared set, a run does not hold the writer lock from start
// to end. It reads and annotates all its documents (the costly work,
// which depends on one document alone) while other writers go on, and
// only then takes the lock, runs the cross-document stages in read order
// and saves, releasing the lock once its last batch has committed. Under
// the lock each stage reads what every writer committed before, as in a
// run of its own, so the result is that of the runs one after the other
// in the order they took the lock; a document another writer stored in
// the meantime is skipped then.
//
// The near-duplicate window, which a run otherwise loads whole when it
// meets its first new document, is kept here between runs and brought up
// to date under the lock with the entries stored since the last one seen
// (store.IndexEntries): a cache of the store, dropped whenever a run
// fails, so that nothing a worker holds is needed to continue its work.
type Shared struct {
	dd   *deduper
	seen int64 // the number of the last stored index entry dd holds
}

// deduper returns the run's near-duplicate matcher: the one kept from the
// last run, set to read what was stored since, or a new one.
func (sh *Shared) deduper(ctx context.Context, st store.Store, cfg Config) *deduper {
	if sh.dd == nil {
		sh.dd = newDeduper(ctx, st, cfg.DedupWindow, cfg.PassageThreshold, cfg.PostThreshold)
		sh.seen = 0
	}
	rec := sh.dd.rec
	rec.load = func() error {
		last, err := loadIndex(ctx, st, rec.mem, sh.seen, rec.mem.Size())
		sh.seen = last
		return err
	}
	return sh.dd
}

// failed drops what the failed run may have left half done.
func (sh *Shared) failed() { sh.dd = nil }

// saved notes that a run committed index entries up to last. The run
// held the writer lock from the moment it read what others stored until
// its last commit, so every entry up to last is in the window: the next
// run need not read the run's own entries back.
func (sh *Shared) saved(last int64) {
	if sh.dd != nil && sh.dd.rec.load == nil { // read, and matched with
		sh.seen = max(sh.seen, last)
	}
}
