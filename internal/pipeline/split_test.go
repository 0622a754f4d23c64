package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/postgres"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

// splitCorpus is the bundled examples and, when ../shared is there, the
// PolNeAR dev articles (real US political news, with many quotations and
// people across documents).
func splitCorpus(t *testing.T) []ingest.Input {
	t.Helper()
	paths := []string{filepath.Join("..", "..", "examples")}
	if dir, ok := sharedtest.Lookup("eval", "quotes", "polnear", "dev", "text"); ok {
		paths = append(paths, dir)
	} else {
		t.Log("../shared absent: the examples only")
	}
	inputs, errs := ingest.Expand(paths, nil)
	if len(errs) > 0 || len(inputs) == 0 {
		t.Fatalf("corpus: %v", errs)
	}
	return inputs
}

// snapshot renders everything a run stores that depends on cross-document
// work, in a canonical form: documents and posts with their duplicates,
// passages and sources; quotes with their groups and speakers; quote
// groups; entities with the posts that mention them; stories with their
// posts.
func snapshot(t *testing.T, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	st.Documents(ctx, func(d domain.Document) error {
		fmt.Fprintf(&b, "doc %s dup=%s\n", d.ID, d.DupOf)
		return nil
	})
	var posts []string
	st.Posts(ctx, func(p domain.Post) error {
		var s strings.Builder
		fmt.Fprintf(&s, "post %s doc=%s dup=%s\n", p.ID, p.DocID, p.DupOf)
		for _, r := range p.Passages {
			fmt.Fprintf(&s, "  passage %s %d-%d\n", r.ID, r.Start, r.End)
		}
		for _, src := range p.Sources {
			fmt.Fprintf(&s, "  source %s\n", src.DocID)
		}
		for _, q := range p.Quotes {
			fmt.Fprintf(&s, "  quote %s group=%s speaker=%q\n", q.ID, q.Group, q.Speaker)
		}
		posts = append(posts, s.String())
		return nil
	})
	slices.Sort(posts)
	b.WriteString(strings.Join(posts, ""))
	var groups []string
	st.Quotes(ctx, store.QuoteQuery{}, func(g store.QuoteGroup) error {
		var srcs []string
		for _, s := range g.Sources {
			srcs = append(srcs, s.DocID)
		}
		slices.Sort(srcs)
		groups = append(groups, fmt.Sprintf("group %s speaker=%q variants=%q sources=%v\n", g.Quote.Group, g.Quote.Speaker, g.Variants, srcs))
		return nil
	})
	slices.Sort(groups)
	b.WriteString(strings.Join(groups, ""))
	var all []domain.Entity
	st.Entities(ctx, func(e domain.Entity) error {
		all = append(all, e)
		return nil
	})
	// each with the posts it is mentioned in (the mentions index)
	var ents []string
	for _, e := range all {
		j, _ := json.Marshal(e)
		var in []string
		for _, p := range mentionedIn(t, st, e.ID) {
			in = append(in, p.ID)
		}
		slices.Sort(in)
		ents = append(ents, fmt.Sprintf("entity %s\n  in %v\n", j, in))
	}
	slices.Sort(ents)
	b.WriteString(strings.Join(ents, ""))
	for _, s := range storetest.AllStories(t, st) {
		fmt.Fprintf(&b, "story %s %q %s %s posts=%v people=%v quotes=%v\n", s.ID, s.Label, dateOf(s.First), dateOf(s.Last), s.Posts, s.People, s.Quotes)
	}
	return b.String()
}

// mentionedIn returns every post the mentions index has for an entity.
func mentionedIn(t *testing.T, st store.Store, entity string) []domain.Post {
	t.Helper()
	var out []domain.Post
	for page := (store.Page{Limit: store.MaxLimit}); ; {
		ps, next, err := st.ListPosts(context.Background(), store.PostQuery{Entity: entity}, page)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ps...)
		if next == "" {
			return out
		}
		page.Cursor = next
	}
}

func dateOf(t time.Time) string { return t.Format(time.DateOnly) }

