package dedup

// Window is a Buckets that holds the last N entries added and forgets the
// ones before: near-duplicate matching against a bounded, recent part of
// an archive. Copies of a text (syndication, live-blog reposts, edited
// versions) are carried within days of each other, while an index of
// every text ever stored grows without bound (about 900 bytes per entry
// in memory; a store table with one row per band key would take 32 rows
// per passage). Exact copies are found across the whole archive anyway,
// by ID.
//
// Which entries a query sees depends only on the sequence of entries
// added, so a Window loaded with the last N entries of a store answers
// exactly as one that saw the store's every entry: results do not depend
// on how ingestion was split into runs. It keeps two generations of up to
// N entries each, dropping the older when the newer fills, so its memory
// stays within 2N entries.
type Window struct {
	n        int
	old, cur *Memory // old holds exactly n entries, or none
	added    int
}

// NewWindow returns an empty Window of n entries (n ≥ 1).
func NewWindow(n int) *Window {
	return &Window{n: max(n, 1), old: NewMemory(), cur: NewMemory()}
}

// Size returns N, the number of entries a Window keeps.
func (w *Window) Size() int { return w.n }

// Added returns the number of entries added so far.
func (w *Window) Added() int { return w.added }

// Len returns the number of entries a query can see (at most N).
func (w *Window) Len() int { return min(w.n, w.old.Len()+w.cur.Len()) }

// Candidates implements Buckets: entries among the last N added.
func (w *Window) Candidates(keys []uint64) ([]Entry, error) {
	out := w.cur.candidatesFrom(keys, 0, nil)
	// old's entries from the cur.Len()-th on are the last n-cur.Len()
	// before cur's
	if w.old.Len() > 0 {
		out = w.old.candidatesFrom(keys, w.cur.Len(), out)
	}
	return out, nil
}

// Add implements Buckets. An entry with the ID of one in the window is
// not added again; one that left the window is added anew.
func (w *Window) Add(e Entry, keys []uint64) error {
	if w.cur.Has(e.ID) || (w.old.Has(e.ID) && w.old.index(e.ID) >= w.cur.Len()) {
		return nil
	}
	if err := w.cur.Add(e, keys); err != nil {
		return err
	}
	w.added++
	if w.cur.Len() == w.n {
		w.old, w.cur = w.cur, NewMemory()
	}
	return nil
}
