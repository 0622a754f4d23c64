// Package storetest is the conformance suite every store.Store
// implementation runs: the same behaviour, checked the same way, whatever
// the database.
package storetest

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// Opener returns a new, empty store; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs the conformance suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"SaveAndList", testSaveAndList},
		{"DuplicatePostGainsSource", testDuplicatePost},
		{"SaveTwiceAddsNothing", testIdempotent},
		{"PassagesSharedAcrossPosts", testPassages},
		{"PassageFirstSeenLowered", testFirstSeenLowered},
		{"Search", testSearch},
		{"SearchFilters", testSearchFilters},
		{"SentenceBecomesParagraph", testSentenceBecomesParagraph},
		{"BadQuery", testBadQuery},
		{"PostNotFound", testNotFound},
		{"IndexEntries", testIndexEntries},
		{"Feeds", testFeeds},
		{"QuoteGroups", testQuotes},
		{"QuoteGroupsByKey", testQuoteGroupsByKey},
		{"Entities", testEntities},
		{"EntitiesByKey", testEntitiesByKey},
		{"Lookups", testLookups},
		{"EntityMerges", testEntityMerges},
		{"EntityMadeAgain", testEntityMadeAgain},
		{"Paging", testPaging},
		{"Changes", testChanges},
		{"Cancelled", testCancelled},
		{"ConcurrentReaders", testConcurrentReaders},
		{"LockWriter", testLockWriter},
		{"ListQuotes", testListQuotes},
		{"PassagesDump", testPassagesDump},
		{"Acronyms", testAcronyms},
		{"PerDocument", testPerDocument},
		{"SearchWindow", testSearchWindow},
		{"QueryLimits", testQueryLimits},
		{"Stories", testStories},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

var day = func(d int) time.Time { return time.Date(2016, 10, d, 0, 0, 0, 0, time.UTC) }

// post makes a post whose passages are its paragraphs.
func post(id, headline string, paras ...string) domain.Post {
	p := domain.Post{ID: id, Headline: headline}
	for i, para := range paras {
		if i > 0 {
			p.Text += "\n\n"
		}
		start := len(p.Text)
		p.Text += para
		sp := domain.Span{Start: start, End: len(p.Text)}
		p.Paragraphs = append(p.Paragraphs, sp)
		p.Passages = append(p.Passages, domain.PassageRef{ID: fmt.Sprintf("pa-%x", sha256.Sum256([]byte(para)))[:19], Start: sp.Start, End: sp.End, Paragraph: true})
	}
	return p
}

func doc(id, outlet string, published time.Time, posts ...domain.Post) domain.Document {
	d := domain.Document{ID: id, Source: id + ".txt", Outlet: outlet, URL: "https://" + outlet + "/" + id,
		Kind: domain.KindLiveblog, Published: published, DateOrigin: domain.DateFromMetadata, Format: "txt"}
	for i := range posts {
		posts[i].DocID, posts[i].Index, posts[i].Published = id, i, published
	}
	d.Posts = posts
	return d
}

var (
	embassy = post("p-embassy", "Embassy replies to protest call",
		"The embassy asked whether this was a new form of diplomacy.",
		"The minister said he wants to see demonstrations outside the embassy.")
	icc = post("p-icc", "Minister calls for court procedures",
		"The minister called for court procedures against war crimes in the region.")
	convoy = post("p-convoy", "Convoy attack condemned",
		"An aid convoy was struck near the city, killing twenty aid workers.",
		"The minister said he wants to see demonstrations outside the embassy.")
)

func save(t *testing.T, s store.Store, docs ...domain.Document) store.SaveStats {
	t.Helper()
	st, err := s.Save(context.Background(), store.Batch{Docs: docs})
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	return st
}

func allPosts(t *testing.T, s store.Store) []domain.Post {
	t.Helper()
	var out []domain.Post
	if err := s.Posts(context.Background(), func(p domain.Post) error { out = append(out, p); return nil }); err != nil {
		t.Fatalf("Posts: %v", err)
	}
	return out
}

