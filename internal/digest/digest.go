// Package digest reads what timelines and briefings are made of, and
// cites what they say: the posts a Selection picks from the store
// (Posts), and the numbered documents that carried each chosen sentence
// (Citations). The command line and the HTTP API share it; the choice of
// sentences itself is package summary's.
package digest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/record"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/summary"
)

// Bounds on the posts a timeline or briefing reads, so that either takes
// a second or two on a large archive: the best matches of a query (one
// page of search results, one post per document), else the posts first
// stored among those selected.
const (
	MaxQueryPosts = 500
	MaxPosts      = 1000
)

// Selection is what a timeline or briefing is about.
type Selection struct {
	Query  string    // full-text query (store.Query syntax); empty: no query
	Entity string    // an entity's ID or name; empty: any
	Story  string    // a story's ID; empty: any
	Since  time.Time // first UTC day of publication, inclusive; zero: no bound
	Until  time.Time // last UTC day, all of it; zero: no bound
}

// Posts reads the selected posts: those whose passages best match the
// query, else those of the story or mentioning the entity, else every
// post, published within the dates. An unknown entity or story is an
// error wrapping store.ErrNotFound; a bad query one wrapping
// store.ErrBadQuery.
func Posts(ctx context.Context, st store.Store, sel Selection) ([]domain.Post, error) {
	q := store.PostQuery{Since: sel.Since, Until: sel.Until, Story: sel.Story}
	if sel.Story != "" {
		if _, err := st.Story(ctx, sel.Story); err != nil {
			return nil, fmt.Errorf("story %q: %w", sel.Story, err)
		}
	}
	if sel.Entity != "" {
		en, err := FindEntity(ctx, st, sel.Entity)
		if err != nil {
			return nil, err
		}
		q.Entity = en.ID
	}
	if sel.Query == "" {
		return store.CollectPosts(ctx, st, q, MaxPosts)
	}
	// A query: the posts of its best passages, in the dates (and of the
	// story, or mentioning the entity, if one is given).
	var keep map[string]bool
	if q.Entity != "" || q.Story != "" {
		ps, err := store.CollectPosts(ctx, st, q, MaxPosts)
		if err != nil {
			return nil, err
		}
		keep = make(map[string]bool, len(ps))
		for _, p := range ps {
			keep[p.ID] = true
		}
	}
	hits, _, err := st.Search(ctx, store.Query{Text: sel.Query, PerDocument: 1}, store.Page{Limit: MaxQueryPosts})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []domain.Post
	for _, h := range hits {
		if seen[h.PostID] || (keep != nil && !keep[h.PostID]) {
			continue
		}
		seen[h.PostID] = true
		p, err := st.Post(ctx, h.PostID)
		if err != nil {
			return nil, err
		}
		if store.InDays(p.Published, sel.Since, sel.Until) || (sel.Since.IsZero() && sel.Until.IsZero()) {
			out = append(out, p)
		}
	}
	return out, nil
}

// Subject returns, when the selection names an entity, the spans of each
// post's text (by post ID) that mention it, for summary.TimelineOptions
// and BriefOptions (Store.MentionSpans). Without an entity, nil.
func Subject(ctx context.Context, st store.Store, sel Selection, posts []domain.Post) (map[string][]domain.Span, error) {
	if sel.Entity == "" {
		return nil, nil
	}
	en, err := FindEntity(ctx, st, sel.Entity)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(posts))
	for i, p := range posts {
		ids[i] = p.ID
	}
	return st.MentionSpans(ctx, en.ID, ids)
}

// FindEntity finds an entity by ID or name: the most mentioned entity
// whose merge key is the name's (as a person, organisation, place or
// other), else the person the name is the surname of. None is an error
// wrapping store.ErrNotFound.
func FindEntity(ctx context.Context, st store.Store, name string) (domain.Entity, error) {
	if en, err := st.Entity(ctx, name); err == nil {
		return en, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return domain.Entity{}, err
	}
	var keys domain.EntityKeys
	for _, t := range []domain.EntityType{domain.PER, domain.ORG, domain.LOC, domain.MISC} {
		if k := entity.Key(t, name); k != "" && !slices.Contains(keys.Keys, k) {
			keys.Keys = append(keys.Keys, k)
		}
	}
	if ws := strings.Fields(entity.Key(domain.PER, name)); len(ws) == 1 {
		keys.Surnames = ws
	}
	found, err := st.EntitiesByKey(ctx, keys)
	if err != nil {
		return domain.Entity{}, err
	}
	var best domain.Entity
	for _, en := range found {
		if !slices.Contains(keys.Keys, en.Key) && !lang.SamePerson(en.Name, name) {
			continue
		}
		if en.Mentions > best.Mentions {
			best = en
		}
	}
	if best.ID == "" {
		return best, fmt.Errorf("entity %q: %w", name, store.ErrNotFound)
	}
	return best, nil
}

