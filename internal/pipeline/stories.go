package pipeline

import (
	"cmp"
	"context"
	"slices"
	"sync/atomic"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/story"
)

// storyStage places each new post in a story, in read order: the
// cross-document stage of package story. It reads from the store only
// what a post needs, by key: the document frequencies of its terms and
// passages (story_terms), the stories filed under its heaviest terms or
// its passages whose last day lies near its day (StoryKeys, bounded per
// key) and their states, and, for
// a post carried or nearly copied before, the story of the original
// (PostStories). As in quoteStage, what the run changed and the store may
// not hold yet is kept in pending, and consulted before the store, until
// its batch commits.
//
// A story lookup bounded per key must find in pending and the store
// together what it would find in a store holding everything: a story in
// pending is filed there under every key it has (read when it becomes
// pending),
// and a story's keys only grow and its last day only moves forward, so
// that its stale row in the store ranks no higher than its pending state
// would and cannot push out a story the full lookup would return.
//
// Posts are placed one at a time, so the result does not depend on where
// batches are cut. Several processes on one database: as for the other
// stages, ingest runs take turns on the writer lock.
type storyStage struct {
	ctx context.Context
	st  store.Store
	commits
	stories map[string]*pendingStory
	keys    map[uint64][]string // pending stories by every key they are filed under
	posts   map[string]pending  // post ID → its story
	terms   map[uint64]pendingCount
	// the batch being built
	updates map[string]*store.StoryUpdate
	order   []string // updates in order of first change
	counts  []uint64 // terms changed, in order of first change
	changed map[uint64]bool
}

type pendingStory struct {
	s      story.Story
	keys   []uint64 // every key it is filed under, sorted
	stored bool     // read from the store: keys to be read
	batch  int
}

type pending struct {
	story string
	batch int
}

type pendingCount struct {
	n     int64
	batch int
}

func newStoryStage(ctx context.Context, st store.Store, saved *atomic.Int64) *storyStage {
	return &storyStage{ctx: ctx, st: st, commits: commits{batch: 1, saved: saved},
		stories: map[string]*pendingStory{}, keys: map[uint64][]string{}, posts: map[string]pending{},
		terms: map[uint64]pendingCount{}, updates: map[string]*store.StoryUpdate{}, changed: map[uint64]bool{}}
}

// prepare places the new posts of a document in stories.
func (x *storyStage) prepare(doc *domain.Document) error {
	x.forgetSaved()
	var ask []string
	for _, p := range doc.Posts {
		ask = append(ask, p.ID)
		if p.DupOf != "" {
			ask = append(ask, p.DupOf)
		}
	}
	placed, err := x.st.PostStories(x.ctx, ask)
	if err != nil {
		return err
	}
	storyOf := func(post string) string {
		if p, ok := x.posts[post]; ok {
			return p.story
		}
		return placed[post]
	}
	for i := range doc.Posts {
		p := &doc.Posts[i]
		if storyOf(p.ID) != "" {
			continue // carried before: placed with its first carrier
		}
		sp := story.PostOf(*p)
		// a near copy follows its original, adding no terms
		if orig := storyOf(p.DupOf); p.DupOf != "" && orig != "" {
			got, err := x.load([]string{orig})
			if err != nil {
				return err
			}
			if s, ok := got[orig]; ok {
				sp.People = nil
				story.Join(&s.s, sp)
				if err := x.record(s, p.ID, sp); err != nil {
					return err
				}
				continue
			}
		}
		if err := x.place(p, sp); err != nil {
			return err
		}
	}
	return nil
}

// place puts a post in the story it joins, or a new one, and counts its
// terms.
func (x *storyStage) place(p *domain.Post, sp story.Post) error {
	bag := story.BagOf(*p)
	df, err := x.count(termKeys(bag, sp))
	if err != nil {
		return err
	}
	n := df[story.PostsKey]
	sp.Vector, sp.Seen = story.Weigh(bag, n, df), n
	sp.SkipBoilerplate(df)
	cands, links, err := x.candidates(sp, story.SharedPassages(sp, df))
	if err != nil {
		return err
	}
	var list []story.Story
	for _, c := range cands {
		list = append(list, c.s)
	}
	if k := story.Place(sp, list, links); k >= 0 {
		c := cands[k]
		story.Join(&c.s, sp)
		if err := x.record(c, p.ID, sp); err != nil {
			return err
		}
	} else if err := x.record(&pendingStory{s: story.New(sp)}, p.ID, sp); err != nil {
		return err
	}
	for _, k := range bag.Keys() {
		x.setCount(k, df[k]+1)
	}
	for _, k := range sp.Passages {
		x.setCount(k, df[k]+1)
	}
	x.setCount(story.PostsKey, n+1)
	return nil
}

