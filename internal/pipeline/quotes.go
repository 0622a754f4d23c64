package pipeline

import (
	"context"
	"slices"
	"sync/atomic"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/store"
)

// commits tracks, for a cross-document stage's pending state, the batch
// being built and the batches the saver has committed.
type commits struct {
	batch   int           // number of the batch being built (from 1)
	saved   *atomic.Int64 // number of the last batch committed
	dropped int           // pending is clear up to this batch
}

// newlySaved returns the number of the last batch committed, and whether
// batches were committed since the last call: their pending state can go.
func (c *commits) newlySaved() (int, bool) {
	saved := int(c.saved.Load())
	if saved <= c.dropped {
		return saved, false
	}
	c.dropped = saved
	return saved, true
}

// quoteStage places the quotations of each document in quote groups, in
// read order: the cross-document stage of package quote. Groups are found
// by key in the store (quote.GroupIndex), so nothing is loaded at the
// start of a run and placing a quotation costs the same however large
// the archive. What the run changed and the store may not hold yet (the
// batch being built, the batch being saved) is kept in pending until its
// batch commits; lookups consult pending first, then the store, so a
// commit in between can only make a group seen twice, never missed.
//
// Several processes on one database: ingest runs hold the store's writer
// lock, so they take turns. Without it, each group's state is replaced
// whole by its latest writer and two processes placing the same new
// quotation at once could make two groups: writers running at once (the
// distributed workers) need per-key locks (see the package comment).
type quoteStage struct {
	ctx context.Context
	st  store.Store
	commits
	pending map[string]*pendingGroup
	keys    map[uint64][]string // keys filed by pending groups
	updates map[string]*store.QuoteGroupUpdate
	order   []string // updates in order of first change
	// stored caches, for the document being placed, what the store files
	// under its quotations' keys, read with one query per document after
	// pending dropped what was committed before it: whatever commits
	// later is still in pending, and what the document adds goes there.
	stored map[uint64][]string
	// groups caches, for the document being placed, stored groups by ID:
	// those its quotations would ask for if the store held every group
	// (read with one query), and any other asked for since
	groups map[string]domain.QuoteGroup
}

type pendingGroup struct {
	group domain.QuoteGroup
	keys  []uint64 // filed in this run
	batch int      // the last batch that changed it
}

func newQuoteStage(ctx context.Context, st store.Store, saved *atomic.Int64) *quoteStage {
	return &quoteStage{ctx: ctx, st: st, commits: commits{batch: 1, saved: saved},
		pending: map[string]*pendingGroup{}, keys: map[uint64][]string{}, updates: map[string]*store.QuoteGroupUpdate{}}
}

// Lookup implements quote.GroupIndex.
func (s *quoteStage) Lookup(keys []uint64) (map[uint64][]string, error) {
	out := make(map[uint64][]string, len(keys))
	for _, k := range keys {
		if ids := s.keys[k]; len(ids) > 0 {
			out[k] = slices.Clone(ids)
		}
	}
	var missing []uint64
	for _, k := range keys {
		if _, ok := s.stored[k]; !ok {
			missing = append(missing, k)
		}
	}
	if err := s.fetch(missing); err != nil {
		return nil, err
	}
	for _, k := range keys {
		out[k] = append(out[k], s.stored[k]...)
	}
	return out, nil
}

// fetch reads what the store files under keys into stored.
func (s *quoteStage) fetch(keys []uint64) error {
	if len(keys) == 0 {
		return nil
	}
	got, err := s.st.QuoteKeys(s.ctx, keys, quote.PerKey)
	if err != nil {
		return err
	}
	for _, k := range keys {
		s.stored[k] = got[k] // nil: nothing filed
	}
	return nil
}

// Groups implements quote.GroupIndex.
func (s *quoteStage) Groups(ids []string) ([]domain.QuoteGroup, error) {
	var out []domain.QuoteGroup
	var rest []string
	for _, id := range ids {
		if p := s.pending[id]; p != nil {
			out = append(out, p.group)
		} else if g, ok := s.groups[id]; ok {
			out = append(out, g)
		} else {
			rest = append(rest, id)
		}
	}
	if len(rest) == 0 {
		return out, nil
	}
	stored, err := s.st.QuoteGroups(s.ctx, rest)
	for _, g := range stored {
		s.groups[g.ID] = g
	}
	return append(out, stored...), err
}

