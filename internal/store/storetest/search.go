package storetest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/store"
)

// acronymPosts are posts, one a document, saying acronyms in every way
// the acronym rule (store.Words) tells apart; acronymQueries are what
// each query must find among them.
var (
	acronymPosts = []domain.Post{
		post("p-dots", "Raid on the harbour office", "Agents of the F.B.I. searched the harbour office."),
		post("p-plain", "Director speaks", "The FBI director spoke at the quay."),
		post("p-lower", "Lower case", "Reporters wrote f.b.i. in lower case."),
		post("p-initials", "The ranch", "J. R. Ewing owned the ranch."),
		post("p-led", "Talks", "U.S.-led talks resumed in Geneva."),
		post("p-nodot", "Oslo", "The U.S.A lacks its last dot in Oslo."),
		post("p-head", "F.B.I. chief resigns", "The chief resigned on Monday."),
	}
	acronymQueries = []struct{ query, want string }{
		{"FBI", "p-dots p-head p-lower p-plain"},
		{"F.B.I.", "p-dots p-head p-lower p-plain"},
		{"f.b.i.", "p-dots p-head p-lower p-plain"},
		{`"the F.B.I. searched"`, "p-dots"},
		{`"F.B.I. searched the office"`, ""},
		{`"of the FBI searched"`, "p-dots"},
		{`"F.B.I. director"`, "p-plain"},
		{"FBI -director", "p-dots p-head p-lower"},
		{"JR", ""},
		{"J.R.", ""},
		{"ranch", "p-initials"},
		{"U.S.", "p-led"},
		{`"US led talks"`, "p-led"},
		{"USA", ""},
		{"Oslo", "p-nodot"},
	}
)

// testAcronyms: "F.B.I.", "f.b.i." and "FBI" find each other, in text,
// headline and query, and snippets show the text as it was.
func testAcronyms(t *testing.T, s store.Store) {
	var docs []domain.Document
	for i, p := range acronymPosts {
		docs = append(docs, doc(fmt.Sprintf("d-%s", p.ID), "a.example", day(1+i), p))
	}
	save(t, s, docs...)
	checkAcronyms(t, s)
}

// checkAcronyms runs acronymQueries against a store holding acronymPosts.
func checkAcronyms(t *testing.T, s store.Store) {
	t.Helper()
	for _, tt := range acronymQueries {
		hits, err := search(s, store.Query{Text: tt.query})
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.PostID)
			if h.PostID == "p-dots" && !strings.Contains(h.Snippet, "F.B.I.") {
				t.Errorf("Search(%q): snippet %q lost the text's F.B.I.", tt.query, h.Snippet)
			}
			if h.PostID == "p-dots" && strings.Contains(tt.query, "FBI") && !strings.Contains(h.Snippet, "[F.B.I.]") {
				t.Errorf("Search(%q): snippet %q does not mark [F.B.I.]", tt.query, h.Snippet)
			}
		}
		slices.Sort(ids)
		if got := strings.Join(ids, " "); got != tt.want {
			t.Errorf("Search(%q) found [%s], want [%s]", tt.query, got, tt.want)
		}
	}
}

// UpgradeAcronyms checks that a store made before search folded acronyms
// folds them once its schema is brought up to date: openOld opens a store
// at the schema of then (its index as it was made then); reopen opens the
// same database again, up to date.
func UpgradeAcronyms(t *testing.T, openOld, reopen Opener) {
	old := openOld(t)
	var docs []domain.Document
	for i, p := range acronymPosts {
		docs = append(docs, doc(fmt.Sprintf("d-%s", p.ID), "a.example", day(1+i), p))
	}
	save(t, old, docs...)
	// as indexed then, only the passage saying "FBI" is found by it
	if hits, err := search(old, store.Query{Text: "FBI"}); err != nil || len(hits) != 1 || hits[0].PostID != "p-plain" {
		t.Fatalf("the store before the upgrade: FBI finds %+v, %v; want p-plain alone", hits, err)
	}
	old.Close()
	s := reopen(t)
	defer s.Close()
	checkAcronyms(t, s)
}

