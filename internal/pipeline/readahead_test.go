package pipeline

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/story"
)

// TestReadAheadAnswersAsTheStore: what the read-ahead answers for the
// documents it read is what the store answers, also for keys it did not
// read and once a batch has committed (then the store has changed).
func TestReadAheadAnswersAsTheStore(t *testing.T) {
	ctx := context.Background()
	inputs, errs := ingest.Expand([]string{filepath.Join("..", "..", "examples")}, nil)
	if len(errs) > 0 || len(inputs) < 4 {
		t.Fatalf("examples: %v", errs)
	}
	st := must(t, func() (store.Store, error) { return sqlite.Open(ctx, filepath.Join(t.TempDir(), "r.db")) })
	defer st.Close()
	if _, err := Ingest(ctx, st, inputs[:len(inputs)-1], Config{}); err != nil {
		t.Fatal(err)
	}
	// the stored documents stand for a run's: their quotations, names and
	// terms have stored groups, entities and counts
	byDoc := map[string]*domain.Document{}
	var docs []*domain.Document
	st.Posts(ctx, func(p domain.Post) error {
		d := byDoc[p.DocID]
		if d == nil {
			d = &domain.Document{ID: p.DocID}
			byDoc[p.DocID] = d
			docs = append(docs, d)
		}
		d.Posts = append(d.Posts, p)
		return nil
	})
	var items []item
	for _, d := range docs[:len(docs)/2] {
		items = append(items, item{doc: *d, prints: printsOf(d)})
	}
	var saved atomic.Int64
	ra := newReadAhead(st, &saved)
	if err := ra.read(ctx, items); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		for _, d := range docs { // read ahead, and not
			var named []domain.Post
			var quoteKeys, terms []uint64
			var posts []string
			for _, p := range d.Posts {
				if len(p.Mentions) > 0 {
					named = append(named, p)
				}
				for _, q := range p.Quotes {
					quoteKeys = append(quoteKeys, quote.GroupKeys(q.Text)...)
				}
				terms = append(terms, termKeys(story.BagOf(p), story.PostOf(p))...)
				posts = append(posts, p.ID)
			}
			terms = append(terms, 12345) // a term no post has
			posts = append(posts, "no such post")
			lk := entity.Lookups(named)
			lk.Keys = append(lk.Keys, "no such name")
			same(t, when+": entities of "+d.ID, sortedEntities(ra.EntitiesByKey(ctx, lk)), sortedEntities(st.EntitiesByKey(ctx, lk)))
			filed, _ := st.QuoteKeys(ctx, quoteKeys, quote.PerKey)
			same(t, when+": quote keys of "+d.ID, get(ra.QuoteKeys(ctx, quoteKeys, quote.PerKey)), filed)
			var ids []string
			for _, g := range filed {
				ids = append(ids, g...)
			}
			ids = append(sortedSet(ids), "no such group")
			same(t, when+": quote groups of "+d.ID, sortedGroups(ra.QuoteGroups(ctx, ids)), sortedGroups(st.QuoteGroups(ctx, ids)))
			same(t, when+": terms of "+d.ID, get(ra.StoryTerms(ctx, terms)), get(st.StoryTerms(ctx, terms)))
			same(t, when+": stories of "+d.ID, get(ra.PostStories(ctx, posts)), get(st.PostStories(ctx, posts)))
		}
	}
	check("read")
	if _, err := Ingest(ctx, st, inputs[len(inputs)-1:], Config{}); err != nil {
		t.Fatal(err)
	}
	saved.Add(1) // the run's batch committed
	check("after a commit")
}

func get[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: answered %v, the store %v", what, got, want)
	}
}

func sortedEntities(es []domain.Entity, err error) []domain.Entity {
	es = get(es, err)
	slices.SortFunc(es, func(a, b domain.Entity) int { return strings.Compare(a.ID, b.ID) })
	return es
}

func sortedGroups(gs []domain.QuoteGroup, err error) []domain.QuoteGroup {
	gs = get(gs, err)
	slices.SortFunc(gs, func(a, b domain.QuoteGroup) int { return strings.Compare(a.ID, b.ID) })
	return gs
}
