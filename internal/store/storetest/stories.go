package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// storyState is a story state for the tests: its people and opaque state.
func storyState(id, label string, first, last time.Time, size int, people ...string) store.StoryState {
	return store.StoryState{ID: id, Label: label, First: first, Last: last, Size: size, People: people, State: []byte{1, 2, 0, 255}}
}

func testStories(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := withQuote(embassy, "q1", "q1", "Anna Holt", "demonstrations outside the embassy")
	a.Mentions = []domain.Mention{{Text: "Anna Holt", Type: domain.PER, Name: "Anna Holt", Entity: "e-holt", Start: 0, End: 1}}
	b := withQuote(convoy, "q2", "q1", "Holt", "demonstrations outside the embassy")
	c := icc
	holt := domain.Entity{ID: "e-holt", Name: "Anna Holt", Type: domain.PER, Key: "anna holt", Mentions: 1}
	batch := store.Batch{
		Docs:     []domain.Document{doc("d1", "a.example", day(10), a), doc("d2", "b.example", day(12), b, c)},
		Entities: []domain.Entity{holt},
		Stories: []store.StoryUpdate{
			{Story: storyState("st-protest", "Embassy replies to protest call", day(10), day(12), 2, "e-holt"), Keys: []uint64{1, 1 << 63}, Posts: []string{"p-embassy", "p-convoy"}},
			{Story: storyState("st-court", "Minister calls for court procedures", day(12), day(12), 1), Keys: []uint64{1}, Posts: []string{"p-icc"}},
		},
		TermCounts: []store.TermCount{{Key: 0, N: 3}, {Key: 1 << 63, N: 2}},
	}
	if _, err := s.Save(ctx, batch); err != nil {
		t.Fatal(err)
	}
	got, err := s.Story(ctx, "st-protest")
	if err != nil {
		t.Fatal(err)
	}
	want := store.Story{ID: "st-protest", Label: "Embassy replies to protest call", First: day(10), Last: day(12), Size: 2,
		Posts: []string{"p-embassy", "p-convoy"}, Outlets: []string{"a.example", "b.example"}, People: []string{"e-holt"}, Quotes: []string{"q1"}}
	if !equalStory(got, want) {
		t.Errorf("Story = %+v\nwant    %+v", got, want)
	}
	if _, err := s.Story(ctx, "st-none"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story(unknown): %v, want ErrNotFound", err)
	}

	// membership, states, term counts
	members, err := s.PostStories(ctx, []string{"p-embassy", "p-icc", "p-none"})
	if err != nil || len(members) != 2 || members["p-embassy"] != "st-protest" || members["p-icc"] != "st-court" {
		t.Errorf("PostStories = %v, %v", members, err)
	}
	states, err := s.StoryStates(ctx, []string{"st-protest", "st-none"})
	if err != nil || len(states) != 1 {
		t.Fatalf("StoryStates = %+v, %v", states, err)
	}
	st := states[0]
	if st.Label != "Embassy replies to protest call" || !st.First.Equal(day(10)) || !st.Last.Equal(day(12)) || st.Size != 2 ||
		!slices.Equal(st.State, []byte{1, 2, 0, 255}) || !slices.Equal(st.People, []string{"e-holt"}) {
		t.Errorf("StoryState = %+v", st)
	}
	if filed, err := s.StoryFiled(ctx, "st-protest"); err != nil || !slices.Equal(slices.Sorted(slices.Values(filed)), []uint64{1, 1 << 63}) {
		t.Errorf("StoryFiled = %v, %v", filed, err)
	}
	counts, err := s.StoryTerms(ctx, []uint64{0, 1 << 63, 5})
	if err != nil || len(counts) != 2 || counts[0] != 3 || counts[1<<63] != 2 {
		t.Errorf("StoryTerms = %v, %v", counts, err)
	}

	// posts of a story
	posts, _, err := s.ListPosts(ctx, store.PostQuery{Story: "st-protest"}, store.Page{})
	if err != nil || len(posts) != 2 || posts[0].ID != "p-embassy" || posts[1].ID != "p-convoy" {
		t.Errorf("ListPosts(story) = %d posts, %v", len(posts), err)
	}

	// listing and filters
	list := func(q store.StoryQuery) []string {
		t.Helper()
		var ids []string
		page := store.Page{Limit: 1}
		for {
			ss, next, err := s.ListStories(ctx, q, page)
			if err != nil {
				t.Fatalf("ListStories(%+v): %v", q, err)
			}
			for _, st := range ss {
				ids = append(ids, st.ID)
			}
			if next == "" {
				return ids
			}
			page.Cursor = next
		}
	}
	for _, c := range []struct {
		q    store.StoryQuery
		want []string
	}{
		{store.StoryQuery{}, []string{"st-court", "st-protest"}}, // same last day: by ID
		{store.StoryQuery{Since: day(12)}, []string{"st-court", "st-protest"}},
		{store.StoryQuery{Until: day(11)}, []string{"st-protest"}},
		{store.StoryQuery{Since: day(13)}, nil},
		{store.StoryQuery{About: "convoy"}, []string{"st-protest"}},
		{store.StoryQuery{About: "court procedures"}, []string{"st-court"}},
		{store.StoryQuery{Entity: "e-holt"}, []string{"st-protest"}},
		{store.StoryQuery{MinPosts: 2}, []string{"st-protest"}},
	} {
		if got := list(c.q); !slices.Equal(got, c.want) {
			t.Errorf("ListStories(%+v) = %v, want %v", c.q, got, c.want)
		}
	}
	if _, _, err := s.ListStories(ctx, store.StoryQuery{}, store.Page{Cursor: "x"}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("bad cursor: %v", err)
	}

	// a story grows: its state is replaced, its keys carry its new last day
	grown := storyState("st-court", "Minister calls for court procedures", day(12), day(14), 2)
	later := post("p-later", "Court procedures begin", "Procedures began in court.")
	later.Mentions = []domain.Mention{{Text: "Holt", Type: domain.PER, Name: "Anna Holt", Entity: "e-holt", Start: 0, End: 1}}
	d3 := doc("d3", "c.example", day(14), later)
	if _, err := s.Save(ctx, store.Batch{Docs: []domain.Document{d3}, Stories: []store.StoryUpdate{{Story: grown, Keys: []uint64{7}, Posts: []string{"p-later"}}},
		TermCounts: []store.TermCount{{Key: 0, N: 4}}}); err != nil {
		t.Fatal(err)
	}
	if got := list(store.StoryQuery{}); !slices.Equal(got, []string{"st-court", "st-protest"}) {
		t.Errorf("after growth: %v", got)
	}
	if got, err := s.Story(ctx, "st-court"); err != nil || got.Size != 2 || !got.Last.Equal(day(14)) || !slices.Equal(got.Posts, []string{"p-icc", "p-later"}) {
		t.Errorf("grown story = %+v, %v", got, err)
	}
	for _, c := range []struct {
		q    store.StoryQuery
		want []string
	}{
		{store.StoryQuery{Entity: "e-holt"}, []string{"st-court", "st-protest"}},
		{store.StoryQuery{Entity: "e-holt", RecentMentions: 1}, []string{"st-court"}}, // day 14's, not day 10's
		{store.StoryQuery{Entity: "e-holt", RecentMentions: 2}, []string{"st-court", "st-protest"}},
	} {
		if got := list(c.q); !slices.Equal(got, c.want) {
			t.Errorf("ListStories(%+v) = %v, want %v", c.q, got, c.want)
		}
	}
	if counts, _ := s.StoryTerms(ctx, []uint64{0}); counts[0] != 4 {
		t.Errorf("count replaced: %v", counts)
	}
	keys, err := s.StoryKeys(ctx, []uint64{1, 7, 1 << 63, 9}, day(13), time.Time{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(keys[1], []string{"st-court"}) || !slices.Equal(keys[7], []string{"st-court"}) || len(keys[1<<63]) != 0 || len(keys[9]) != 0 {
		t.Errorf("StoryKeys since day 13 = %v: want st-court under 1 and 7 (its keys carry its last day)", keys)
	}
	keys, _ = s.StoryKeys(ctx, []uint64{1}, time.Time{}, time.Time{}, 1)
	if !slices.Equal(keys[1], []string{"st-court"}) {
		t.Errorf("StoryKeys per key 1 = %v, want the latest story", keys)
	}
	keys, _ = s.StoryKeys(ctx, []uint64{1}, time.Time{}, time.Time{}, 5)
	if k := slices.Sorted(slices.Values(keys[1])); !slices.Equal(k, []string{"st-court", "st-protest"}) {
		t.Errorf("StoryKeys = %v", keys)
	}
	// until is a whole day: st-protest ends on day 12 (at 00:00), st-court on day 14
	for _, until := range []time.Time{day(12), day(12).Add(23 * time.Hour), day(13)} {
		keys, _ = s.StoryKeys(ctx, []uint64{1, 7, 1 << 63}, time.Time{}, until, 1)
		if !slices.Equal(keys[1], []string{"st-protest"}) || !slices.Equal(keys[1<<63], []string{"st-protest"}) || len(keys[7]) != 0 {
			t.Errorf("StoryKeys until %v = %v: want st-protest under 1 and 1<<63, not the later st-court", until, keys)
		}
	}
	keys, _ = s.StoryKeys(ctx, []uint64{1}, day(12), day(12), 5)
	if !slices.Equal(keys[1], []string{"st-protest"}) {
		t.Errorf("StoryKeys on day 12 = %v, want st-protest", keys)
	}
	keys, _ = s.StoryKeys(ctx, []uint64{1}, time.Time{}, day(11), 5)
	if len(keys[1]) != 0 {
		t.Errorf("StoryKeys until day 11 = %v, want none", keys)
	}
}

func equalStory(a, b store.Story) bool {
	return a.ID == b.ID && a.Label == b.Label && a.First.Equal(b.First) && a.Last.Equal(b.Last) && a.Size == b.Size &&
		slices.Equal(a.Posts, b.Posts) && slices.Equal(a.Outlets, b.Outlets) && slices.Equal(a.People, b.People) && slices.Equal(a.Quotes, b.Quotes)
}

// AllStories pages through every story of s (for tests that compare
// whole stores).
func AllStories(t testing.TB, s store.Store) []store.Story {
	t.Helper()
	var all []store.Story
	page := store.Page{Limit: store.MaxLimit}
	for {
		ss, next, err := s.ListStories(context.Background(), store.StoryQuery{}, page)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, ss...)
		if next == "" {
			return all
		}
		page.Cursor = next
	}
}