// Citations numbers the documents summary sentences cite: every document
// that carried the sentence's passage, else its post's documents.
type Citations struct {
	st    store.Store
	posts map[string]*domain.Post
	index map[string]int // doc ID → number
	list  []record.CitedSource
}

// NewCitations starts an empty source list for sentences of posts.
func NewCitations(st store.Store, posts []domain.Post) *Citations {
	c := &Citations{st: st, posts: make(map[string]*domain.Post, len(posts)), index: map[string]int{}}
	for i := range posts {
		c.posts[posts[i].ID] = &posts[i]
	}
	return c
}

// Sources is the numbered source list so far.
func (c *Citations) Sources() []record.CitedSource { return c.list }

// Sentence is the record of a summary sentence, its sources cited.
func (c *Citations) Sentence(ctx context.Context, s summary.Sentence) (record.SummarySentence, error) {
	srcs, err := c.sources(ctx, s)
	if err != nil {
		return record.SummarySentence{}, err
	}
	ns, err := c.cite(ctx, srcs)
	if err != nil {
		return record.SummarySentence{}, err
	}
	return record.SummarySentence{Text: s.Text, PostID: s.PostID, Start: s.Start, End: s.End, Published: record.Date(s.Published),
		Speakers: record.NonNil(s.Speakers), Citations: ns, Sources: record.Sources(srcs, true)}, nil
}

// sources are every source of a summary sentence: of the passage that
// holds that sentence, when stored as one (a sentence trimmed of a time
// stamp lies inside its passage), else of its post.
func (c *Citations) sources(ctx context.Context, s summary.Sentence) ([]domain.Source, error) {
	if p := c.posts[s.PostID]; p != nil {
		for _, ref := range p.Passages {
			if ref.Start <= s.Start && s.End <= ref.End {
				pa, err := c.st.Passage(ctx, ref.ID)
				if err != nil {
					return nil, err
				}
				if len(pa.Sources) > 0 {
					return pa.Sources, nil
				}
			}
		}
	}
	out := make([]domain.Source, len(s.Sources))
	for i, src := range s.Sources {
		if src.PostID == "" {
			src.PostID = s.PostID
		}
		out[i] = src
	}
	return out, nil
}

// MaxCited bounds the sources a sentence cites by number: its first
// (earliest) ones. A sentence of wire copy can be carried by thousands of
// documents; numbering them all would make a source list nobody reads,
// at a lookup each. The sentence's record still lists every source.
const MaxCited = 8

// cite returns the numbers of srcs in the source list, adding new ones:
// of its first MaxCited documents.
func (c *Citations) cite(ctx context.Context, srcs []domain.Source) ([]int, error) {
	var ns []int
	for _, src := range srcs {
		if len(ns) == MaxCited {
			break
		}
		n, ok := c.index[src.DocID]
		if !ok {
			headline := ""
			if p, err := c.st.Post(ctx, src.PostID); err == nil {
				headline = p.Headline
			} else if !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
			n = len(c.list) + 1
			c.index[src.DocID] = n
			c.list = append(c.list, record.CitedSource{N: n, DocID: src.DocID, PostID: src.PostID, Outlet: record.Nullable(src.OutletName()),
				Name: src.Name(), Published: record.Date(src.Published), Headline: record.Nullable(headline), URL: record.Nullable(src.URL), Source: src.Source})
		}
		if !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	return ns, nil
}

// Timeline is the record of a timeline, its sentences cited.
func (c *Citations) Timeline(ctx context.Context, tl []summary.Entry) ([]record.TimelineEntry, error) {
	out := make([]record.TimelineEntry, 0, len(tl))
	for _, en := range tl {
		e := record.TimelineEntry{Date: en.Date.Format(time.DateOnly), Sentences: []record.SummarySentence{}}
		for _, s := range en.Sentences {
			rec, err := c.Sentence(ctx, s)
			if err != nil {
				return nil, err
			}
			e.Sentences = append(e.Sentences, rec)
		}
		out = append(out, e)
	}
	return out, nil
}

// Brief is the record of a briefing's sentences, cited.
func (c *Citations) Brief(ctx context.Context, b []summary.Sentence) ([]record.SummarySentence, error) {
	out := make([]record.SummarySentence, 0, len(b))
	for _, s := range b {
		rec, err := c.Sentence(ctx, s)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}