// UpgradePersonKeys: a person stored under the key of older person-key
// rules ("joe vance" for Joe Vance, before short given names were folded)
// is found under the current key (lang.PersonKey) once the store is
// opened again as one written before those rules (forget).
func UpgradePersonKeys(t *testing.T, open Opener, forget func(t *testing.T)) {
	ctx := context.Background()
	s := open(t)
	old := domain.Entity{ID: "e-vance", Name: "Joe Vance", Type: domain.PER, Key: "joe vance", Mentions: 2}
	if _, err := s.Save(ctx, store.Batch{Entities: []domain.Entity{old, {ID: "e-harbour", Name: "Harbour Board", Type: domain.ORG, Key: "harbour board"}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	forget(t)
	s = open(t)
	defer s.Close()
	key := lang.PersonKey(old.Name)
	if key == old.Key {
		t.Fatalf("test needs a name whose key changed; %q is still %q", old.Name, key)
	}
	got, err := s.EntitiesByKey(ctx, domain.EntityKeys{Keys: []string{key, "harbour board"}})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range got {
		ids[e.ID] = true
	}
	if !ids["e-vance"] || !ids["e-harbour"] {
		t.Errorf("after the upgrade, keys %q and %q find %v; want e-vance and e-harbour", key, "harbour board", got)
	}
}

// testSearchWindow: a query matching more than store.SearchWindow
// passages ranks the latest stored, and pages through exactly those.
func testSearchWindow(t *testing.T, s store.Store) {
	n := store.SearchWindow + 30
	docs := make([]domain.Document, n)
	for i := range docs {
		id := fmt.Sprintf("w%05d", i)
		// the older, the better the match: a window that ranked every
		// match would show the oldest first
		text := fmt.Sprintf("Report %d from the harbour.", i)
		if i < 30 {
			text = fmt.Sprintf("Harbour %d: the harbour, the harbour.", i)
		}
		docs[i] = doc(id, "w.example", day(1), post("p-"+id, "", text))
	}
	save(t, s, docs...)
	var hits []store.Hit
	page := store.Page{Limit: store.MaxLimit}
	for range 10 {
		more, next, err := s.Search(context.Background(), store.Query{Text: "harbour", PerDocument: -1}, page)
		if err != nil {
			t.Fatal(err)
		}
		hits = append(hits, more...)
		if next == "" {
			break
		}
		page.Cursor = next
	}
	if len(hits) != store.SearchWindow {
		t.Errorf("%d hits, want the window's %d", len(hits), store.SearchWindow)
	}
	seen := map[string]bool{}
	for _, h := range hits {
		if seen[h.Passage.ID] {
			t.Fatalf("%s repeated", h.Passage.ID)
		}
		seen[h.Passage.ID] = true
		if strings.HasPrefix(h.Passage.Text, "Harbour ") {
			t.Fatalf("hit %q: older than the window", h.Passage.Text)
		}
	}
}

// testPerDocument: at most PerDocument hits from one document, the best
// of its passages, and pages of such hits have no gaps or repeats.
func testPerDocument(t *testing.T, s store.Store) {
	ctx := context.Background()
	blog := post("p-blog", "Live: the storm",
		"The tide rose over the wall.",
		"The tide, the tide, the tide: the highest tide in years.",
		"Officials watched the tide from the bridge.",
		"The tide turned at noon.",
		"A second tide is due tonight.")
	single := post("p-single", "Harbour", "The tide flooded the harbour.")
	triple := post("p-triple", "Ferries",
		"Ferries waited for the tide.",
		"The tide delayed the ferries again.",
		"By evening the tide had fallen.")
	// a passage the blog carried too, first carried by an earlier
	// document: it counts for that one
	early := post("p-early", "Warning", "The tide turned at noon.")
	save(t, s, doc("d-early", "e.example", day(1), early), doc("d-blog", "a.example", day(2), blog),
		doc("d-single", "b.example", day(3), single), doc("d-triple", "c.example", day(4), triple))
	perDoc := func(q store.Query) map[string][]string {
		t.Helper()
		hits, err := search(s, q)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, h := range hits {
			got[h.PostID] = append(got[h.PostID], h.Passage.Text)
		}
		return got
	}
	got := perDoc(store.Query{Text: "tide"})
	if len(got["p-blog"]) != 2 || len(got["p-single"]) != 1 || len(got["p-triple"]) != 2 || len(got["p-early"]) != 1 {
		t.Errorf("default: hits per post %v, want 2 of the blog, 2 of ferries, 1 each of the others", got)
	}
	if !slices.Contains(got["p-blog"], blog.Text[blog.Paragraphs[1].Start:blog.Paragraphs[1].End]) {
		t.Errorf("the blog's best passage is not among its hits: %q", got["p-blog"])
	}
	if got := perDoc(store.Query{Text: "tide", PerDocument: 1}); len(got["p-blog"]) != 1 || len(got["p-triple"]) != 1 {
		t.Errorf("one per document: %v", got)
	}
	if got := perDoc(store.Query{Text: "tide", PerDocument: -1}); len(got["p-blog"]) != 4 || len(got["p-triple"]) != 3 {
		t.Errorf("no limit: %v, want 4 of the blog (the fifth is the earlier document's), 3 of ferries", got)
	}
	// paging over diversified hits: every hit once
	var ids []string
	page := store.Page{Limit: 2}
	for range 10 {
		hits, next, err := s.Search(ctx, store.Query{Text: "tide"}, page)
		if err != nil {
			t.Fatal(err)
		}
		if next != "" && len(hits) != 2 {
			t.Errorf("a page of %d before the last", len(hits))
		}
		for _, h := range hits {
			ids = append(ids, h.Passage.ID)
		}
		if next == "" {
			break
		}
		page.Cursor = next
	}
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	if len(ids) != 6 || len(slices.Compact(sorted)) != 6 {
		t.Errorf("paging: %d hits (%d distinct), want 6", len(ids), len(slices.Compact(sorted)))
	}
	// a document whose passages are better than most others': pages of
	// one go past them, and are the hits of one page of all
	var flood []string
	for i := range 40 {
		flood = append(flood, fmt.Sprintf("Tide, tide, tide: update %d.", i))
	}
	save(t, s, doc("d-flood", "f.example", day(5), post("p-flood", "Tide", flood...)))
	all, _, err := s.Search(ctx, store.Query{Text: "tide"}, store.Page{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, h := range all {
		want = append(want, h.PostID+" "+h.Passage.ID)
	}
	var walked []string
	page = store.Page{Limit: 1}
	for range 20 {
		hits, next, err := s.Search(ctx, store.Query{Text: "tide"}, page)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			walked = append(walked, h.PostID+" "+h.Passage.ID)
		}
		if next == "" {
			break
		}
		page.Cursor = next
	}
	if len(want) != 8 || !slices.Equal(walked, want) {
		t.Errorf("pages of one past a flooding document:\n%q\nwant the 8 hits of one page:\n%q", walked, want)
	}
}

// testQueryLimits: a query too long or with too many words is refused
// before it reaches the database, by search and by quotes alike; a
// repeated word counts once.
func testQueryLimits(t *testing.T, s store.Store) {
	ctx := context.Background()
	save(t, s, doc("d1", "a.example", day(10), embassy))
	var many []string
	for i := range store.MaxQueryWords + 1 {
		many = append(many, fmt.Sprintf("word%d", i))
	}
	bad := []string{strings.Repeat("embassy ", 2000), strings.Join(many, " "), `"`, "-embassy", "“”"}
	for _, q := range bad {
		if _, err := search(s, store.Query{Text: q}); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Search(%.40q…) error = %v, want ErrBadQuery", q, err)
		}
		if _, _, err := s.ListQuotes(ctx, store.QuoteQuery{About: q}, store.Page{}); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("ListQuotes(about %.40q…) error = %v, want ErrBadQuery", q, err)
		}
	}
	hits, err := search(s, store.Query{Text: strings.Repeat("embassy ", store.MaxQueryWords+10)})
	if err != nil || len(hits) != 2 {
		t.Errorf("a repeated word: %d hits, %v; want 2", len(hits), err)
	}
}

// MigrationsWithout returns the migrations of fsys (migrations/*.sql)
// but those numbered versions: a store's schema as if those changes had
// never been made, for upgrade tests (the store written by today's code,
// then opened with every migration, which applies the missing one).
func MigrationsWithout(t testing.TB, fsys fs.FS, versions ...string) fs.FS {
	t.Helper()
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	old := fstest.MapFS{}
	for _, name := range names {
		if slices.ContainsFunc(versions, func(v string) bool { return strings.HasPrefix(path.Base(name), v+"_") }) {
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		old[name] = &fstest.MapFile{Data: b}
	}
	return old
}
