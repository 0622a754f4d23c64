// Package pipeline runs ingestion: it reads inputs, annotates the
// documents on several cores and writes them to the store. It is the only
// package that runs things concurrently.
//
// The shape is the errgroup pipeline of golang.org/x/sync (the MD5All
// example): one reader goroutine sends documents down a channel it closes
// when done, a fixed number of workers annotate them, a sequencer puts
// them back in read order and cuts batches, and a saver stores each batch
// in one transaction while the others go on with the next. Every send
// selects on ctx.Done(), so cancelling the context (Ctrl-C) stops all
// stages promptly; whatever was committed stays committed, and a re-run
// skips it.
//
// Documents reach the store in the order they were read, whatever the
// number of workers, so that repeated runs produce identical stores. The
// workers do everything that depends on one document alone (cleaning,
// segmentation, annotation, near-duplicate prints); the sequencer only
// what depends on the documents before it. Posts that an earlier document
// carries already are not annotated again (see claims). The workers and
// the saver share one CPU token per core, so that the saver, the one
// stage that cannot be parallel, is never starved.
//
// # Cross-document stages
//
// Near-duplicate matching (deduper, over dedup.Window), quote grouping
// (quoteStage, over quote.GroupIndex), entity resolution (entityStage,
// over entity.Merge) and story placement (storyStage, over story.Place)
// have one shape: in read order, each takes a new document and the state
// it needs, and returns the document's links (passage clusters and
// duplicate_of, quote groups, entity IDs on mentions, stories) plus the
// state to write with its batch. The state lives in
// the store in indexed tables and is read by key: quote groups by hashed
// word-pair keys (quote_keys, bounded per key), entities by merge key and
// surname (entities.key, entities.surname), stories by hashed term keys
// with their last day (story_keys, bounded per key, stories near the
// post's day only)
// and term counts by key (story_terms); the near-duplicate index is a
// window of the most recent entries (lsh_entries, read with one bounded
// range read at the start of a run: a table row per band key would cost
// 32 rows per passage to write). Nothing is rebuilt from a full scan, and
// the work per document is bounded whatever the archive holds.
//
// What the run changed but the store may not hold yet (the batch being
// built, the batch being saved) is kept by each stage as pending, tagged
// with its batch number, and dropped once the saver reports that batch
// committed. Lookups consult pending first and the store second, so a
// commit in between can make a record seen twice (pending wins), never
// missed. The entity stage also keeps the store's answers to its lookups
// for the rest of the run (entityAnswers), dropping at each commit those
// the committed entities may have changed: under the writer lock only
// the run's own commits change the store.
//
// Determinism: every stage decides from what was stored before the
// document in read order, with ties broken by IDs, and entities are
// merged one document at a time; so the stored records do not depend on
// the number of workers, on where batches are cut, or on how a corpus is
// split into runs or resumed after a kill (TestSplitRunsEqualOneRun).
//
// Several processes on one database: a run holds the store's writer lock
// (store.LockWriter: a file lock beside a SQLite database, an advisory
// lock in PostgreSQL) from start to end, so two runs started at once take
// turns and end as if run one after the other
// (TestConcurrentRunsEqualSerial). Writers that run at once (the queue
// workers of package queue, on PostgreSQL) set Config.Shared instead:
// each run annotates its documents without the lock and holds it only
// to match and save them, so that the costly per-document work of
// several workers overlaps while their cross-document decisions stay
// serial; see Shared. Work also takes its runs' turns in queue order
// (Ordered), so that workers end with what one process reading the jobs
// in order would store. (A finer lock, transaction-scoped advisory locks
// on the hash of every key a document's stages read, would let matching
// overlap too; it is not needed while matching and saving are a small
// part of the work, docs/BENCHMARKS.md.)
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/store"
	"golang.org/x/sync/errgroup"
)

