package digest

import (
	"context"
	"fmt"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/summary"
)

// A sentence carried by more documents than MaxCited cites its first
// MaxCited, and its record keeps them all.
func TestCitedBound(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	var srcs []domain.Source
	for i := range MaxCited + 4 {
		srcs = append(srcs, domain.Source{DocID: fmt.Sprintf("d%02d", i), PostID: fmt.Sprintf("p%02d", i), Outlet: fmt.Sprintf("o%02d.example", i)})
	}
	c := NewCitations(st, nil)
	for range 2 { // the second time, the same numbers
		rec, err := c.Sentence(ctx, summary.Sentence{Text: "Wire copy.", PostID: "p00", Sources: srcs})
		if err != nil {
			t.Fatal(err)
		}
		if want := []int{1, 2, 3, 4, 5, 6, 7, 8}; !slices.Equal(rec.Citations, want) {
			t.Errorf("citations %v, want %v", rec.Citations, want)
		}
		if len(rec.Sources) != len(srcs) {
			t.Errorf("%d sources in the record, want %d", len(rec.Sources), len(srcs))
		}
	}
	if n := len(c.Sources()); n != MaxCited {
		t.Errorf("source list of %d, want %d", n, MaxCited)
	}
}

// A source without a post (a post's own sources) is cited as the
// sentence's post, and the sentence's sources are left as they were.
func TestSourceTakesSentencePost(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	srcs := []domain.Source{{DocID: "d1", Outlet: "a.example"}, {DocID: "d2", PostID: "p2", Outlet: "b.example"}}
	rec, err := NewCitations(st, nil).Sentence(ctx, summary.Sentence{Text: "Wire copy.", PostID: "p1", Sources: srcs})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range rec.Sources {
		got = append(got, s.PostID)
	}
	if want := []string{"p1", "p2"}; !slices.Equal(got, want) {
		t.Errorf("source posts %v, want %v", got, want)
	}
	if srcs[0].PostID != "" {
		t.Errorf("the sentence's source was changed: %+v", srcs[0])
	}
}

// memStore is an empty in-memory store, closed when the test ends.
func memStore(t *testing.T) store.Store {
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// A sentence trimmed of a wire dateline lies inside the passage two
// documents carried: it cites both, not only its own post's document.
func TestTrimmedSentenceCitesPassage(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	shared := "PORTMOUTH (Wirewire) - The harbour board approved the new ferry timetable on Monday after a long dispute with the crews."
	inputs := []ingest.Input{
		ingest.BytesInput("a.txt", []byte("Ferry timetable approved\n\n"+shared+"\n\nThe crews said they would study the details before the winter season.\n"), 0),
		ingest.BytesInput("b.txt", []byte("Board backs timetable\n\n"+shared+"\n\nCommuters on the eastern route welcomed the decision on Tuesday morning.\n"), 0),
	}
	if _, err := pipeline.Ingest(ctx, st, inputs, pipeline.Config{}); err != nil {
		t.Fatal(err)
	}
	posts, err := store.CollectPosts(ctx, st, store.PostQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var p *domain.Post
	for i := range posts {
		if strings.Contains(posts[i].Text, "PORTMOUTH") && p == nil {
			p = &posts[i]
		}
	}
	if p == nil {
		t.Fatal("no post holds the shared paragraph")
	}
	start := strings.Index(p.Text, "The harbour board")
	end := strings.Index(p.Text, "crews.") + len("crews.")
	s := summary.Sentence{Text: p.Text[start:end], PostID: p.ID, Start: start, End: end, Sources: p.Sources}
	rec, err := NewCitations(st, posts).Sentence(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, src := range rec.Sources {
		docs[src.DocID] = true
	}
	if len(docs) != 2 {
		t.Errorf("the trimmed sentence cites %d documents (%v), want both that carried its passage", len(docs), rec.Citations)
	}
}

// Subject finds the selected entity's mentions in the posts' text by the
// store's mentions index (an entity given by name).
func TestSubject(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	text := "Ida Brandt said the harbour would reopen. Ole Brandt disagreed."
	p := domain.Post{ID: "p1", Text: text, Mentions: []domain.Mention{
		{Text: "Ida Brandt", Type: domain.PER, Name: "Ida Brandt", Entity: "per-brandt", Start: 0, End: 10},
		{Text: "Ole Brandt", Type: domain.PER, Name: "Ole Brandt", Entity: "per-ole", Start: 42, End: 52},
	}}
	d := domain.Document{ID: "d1", Source: "d1.txt", Posts: []domain.Post{p}}
	ents := []domain.Entity{
		{ID: "per-brandt", Name: "Ida Brandt", Type: domain.PER, Key: "ida brandt", Mentions: 1},
		{ID: "per-ole", Name: "Ole Brandt", Type: domain.PER, Key: "ole brandt", Mentions: 1},
	}
	if _, err := st.Save(ctx, store.Batch{Docs: []domain.Document{d}, Entities: ents}); err != nil {
		t.Fatal(err)
	}
	got, err := Subject(ctx, st, Selection{Entity: "Ida Brandt"}, []domain.Post{p})
	if err != nil {
		t.Fatal(err)
	}
	if want := []domain.Span{{Start: 0, End: 10}}; !slices.Equal(got["p1"], want) {
		t.Errorf("subject spans %v, want %v", got["p1"], want)
	}
	if got, err := Subject(ctx, st, Selection{}, []domain.Post{p}); got != nil || err != nil {
		t.Errorf("no entity: %v, %v; want nil", got, err)
	}
}
