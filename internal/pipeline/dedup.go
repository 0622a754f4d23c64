package pipeline

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// recorder is the near-duplicate index of a run: a window of the last
// entries (dedup.Window), loaded from the store at the start with a
// bounded read, plus the entries this run adds, which are handed to the
// store with the batch of documents that added them.
type recorder struct {
	mem     *dedup.Window
	pending []store.IndexEntry
	// load reads the stored window; it runs before the first new
	// document is matched (a run that finds nothing new never reads it)
	load func() error
}

func (r *recorder) Candidates(keys []uint64) ([]dedup.Entry, error) { return r.mem.Candidates(keys) }

func (r *recorder) Add(e dedup.Entry, keys []uint64) error {
	n := r.mem.Added()
	if err := r.mem.Add(e, keys); err != nil {
		return err
	}
	if r.mem.Added() > n {
		r.pending = append(r.pending, store.IndexEntry{ID: e.ID, Cluster: e.Cluster, Sketch: e.Sketch, Keys: append([]uint64(nil), keys...)})
	}
	return nil
}

// take returns and forgets the entries added since the last call.
func (r *recorder) take() []store.IndexEntry {
	p := r.pending
	r.pending = nil
	return p
}

// deduper finds near-duplicate documents, posts and passages against
// everything stored before and everything seen earlier in the run.
type deduper struct {
	rec      *recorder
	passages *dedup.Passages
	posts    *dedup.Index
	docs     *dedup.Index
}

// DefaultDedupWindow is the number of near-duplicate index entries (texts
// that started a cluster: about 90 per news article) matching looks at:
// about 1,800 articles' worth. The window holds up to 1.25 times that many
// entries, about 850 bytes each: some 170 MB, which keeps an ingest under
// 1 GB of memory (docs/BENCHMARKS.md).
const DefaultDedupWindow = 160_000

func newDeduper(ctx context.Context, st store.Store, window int, passage, post float64) *deduper {
	if window <= 0 {
		window = DefaultDedupWindow
	}
	rec := &recorder{mem: dedup.NewWindow(window)}
	rec.load = func() error {
		_, err := loadIndex(ctx, st, rec.mem, 0, window)
		return err
	}
	ps := dedup.NewPassages(rec)
	if passage > 0 {
		ps.Sentence = dedup.NewIndex(rec, dedup.Options{Level: dedup.LevelSentence, Threshold: passage})
		ps.Paragraph = dedup.NewIndex(rec, dedup.Options{Level: dedup.LevelParagraph, Threshold: passage})
	}
	return &deduper{
		rec:      rec,
		passages: ps,
		posts:    dedup.NewIndex(rec, dedup.Options{Level: dedup.LevelPost, Threshold: post}),
		docs:     dedup.NewIndex(rec, dedup.Options{Level: dedup.LevelDocument, Threshold: post}),
	}
}

// loadIndex adds to w the last n near-duplicate index entries stored
// after the one numbered after, and returns the largest number read
// (after itself when there is nothing new).
func loadIndex(ctx context.Context, st store.Store, w *dedup.Window, after int64, n int) (int64, error) {
	last := after
	err := st.IndexEntries(ctx, after, n, func(e store.IndexEntry) error {
		last = max(last, e.Seq)
		return w.Add(dedup.Entry{ID: e.ID, Cluster: e.Cluster, Sketch: e.Sketch}, e.Keys)
	})
	if err != nil {
		return after, fmt.Errorf("load near-duplicate index: %w", err)
	}
	return last, nil
}

// prints is what near-duplicate matching computes from one document
// alone (see dedup.PrepareUnits): made by a worker, used by the sequencer.
type prints struct {
	doc   *dedup.Print
	posts []*dedup.Print
	units [][]dedup.PreparedUnit
}

// printsOf computes a document's prints; it runs in the workers.
func printsOf(doc *domain.Document) *prints {
	pr := &prints{doc: dedup.NewPrint(dedup.DocumentText(*doc)).Prepared()}
	for _, p := range doc.Posts {
		pr.posts = append(pr.posts, dedup.NewPrint(dedup.PostText(p)).Prepared())
		pr.units = append(pr.units, dedup.PrepareUnits(p.Text, p.Paragraphs, p.Sentences))
	}
	return pr
}

// prepare marks a document and its posts as near-duplicates of stored
// ones, and places every passage of its posts in a passage cluster. pr is
// the document's prints (nil: computed here).
func (d *deduper) prepare(doc *domain.Document, pr *prints) error {
	if d.rec.load != nil {
		if err := d.rec.load(); err != nil {
			return err
		}
		d.rec.load = nil
	}
	if pr == nil {
		pr = printsOf(doc)
	}
	for i := range doc.Posts {
		p := &doc.Posts[i]
		m, isNew, err := d.posts.Assign(p.ID, pr.posts[i], nil)
		if err != nil {
			return err
		}
		if !isNew && m.ID != p.ID {
			p.DupOf = m.ID
		}
		as, err := d.passages.AssignPrepared(pr.units[i])
		if err != nil {
			return err
		}
		para := map[domain.Span]bool{}
		for _, s := range p.Paragraphs {
			para[s] = true
		}
		p.Passages = p.Passages[:0]
		for _, a := range as {
			p.Passages = append(p.Passages, domain.PassageRef{ID: a.Passage, Start: a.Start, End: a.End, Paragraph: para[a.Span]})
		}
	}
	m, isNew, err := d.docs.Assign(doc.ID, pr.doc, nil)
	if err != nil {
		return err
	}
	if !isNew && m.ID != doc.ID {
		doc.DupOf = m.ID
	}
	return nil
}
