package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// getPage requests path and returns its body, failing unless the status is
// want and the page is well-formed HTML.
func getPage(t *testing.T, srv *httptest.Server, path string, want int) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != want {
		t.Fatalf("GET %s: status %d, want %d\n%s", path, resp.StatusCode, want, b)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	wellFormed(t, path, string(b))
	return string(b)
}

// wellFormed checks that every element opened is closed in order (void
// elements aside) and the tokenizer meets no error.
func wellFormed(t *testing.T, path, body string) {
	t.Helper()
	void := map[string]bool{"meta": true, "link": true, "input": true, "br": true, "img": true, "hr": true}
	z := html.NewTokenizer(strings.NewReader(body))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatalf("GET %s: %v", path, z.Err())
			}
			if len(open) > 0 {
				t.Fatalf("GET %s: unclosed %v", path, open)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				t.Fatalf("GET %s: </%s> closes %v", path, name, open)
			}
			open = open[:len(open)-1]
		}
	}
}

// links returns the internal links (paths with queries) of a page.
func links(body string) []string {
	var out []string
	z := html.NewTokenizer(strings.NewReader(body))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken {
			continue
		}
		for {
			k, v, more := z.TagAttr()
			if string(k) == "href" && strings.HasPrefix(string(v), "/") {
				u, err := url.Parse(string(v))
				if err == nil {
					u.Fragment = ""
					out = append(out, u.String())
				}
			}
			if !more {
				break
			}
		}
	}
	return out
}

func TestPages(t *testing.T) {
	srv := exampleServer(t)
	ctx := context.Background()
	st := examplesAPI.st
	stories, _, err := st.ListStories(ctx, store.StoryQuery{}, store.Page{Limit: 1})
	if err != nil || len(stories) == 0 {
		t.Fatalf("stories: %v %d", err, len(stories))
	}
	people, _, err := st.ListEntities(ctx, store.EntityQuery{Type: domain.PER}, store.Page{Limit: 1})
	if err != nil || len(people) == 0 {
		t.Fatalf("people: %v", err)
	}
	docs, _, err := st.ListDocuments(ctx, store.Page{Limit: 1})
	if err != nil || len(docs) == 0 {
		t.Fatalf("documents: %v", err)
	}
	quotes, _, err := st.ListQuotes(ctx, store.QuoteQuery{}, store.Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	speaker := ""
	for _, g := range quotes {
		if g.Quote.Speaker != "" {
			speaker = g.Quote.Speaker
			break
		}
	}
	if speaker == "" {
		t.Fatal("no quote has a speaker")
	}
	var commented string // a document with commentary
	err = st.Posts(ctx, func(p domain.Post) error {
		if commented == "" && len(p.Commentary) > 0 && len(p.Quotes) > 0 {
			commented = p.DocID
		}
		return nil
	})
	if err != nil || commented == "" {
		t.Fatalf("no post with commentary and quotes: %v", err)
	}
	for _, c := range []struct {
		path string
		want []string
	}{
		{"/documents/" + commented, []string{`<aside class="commentary">`, `<span class="quote" id="q-`, `<a class="mention" href="/entities/`}},
		{"/", []string{"Latest stories", "Most mentioned people", `href="/stories/`, `href="/entities/`}},
		{"/search?q=Halvard", []string{"<mark>Halvard</mark>", "carried by", `href="/documents/`}},
		{"/search", []string{`name="q"`}},
		{"/search?q=Halvard&outlet=nowhere", []string{"Nothing found"}},
		{"/quotes?speaker=" + url.QueryEscape(speaker), []string{speaker, "<blockquote>"}},
		{"/quotes", []string{"<blockquote>"}},
		{"/entities/" + url.PathEscape(people[0].ID), []string{people[0].Name, "Type"}},
		{"/stories/" + stories[0].ID, []string{"Posts", `class="timeline"`}},
		{"/documents/" + docs[0].ID, []string{`class="text"`, `id="p-`}},
		{"/timeline?q=Halvard", []string{`<ol class="timeline">`, `href="#src-1"`, `id="src-1"`}},
		{"/timeline", []string{"Sources"}},
		{"/static/style.css", nil},
	} {
		if c.path == "/static/style.css" {
			resp, err := http.Get(srv.URL + c.path)
			if err != nil || resp.StatusCode != 200 {
				t.Fatalf("style: %v", err)
			}
			resp.Body.Close()
			continue
		}
		body := getPage(t, srv, c.path, http.StatusOK)
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q", c.path, w)
			}
		}
	}
}