func testSaveAndList(t *testing.T, s store.Store) {
	ctx := context.Background()
	st := save(t, s, doc("d1", "news.example", day(10), embassy, icc))
	if st.Documents != 1 || st.Posts != 2 {
		t.Fatalf("stats = %+v, want 1 document, 2 posts", st)
	}
	var docs []domain.Document
	if err := s.Documents(ctx, func(d domain.Document) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Outlet != "news.example" || !docs[0].Published.Equal(day(10)) || docs[0].DateOrigin != domain.DateFromMetadata {
		t.Fatalf("documents = %+v", docs)
	}
	posts := allPosts(t, s)
	if len(posts) != 2 || posts[0].ID != "p-embassy" || posts[1].ID != "p-icc" {
		t.Fatalf("posts out of order or missing: %+v", posts)
	}
	if posts[0].Text != embassy.Text || posts[0].Headline != embassy.Headline || len(posts[0].Paragraphs) != 2 {
		t.Errorf("post round trip lost data: %+v", posts[0])
	}
	if ok, err := s.HasDocument(ctx, "d1"); err != nil || !ok {
		t.Errorf("HasDocument(d1) = %v, %v", ok, err)
	}
	if ok, _ := s.HasDocument(ctx, "nope"); ok {
		t.Error("HasDocument(nope) = true")
	}
	if ok, err := s.HasPost(ctx, "p-icc"); err != nil || !ok {
		t.Errorf("HasPost(p-icc) = %v, %v", ok, err)
	}
	if ok, _ := s.HasPost(ctx, "d1"); ok {
		t.Error("HasPost(d1) = true: a document ID is not a post")
	}
	p, err := s.Post(ctx, "p-icc")
	if err != nil || p.Headline != icc.Headline || len(p.Sources) != 1 {
		t.Errorf("Post(p-icc) = %+v, %v", p, err)
	}
}

func testDuplicatePost(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(11), embassy))
	st := save(t, s, doc("d2", "b.example", day(10), embassy, icc))
	if st.Posts != 1 || st.DuplicatePosts != 1 {
		t.Fatalf("second save stats = %+v, want 1 new post and 1 duplicate", st)
	}
	posts := allPosts(t, s)
	if len(posts) != 2 {
		t.Fatalf("%d posts stored, want 2", len(posts))
	}
	srcs := posts[0].Sources
	if len(srcs) != 2 {
		t.Fatalf("duplicated post has %d sources, want 2", len(srcs))
	}
	// earliest publication first
	if srcs[0].DocID != "d2" || srcs[1].DocID != "d1" || srcs[0].Outlet != "b.example" {
		t.Errorf("sources = %+v, want d2 (earlier) then d1", srcs)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	d := doc("d1", "a.example", day(10), embassy, icc)
	save(t, s, d)
	before, _ := s.Stats(context.Background())
	st := save(t, s, d)
	if st.Documents != 0 || st.Posts != 0 || st.KnownDocuments != 1 {
		t.Errorf("re-save stats = %+v, want only one known document", st)
	}
	after, _ := s.Stats(context.Background())
	if before != after {
		t.Errorf("re-save changed the store: %+v → %+v", before, after)
	}
}

// testFirstSeenLowered: a passage stored from a document is first seen
// earlier when a later Save brings an earlier document carrying it (the
// date search filters on).
func testFirstSeenLowered(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(12), embassy))
	save(t, s, doc("d2", "b.example", day(11), convoy))
	hits, _, err := s.Search(context.Background(), store.Query{Text: "demonstrations", Since: day(11), Until: day(11)}, store.Page{})
	if err != nil || len(hits) != 1 {
		t.Errorf("passages first seen on the 11th holding %q: %d (%v); want the one carried on the 12th, then by a document of the 11th", "demonstrations", len(hits), err)
	}
}