// Config controls a run. The zero value works, given Annotate.Now.
type Config struct {
	Workers int // annotating goroutines (0: number of CPUs)
	// BatchSize is the most documents per store transaction (0: the
	// store's own size if it is a store.BatchSizer, else 1024).
	// A batch is also cut at batchBytes of post text, so that memory stays
	// bounded for large documents. Larger batches cost fewer database
	// pages written per document (each index page touched is written
	// once per transaction).
	BatchSize int
	Read      ingest.Options
	Annotate  annotate.Options
	// Progress, if set, is called after each input has been read, with
	// the input and the number of its bytes. It is called from one
	// goroutine at a time.
	Progress func(in ingest.Input)
	// NoDedup turns off near-duplicate detection: passages are then
	// deduplicated only when exactly equal, posts only when equal.
	NoDedup bool
	// Waiting, if set, is called (from another goroutine) when another
	// ingest run holds the database and this one waits for it.
	Waiting func()
	// DedupWindow is the number of the most recent near-duplicate index
	// entries matching looks at (0: DefaultDedupWindow); see dedup.Window.
	DedupWindow int
	// PassageThreshold and PostThreshold are the Jaccard similarities a
	// passage (sentence, clause, paragraph) or a post and document need
	// with a cluster's first text to join it (0: dedup's defaults).
	PassageThreshold, PostThreshold float64
	// Shared, if set, lets other processes write the database during the
	// run: the writer lock is held only while the annotated documents
	// are matched and saved (see Shared).
	Shared *Shared
	// Turn, if set, is called in a run with Shared once its documents
	// are annotated and before it takes the writer lock; it returns when
	// it is the run's turn to match and save (see Ordered).
	Turn func(ctx context.Context) error
}

// Summary reports a run.
type Summary struct {
	Inputs int
	store.SaveStats
	Errors  []error // one per input that failed (wholly or in part)
	Elapsed time.Duration
	// Waited is how long the run waited for its turn (Config.Turn) and
	// the writer lock, Locked how long it then held the lock.
	Waited, Locked time.Duration
}

// item is a document with its position in read order.
type item struct {
	seq   int
	doc   domain.Document
	known bool  // stored before: nothing to do
	err   error // the document could not be annotated: report, skip
	// prints are the document's near-duplicate prints, when matching is on
	prints *prints
}

// Ingest reads, annotates and stores inputs. Per-input errors are
// collected in the summary and do not stop the run; an error from the
// store or the context does, and is returned.
func Ingest(ctx context.Context, st store.Store, inputs []ingest.Input, cfg Config) (Summary, error) {
	sum, err := run(ctx, st, cfg, nil, func(ctx context.Context, send func(domain.Document) error) []error {
		var errs []error
		for _, in := range inputs {
			err := ingest.Read(ctx, in, cfg.Read, send)
			if ctx.Err() != nil {
				return errs
			}
			if err != nil {
				errs = append(errs, err)
			}
			if cfg.Progress != nil {
				cfg.Progress(in)
			}
		}
		return errs
	})
	sum.Inputs = len(inputs)
	return sum, err
}

// IngestDocuments annotates and stores documents already read (feed items
// from a watch poll, say).
func IngestDocuments(ctx context.Context, st store.Store, docs []domain.Document, cfg Config) (Summary, error) {
	return run(ctx, st, cfg, nil, func(ctx context.Context, send func(domain.Document) error) []error {
		for _, d := range docs {
			if err := send(d); err != nil {
				return nil
			}
		}
		return nil
	})
}

