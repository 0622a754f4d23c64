package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// ingestExamples ingests the bundled examples into a new store and returns
// the stored posts (IDs, passage IDs, sources) and the summary.
func ingestExamples(t *testing.T, cfg Config) ([]domain.Post, Summary) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	inputs, errs := ingest.Expand([]string{filepath.Join("..", "..", "examples")}, nil)
	if len(errs) > 0 || len(inputs) == 0 {
		t.Fatalf("examples: %v", errs)
	}
	cfg.Annotate = annotate.Options{Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), NoQuotes: true, NoDates: true}
	sum, err := Ingest(ctx, st, inputs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var posts []domain.Post
	st.Posts(ctx, func(p domain.Post) error { posts = append(posts, p); return nil })
	return posts, sum
}

// TestOrderIndependentOfWorkers: the store's contents do not depend on how
// many documents were annotated at once.
func TestOrderIndependentOfWorkers(t *testing.T) {
	one, s1 := ingestExamples(t, Config{Workers: 1, BatchSize: 3})
	four, s4 := ingestExamples(t, Config{Workers: 4, BatchSize: 5})
	if s1.SaveStats != s4.SaveStats || len(one) == 0 {
		t.Fatalf("stats differ: %+v vs %+v", s1.SaveStats, s4.SaveStats)
	}
	// the run holds the writer lock from start to end
	if s1.Locked <= 0 || s1.Locked > s1.Elapsed || s1.Waited > s1.Elapsed {
		t.Errorf("lock held %v, waited %v, of a run of %v", s1.Locked, s1.Waited, s1.Elapsed)
	}
	key := func(ps []domain.Post) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID+p.DupOf)
			for _, r := range p.Passages {
				out = append(out, r.ID)
			}
			for _, s := range p.Sources {
				out = append(out, s.DocID)
			}
		}
		return out
	}
	if !reflect.DeepEqual(key(one), key(four)) {
		t.Error("posts, passages or sources differ between 1 and 4 workers")
	}
}

// TestPassageThreshold: a stricter threshold merges fewer passages.
func TestPassageThreshold(t *testing.T) {
	_, loose := ingestExamples(t, Config{})
	_, strict := ingestExamples(t, Config{PassageThreshold: 0.95})
	_, exact := ingestExamples(t, Config{NoDedup: true})
	if !(loose.Passages < strict.Passages) {
		t.Errorf("passages at default %d, at 0.95 %d: want fewer merged at 0.95", loose.Passages, strict.Passages)
	}
	if loose.Posts != exact.Posts || loose.DuplicatePosts != exact.DuplicatePosts {
		t.Errorf("near-duplicate detection changed post counts: %+v vs %+v", loose.SaveStats, exact.SaveStats)
	}
}

// TestCopiesNotAnnotatedTwice: posts carried by several documents are
// annotated once, in the document read first, whatever the order the
// workers finish in; what is stored is what annotating that document on
// its own gives.
func TestCopiesNotAnnotatedTwice(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	// every example scrape twice, the second time with a boilerplate line
	// more: another document carrying the same posts
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	dir := t.TempDir()
	for _, again := range []bool{false, true} {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, fmt.Sprint(again, "-", filepath.Base(f)))
			if again {
				b = append(b, "\nAdvertisement\n"...)
			}
			if err := os.WriteFile(name, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	inputs, errs := ingest.Expand([]string{dir}, nil)
	if len(errs) > 0 || len(inputs) != 2*len(files) {
		t.Fatalf("inputs: %v", errs)
	}
	for _, workers := range []int{1, 4} {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		sum, err := Ingest(ctx, st, inputs, Config{Workers: workers, BatchSize: 2, Annotate: annotate.Options{Now: now}})
		if err != nil || len(sum.Errors) > 0 {
			t.Fatal(err, sum.Errors)
		}
		// the reference: each document annotated alone
		want := map[string]domain.Post{}
		for _, in := range inputs[:len(inputs)/2] {
			err := ingest.Read(ctx, in, ingest.Options{}, func(d domain.Document) error {
				d, err := annotate.Document(d, annotate.Options{Now: now})
				for _, p := range d.Posts {
					if _, ok := want[p.ID]; !ok {
						want[p.ID] = p
					}
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		n := 0
		st.Posts(ctx, func(p domain.Post) error {
			n++
			w := want[p.ID]
			if !reflect.DeepEqual(p.Dates, w.Dates) {
				t.Errorf("workers %d: post %s dates %v, want %v", workers, p.ID, p.Dates, w.Dates)
			}
			if len(p.Quotes) != len(w.Quotes) {
				t.Errorf("workers %d: post %s has %d quotes, want %d", workers, p.ID, len(p.Quotes), len(w.Quotes))
			}
			return nil
		})
		if n == 0 || sum.DuplicatePosts < n {
			t.Errorf("workers %d: %d posts stored, %d duplicates: want every post read twice", workers, n, sum.DuplicatePosts)
		}
	}
}

// The store returns one person more per surname than entity merging
// takes, so that merging can tell a surname borne by too many people.
func TestSurnameBound(t *testing.T) {
	if store.SurnamePeople != entity.SurnamePeople+1 {
		t.Errorf("store.SurnamePeople = %d, want entity.SurnamePeople+1 = %d", store.SurnamePeople, entity.SurnamePeople+1)
	}
}

// sizedStore is a store that asks for batches of two documents and
// counts the batches it is given.
type sizedStore struct {
	store.Store
	batches []int
}

func (s *sizedStore) BatchDocs() int { return 2 }

func (s *sizedStore) Save(ctx context.Context, b store.Batch) (store.SaveStats, error) {
	s.batches = append(s.batches, len(b.Docs))
	return s.Store.Save(ctx, b)
}

// TestStoreBatchSize: a run not told its batch size cuts the batches the
// store asks for (store.BatchSizer); one told keeps its own.
func TestStoreBatchSize(t *testing.T) {
	ctx := context.Background()
	inputs, errs := ingest.Expand([]string{filepath.Join("..", "..", "examples")}, nil)
	if len(errs) > 0 || len(inputs) < 3 {
		t.Fatalf("examples: %v", errs)
	}
	for _, tc := range []struct {
		batch, most int
	}{{0, 2}, {5, 5}} {
		db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		st := &sizedStore{Store: db}
		cfg := Config{BatchSize: tc.batch, Annotate: annotate.Options{Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), NoQuotes: true, NoDates: true}}
		if _, err := Ingest(ctx, st, inputs, cfg); err != nil {
			t.Fatal(err)
		}
		db.Close()
		most := 0
		for _, n := range st.batches {
			most = max(most, n)
		}
		if most != tc.most || len(st.batches) < 2 {
			t.Errorf("BatchSize %d: batches %v, want at most %d documents each", tc.batch, st.batches, tc.most)
		}
	}
}