func testPassages(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(12), embassy), doc("d2", "b.example", day(11), convoy))
	var ps []domain.Passage
	if err := s.Passages(context.Background(), func(p domain.Passage) error { ps = append(ps, p); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("%d passages, want 3 (one shared)", len(ps))
	}
	var shared *domain.Passage
	for i := range ps {
		if len(ps[i].Sources) > 1 {
			shared = &ps[i]
		}
	}
	if shared == nil {
		t.Fatal("no passage with two sources")
	}
	if shared.Outlets != 2 || !shared.FirstSeen.Equal(day(11)) || shared.Sources[0].Outlet != "b.example" {
		t.Errorf("shared passage = %+v, want 2 outlets, first seen 2016-10-11 at b.example", shared)
	}
	src := shared.Sources[0]
	post, _ := s.Post(context.Background(), src.PostID)
	if got := (domain.Span{Start: src.Start, End: src.End}).In(post.Text); got != shared.Text {
		t.Errorf("source offsets give %q, want %q", got, shared.Text)
	}
}

func testSearch(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(10), embassy, icc), doc("d2", "b.example", day(11), convoy))
	hits, err := search(s, store.Query{Text: "court procedures"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].PostID != "p-icc" || hits[0].Headline != icc.Headline {
		t.Fatalf("hits = %+v", hits)
	}
	if hits[0].Snippet == "" || hits[0].Passage.Outlets != 1 {
		t.Errorf("hit lacks snippet or provenance: %+v", hits[0])
	}
	hits, err = search(s, store.Query{Text: `"demonstrations outside"`})
	if err != nil || len(hits) != 1 || len(hits[0].Passage.Sources) != 2 {
		t.Fatalf("phrase search: %+v, %v (want one passage with two sources)", hits, err)
	}
	hits, _ = search(s, store.Query{Text: "minister -embassy"})
	for _, h := range hits {
		if containsFold(h.Passage.Text, "embassy") {
			t.Errorf("excluded word matched: %q", h.Passage.Text)
		}
	}
	if len(hits) == 0 {
		t.Error("minister -embassy found nothing")
	}
}

func testSearchFilters(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(10), embassy), doc("d2", "b.example", day(20), convoy))
	q := store.Query{Text: "aid OR diplomacy", Outlet: "B.example"}
	hits, err := search(s, q)
	if err != nil || len(hits) != 1 || hits[0].PostID != "p-convoy" {
		t.Fatalf("outlet filter: %+v, %v", hits, err)
	}
	hits, _ = search(s, store.Query{Text: "aid OR diplomacy", Until: day(15)})
	if len(hits) != 1 || hits[0].PostID != "p-embassy" {
		t.Fatalf("until filter: %+v", hits)
	}
	hits, _ = search(s, store.Query{Text: "aid OR diplomacy", Since: day(15)})
	if len(hits) != 1 || hits[0].PostID != "p-convoy" {
		t.Fatalf("since filter: %+v", hits)
	}
}

func testBadQuery(t *testing.T, s store.Store) {
	save(t, s, doc("d1", "a.example", day(10), embassy))
	for _, q := range []string{"", "  ", "!!!", "-"} {
		if _, err := search(s, store.Query{Text: q}); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Search(%q) error = %v, want ErrBadQuery", q, err)
		}
	}
	for _, q := range []string{`"unclosed phrase`, "AND OR", "embassy)", "NEAR(", "col:umn"} {
		if _, err := search(s, store.Query{Text: q}); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Search(%q) error = %v, want nil or ErrBadQuery", q, err)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	if _, err := s.Post(context.Background(), "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Post(missing) error = %v, want ErrNotFound", err)
	}
}

func containsFold(s, sub string) bool {
	return len(sub) == 0 || indexFold(s, sub) >= 0
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}

