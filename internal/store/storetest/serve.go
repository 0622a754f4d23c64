package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/store"
)

// The serving half of the suite: lookups by ID, paging, filters applied
// before paging, the change log, the error contract (not found, bad
// cursor, cancelled) and readers running while a writer saves.

func testLookups(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := withQuote(embassy, "q1", "q1", "Anna Holt", "demonstrations outside the embassy")
	save(t, s, doc("d1", "a.example", day(10), a))
	if d, err := s.Document(ctx, "d1"); err != nil || d.Outlet != "a.example" || !d.Published.Equal(day(10)) {
		t.Errorf("Document(d1) = %+v, %v", d, err)
	}
	pid := embassy.Passages[1].ID
	if p, err := s.Passage(ctx, pid); err != nil || p.Text != "The minister said he wants to see demonstrations outside the embassy." || len(p.Sources) != 1 || !p.FirstSeen.Equal(day(10)) {
		t.Errorf("Passage = %+v, %v", p, err)
	}
	if g, err := s.QuoteGroup(ctx, "q1"); err != nil || g.Quote.Speaker != "Anna Holt" || len(g.Sources) != 1 {
		t.Errorf("QuoteGroup(q1) = %+v, %v", g, err)
	}
	for name, err := range map[string]error{
		"Document": second(s.Document(ctx, "nope")),
		"Passage":  second(s.Passage(ctx, "nope")),
		"Post":     second(s.Post(ctx, "nope")),
		"Quote":    second(s.QuoteGroup(ctx, "nope")),
		"Entity":   second(s.Entity(ctx, "nope")),
	} {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s(nope): %v, want ErrNotFound", name, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }

// holtIn returns p with a mention of entity "Holt" at bytes 4-8.
func holtIn(p domain.Post, entity string) domain.Post {
	p.Mentions = append(p.Mentions, domain.Mention{Text: "Holt", Type: domain.PER, Start: 4, End: 8, Name: "Holt", Entity: entity})
	return p
}

// testEntityMerges: mentions are found by entity and date; an entity
// merged into another takes its mentions along, and its ID resolves.
func testEntityMerges(t *testing.T, s store.Store) {
	ctx := context.Background()
	holt := domain.Entity{ID: "e-holt", Name: "Holt", Type: domain.PER, Key: "holt", Mentions: 1}
	anna := domain.Entity{ID: "e-anna", Name: "Anna Holt", Type: domain.PER, Key: "anna holt", Mentions: 2}
	b := store.Batch{Docs: []domain.Document{doc("d1", "a.example", day(10), holtIn(embassy, "e-holt")), doc("d2", "b.example", day(12), holtIn(icc, "e-anna"))},
		Entities: []domain.Entity{holt, anna}}
	if _, err := s.Save(ctx, b); err != nil {
		t.Fatal(err)
	}
	posts := func(q store.PostQuery) []string {
		t.Helper()
		ps, _, err := s.ListPosts(ctx, q, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range ps {
			ids = append(ids, p.ID)
		}
		return ids
	}
	if got := posts(store.PostQuery{Entity: "e-anna"}); !slices.Equal(got, []string{"p-icc"}) {
		t.Errorf("posts of e-anna: %v", got)
	}
	spans := func(entity string) map[string][]domain.Span {
		t.Helper()
		got, err := s.MentionSpans(ctx, entity, []string{"p-embassy", "p-icc", "p-none"})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	at := []domain.Span{{Start: 4, End: 8}}
	if got := spans("e-anna"); len(got) != 1 || !slices.Equal(got["p-icc"], at) {
		t.Errorf("MentionSpans(e-anna) = %v, want p-icc %v", got, at)
	}
	if got := spans("e-nobody"); len(got) != 0 {
		t.Errorf("MentionSpans(e-nobody) = %v, want none", got)
	}
	anna.Mentions = 3
	if _, err := s.Save(ctx, store.Batch{Entities: []domain.Entity{anna}, Merges: []store.EntityMerge{{ID: "e-holt", Into: "e-anna"}}}); err != nil {
		t.Fatal(err)
	}
	if got := posts(store.PostQuery{Entity: "e-anna"}); !slices.Equal(got, []string{"p-embassy", "p-icc"}) {
		t.Errorf("posts of e-anna after the merge: %v", got)
	}
	if got := posts(store.PostQuery{Entity: "e-holt"}); !slices.Equal(got, []string{"p-embassy", "p-icc"}) {
		t.Errorf("posts of the merged ID e-holt: %v", got)
	}
	if got := spans("e-holt"); len(got) != 2 || !slices.Equal(got["p-embassy"], at) || !slices.Equal(got["p-icc"], at) {
		t.Errorf("MentionSpans of the merged ID e-holt = %v, want both posts %v", got, at)
	}
	if got := posts(store.PostQuery{Entity: "e-anna", Until: day(11)}); !slices.Equal(got, []string{"p-embassy"}) {
		t.Errorf("posts of e-anna until the 11th: %v", got)
	}
	if got := posts(store.PostQuery{Entity: "e-anna", Since: day(12), Until: day(12)}); !slices.Equal(got, []string{"p-icc"}) {
		t.Errorf("posts of e-anna on the 12th: %v", got)
	}
	if e, err := s.Entity(ctx, "e-holt"); err != nil || e.ID != "e-anna" || e.Mentions != 3 {
		t.Errorf("Entity(e-holt) = %+v, %v; want e-anna", e, err)
	}
	// a chain: e-anna merged on, e-holt follows
	if _, err := s.Save(ctx, store.Batch{Entities: []domain.Entity{{ID: "e-x", Name: "Anna B. Holt", Type: domain.PER, Key: "anna b holt", Mentions: 4}},
		Merges: []store.EntityMerge{{ID: "e-anna", Into: "e-x"}}}); err != nil {
		t.Fatal(err)
	}
	if e, err := s.Entity(ctx, "e-holt"); err != nil || e.ID != "e-x" {
		t.Errorf("Entity(e-holt) after a second merge = %+v, %v; want e-x", e, err)
	}
}

// testEntityMadeAgain: a batch's merges move only what earlier batches
// stored; an entity the batch makes again with the merged ID keeps the
// batch's own mentions of it, and the ID is its own again.
func testEntityMadeAgain(t *testing.T, s store.Store) {
	ctx := context.Background()
	holt := domain.Entity{ID: "e-holt", Name: "Holt", Type: domain.PER, Key: "holt", Mentions: 1}
	if _, err := s.Save(ctx, store.Batch{Docs: []domain.Document{doc("d1", "a.example", day(10), holtIn(embassy, "e-holt"))},
		Entities: []domain.Entity{holt}}); err != nil {
		t.Fatal(err)
	}
	anna := domain.Entity{ID: "e-anna", Name: "Anna Holt", Type: domain.PER, Key: "anna holt", Mentions: 2}
	// the batch: d2 mentions e-holt before e-holt was merged into e-anna
	// (Moved), d3 after it was made again
	d2 := doc("d2", "b.example", day(11), holtIn(post("p-d2", "Harbour chief speaks", "Mrs. Holt spoke."), "e-holt"))
	d3 := doc("d3", "c.example", day(12), holtIn(icc, "e-holt"))
	moved := map[store.MentionAt]string{{Post: "p-d2", Start: 4, End: 8, Entity: "e-holt"}: "e-anna"}
	if _, err := s.Save(ctx, store.Batch{Docs: []domain.Document{d2, d3},
		Entities: []domain.Entity{anna, holt}, Merges: []store.EntityMerge{{ID: "e-holt", Into: "e-anna"}}, Moved: moved}); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"e-anna": "[p-d2 p-embassy]", "e-holt": "[p-icc]"} {
		ps, _, err := s.ListPosts(ctx, store.PostQuery{Entity: id}, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.ID)
		}
		slices.Sort(got)
		if fmt.Sprint(got) != want {
			t.Errorf("posts of %s: %v, want %s", id, got, want)
		}
	}
	if p, err := s.Post(ctx, "p-d2"); err != nil || len(p.Mentions) != 1 || p.Mentions[0].Entity != "e-holt" {
		t.Errorf("post p-d2's mention: %+v, %v; want the entity its document gave (e-holt)", p.Mentions, err)
	}
	if e, err := s.Entity(ctx, "e-holt"); err != nil || e.ID != "e-holt" {
		t.Errorf("Entity(e-holt) = %+v, %v; want e-holt itself", e, err)
	}
}

// testPaging walks every listing page by page: no gaps, no repeats, and
// a cursor the store did not make is refused.
func testPaging(t *testing.T, s store.Store) {
	ctx := context.Background()
	var docs []domain.Document
	var ents []domain.Entity
	for i := range 23 {
		p := post(fmt.Sprintf("p%02d", i), fmt.Sprintf("Update %d", i), fmt.Sprintf("The harbour board met for the %dth time on the ferry plan.", i))
		docs = append(docs, doc(fmt.Sprintf("d%02d", i), fmt.Sprintf("o%d.example", i%3), day(1+i%20), p))
		ents = append(ents, domain.Entity{ID: fmt.Sprintf("e%02d", i), Name: fmt.Sprintf("Person %d", i), Type: domain.PER, Key: fmt.Sprintf("person %d", i), Mentions: i % 4})
	}
	if _, err := s.Save(ctx, store.Batch{Docs: docs, Entities: ents}); err != nil {
		t.Fatal(err)
	}
	walk := func(name string, list func(store.Page) ([]string, string, error), want int) {
		t.Helper()
		var all []string
		page := store.Page{Limit: 5}
		for n := 0; ; n++ {
			ids, next, err := list(page)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if next != "" && len(ids) != 5 {
				t.Errorf("%s: a page of %d before the last", name, len(ids))
			}
			all = append(all, ids...)
			if next == "" || n > 10 {
				break
			}
			page.Cursor = next
		}
		sorted := slices.Clone(all)
		slices.Sort(sorted)
		if len(all) != want || len(slices.Compact(sorted)) != want {
			t.Errorf("%s: %d records over the pages (%d distinct), want %d", name, len(all), len(slices.Compact(sorted)), want)
		}
		if _, _, err := list(store.Page{Cursor: "not-a-cursor"}); !errors.Is(err, store.ErrBadCursor) {
			t.Errorf("%s with a bad cursor: %v, want ErrBadCursor", name, err)
		}
	}
	walk("ListDocuments", func(p store.Page) ([]string, string, error) {
		ds, next, err := s.ListDocuments(ctx, p)
		var ids []string
		for _, d := range ds {
			ids = append(ids, d.ID)
		}
		return ids, next, err
	}, 23)
	walk("ListPosts", func(p store.Page) ([]string, string, error) {
		ps, next, err := s.ListPosts(ctx, store.PostQuery{}, p)
		var ids []string
		for _, p := range ps {
			ids = append(ids, p.ID)
			if len(p.Sources) != 1 {
				t.Errorf("post %s has %d sources", p.ID, len(p.Sources))
			}
		}
		return ids, next, err
	}, 23)
	// a document's posts: those with it among their sources
	all, _, err := s.ListPosts(ctx, store.PostQuery{}, store.Page{Limit: store.MaxLimit})
	if err != nil || len(all) == 0 {
		t.Fatalf("ListPosts: %d, %v", len(all), err)
	}
	doc := all[len(all)/2].Sources[0].DocID
	var want []string
	for _, p := range all {
		if slices.ContainsFunc(p.Sources, func(src domain.Source) bool { return src.DocID == doc }) {
			want = append(want, p.ID)
		}
	}
	ofDoc, _, err := s.ListPosts(ctx, store.PostQuery{Document: doc}, store.Page{Limit: store.MaxLimit})
	var got []string
	for _, p := range ofDoc {
		got = append(got, p.ID)
	}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("ListPosts of document %s: %v, %v; want %v", doc, got, err, want)
	}
	walk("ListPosts outlet", func(p store.Page) ([]string, string, error) {
		ps, next, err := s.ListPosts(ctx, store.PostQuery{Outlet: "O1.example"}, p)
		var ids []string
		for _, p := range ps {
			ids = append(ids, p.ID)
		}
		return ids, next, err
	}, 8)
	walk("ListEntities", func(p store.Page) ([]string, string, error) {
		es, next, err := s.ListEntities(ctx, store.EntityQuery{Type: domain.PER}, p)
		var ids []string
		for i, e := range es {
			ids = append(ids, e.ID)
			if i > 0 && es[i-1].Mentions < e.Mentions {
				t.Errorf("entities out of order: %+v before %+v", es[i-1], e)
			}
		}
		return ids, next, err
	}, 23)
	walk("Search", func(p store.Page) ([]string, string, error) {
		hs, next, err := s.Search(ctx, store.Query{Text: "harbour ferry"}, p)
		var ids []string
		for _, h := range hs {
			ids = append(ids, h.Passage.ID)
		}
		return ids, next, err
	}, 23)
	// a filter that passes few hits still fills pages: the filter runs
	// before the limit
	hits, _, err := s.Search(ctx, store.Query{Text: "harbour ferry", Outlet: "o2.example", Since: day(5), Until: day(9)}, store.Page{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 { // d05 (day 6) and d08 (day 9)
		t.Errorf("filtered search: %d hits, want 2", len(hits))
	}
	for _, h := range hits {
		if !store.InDays(h.Passage.FirstSeen, day(5), day(9)) {
			t.Errorf("hit first seen %v, outside the 5th to the 9th", h.Passage.FirstSeen)
		}
	}
}

func testChanges(t *testing.T, s store.Store) {
	ctx := context.Background()
	save(t, s, doc("d1", "a.example", day(10), embassy))
	cs, err := s.Changes(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Kind != store.ChangeDocument || cs[0].ID != "d1" || cs[1].Kind != store.ChangePost || cs[1].ID != "p-embassy" || cs[1].Seq <= cs[0].Seq {
		t.Fatalf("changes = %+v, want the document then its post", cs)
	}
	last := cs[len(cs)-1].Seq
	if _, err := s.Save(ctx, store.Batch{Entities: []domain.Entity{{ID: "e1", Name: "Anna Holt", Type: domain.PER, Key: "anna holt"}}}); err != nil {
		t.Fatal(err)
	}
	cs, err = s.Changes(ctx, last, 10)
	if err != nil || len(cs) != 1 || cs[0].Kind != store.ChangeEntity || cs[0].ID != "e1" {
		t.Errorf("changes after %d = %+v, %v; want entity e1", last, cs, err)
	}
	if cs, _ := s.Changes(ctx, cs[len(cs)-1].Seq, 10); len(cs) != 0 {
		t.Errorf("changes after the last: %+v", cs)
	}
}

// testCancelled: a cancelled context ends every read with its error.
func testCancelled(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(10), embassy, icc))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, err := range map[string]error{
		"Document":      second(s.Document(ctx, "d1")),
		"Post":          second(s.Post(ctx, "p-icc")),
		"Passage":       second(s.Passage(ctx, icc.Passages[0].ID)),
		"Entity":        second(s.Entity(ctx, "e1")),
		"ListDocuments": third(s.ListDocuments(ctx, store.Page{})),
		"ListPosts":     third(s.ListPosts(ctx, store.PostQuery{}, store.Page{})),
		"ListEntities":  third(s.ListEntities(ctx, store.EntityQuery{}, store.Page{})),
		"Search":        third(s.Search(ctx, store.Query{Text: "minister"}, store.Page{})),
		"Changes":       second(s.Changes(ctx, 0, 10)),
		"Save":          second(s.Save(ctx, store.Batch{Docs: []domain.Document{doc("d2", "b.example", day(11), convoy)}})),
	} {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: %v, want context.Canceled", name, err)
		}
	}
}

func third[T, U any](_ T, _ U, err error) error { return err }

// testConcurrentReaders: readers see whole batches while one writer saves.
func testConcurrentReaders(t *testing.T, s store.Store) {
	ctx := context.Background()
	const batches, perBatch = 12, 4
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 4)
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				ds, _, err := s.ListDocuments(ctx, store.Page{Limit: store.MaxLimit})
				if err == nil && len(ds)%perBatch != 0 {
					err = fmt.Errorf("reader %d saw %d documents: part of a batch", r, len(ds))
				}
				if err == nil {
					_, _, err = s.Search(ctx, store.Query{Text: "tide"}, store.Page{})
				}
				if err != nil {
					errs <- err
					return
				}
				time.Sleep(time.Millisecond)
			}
		}()
	}
	for b := range batches {
		var docs []domain.Document
		for i := range perBatch {
			n := b*perBatch + i
			docs = append(docs, doc(fmt.Sprintf("d%03d", n), "a.example", day(1+n%28), post(fmt.Sprintf("p%03d", n), "Tides", fmt.Sprintf("The tide reached %d centimetres at the quay.", n))))
		}
		if _, err := s.Save(ctx, store.Batch{Docs: docs}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if ds, _, _ := s.ListDocuments(ctx, store.Page{Limit: store.MaxLimit}); len(ds) != batches*perBatch {
		t.Errorf("%d documents stored, want %d", len(ds), batches*perBatch)
	}
}

// testLockWriter: one writer lock at a time; a waiter gives up with its
// context, and gets the lock once it is released.
func testLockWriter(t *testing.T, s store.Store) {
	ctx := context.Background()
	unlock, err := s.LockWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if _, err := s.LockWriter(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a second LockWriter while held: %v, want context.DeadlineExceeded", err)
	}
	got := make(chan error, 1)
	go func() {
		u, err := s.LockWriter(ctx)
		if err == nil {
			u()
		}
		got <- err
	}()
	time.Sleep(100 * time.Millisecond)
	unlock()
	select {
	case err := <-got:
		if err != nil {
			t.Errorf("LockWriter after release: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("LockWriter still waiting 5 s after the lock was released")
	}
}

// testListQuotes pages through quote groups and checks the speaker rule.
func testListQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	speakers := []string{"Hillary Clinton", "Bill Clinton", "Clinton", "John Forbes Kerry", "Kerry", ""}
	var docs []domain.Document
	for i := range 18 {
		text := fmt.Sprintf("we will rebuild the harbour wall number %d", i)
		p := post(fmt.Sprintf("p%02d", i), "Harbour", "The speaker said "+text+" soon.")
		p = withQuote(p, fmt.Sprintf("q%02d", i), fmt.Sprintf("q%02d", i), speakers[i%len(speakers)], text)
		docs = append(docs, doc(fmt.Sprintf("d%02d", i), "a.example", day(1+i%9), p))
	}
	if _, err := s.Save(ctx, store.Batch{Docs: docs}); err != nil {
		t.Fatal(err)
	}
	list := func(q store.QuoteQuery) []string {
		t.Helper()
		var ids []string
		page := store.Page{Limit: 4}
		for range 10 {
			gs, next, err := s.ListQuotes(ctx, q, page)
			if err != nil {
				t.Fatal(err)
			}
			for i, g := range gs {
				ids = append(ids, g.Quote.Group)
				if i > 0 && gs[i-1].Published.Before(g.Published) {
					t.Errorf("not newest first: %v before %v", gs[i-1].Published, g.Published)
				}
			}
			if next == "" {
				break
			}
			page.Cursor = next
		}
		return ids
	}
	all := list(store.QuoteQuery{})
	sorted := slices.Clone(all)
	slices.Sort(sorted)
	if len(all) != 18 || len(slices.Compact(sorted)) != 18 {
		t.Errorf("paging: %d groups (%d distinct), want 18", len(all), len(slices.Compact(sorted)))
	}
	count := func(q store.QuoteQuery) int { return len(list(q)) }
	for _, tt := range []struct {
		speaker string
		want    int
	}{
		{"Bill Clinton", 6},  // Bill Clinton and Clinton
		{"clinton", 9},       // every Clinton
		{"John Kerry", 6},    // John Forbes Kerry and Kerry
		{"Forbes Kerry", 6},  // the same
		{"Hillary Kerry", 3}, // only the surname-only Kerry
		{"Nobody Jones", 0},
	} {
		if got := count(store.QuoteQuery{Speaker: tt.speaker}); got != tt.want {
			t.Errorf("speaker %q: %d groups, want %d", tt.speaker, got, tt.want)
		}
	}
	if got := count(store.QuoteQuery{Since: day(3), Until: day(4)}); got != 4 {
		t.Errorf("3rd to 4th: %d groups, want 4", got)
	}
	if got := count(store.QuoteQuery{About: "harbour wall"}); got != 18 {
		t.Errorf("about: %d groups, want 18", got)
	}
	if _, _, err := s.ListQuotes(ctx, store.QuoteQuery{}, store.Page{Cursor: "x"}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("bad cursor: %v", err)
	}

	// QuoteDays counts what ListQuotes lists, by day.
	days, err := s.QuoteDays(ctx, store.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var want []store.DayCount
	for d := 1; d <= 9; d++ {
		want = append(want, store.DayCount{Day: day(d), N: 2})
	}
	if !slices.Equal(days, want) {
		t.Errorf("QuoteDays: %v, want %v", days, want)
	}
	for _, q := range []store.QuoteQuery{{Speaker: "clinton"}, {Speaker: "John Kerry", Since: day(3)}, {About: "harbour wall", Until: day(4)}} {
		days, err := s.QuoteDays(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for i, d := range days {
			n += d.N
			if i > 0 && !days[i-1].Day.Before(d.Day) {
				t.Errorf("QuoteDays(%+v): %v not in order of day", q, days)
			}
		}
		if n != count(q) {
			t.Errorf("QuoteDays(%+v): %d groups, ListQuotes %d", q, n, count(q))
		}
	}

	// a person's other names: the person entity of the name asked (by
	// person key) lends the names it was written with
	p := withQuote(post("p-paulson", "Bank rescue", "The secretary said the rescue plan will work."),
		"q-paulson", "q-paulson", "Henry M. Paulson", "the rescue plan will work")
	hank := domain.Entity{ID: "per-hank", Name: "Hank Paulson", Type: domain.PER, Key: lang.PersonKey("Hank Paulson"),
		Aliases: []string{"Henry M. Paulson", "Secretary Paulson", "the secretary"}, Mentions: 2}
	if _, err := s.Save(ctx, store.Batch{Docs: []domain.Document{doc("d-paulson", "a.example", day(2), p)}, Entities: []domain.Entity{hank}}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		speaker string
		want    int
	}{
		{"Hank Paulson", 1}, {"Henry Paulson", 1}, {"Henry M. Paulson", 1}, {"paulson", 1}, {"Hank Clinton", 3}, // only the surname-only Clinton
		{"Bill Paulson", 0},
	} {
		if got := count(store.QuoteQuery{Speaker: tt.speaker}); got != tt.want {
			t.Errorf("speaker %q: %d groups, want %d", tt.speaker, got, tt.want)
		}
	}
	if hits, err := search(s, store.Query{Text: "rescue", Speaker: "Hank Paulson"}); err != nil || len(hits) != 1 {
		t.Errorf("search rescue by Hank Paulson: %d hits, %v; want 1", len(hits), err)
	}
	// but a father and a son of one key, told apart by their initials,
	// are two people
	son := withQuote(post("p-son", "Levee", "The son said the levee will hold."), "q-son", "q-son", "Walter K. Drake", "the levee will hold")
	father := withQuote(post("p-father", "Canal", "The father said the canal will close."), "q-father", "q-father", "Walter F.K. Drake", "the canal will close")
	drakes := []domain.Entity{
		{ID: "per-wkd", Name: "Walter K. Drake", Type: domain.PER, Key: lang.PersonKey("Walter K. Drake"), Aliases: []string{"Walter Drake"}, Mentions: 2},
		{ID: "per-wfkd", Name: "Walter F.K. Drake", Type: domain.PER, Key: lang.PersonKey("Walter F.K. Drake"), Aliases: []string{"Walter F. K. Drake"}, Mentions: 2},
	}
	if _, err := s.Save(ctx, store.Batch{Docs: []domain.Document{doc("d-son", "a.example", day(3), son), doc("d-father", "a.example", day(3), father)}, Entities: drakes}); err != nil {
		t.Fatal(err)
	}
	if got := count(store.QuoteQuery{Speaker: "Walter K. Drake"}); got != 1 {
		t.Errorf("speaker Walter K. Drake: %d groups, want only his own", got)
	}
}

// testPassagesDump: the dump of passages goes past a page.
func testPassagesDump(t *testing.T, s store.Store) {
	var paras []string
	for i := range store.MaxLimit + 5 {
		paras = append(paras, fmt.Sprintf("Paragraph number %d of the long post.", i))
	}
	save(t, s, doc("d1", "a.example", day(1), post("p-long", "Long", paras...)))
	seen := map[string]bool{}
	err := s.Passages(context.Background(), func(p domain.Passage) error {
		if seen[p.ID] {
			t.Errorf("passage %s twice", p.ID)
		}
		seen[p.ID] = true
		return nil
	})
	if err != nil || len(seen) != len(paras) {
		t.Errorf("Passages: %d passages, %v; want %d", len(seen), err, len(paras))
	}
}

// ReadOnly checks a store opened for queries only (what dateline serve
// uses): it reads what a writable handle on the same database saved, and
// refuses to write. open returns a writable handle and a read-only one on
// one new database.
func ReadOnly(t *testing.T, open func(t *testing.T) (rw, ro store.Store)) {
	ctx := context.Background()
	rw, ro := open(t)
	defer rw.Close()
	defer ro.Close()
	save(t, rw, doc("d1", "a.example", day(10), embassy))
	hits, _, err := ro.Search(ctx, store.Query{Text: "demonstrations"}, store.Page{})
	if err != nil || len(hits) != 1 {
		t.Errorf("read-only search: %d hits, %v; want the one saved", len(hits), err)
	}
	if _, err := ro.Save(ctx, store.Batch{Docs: []domain.Document{doc("d2", "b.example", day(11), icc)}}); err == nil {
		t.Error("a read-only store saved a document")
	}
	if st, err := rw.Stats(ctx); err != nil || st.Documents != 1 {
		t.Errorf("after the refused save: %+v, %v; want 1 document", st, err)
	}
}
