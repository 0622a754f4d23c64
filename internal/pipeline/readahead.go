package pipeline

import (
	"context"
	"slices"
	"sync/atomic"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/story"
)

// readAhead answers the cross-document stages' lookups for the documents
// of one shared run (Config.Shared) from a few statements made when the
// run has taken the writer lock, instead of a few statements a document.
// Under the lock the store changes only through the run's own commits, so
// until the run's first batch commits every answer is the store's own:
// the quote groups filed under every key the run's quotations have, those
// groups, the stored counts of the story terms their posts have, the
// stories those posts are in, and the entities every name in them can
// merge with. Once a batch has committed, or for anything not read ahead,
// the store is asked. The stages' pending state still comes first, as
// without it.
//
// On PostgreSQL each statement is a round trip, and a queue worker's lock
// is what bounds the throughput of several workers; the 840 PolNeAR
// training articles cost some 4,400 of these statements one by one.
type readAhead struct {
	store.Store
	saved *atomic.Int64
	at    int64 // saved when read: the answers hold while it is
	// quoteKeys: the groups filed under each key read (nil: none)
	quoteKeys map[uint64][]string
	// groups: each quote group read (absent from the store: nil)
	groups map[string]*domain.QuoteGroup
	// terms: the stored count of each story term read (none: 0)
	terms map[uint64]int64
	// postStories: the story of each post read ("": none)
	postStories map[string]string
	// entities: the store's answers for the entity keys and surnames read
	entities *entityAnswers
}

func newReadAhead(st store.Store, saved *atomic.Int64) *readAhead {
	return &readAhead{Store: st, saved: saved}
}

// read reads ahead what placing the documents of items will ask the
// store for. Near-duplicate matching, which runs in between, decides the
// passages of their posts: read ahead are the terms of each passage as
// if it were new (as most are), the store answering for the others.
func (r *readAhead) read(ctx context.Context, items []item) error {
	r.at = r.saved.Load()
	r.quoteKeys, r.groups = map[uint64][]string{}, map[string]*domain.QuoteGroup{}
	r.terms, r.postStories = map[uint64]int64{}, map[string]string{}
	r.entities = newEntityAnswers()

	var quoteKeys, terms []uint64
	var posts []string
	var lookups domain.EntityKeys
	var quoteSets [][]uint64
	for _, it := range items {
		doc := it.doc
		if it.prints != nil {
			for _, units := range it.prints.units {
				for _, u := range units {
					terms = append(terms, story.PassageKey(u.ID))
				}
			}
		}
		for _, ks := range quotationKeys(doc.Posts) {
			quoteSets = append(quoteSets, ks)
			quoteKeys = append(quoteKeys, ks...)
		}
		var named []domain.Post
		for _, p := range doc.Posts {
			posts = append(posts, p.ID)
			if p.DupOf != "" {
				posts = append(posts, p.DupOf)
			}
			// (its passages are the units' above: near-duplicate
			// matching gives a post's passages their IDs in between)
			terms = append(terms, story.BagOf(p).Keys()...)
			if len(p.Mentions) > 0 {
				named = append(named, p)
			}
		}
		if len(named) > 0 {
			lk := entity.Lookups(named)
			lookups.Keys = append(lookups.Keys, lk.Keys...)
			lookups.Surnames = append(lookups.Surnames, lk.Surnames...)
		}
	}
	if err := r.readQuotes(ctx, sortedSet(quoteKeys), quoteSets); err != nil {
		return err
	}
	if err := r.readEntities(ctx, domain.EntityKeys{Keys: sortedSet(lookups.Keys), Surnames: sortedSet(lookups.Surnames)}); err != nil {
		return err
	}
	// a post's terms name the entities its mentions are merged into: most
	// are among those read
	for id := range r.entities.entities {
		terms = append(terms, story.EntityKey(id))
	}
	terms = sortedSet(append(terms, story.PostsKey))
	counts, err := r.Store.StoryTerms(ctx, terms)
	if err != nil {
		return err
	}
	for _, k := range terms {
		r.terms[k] = counts[k]
	}
	posts = sortedSet(posts)
	placed, err := r.Store.PostStories(ctx, posts)
	if err != nil {
		return err
	}
	for _, id := range posts {
		r.postStories[id] = placed[id]
	}
	return nil
}

// readQuotes reads the groups filed under keys, and the stored groups
// the quotations of sets (their keys) would compare with.
func (r *readAhead) readQuotes(ctx context.Context, keys []uint64, sets [][]uint64) error {
	if len(keys) == 0 {
		return nil
	}
	filed, err := r.Store.QuoteKeys(ctx, keys, quote.PerKey)
	if err != nil {
		return err
	}
	for _, k := range keys {
		r.quoteKeys[k] = filed[k]
	}
	var ids []string
	for _, ks := range sets {
		want, _ := quote.CandidateIDs(filed, ks)
		ids = append(ids, want...)
	}
	ids = sortedSet(ids)
	stored, err := r.Store.QuoteGroups(ctx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		r.groups[id] = nil
	}
	for i := range stored {
		r.groups[stored[i].ID] = &stored[i]
	}
	return nil
}