// forgetSaved drops what committed batches hold.
func (s *quoteStage) forgetSaved() {
	saved, ok := s.newlySaved()
	if !ok {
		return
	}
	for id, p := range s.pending {
		if p.batch > saved {
			continue
		}
		for _, k := range p.keys {
			s.keys[k] = slices.DeleteFunc(s.keys[k], func(g string) bool { return g == id })
			if len(s.keys[k]) == 0 {
				delete(s.keys, k)
			}
		}
		delete(s.pending, id)
	}
}

// prepare sets the Group of every quotation of a document.
func (s *quoteStage) prepare(doc *domain.Document) error {
	s.forgetSaved()
	s.stored = map[uint64][]string{}
	keys := quotationKeys(doc.Posts)
	var all []uint64
	for _, ks := range keys {
		all = append(all, ks...)
	}
	slices.Sort(all)
	if err := s.fetch(slices.Compact(all)); err != nil {
		return err
	}
	// the stored groups the quotations will ask for, in one query (the
	// groups they add may change what later ones ask for: Groups reads
	// what is missing)
	var ids []string
	for _, ks := range keys {
		want, _ := quote.CandidateIDs(s.stored, ks)
		ids = append(ids, want...)
	}
	slices.Sort(ids)
	s.groups = map[string]domain.QuoteGroup{}
	if _, err := s.Groups(slices.Compact(ids)); err != nil {
		return err
	}
	for i := range doc.Posts {
		p := &doc.Posts[i]
		for j := range p.Quotes {
			q := &p.Quotes[j]
			if q.Kind == domain.QuoteScare {
				q.Group = q.ID // scare quotes report nobody's words
				continue
			}
			cands, err := quote.Candidates(s, keys[0])
			keys = keys[1:]
			if err != nil {
				return err
			}
			g := domain.QuoteGroup{ID: q.ID}
			if k := quote.Place(q.Text, q.Speaker, p.Published, cands); k >= 0 {
				g = cands[k].QuoteGroup
				g.Variants = slices.Clone(g.Variants)
			}
			q.Group = g.ID
			s.record(g, quote.Join(&g, q.Text, q.Speaker, p.Published))
		}
	}
	return nil
}

// quotationKeys are the group keys of each quotation of posts in order,
// scare quotes left out.
func quotationKeys(posts []domain.Post) [][]uint64 {
	var keys [][]uint64
	for _, p := range posts {
		for _, q := range p.Quotes {
			if q.Kind != domain.QuoteScare {
				keys = append(keys, quote.GroupKeys(q.Text))
			}
		}
	}
	return keys
}

// record keeps a group's new state as pending and for the batch.
func (s *quoteStage) record(g domain.QuoteGroup, keys []uint64) {
	p := s.pending[g.ID]
	if p == nil {
		p = &pendingGroup{}
		s.pending[g.ID] = p
	}
	p.group, p.batch = g, s.batch
	for _, k := range keys {
		if ids, ok := fileUnder(s.keys[k], g.ID); ok {
			s.keys[k] = ids
			p.keys = append(p.keys, k)
		}
	}
	u := s.updates[g.ID]
	if u == nil {
		u = &store.QuoteGroupUpdate{}
		s.updates[g.ID] = u
		s.order = append(s.order, g.ID)
	}
	u.Group = g
	u.Keys = append(u.Keys, keys...)
}

// fileUnder adds id to the pending IDs of one key, kept sorted and at
// most quote.PerKey long: only the PerKey smallest IDs of a key count in
// quote.Candidates, and whatever made an ID fall off the end stays
// visible (pending, or in the store once committed), so the cap changes
// no answer while a quotation repeated thousands of times in one run
// costs a bounded list. ok is false when ids did not change.
func fileUnder(ids []string, id string) (_ []string, ok bool) {
	i, found := slices.BinarySearch(ids, id)
	if found || i >= quote.PerKey {
		return ids, false
	}
	ids = slices.Insert(ids, i, id)
	if len(ids) > quote.PerKey {
		ids = ids[:quote.PerKey]
	}
	return ids, true
}

// flush returns the changes of the batch being built and starts the next.
func (s *quoteStage) flush() []store.QuoteGroupUpdate {
	out := make([]store.QuoteGroupUpdate, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, *s.updates[id])
	}
	clear(s.updates)
	s.order = s.order[:0]
	s.batch++
	return out
}