// termKeys are the story terms whose counts placing a post reads: its
// words, the count of posts, its passages.
func termKeys(bag story.Bag, sp story.Post) []uint64 {
	keys := append(bag.Keys(), story.PostsKey)
	return append(keys, sp.Passages...)
}

// count returns the counts of keys: pending first, then the store.
func (x *storyStage) count(keys []uint64) (map[uint64]int64, error) {
	out := make(map[uint64]int64, len(keys))
	var missing []uint64
	for _, k := range keys {
		if c, ok := x.terms[k]; ok {
			out[k] = c.n
		} else {
			missing = append(missing, k)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	stored, err := x.st.StoryTerms(x.ctx, missing)
	if err != nil {
		return nil, err
	}
	for _, k := range missing {
		out[k] = stored[k]
	}
	return out, nil
}

func (x *storyStage) setCount(k uint64, n int64) {
	x.terms[k] = pendingCount{n, x.batch}
	if !x.changed[k] {
		x.changed[k] = true
		x.counts = append(x.counts, k)
	}
}

// candidates returns the stories a post may join, sorted by ID: for each
// of its keys, the story.PerKey stories filed under it with the latest
// last days from story.Since(p) to story.Until(p), as the store will
// hold them once every batch so far has committed; and for each, whether
// it was found under one of the passages in shared (story.Passage) or
// one of the post's occasions (story.Occasion).
//
// A pending story whose last day has moved past Until may still be in
// the range in the store, where its stale row takes a place: the store
// is asked for as many more stories per key as the most such stories
// filed under one key, so that its answer holds every story the full
// lookup would return.
func (x *storyStage) candidates(p story.Post, shared []uint64) ([]*pendingStory, []story.Link, error) {
	keys := story.Keys(p)
	if len(keys) == 0 {
		return nil, nil, nil
	}
	since, until := story.Since(p), story.Until(p)
	inRange := func(s story.Story) bool {
		return (since.IsZero() || !s.Last.Before(since)) && (until.IsZero() || !s.Last.After(until))
	}
	moved := 0
	for _, k := range keys {
		n := 0
		for _, id := range x.keys[k] {
			if s := x.stories[id]; s != nil && !until.IsZero() && s.s.Last.After(until) {
				n++
			}
		}
		moved = max(moved, n)
	}
	stored, err := x.st.StoryKeys(x.ctx, keys, since, until, story.PerKey+moved)
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	for _, k := range keys {
		ids = append(ids, stored[k]...)
		ids = append(ids, x.keys[k]...)
	}
	slices.Sort(ids)
	states, err := x.load(slices.Compact(ids))
	if err != nil {
		return nil, nil, err
	}
	chosen, linked := map[string]bool{}, map[string]story.Link{}
	for _, k := range keys {
		var under []*pendingStory
		seen := map[string]bool{}
		for _, id := range append(slices.Clone(stored[k]), x.keys[k]...) {
			s, ok := states[id]
			// a stored story is filed under k if the store says so; a
			// pending one if its keys say so
			if ok && !seen[id] && (s.stored || filed(s.keys, k)) && inRange(s.s) {
				seen[id] = true
				under = append(under, s)
			}
		}
		// as StoryKeys orders: latest last day first, then larger ID
		slices.SortFunc(under, func(a, b *pendingStory) int {
			if c := b.s.Last.Compare(a.s.Last); c != 0 {
				return c
			}
			return cmp.Compare(b.s.ID, a.s.ID)
		})
		link := story.Words
		switch {
		case filed(p.Occasions, k):
			link = story.Occasion
		case slices.Contains(shared, k):
			link = story.Passage
		}
		for _, s := range under[:min(story.PerKey, len(under))] {
			chosen[s.s.ID] = true
			linked[s.s.ID] = max(linked[s.s.ID], link) // the strongest tie
		}
	}
	var out []*pendingStory
	for id := range chosen {
		out = append(out, states[id])
	}
	slices.SortFunc(out, func(a, b *pendingStory) int { return cmp.Compare(a.s.ID, b.s.ID) })
	links := make([]story.Link, len(out))
	for i, s := range out {
		links[i] = linked[s.s.ID]
	}
	return out, links, nil
}

func filed(keys []uint64, k uint64) bool {
	_, ok := slices.BinarySearch(keys, k)
	return ok
}

// load returns the current states of stories: pending first, then the
// store. Each is a copy the caller may change and record.
func (x *storyStage) load(ids []string) (map[string]*pendingStory, error) {
	out := make(map[string]*pendingStory, len(ids))
	var rest []string
	for _, id := range ids {
		if p := x.stories[id]; p != nil {
			c := *p
			c.keys = slices.Clone(p.keys)
			out[id] = &c
		} else {
			rest = append(rest, id)
		}
	}
	stored, err := x.st.StoryStates(x.ctx, rest)
	if err != nil {
		return nil, err
	}
	for _, st := range stored {
		s := story.Story{ID: st.ID, Label: st.Label, First: st.First, Last: st.Last, Size: st.Size}
		if err := story.UnmarshalState(st.State, &s); err != nil {
			return nil, err
		}
		out[st.ID] = &pendingStory{s: s, stored: true}
	}
	return out, nil
}

// record keeps a story's new state, with a post that joined it (sp, of
// ID post), as pending and for the batch.
func (x *storyStage) record(p *pendingStory, post string, sp story.Post) error {
	id := p.s.ID
	if p.stored {
		// newly pending: filed under every key it has in the store
		keys, err := x.st.StoryFiled(x.ctx, id)
		if err != nil {
			return err
		}
		slices.Sort(keys)
		p.keys, p.stored = keys, false
		for _, k := range p.keys {
			x.keys[k] = append(x.keys[k], id)
		}
	}
	u := x.updates[id]
	if u == nil {
		u = &store.StoryUpdate{}
		x.updates[id] = u
		x.order = append(x.order, id)
	}
	for _, k := range story.FileKeys(p.s, sp) {
		if !filed(p.keys, k) {
			i, _ := slices.BinarySearch(p.keys, k)
			p.keys = slices.Insert(p.keys, i, k)
			x.keys[k] = append(x.keys[k], id)
			u.Keys = append(u.Keys, k)
		}
	}
	p.batch = x.batch
	x.stories[id] = p
	x.posts[post] = pending{id, x.batch}
	u.Story = store.StoryState{ID: id, Label: p.s.Label, First: p.s.First, Last: p.s.Last, Size: p.s.Size,
		People: story.TopPeople(p.s), State: story.MarshalState(p.s)}
	u.Posts = append(u.Posts, post)
	return nil
}

// flush returns the changes of the batch being built and starts the next.
func (x *storyStage) flush() ([]store.StoryUpdate, []store.TermCount) {
	us := make([]store.StoryUpdate, 0, len(x.order))
	for _, id := range x.order {
		us = append(us, *x.updates[id])
	}
	counts := make([]store.TermCount, 0, len(x.counts))
	for _, k := range x.counts {
		counts = append(counts, store.TermCount{Key: k, N: x.terms[k].n})
	}
	clear(x.updates)
	clear(x.changed)
	x.order, x.counts = x.order[:0], x.counts[:0]
	x.batch++
	return us, counts
}

// forgetSaved drops what committed batches hold.
func (x *storyStage) forgetSaved() {
	saved, ok := x.newlySaved()
	if !ok {
		return
	}
	for id, p := range x.stories {
		if p.batch > saved {
			continue
		}
		for _, k := range p.keys {
			x.keys[k] = slices.DeleteFunc(x.keys[k], func(s string) bool { return s == id })
			if len(x.keys[k]) == 0 {
				delete(x.keys, k)
			}
		}
		delete(x.stories, id)
	}
	for id, p := range x.posts {
		if p.batch <= saved {
			delete(x.posts, id)
		}
	}
	for k, c := range x.terms {
		if c.batch <= saved {
			delete(x.terms, k)
		}
	}
}