func TestPageErrors(t *testing.T) {
	srv := exampleServer(t)
	for _, c := range []struct {
		path string
		want int
	}{
		{"/entities/nope", 404},
		{"/stories/nope", 404},
		{"/documents/nope", 404},
		{"/nowhere", 404},
		{"/search?q=Halvard&since=yesterday", 400},
		{"/search?q=Halvard&cursor=garbage", 400},
		{"/quotes?until=2016-13-01", 400},
		{"/timeline?story=nope", 404},
		{"/timeline?since=x", 400},
		{"/entities/%00", 400},
	} {
		getPage(t, srv, c.path, c.want)
	}
	resp, err := http.Post(srv.URL+"/search", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /search: %d", resp.StatusCode)
	}
}

// TestCrawl follows the internal links of the pages from / to depth 2:
// none may fail.
func TestCrawl(t *testing.T) {
	srv := exampleServer(t)
	seen := map[string]bool{"/": true}
	level := []string{"/"}
	for depth := 0; depth <= 2 && len(level) > 0; depth++ {
		var next []string
		for _, path := range level {
			if strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/static/") {
				continue
			}
			body := getPage(t, srv, path, http.StatusOK)
			for _, l := range links(body) {
				if !seen[l] {
					seen[l] = true
					next = append(next, l)
				}
			}
		}
		level = next
	}
	if len(seen) < 20 {
		t.Errorf("crawled only %d pages", len(seen))
	}
}

// TestHostileTitle stores a document whose title, text and outlet hold
// markup: every page shows it as text.
func TestHostileTitle(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "hostile.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evil := `<script>alert(1)</script>`
	src := domain.Source{DocID: "d1", Source: "x" + evil, Outlet: "o" + evil, PostID: "p1"}
	doc := domain.Document{ID: "d1", Source: src.Source, Outlet: src.Outlet, Title: "t" + evil, Kind: domain.KindArticle, URL: "javascript:alert(1)",
		Posts: []domain.Post{{ID: "p1", DocID: "d1", Kind: domain.KindArticle, Headline: "h" + evil, Text: "Kerry said \"" + evil + "\" today.",
			Sources:  []domain.Source{src},
			Quotes:   []domain.Quote{{ID: "q1", Text: evil, Kind: domain.QuoteDirect, Speaker: "K" + evil, Start: 11, End: 11 + len(evil) + 2}},
			Mentions: []domain.Mention{{Text: "Kerry", Type: domain.PER, Start: 0, End: 5, Name: "Kerry", Entity: "e" + evil}},
		}}}
	if _, err := st.Save(ctx, store.Batch{Docs: []domain.Document{doc}}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(st))
	defer srv.Close()
	body := getPage(t, srv, "/documents/d1", http.StatusOK)
	if strings.Contains(body, "<script") || strings.Contains(body, `href="javascript:`) {
		t.Errorf("unescaped markup:\n%s", body)
	}
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Errorf("escaped text missing:\n%s", body)
	}
	for _, p := range []string{"/search?q=" + url.QueryEscape(evil), "/search?q=script", "/quotes", "/"} {
		if b := getPage(t, srv, p, http.StatusOK); strings.Contains(b, "<script") {
			t.Errorf("GET %s: unescaped markup", p)
		}
	}
}
