package dedup

import "github.com/dateline-news/dateline/internal/domain"

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
// on how ingestion was split into runs. It keeps its entries in
// generations of N/generations entries, dropping the oldest generation
// when a new one starts, so its memory stays within N + N/generations
// entries.
type Window struct {
	n, gen int       // N, and the entries per generation
	gens   []*Memory // oldest first; all full but the last
	added  int
}

// generations is the number of generations a Window's N entries span.
const generations = 4

// NewWindow returns an empty Window of n entries (n ≥ 1).
func NewWindow(n int) *Window {
	n = max(n, 1)
	gen := max(1, (n+generations-1)/generations)
	return &Window{n: n, gen: gen, gens: []*Memory{newMemory(gen * Bands)}}
}

// Size returns N, the number of entries a Window keeps.
func (w *Window) Size() int { return w.n }

// Added returns the number of entries added so far.
func (w *Window) Added() int { return w.added }

// held returns the number of entries the generations hold.
func (w *Window) held() int { return (len(w.gens)-1)*w.gen + w.gens[len(w.gens)-1].Len() }

// from returns the position, in generation i, of its oldest entry in the
// window (the generation's length or more: none is).
func (w *Window) from(i int) int { return max(0, w.held()-w.n-i*w.gen) }

// Len returns the number of entries a query can see (at most N).
func (w *Window) Len() int { return min(w.n, w.held()) }

// Candidates implements Buckets: entries among the last N added.
func (w *Window) Candidates(keys []uint64) ([]Entry, error) {
	var out []Entry
	for i, g := range w.gens {
		if from := w.from(i); from < g.Len() {
			out = g.candidatesFrom(keys, from, out)
		}
	}
	return out, nil
}

// in reports whether an entry with the ID is in the window.
func (w *Window) in(id string) bool {
	k := domain.KeyOf(id)
	for i, g := range w.gens {
		if n, ok := g.at(k); ok && n >= w.from(i) {
			return true
		}
	}
	return false
}

// Add implements Buckets. An entry with the ID of one in the window is
// not added again; one that left the window is added anew.
func (w *Window) Add(e Entry, keys []uint64) error {
	if w.in(e.ID) {
		return nil
	}
	last := w.gens[len(w.gens)-1]
	if last.Len() == w.gen {
		last = newMemory(w.gen * Bands)
		w.gens = append(w.gens, last)
		// the oldest generation holds nothing the window sees any more
		if (len(w.gens)-1)*w.gen >= w.n+w.gen {
			w.gens = w.gens[1:]
		}
	}
	if err := last.Add(e, keys); err != nil {
		return err
	}
	w.added++
	return nil
}