// readEntities reads the entities lk selects (see EntitiesByKey).
func (r *readAhead) readEntities(ctx context.Context, lk domain.EntityKeys) error {
	if len(lk.Keys) == 0 && len(lk.Surnames) == 0 {
		return nil
	}
	got, err := r.Store.EntitiesByKey(ctx, lk)
	if err != nil {
		return err
	}
	r.entities.add(lk, got)
	return nil
}

// current reports whether the answers read are still the store's.
func (r *readAhead) current() bool { return r.quoteKeys != nil && r.saved.Load() == r.at }

// QuoteKeys implements store.Store.
func (r *readAhead) QuoteKeys(ctx context.Context, keys []uint64, perKey int) (map[uint64][]string, error) {
	if !r.current() || perKey != quote.PerKey {
		return r.Store.QuoteKeys(ctx, keys, perKey)
	}
	return readOrFetch(keys, r.quoteKeys, func(ids []string) bool { return len(ids) > 0 }, slices.Clone[[]string],
		func(missing []uint64) (map[uint64][]string, error) { return r.Store.QuoteKeys(ctx, missing, perKey) })
}

// readOrFetch answers a lookup whose answer maps each key to what is
// stored under it, leaving out the keys with nothing: the keys read ahead
// from read (where stored tells a value from nothing), the rest from
// fetch.
func readOrFetch[K comparable, V any](keys []K, read map[K]V, stored func(V) bool, clone func(V) V, fetch func([]K) (map[K]V, error)) (map[K]V, error) {
	out := make(map[K]V, len(keys))
	var missing []K
	for _, k := range keys {
		if v, ok := read[k]; !ok {
			missing = append(missing, k)
		} else if stored(v) {
			out[k] = clone(v)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	rest, err := fetch(missing)
	for k, v := range rest {
		out[k] = v
	}
	return out, err
}

// QuoteGroups implements store.Store.
func (r *readAhead) QuoteGroups(ctx context.Context, ids []string) ([]domain.QuoteGroup, error) {
	if !r.current() {
		return r.Store.QuoteGroups(ctx, ids)
	}
	var out []domain.QuoteGroup
	var missing []string
	for _, id := range ids {
		g, ok := r.groups[id]
		switch {
		case !ok:
			missing = append(missing, id)
		case g != nil:
			c := *g
			c.Variants = slices.Clone(g.Variants)
			out = append(out, c)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	rest, err := r.Store.QuoteGroups(ctx, missing)
	return append(out, rest...), err
}

// StoryTerms implements store.Store.
func (r *readAhead) StoryTerms(ctx context.Context, keys []uint64) (map[uint64]int64, error) {
	if !r.current() {
		return r.Store.StoryTerms(ctx, keys)
	}
	return readOrFetch(keys, r.terms, func(n int64) bool { return n != 0 }, unchanged[int64],
		func(missing []uint64) (map[uint64]int64, error) { return r.Store.StoryTerms(ctx, missing) })
}

// PostStories implements store.Store.
func (r *readAhead) PostStories(ctx context.Context, postIDs []string) (map[string]string, error) {
	if !r.current() {
		return r.Store.PostStories(ctx, postIDs)
	}
	return readOrFetch(postIDs, r.postStories, func(s string) bool { return s != "" }, unchanged[string],
		func(missing []string) (map[string]string, error) { return r.Store.PostStories(ctx, missing) })
}

func unchanged[V any](v V) V { return v }

// EntitiesByKey implements store.Store: what the store returns for a set
// of keys and surnames is the union of what it returns for each, so the
// keys and surnames read are answered here and the rest by the store.
func (r *readAhead) EntitiesByKey(ctx context.Context, k domain.EntityKeys) ([]domain.Entity, error) {
	if !r.current() {
		return r.Store.EntitiesByKey(ctx, k)
	}
	out, missing := r.entities.answer(k)
	if len(missing.Keys) == 0 && len(missing.Surnames) == 0 {
		return out, nil
	}
	seen := make(map[string]bool, len(out))
	for _, e := range out {
		seen[e.ID] = true
	}
	rest, err := r.Store.EntitiesByKey(ctx, missing)
	for _, e := range rest {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	return out, err
}

// sortedSet sorts s and drops repeats.
func sortedSet[S ~[]E, E interface{ ~string | ~uint64 }](s S) S {
	slices.Sort(s)
	return slices.Compact(s)
}