// TestSplitRunsEqualOneRun: a corpus ingested at once, in three parts, or
// in a run killed midway and resumed, with 1 or 4 workers, leaves the
// same stored records.
func TestSplitRunsEqualOneRun(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	ctx := context.Background()
	inputs := splitCorpus(t)
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	// a small window and small batches, so that both are crossed often
	config := func(workers int) Config {
		return Config{Workers: workers, BatchSize: 7, DedupWindow: 500, Annotate: annotate.Options{Now: now, Tagger: tagger}}
	}
	run := func(t *testing.T, workers int, parts ...[]ingest.Input) string {
		t.Helper()
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, part := range parts {
			if _, err := Ingest(ctx, st, part, config(workers)); err != nil {
				t.Fatal(err)
			}
		}
		return snapshot(t, st)
	}
	want := run(t, 1, inputs)
	if !strings.Contains(want, "quote ") || !strings.Contains(want, "entity ") || !regexp.MustCompile(`posts=\[\S+ \S`).MatchString(want) {
		t.Fatal("the corpus gave no quotes, entities or stories of 2+ posts: the test would show nothing")
	}
	third := len(inputs) / 3
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			if got := run(t, workers, inputs); got != want {
				t.Errorf("one run with %d workers differs from one with 1:\n%s", workers, firstDiff(got, want))
			}
			if got := run(t, workers, inputs[:third], inputs[third:2*third], inputs[2*third:]); got != want {
				t.Errorf("three parts differ from one run:\n%s", firstDiff(got, want))
			}
			// killed midway: the context is cancelled after some inputs
			st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			killed, kill := context.WithCancel(ctx)
			cfg := config(workers)
			read := 0
			cfg.Progress = func(ingest.Input) {
				if read++; read == len(inputs)/2 {
					kill()
				}
			}
			Ingest(killed, st, inputs, cfg)
			kill()
			stats, _ := st.Stats(ctx)
			if stats.Documents == 0 || stats.Documents >= len(inputs) {
				t.Logf("the killed run stored %d documents of %d inputs", stats.Documents, len(inputs))
			}
			if _, err := Ingest(ctx, st, inputs, config(workers)); err != nil {
				t.Fatal(err)
			}
			if got := snapshot(t, st); got != want {
				t.Errorf("killed and resumed differs from one run:\n%s", firstDiff(got, want))
			}
		})
	}
}

// firstDiff shows the first line where two snapshots differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// TestConcurrentRunsEqualSerial: two ingest runs started at once on one
// database, with overlapping inputs, end with the records of the two run
// one after the other (in either order), on SQLite and on PostgreSQL.
func TestConcurrentRunsEqualSerial(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	ctx := context.Background()
	inputs := splitCorpus(t)
	if len(inputs) > 60 {
		inputs = inputs[:60]
	}
	a, b := inputs[:2*len(inputs)/3], inputs[len(inputs)/3:]
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{BatchSize: 5, Annotate: annotate.Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Tagger: tagger}}
	for _, db := range []struct {
		name string
		open func(t *testing.T) func() store.Store // a new database; each call opens another handle on it
	}{
		{"sqlite", func(t *testing.T) func() store.Store {
			path := filepath.Join(t.TempDir(), "p.db")
			return func() store.Store { return must(t, func() (store.Store, error) { return sqlite.Open(ctx, path) }) }
		}},
		{"postgres", func(t *testing.T) func() store.Store {
			dsn := storetest.PostgresDSN(t)
			return func() store.Store { return must(t, func() (store.Store, error) { return postgres.Open(ctx, dsn) }) }
		}},
	} {
		t.Run(db.name, func(t *testing.T) {
			serial := func(first, second []ingest.Input) string {
				st := db.open(t)()
				defer st.Close()
				for _, part := range [][]ingest.Input{first, second} {
					if _, err := Ingest(ctx, st, part, cfg); err != nil {
						t.Fatal(err)
					}
				}
				return snapshot(t, st)
			}
			ab, ba := serial(a, b), serial(b, a)
			open := db.open(t)
			s1, s2 := open(), open()
			defer s1.Close()
			defer s2.Close()
			errs := make(chan error, 2)
			for _, run := range []struct {
				st  store.Store
				ins []ingest.Input
			}{{s1, a}, {s2, b}} {
				go func() {
					_, err := Ingest(ctx, run.st, run.ins, cfg)
					errs <- err
				}()
			}
			for range 2 {
				if err := <-errs; err != nil {
					t.Fatal(err)
				}
			}
			if got := snapshot(t, s1); got != ab && got != ba {
				t.Errorf("two runs at once differ from both serial orders:\n%s", firstDiff(got, ab))
			}
		})
	}
}