func testIndexEntries(t *testing.T, s store.Store) {
	ctx := context.Background()
	e1 := store.IndexEntry{ID: "s-1", Cluster: "s-1", Sketch: []byte{1, 2, 3}, Keys: []uint64{1, 1 << 63, 42}}
	e2 := store.IndexEntry{ID: "s-2", Cluster: "s-1", Sketch: []byte{9}, Keys: []uint64{7}}
	for range 2 { // saving twice changes nothing
		if _, err := s.Save(ctx, store.Batch{Docs: []domain.Document{doc("d1", "a.example", day(1), icc)}, Index: []store.IndexEntry{e1, e2}}); err != nil {
			t.Fatal(err)
		}
	}
	after := func(seq int64, n int) []store.IndexEntry {
		t.Helper()
		var got []store.IndexEntry
		if err := s.IndexEntries(ctx, seq, n, func(e store.IndexEntry) error { got = append(got, e); return nil }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	recent := func(n int) []store.IndexEntry { return after(0, n) }
	got := recent(10)
	if len(got) != 2 || got[0].ID != "s-1" || string(got[0].Sketch) != string(e1.Sketch) || len(got[0].Keys) != 3 || got[0].Keys[1] != 1<<63 || got[1].Keys[0] != 7 || got[1].Cluster != "s-1" {
		t.Errorf("index entries = %+v, want %+v then %+v", got, e1, e2)
	}
	if got := recent(1); len(got) != 1 || got[0].ID != "s-2" {
		t.Errorf("last entry = %+v, want s-2", got)
	}
	// an entry saved again (it left the window and came back) moves last
	stats, err := s.Save(ctx, store.Batch{Index: []store.IndexEntry{e1}})
	if err != nil {
		t.Fatal(err)
	}
	got = recent(10)
	if len(got) != 2 || got[0].ID != "s-2" || got[1].ID != "s-1" || got[1].Keys[2] != 42 {
		t.Fatalf("after saving s-1 again: %+v, want s-2 then s-1", got)
	}
	if stats.LastIndexEntry != got[1].Seq {
		t.Errorf("Save reported its last index entry %d, want %d", stats.LastIndexEntry, got[1].Seq)
	}
	if stats, err := s.Save(ctx, store.Batch{}); err != nil || stats.LastIndexEntry != 0 {
		t.Errorf("a Save with no index entries reported %d (%v), want 0", stats.LastIndexEntry, err)
	}
	// what was stored after a given entry: only s-1, renewed
	if got[0].Seq >= got[1].Seq {
		t.Errorf("seqs %d, %d: want increasing", got[0].Seq, got[1].Seq)
	}
	if since := after(got[0].Seq, 10); len(since) != 1 || since[0].ID != "s-1" || since[0].Seq != got[1].Seq {
		t.Errorf("entries after s-2 = %+v, want s-1 alone", since)
	}
	if since := after(got[1].Seq, 10); len(since) != 0 {
		t.Errorf("entries after the last = %+v, want none", since)
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	const feed = "https://news.example/rss"
	if fs, err := s.FeedState(ctx, feed); err != nil || fs != (store.FeedState{}) {
		t.Fatalf("unknown feed = %+v, %v; want zero state", fs, err)
	}
	want := store.FeedState{ETag: `"v2"`, LastModified: "Mon, 31 Oct 2016 10:00:00 GMT"}
	for range 2 {
		if err := s.PutFeedState(ctx, feed, want); err != nil {
			t.Fatal(err)
		}
	}
	if fs, err := s.FeedState(ctx, feed); err != nil || fs != want {
		t.Errorf("feed state = %+v, %v; want %+v", fs, err, want)
	}
	if err := s.MarkItems(ctx, feed, []string{"a", "b", "a"}); err != nil {
		t.Fatal(err)
	}
	for guid, want := range map[string]bool{"a": true, "b": true, "c": false} {
		if got, err := s.HasItem(ctx, feed, guid); err != nil || got != want {
			t.Errorf("HasItem(%s) = %v, %v; want %v", guid, got, err, want)
		}
	}
	if got, _ := s.HasItem(ctx, "other", "a"); got {
		t.Error("items are per feed")
	}
}

func withQuote(p domain.Post, id, group, speaker, text string) domain.Post {
	start := indexFold(p.Text, text)
	p.Quotes = append(append([]domain.Quote(nil), p.Quotes...), domain.Quote{ID: id, Group: group, Text: text, Kind: domain.QuotePartial,
		Speaker: speaker, SpeakerMention: "the minister", Cue: "said", Start: start, End: start + len(text)})
	return p
}

func testQuotes(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := withQuote(embassy, "q1", "q1", "Anna Holt", "demonstrations outside the embassy")
	b := withQuote(convoy, "q2", "q1", "Holt", "demonstrations outside the embassy")
	c := withQuote(icc, "q3", "q3", "Tom Reyes", "court procedures")
	save(t, s, doc("d1", "a.example", day(10), a), doc("d2", "b.example", day(12), b, c), doc("d3", "c.example", day(11), a))
	var groups []store.QuoteGroup
	collect := func(q store.QuoteQuery) {
		groups = nil
		if err := s.Quotes(ctx, q, func(g store.QuoteGroup) error { groups = append(groups, g); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	collect(store.QuoteQuery{})
	if len(groups) != 2 || groups[0].Quote.Group != "q3" || groups[1].Quote.Group != "q1" {
		t.Fatalf("groups = %+v, want q3 (newest) then q1", groups)
	}
	g := groups[1]
	if len(g.Sources) != 3 || g.Quote.Speaker != "Anna Holt" || !g.Published.Equal(day(10)) || g.Sources[0].DocID != "d1" {
		t.Errorf("group q1 = %+v, want 3 sources from d1 (2016-10-10), speaker Anna Holt", g)
	}
	if src := g.Sources[0]; src.PostID == "" || src.End-src.Start != len("demonstrations outside the embassy") {
		t.Errorf("quote source offsets: %+v", src)
	}
	collect(store.QuoteQuery{Speaker: "holt"})
	if len(groups) != 1 || groups[0].Quote.Group != "q1" {
		t.Errorf("speaker filter: %+v", groups)
	}
	collect(store.QuoteQuery{Speaker: "Anna Holt", About: "aid convoy"})
	if len(groups) != 1 {
		t.Errorf("about filter (words of one report's post): %d groups, want 1", len(groups))
	}
	collect(store.QuoteQuery{About: "nothing-like-this"})
	if len(groups) != 0 {
		t.Errorf("about filter matched %d groups", len(groups))
	}
	collect(store.QuoteQuery{Since: day(11)})
	if len(groups) != 1 || groups[0].Quote.Group != "q3" {
		t.Errorf("since filter: %+v", groups)
	}
	hits, err := search(s, store.Query{Text: "minister", Speaker: "Holt"})
	if err != nil || len(hits) == 0 {
		t.Fatalf("speaker search: %v, %d hits", err, len(hits))
	}
	for _, h := range hits {
		if indexFold(h.Passage.Text, "demonstrations outside the embassy") < 0 {
			t.Errorf("speaker search hit without a quote by Holt: %q", h.Passage.Text)
		}
	}
}

func testQuoteGroupsByKey(t *testing.T, s store.Store) {
	ctx := context.Background()
	g1 := domain.QuoteGroup{ID: "g1", Speaker: "Anna Holt", Variants: []string{"the port stays shut"}}
	g2 := domain.QuoteGroup{ID: "g2", Variants: []string{"no ferries today"}}
	// keys at both ends of the 64-bit range: stored as signed integers
	const high = 1<<64 - 5
	b := store.Batch{QuoteGroups: []store.QuoteGroupUpdate{{Group: g2, Keys: []uint64{2, 3}}, {Group: g1, Keys: []uint64{1, 2, high}}}}
	if _, err := s.Save(ctx, b); err != nil {
		t.Fatal(err)
	}
	keys := func(ks []uint64, perKey int) string {
		t.Helper()
		got, err := s.QuoteKeys(ctx, ks, perKey)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(got)
	}
	if got, want := keys([]uint64{2, high, 99}, 10), fmt.Sprint(map[uint64][]string{2: {"g1", "g2"}, high: {"g1"}}); got != want {
		t.Errorf("QuoteKeys(2, high, 99) = %s, want %s", got, want)
	}
	if got, want := keys([]uint64{2}, 1), fmt.Sprint(map[uint64][]string{2: {"g1"}}); got != want {
		t.Errorf("one group per key: %s, want %s (the smallest ID)", got, want)
	}
	if got := keys(nil, 10); got != "map[]" {
		t.Errorf("no keys: %s", got)
	}
	groups := func(ids ...string) map[string]domain.QuoteGroup {
		t.Helper()
		gs, err := s.QuoteGroups(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]domain.QuoteGroup{}
		for _, g := range gs {
			out[g.ID] = g
		}
		return out
	}
	if got := groups("g1", "nope"); len(got) != 1 || got["g1"].Speaker != "Anna Holt" || fmt.Sprint(got["g1"].Variants) != "[the port stays shut]" {
		t.Errorf("QuoteGroups(g1, nope) = %+v", got)
	}
	// a group's new state replaces the old; its keys add to the old ones
	g2.Variants = append(g2.Variants, "no ferries today at all")
	g2.Speaker = "Tom Reyes"
	if _, err := s.Save(ctx, store.Batch{QuoteGroups: []store.QuoteGroupUpdate{{Group: g2, Keys: []uint64{4, 3}}}}); err != nil {
		t.Fatal(err)
	}
	if got, want := keys([]uint64{3, 4}, 10), fmt.Sprint(map[uint64][]string{3: {"g2"}, 4: {"g2"}}); got != want {
		t.Errorf("after update: %s, want %s", got, want)
	}
	if g := groups("g2")["g2"]; g.Speaker != "Tom Reyes" || len(g.Variants) != 2 {
		t.Errorf("after update: %+v", g)
	}
}

func testEntities(t *testing.T, s store.Store) {
	ctx := context.Background()
	holt := domain.Entity{ID: "e1", Name: "Anna Holt", Type: domain.PER, Aliases: []string{"Anna Holt", "Ms Holt"},
		Roles: []domain.Role{{Title: "harbour chief", Date: "2021-02-11"}}, Mentions: 3}
	port := domain.Entity{ID: "e2", Name: "Port Authority", Type: domain.ORG, Aliases: []string{"Port Authority"}, Mentions: 5}
	if _, err := s.Save(ctx, store.Batch{Entities: []domain.Entity{holt, port}}); err != nil {
		t.Fatal(err)
	}
	holt.Mentions = 9
	if _, err := s.Save(ctx, store.Batch{Entities: []domain.Entity{holt}, Merges: []store.EntityMerge{{ID: "e2", Into: "e1"}}}); err != nil {
		t.Fatal(err)
	}
	var got []domain.Entity
	s.Entities(ctx, func(e domain.Entity) error { got = append(got, e); return nil })
	if len(got) != 1 || got[0].Mentions != 9 || len(got[0].Aliases) != 2 || got[0].Roles[0].Date != "2021-02-11" {
		t.Errorf("entities = %+v", got)
	}
}

// testSentenceBecomesParagraph stores a passage as a sentence of a longer
// paragraph, then a post that carries it as a whole paragraph: it must
// then be found by search, which looks at paragraphs.
func testSentenceBecomesParagraph(t *testing.T, s store.Store) {
	sentence := "Ferries resume on the eastern route."
	long := post("p-long", "Harbour reopens", "The harbour reopened at dawn after the storm. "+sentence)
	sp := domain.Span{Start: len("The harbour reopened at dawn after the storm. "), End: len(long.Text)}
	id := fmt.Sprintf("pa-%x", sha256.Sum256([]byte(sentence)))[:19]
	long.Passages = append(long.Passages, domain.PassageRef{ID: id, Start: sp.Start, End: sp.End})
	save(t, s, doc("d1", "a.example", day(1), long))
	if hits, _ := search(s, store.Query{Text: "eastern route"}); len(hits) != 1 || hits[0].Passage.Text == sentence {
		t.Fatalf("before: hits %+v, want only the long paragraph", hits)
	}
	save(t, s, doc("d2", "b.example", day(2), post("p-short", "Ferries back", sentence)))
	hits, err := search(s, store.Query{Text: "eastern route"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range hits {
		found = found || (h.Passage.Text == sentence && len(h.Passage.Sources) == 2)
	}
	if !found {
		t.Errorf("after: hits %+v, want the sentence as a passage with 2 sources", hits)
	}
}

func testEntitiesByKey(t *testing.T, s store.Store) {
	ctx := context.Background()
	ents := []domain.Entity{
		{ID: "e1", Name: "Anna Holt", Type: domain.PER, Key: "anna holt", Mentions: 3},
		{ID: "e2", Name: "Holt", Type: domain.PER, Key: "holt", Mentions: 1},
		{ID: "e3", Name: "Holt", Type: domain.ORG, Key: "holt", Mentions: 2},
		{ID: "e4", Name: "Tom Reyes", Type: domain.PER, Key: "tom reyes", Mentions: 1},
		{ID: "e5", Name: "Holt Street", Type: domain.LOC, Key: "holt street", Mentions: 1},
	}
	if _, err := s.Save(ctx, store.Batch{Entities: ents}); err != nil {
		t.Fatal(err)
	}
	ids := func(k domain.EntityKeys) string {
		t.Helper()
		got, err := s.EntitiesByKey(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range got {
			out = append(out, e.ID)
			if e.ID == "e1" && (e.Key != "anna holt" || e.Name != "Anna Holt") {
				t.Errorf("e1 = %+v", e)
			}
		}
		slices.Sort(out)
		return fmt.Sprint(out)
	}
	for _, tt := range []struct {
		k    domain.EntityKeys
		want string
	}{
		{domain.EntityKeys{Keys: []string{"holt"}}, "[e2 e3]"},
		{domain.EntityKeys{Surnames: []string{"holt"}}, "[e1 e2]"}, // people only
		{domain.EntityKeys{Keys: []string{"tom reyes", "nobody"}, Surnames: []string{"reyes"}}, "[e4]"},
		{domain.EntityKeys{}, "[]"},
	} {
		if got := ids(tt.k); got != tt.want {
			t.Errorf("EntitiesByKey(%+v) = %s, want %s", tt.k, got, tt.want)
		}
	}
	// a common surname: SurnamePeople of its people, those with the
	// smallest IDs
	var many []domain.Entity
	for i := store.SurnamePeople + 2; i > 0; i-- {
		many = append(many, domain.Entity{ID: fmt.Sprintf("s%02d", i), Name: fmt.Sprintf("Ann%d Lund", i), Type: domain.PER, Key: fmt.Sprintf("ann%d lund", i), Mentions: 1})
	}
	if _, err := s.Save(ctx, store.Batch{Entities: many}); err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := 1; i <= store.SurnamePeople; i++ {
		want = append(want, fmt.Sprintf("s%02d", i))
	}
	if got := ids(domain.EntityKeys{Surnames: []string{"lund"}}); got != fmt.Sprint(want) {
		t.Errorf("EntitiesByKey(lund) = %s, want %v", got, want)
	}
}

// search returns the first page of a search.
func search(s store.Store, q store.Query) ([]store.Hit, error) {
	hits, _, err := s.Search(context.Background(), q, store.Page{})
	return hits, err
}

// BenchBatches returns n batches of size documents each, every document
// one post of 40 sentences, each a passage with a quote, two mentions and
// a date: the shape of a news article as the pipeline hands it to Save.
func BenchBatches(n, size int) []store.Batch {
	var out []store.Batch
	for b := range n {
		var batch store.Batch
		for d := range size {
			id := fmt.Sprintf("d%d-%d", b, d)
			var sents []string
			for i := range 40 {
				sents = append(sents, fmt.Sprintf("Sentence %d of %s says the council met %d times about the harbour.", i, id, i*7+d))
			}
			p := post("p-"+id, "Council meets on "+id, sents...)
			for i, r := range p.Passages {
				p.Quotes = append(p.Quotes, domain.Quote{ID: fmt.Sprintf("q-%s-%d", id, i), Group: fmt.Sprintf("q-%s-%d", id, i), Text: "the council met",
					Kind: domain.QuotePartial, Speaker: "Anna Holt", Start: r.Start, End: r.Start + 10})
				p.Mentions = append(p.Mentions, domain.Mention{Text: "Holt", Type: domain.PER, Start: r.Start, End: r.Start + 4, Name: "Anna Holt", Entity: "e-holt"},
					domain.Mention{Text: "Harbour", Type: domain.LOC, Start: r.End - 8, End: r.End - 1, Name: "Harbour", Entity: fmt.Sprintf("e-%d", i)})
				p.Dates = append(p.Dates, domain.DateRef{Text: "Monday", Value: "2016-10-10", Start: r.Start, End: r.Start + 6})
			}
			batch.Docs = append(batch.Docs, doc(id, "news.example", day(1+d%28), p))
		}
		out = append(out, batch)
	}
	return out
}
