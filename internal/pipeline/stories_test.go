package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/store/storetest"
	"github.com/dateline-news/dateline/internal/story"
)

// TestStoriesOfEarlierDaysFound: a post read after the stories of later
// days (an archive filled in after the news) still finds the story of its
// own days, though more than story.PerKey later stories are filed under
// every one of its keys; with any batch size.
func TestStoriesOfEarlierDaysFound(t *testing.T) {
	ctx := context.Background()
	day0 := time.Date(2016, 3, 1, 9, 0, 0, 0, time.UTC)
	type rec struct {
		URL, Title, Text, Published, Outlet string
	}
	flood := "Flood waters rose in Marlow town as the river burst its banks near the old mill bridge."
	var recs []rec
	recs = append(recs, rec{"https://a.example/1", "Flood in Marlow", flood, day0.Format(time.RFC3339), "a.example"})
	// later floods, each its own story (further apart than story.MaxSpan),
	// in words that hold all of the first's
	for i := range story.PerKey + 2 {
		d := day0.AddDate(0, 0, 60+20*i)
		text := fmt.Sprintf("%s Residents counted %s, the %d. flood of the decade, council officers said on %s.",
			flood, []string{"ruined cellars", "closed schools", "stranded cars", "fallen fences", "flooded shops", "lost livestock", "broken pumps", "swamped gardens", "damaged roads", "cut power"}[i%10], i+2, d.Format("January 2"))
		recs = append(recs, rec{fmt.Sprintf("https://b.example/%d", i), fmt.Sprintf("Marlow floods again (%d)", i+2), text, d.Format(time.RFC3339), "b.example"})
	}
	// the first flood's next day, read last
	recs = append(recs, rec{"https://c.example/1", "Marlow flood", "The river burst its banks near the old mill bridge as flood waters rose in Marlow town.",
		day0.AddDate(0, 0, 1).Format(time.RFC3339), "c.example"})
	dir := t.TempDir()
	for i, r := range recs {
		b, _ := json.Marshal(map[string]string{"url": r.URL, "title": r.Title, "text": r.Text, "published": r.Published, "outlet": r.Outlet})
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.jsonl", i)), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs, errs := ingest.Expand([]string{dir}, nil)
	if len(errs) > 0 || len(inputs) != len(recs) {
		t.Fatalf("inputs %d: %v", len(inputs), errs)
	}
	for _, batch := range []int{1, 3, 100} {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		cfg := Config{BatchSize: batch, Annotate: annotate.Options{Now: day0.AddDate(1, 0, 0), NoQuotes: true}}
		if _, err := Ingest(ctx, st, inputs, cfg); err != nil {
			t.Fatal(err)
		}
		all := storetest.AllStories(t, st)
		st.Close()
		if len(all) != story.PerKey+3 {
			t.Errorf("batch %d: %d stories, want %d: the first flood's two posts in one, each later flood in its own", batch, len(all), story.PerKey+3)
		}
		for _, s := range all {
			if s.First.Equal(day0.Truncate(24*time.Hour)) && len(s.Posts) != 2 {
				t.Errorf("batch %d: the first flood's story %q (%s to %s) holds %v, want both its posts", batch, s.Label, s.First.Format(time.DateOnly), s.Last.Format(time.DateOnly), s.Posts)
			}
			if slices.Contains(s.Posts, "") {
				t.Errorf("story %s has an empty post ID", s.ID)
			}
		}
	}
}

// TestCandidatesPastStaleRows: a pending story whose last day moved past
// a post's story.Until keeps its stale row, in range, in the store; the
// stage still finds the story.PerKey stories in range the full lookup
// would, the earliest included.
func TestCandidatesPastStaleRows(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const key = 42
	day := time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)
	at := func(n int) time.Time { return day.AddDate(0, 0, n) }
	var us []store.StoryUpdate
	add := func(id string, first, last time.Time) {
		s := story.Story{ID: id, Label: id, First: first, Last: last, Size: 1}
		us = append(us, store.StoryUpdate{Story: store.StoryState{ID: id, Label: id, First: first, Last: last, Size: 1, State: story.MarshalState(s)}, Keys: []uint64{key}})
	}
	// the earliest in range, then story.PerKey-1 later ones, then the one
	// about to move
	add("st-target", at(0), at(0))
	for i := 1; i < story.PerKey; i++ {
		add(fmt.Sprintf("st-other%d", i), at(i%4+1), at(i%4+1))
	}
	add("st-moving", at(5), at(5))
	if _, err := st.Save(ctx, store.Batch{Stories: us}); err != nil {
		t.Fatal(err)
	}
	var saved atomic.Int64
	x := newStoryStage(ctx, st, &saved)
	got, err := x.load([]string{"st-moving"})
	if err != nil {
		t.Fatal(err)
	}
	moving := got["st-moving"]
	later := story.Post{ID: "p-later", Day: at(12)}
	story.Join(&moving.s, later)
	if err := x.record(moving, later.ID, later); err != nil {
		t.Fatal(err)
	}
	p := story.Post{ID: "p-first", Day: at(0), Passages: []uint64{key}}
	cands, _, err := x.candidates(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range cands {
		ids = append(ids, c.s.ID)
	}
	if len(ids) != story.PerKey || !slices.Contains(ids, "st-target") || slices.Contains(ids, "st-moving") {
		t.Errorf("candidates = %v: want the %d stories in range, st-target among them, not st-moving (now ending on %s)", ids, story.PerKey, moving.s.Last.Format(time.DateOnly))
	}
}