// run is the pipeline: produce sends documents (in the reader goroutine)
// and returns the per-input errors it met. failed, if set, is told the
// read position and error of each document that could not be annotated.
func run(ctx context.Context, st store.Store, cfg Config, failed func(seq int, err error), produce func(context.Context, func(domain.Document) error) []error) (sum Summary, err error) {
	start := time.Now()
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if cfg.Shared != nil {
		defer func() {
			if err != nil {
				cfg.Shared.failed()
			}
		}()
	}
	batch := cfg.BatchSize
	if bs, ok := st.(store.BatchSizer); ok && batch <= 0 {
		batch = bs.BatchDocs()
	}
	if batch <= 0 {
		batch = 1024
	}
	// Alone, one ingest run at a time per database: the cross-document
	// stages read what runs before them stored (see Cross-document
	// stages). Shared, the sequencer takes the lock later.
	var unlock func()
	var locked time.Time
	takeLock := func() error {
		t := time.Now()
		var err error
		unlock, err = lockWriter(ctx, st, cfg)
		locked = time.Now()
		sum.Waited += locked.Sub(t)
		return err
	}
	if cfg.Shared == nil {
		if err = takeLock(); err != nil {
			return sum, err
		}
	}
	defer func() {
		if unlock != nil {
			unlock()
			now := time.Now()
			sum.Locked, sum.Elapsed = now.Sub(locked), now.Sub(start)
		}
	}()
	var dd *deduper
	switch {
	case cfg.NoDedup:
	case cfg.Shared != nil:
		dd = cfg.Shared.deduper(ctx, st, cfg)
	default:
		dd = newDeduper(ctx, st, cfg.DedupWindow, cfg.PassageThreshold, cfg.PostThreshold)
	}

	g, ctx := errgroup.WithContext(ctx)
	var saved atomic.Int64 // the number of the last batch committed
	// shared, the stages read the store through a read-ahead filled once
	// the run holds the lock (alone, it passes every lookup on)
	lookups := newReadAhead(st, &saved)
	quotes := newQuoteStage(ctx, lookups, &saved)
	entities := newEntityStage(ctx, lookups, &saved)
	stories := newStoryStage(ctx, lookups, &saved)
	raw := make(chan item, 4*workers)
	var readErrs, docErrs []error
	known := 0
	g.Go(func() error {
		defer close(raw)
		seq := 0
		readErrs = produce(ctx, func(doc domain.Document) error {
			if doc.ID == "" { // documents made outside package ingest
				doc.ID = ingest.DocID([]byte(doc.URL + "\x00" + doc.Title + "\x00" + doc.Raw))
			}
			select {
			case raw <- item{seq: seq, doc: doc}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		return ctx.Err()
	})

	// cpu holds one token per core. The workers, and the saver while it
	// saves, take one: with more busy goroutines than cores the saver,
	// which cannot be parallel, would get a share of a core and hold
	// everything up; this way it gets a whole one. (The sequencer takes
	// none: it is short per document, and waiting would make it the
	// bottleneck.)
	cpu := make(chan struct{}, runtime.GOMAXPROCS(0))
	acquire := func() error {
		select {
		case cpu <- struct{}{}:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	release := func() { <-cpu }

	posts := newClaims(st)
	done := make(chan item, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for it := range raw {
				// a document stored by an earlier run is passed on
				// unannotated, to keep the writer's order
				ok, err := st.HasDocument(ctx, it.doc.ID)
				if err != nil {
					return err
				}
				if it.known = ok; !ok {
					if err := acquire(); err != nil {
						return err
					}
					opts := cfg.Annotate
					opts.Stored = func(id string) bool { return posts.storedElsewhere(ctx, id, it.seq) }
					it.err = guard(it.doc.Source, func() error {
						var err error
						it.doc, err = annotate.DocumentContext(ctx, it.doc, opts)
						return err
					})
					if ctx.Err() != nil {
						release()
						return ctx.Err() // not the document's fault
					}
					it.doc.Raw = "" // not stored; the posts hold the text
					if dd != nil && it.err == nil {
						it.prints = printsOf(&it.doc)
					}
					release()
				}
				select {
				case done <- it:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}

	go func() {
		wg.Wait()
		close(done)
	}()

	// The sequencer puts annotated documents back in read order, runs
	// the order-dependent steps (near-duplicate matching, cross-document
	// references) and cuts batches; the saver stores them. Two goroutines,
	// so that the workers and the sequencer go on with the next batch
	// while the store commits this one.
	type cut struct {
		store.Batch
		number int // the batch's number, from 1
		last   int // read position of the last document considered
	}
	batches := make(chan cut, 1)
	g.Go(func() error {
		defer close(batches)
		pending := map[int]item{} // annotated out of order
		next := 0
		var buf []domain.Document
		bufBytes := 0
		flush := func() error {
			if len(buf) == 0 {
				return nil
			}
			bufBytes = 0
			b := store.Batch{Docs: buf}
			if dd != nil {
				b.Index = dd.rec.take()
			}
			b.Entities, b.Merges, b.Moved = entities.flush(buf)
			number := quotes.batch
			b.QuoteGroups = quotes.flush()
			b.Stories, b.TermCounts = stories.flush()
			buf = nil
			select {
			case batches <- cut{b, number, next - 1}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		place := func(pit item) error {
			doc, prints := pit.doc, pit.prints
			if !pit.known && cfg.Shared != nil {
				// another writer may have stored it since the worker looked
				ok, err := st.HasDocument(ctx, doc.ID)
				if err != nil {
					return err
				}
				pit.known = ok
			}
			if pit.known {
				known++
				return nil
			}
			if pit.err != nil {
				docErrs = append(docErrs, pit.err)
				if failed != nil {
					failed(pit.seq, pit.err)
				}
				return nil
			}
			// A post an earlier document carries is stored from
			// there: this copy only adds a source. Workers may have
			// annotated it (they race to claim posts); what it says
			// must not count twice.
			for i := range doc.Posts {
				p := &doc.Posts[i]
				dup, err := posts.carriedBefore(ctx, p.ID, pit.seq)
				if err != nil {
					return err
				}
				if dup {
					p.Quotes, p.Mentions, p.Dates = nil, nil, nil
				}
			}
			// Near-duplicate matching runs here, in read order,
			// so that results do not depend on the worker count.
			if dd != nil {
				if err := dd.prepare(&doc, prints); err != nil {
					return fmt.Errorf("dedup %s: %w", doc.Source, err)
				}
			}
			if err := quotes.prepare(&doc); err != nil {
				return fmt.Errorf("quote groups %s: %w", doc.Source, err)
			}
			if err := entities.prepare(&doc); err != nil {
				return fmt.Errorf("entities %s: %w", doc.Source, err)
			}
			if err := stories.prepare(&doc); err != nil {
				return fmt.Errorf("stories %s: %w", doc.Source, err)
			}
			buf = append(buf, doc)
			for _, p := range doc.Posts {
				bufBytes += len(p.Text)
			}
			if len(buf) >= batch || bufBytes >= batchBytes {
				return flush()
			}
			return nil
		}
		if cfg.Shared != nil {
			// every document annotated first, then the lock: other
			// writers wait only while this run matches and saves
			for it := range done {
				pending[it.seq] = it
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if cfg.Turn != nil {
				t := time.Now()
				err := cfg.Turn(ctx)
				sum.Waited += time.Since(t)
				if err != nil {
					return err
				}
			}
			if err := takeLock(); err != nil {
				return err
			}
			var ahead []item
			for seq := next; seq < next+len(pending); seq++ {
				if it, ok := pending[seq]; ok && !it.known && it.err == nil {
					ahead = append(ahead, it)
				}
			}
			if err := lookups.read(ctx, ahead); err != nil {
				return err
			}
		}
		// placeReady places the documents due next in read order
		placeReady := func() error {
			for {
				pit, ok := pending[next]
				if !ok {
					return nil
				}
				delete(pending, next)
				next++
				if err := place(pit); err != nil {
					return err
				}
			}
		}
		for it := range done {
			pending[it.seq] = it
			if err := placeReady(); err != nil {
				return err
			}
		}
		if err := placeReady(); err != nil { // shared: everything was collected first
			return err
		}
		return flush()
	})

	g.Go(func() error {
		for b := range batches {
			if err := acquire(); err != nil {
				return err
			}
			stats, err := st.Save(ctx, b.Batch)
			release()
			if err != nil {
				return err
			}
			posts.committed(b.last)
			saved.Store(int64(b.number))
			sum.SaveStats.Add(stats)
		}
		return nil
	})

	err = g.Wait()
	if err == nil && cfg.Shared != nil {
		cfg.Shared.saved(sum.LastIndexEntry)
	}
	sum.KnownDocuments += known
	sum.Errors = append(readErrs, docErrs...)
	sum.Elapsed = time.Since(start)
	return sum, err
}

// lockWriter takes the database's writer lock, telling cfg.Waiting when
// another run holds it.
func lockWriter(ctx context.Context, st store.Store, cfg Config) (func(), error) {
	waiting := time.AfterFunc(time.Second, func() {
		if cfg.Waiting != nil {
			cfg.Waiting()
		}
	})
	defer waiting.Stop()
	return st.LockWriter(ctx)
}

// batchBytes cuts a batch at this much post text (with annotations, a
// few times that in memory).
const batchBytes = 16 << 20

// guard runs f, turning a panic in it into an error naming source: a
// bug the text of one document sets off fails that document alone, and
// the rest of the batch goes on.
func guard(source string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%q: internal error annotating the document (please report it): %v", source, r)
		}
	}()
	return f()
}