func must(t *testing.T, open func() (store.Store, error)) store.Store {
	t.Helper()
	st, err := open()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestSharedWriter: a writer that keeps its state between runs (a queue
// worker) and takes the lock per run stores what one run stores, when
// other writers store parts of the corpus between its runs; two of them
// at once store every document once, every post once with all its
// sources.
func TestSharedWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	ctx := context.Background()
	inputs := splitCorpus(t)
	if len(inputs) > 45 {
		inputs = inputs[:45]
	}
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{BatchSize: 5, DedupWindow: 500, Annotate: annotate.Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Tagger: tagger}}
	open := func(t *testing.T) func() store.Store {
		path := filepath.Join(t.TempDir(), "p.db")
		return func() store.Store { return must(t, func() (store.Store, error) { return sqlite.Open(ctx, path) }) }
	}
	once := open(t)()
	defer once.Close()
	if _, err := Ingest(ctx, once, inputs, cfg); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, once)

	// alternate gives the runs of per inputs in turn to a shared writer
	// and, every third, to another writer: the shared writer's cached
	// window must take in what the other stored
	alternate := func(t *testing.T, per int) {
		db := open(t)
		worker, other := db(), db()
		defer worker.Close()
		defer other.Close()
		shared := cfg
		shared.Shared = new(Shared)
		for run, i := 0, 0; i < len(inputs); run, i = run+1, i+per {
			st, c := worker, shared
			if run%3 == 1 {
				st, c = other, cfg
			}
			if _, err := Ingest(ctx, st, inputs[i:min(i+per, len(inputs))], c); err != nil {
				t.Fatal(err)
			}
		}
		if got := snapshot(t, worker); got != want {
			t.Errorf("a shared writer's runs differ from one run:\n%s", firstDiff(got, want))
		}
	}
	t.Run("runs between other writers", func(t *testing.T) { alternate(t, 1) })
	// runs of seven inputs in batches of five: the read-ahead answers the
	// first batch of a run, the store the second
	t.Run("runs of several documents", func(t *testing.T) { alternate(t, 7) })

	t.Run("two at once", func(t *testing.T) {
		db := open(t)
		s1, s2 := db(), db()
		defer s1.Close()
		defer s2.Close()
		errs := make(chan error, 2)
		for w, st := range []store.Store{s1, s2} {
			go func() {
				c := cfg
				c.Shared = new(Shared)
				// overlapping halves, one input per run, in opposite orders
				for i := range inputs {
					in := inputs[i]
					if w == 1 {
						in = inputs[len(inputs)-1-i]
					}
					if i > 2*len(inputs)/3 {
						break
					}
					if _, err := Ingest(ctx, st, []ingest.Input{in}, c); err != nil {
						errs <- err
						return
					}
				}
				errs <- nil
			}()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		if got, want := postsAndSources(t, s1), postsAndSources(t, once); got != want {
			t.Errorf("two shared writers at once store other posts or sources than one run:\n%s", firstDiff(got, want))
		}
	})
}

// postsAndSources renders what must not depend on the order documents
// were stored in: the documents, and each post with its text's length and
// the documents that carry it.
func postsAndSources(t *testing.T, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	st.Documents(ctx, func(d domain.Document) error {
		lines = append(lines, "doc "+d.ID)
		return nil
	})
	st.Posts(ctx, func(p domain.Post) error {
		var srcs []string
		for _, s := range p.Sources {
			srcs = append(srcs, s.DocID)
		}
		slices.Sort(srcs)
		lines = append(lines, fmt.Sprintf("post %s %d quotes=%d sources=%v", p.ID, len(p.Text), len(p.Quotes), srcs))
		return nil
	})
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestGuard: a panic while annotating one document becomes that
// document's error, naming its input; an error passes through.
func TestGuard(t *testing.T) {
	err := guard("in.txt", func() error {
		var xs []int
		_ = xs[3]
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "index out of range") || !strings.Contains(err.Error(), "in.txt") {
		t.Errorf("guard(panic) = %v, want the panic as an error", err)
	}
	want := errors.New("bad input")
	if err := guard("in.txt", func() error { return want }); err != want {
		t.Errorf("guard(error) = %v, want %v", err, want)
	}
}
