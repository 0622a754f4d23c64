package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// now is the cut-off used by the tests: after every fixture's dates.
var now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pageOf(t *testing.T, name string, opts Options) domain.Document {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = now
	}
	d, err := Page(bytes.NewReader(readFixture(t, name)), opts)
	if err != nil {
		t.Fatalf("Page(%s): %v", name, err)
	}
	return d
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func TestPageLiveblogJSONLD(t *testing.T) {
	d := pageOf(t, "liveblog_jsonld.html", Options{})
	if d.Kind != domain.KindLiveblog || !d.PrecutPosts || d.Format != "html" {
		t.Fatalf("kind %q precut %v format %q", d.Kind, d.PrecutPosts, d.Format)
	}
	want := []struct {
		headline, published, textStart, caption, credit string
	}{
		{"Mayor says repairs will take 'weeks, not days'", "2024-03-05T16:20:00Z", "Mayor Ines Varga told", "Engineers on the bridge deck on Tuesday.", "Harbour Authority"},
		{"Ferry operators add extra sailings", "2024-03-05T11:05:00Z", "Two ferry companies", "", ""},
		{"Bridge closed after cable fault found", "2024-03-05T07:15:00Z", "The harbour bridge was closed", "", ""},
	}
	if len(d.Posts) != len(want) {
		t.Fatalf("got %d posts, want %d", len(d.Posts), len(want))
	}
	for i, w := range want {
		p := d.Posts[i]
		if p.Headline != w.headline || !p.Published.Equal(utc(w.published)) || !strings.HasPrefix(p.Text, w.textStart) {
			t.Errorf("post %d = %q %v %.40q", i, p.Headline, p.Published, p.Text)
		}
		if p.Caption != w.caption || p.Credit != w.credit {
			t.Errorf("post %d caption %q credit %q, want %q %q", i, p.Caption, p.Credit, w.caption, w.credit)
		}
		if p.Index != i || p.Kind != domain.KindLiveblog || p.ID != "" || p.DocID != "" {
			t.Errorf("post %d: index %d kind %q id %q doc %q", i, p.Index, p.Kind, p.ID, p.DocID)
		}
	}
	// HTML in an update body is rendered, and its "Read more" link dropped.
	if strings.Contains(d.Posts[1].Text, "Read more") || strings.Contains(d.Posts[1].Text, "<p>") {
		t.Errorf("post 1 text = %q", d.Posts[1].Text)
	}
	if got := d.Posts[0].Text; !strings.Contains(got, "\n\n\"We will not reopen it") {
		t.Errorf("post 0 paragraphs = %q", got)
	}
	if d.Title != "Harbour bridge closure: live updates" || d.Outlet != "Northgate News" ||
		d.Author != "Mira Castell, Owen Pratt" || d.Language != "en" {
		t.Errorf("metadata: title %q outlet %q author %q lang %q", d.Title, d.Outlet, d.Author, d.Language)
	}
	// datePublished, not dateModified or article:modified_time.
	if !d.Published.Equal(utc("2024-03-05T07:15:00Z")) || d.DateOrigin != domain.DateFromMetadata {
		t.Errorf("published %v (%s)", d.Published, d.DateOrigin)
	}
	if d.URL != "https://news.northgate.example/live/2024/03/05/harbour-bridge-closure" {
		t.Errorf("url %q", d.URL)
	}
}

func TestPageLiveblogDOM(t *testing.T) {
	d := pageOf(t, "liveblog_dom.html", Options{URL: "https://coastline.example/news/storm-edda"})
	if d.Kind != domain.KindLiveblog {
		t.Fatalf("kind %q, want liveblog", d.Kind)
	}
	want := []struct{ headline, published string }{
		{"Power cut to 12,000 homes", "2024-01-14T18:42:00Z"},
		{"Coastal road closed at Merrow Point", "2024-01-14T16:10:00Z"},
		{"Red warning issued", "2024-01-14T07:00:00Z"},
	}
	if len(d.Posts) != len(want) {
		t.Fatalf("got %d posts, want %d: %+v", len(d.Posts), len(want), d.Posts)
	}
	for i, w := range want {
		p := d.Posts[i]
		if p.Headline != w.headline || !p.Published.Equal(utc(w.published)) {
			t.Errorf("post %d = %q %v, want %q %s", i, p.Headline, p.Published, w.headline, w.published)
		}
		for _, bad := range []string{"Share on", "Read more", "Photograph", "Repair crews", "19:42", "Coastline Daily"} {
			if strings.Contains(p.Text, bad) {
				t.Errorf("post %d text contains %q: %q", i, bad, p.Text)
			}
		}
	}
	p := d.Posts[0]
	if p.Caption != "Repair crews at a substation near Portlee." || p.Credit != "Lena Hart/Coastline Daily" {
		t.Errorf("caption %q credit %q", p.Caption, p.Credit)
	}
	if !strings.HasPrefix(p.Text, "The regional grid operator") || !strings.HasSuffix(p.Text, "a spokesperson said.") {
		t.Errorf("post 0 text %q", p.Text)
	}
	// No declared date: the live blog began with its earliest update.
	if !d.Published.Equal(utc("2024-01-14T07:00:00Z")) {
		t.Errorf("published %v", d.Published)
	}
	if d.Outlet != "Coastline Daily" || d.URL != "https://coastline.example/news/storm-edda" {
		t.Errorf("outlet %q url %q", d.Outlet, d.URL)
	}
}

func TestPageArticle(t *testing.T) {
	d := pageOf(t, "article.html", Options{URL: "https://www.valleyherald.example/city/2023/09/12/council-approves-tram-line?utm_source=feed"})
	if d.Kind != domain.KindArticle || len(d.Posts) != 1 {
		t.Fatalf("kind %q with %d posts", d.Kind, len(d.Posts))
	}
	p := d.Posts[0]
	if p.Caption != "A test tram at the Eastgate depot." || p.Credit != "Ana Duval/The Valley Herald" {
		t.Errorf("caption %q credit %q", p.Caption, p.Credit)
	}
	if p.Headline != "Council approves new tram line" || p.Text != d.Raw {
		t.Errorf("headline %q, text differs from Raw", p.Headline)
	}
	for _, want := range []string{
		"The city council voted on Tuesday",
		"\"This is the most important transport decision",
		"Its rector, Hanna Ollila, said students",
	} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, bad := range []string{
		"Eastgate depot", "Photograph", "Share on", "Read more", "What the tram will cost",
		"Sign up", "inbox", "Bus fares", "By Tomas Reyes", "12 September 2023",
		"The eastern route will link", "Copyright", "Home",
	} {
		if strings.Contains(p.Text, bad) {
			t.Errorf("text contains %q:\n%s", bad, p.Text)
		}
	}
	if n := len(p.Paragraphs); n != 6 {
		t.Errorf("%d paragraphs, want 6", n)
	}
	for _, sp := range p.Paragraphs {
		if para := sp.In(p.Text); para == "" || strings.Contains(para, "\n\n") {
			t.Errorf("bad paragraph span %v: %q", sp, para)
		}
	}
	if d.Title != "Council approves new tram line" || d.Author != "Tomas Reyes" || d.Outlet != "The Valley Herald" {
		t.Errorf("title %q author %q outlet %q", d.Title, d.Author, d.Outlet)
	}
	// The relative canonical link resolves against the original URL.
	if d.URL != "https://www.valleyherald.example/city/2023/09/12/council-approves-tram-line" {
		t.Errorf("url %q", d.URL)
	}
	if !d.Published.Equal(utc("2023-09-12T07:30:00Z")) || d.DateOrigin != domain.DateFromMetadata {
		t.Errorf("published %v (%s)", d.Published, d.DateOrigin)
	}
}

func TestText(t *testing.T) {
	text, err := Text(bytes.NewReader(readFixture(t, "article.html")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, "The city council voted") || strings.Contains(text, "Photograph") {
		t.Errorf("Text = %q", text)
	}
}

// TestGolden pins the whole document read from each fixture; run with
// -update to rewrite testdata/*.golden.json after an intended change.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			d := pageOf(t, name, Options{URL: "https://example.test/" + strings.TrimSuffix(name, ".html")})
			got, err := json.MarshalIndent(struct {
				domain.Document
				Raw string `json:"raw"`
			}{d, d.Raw}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(bytes.TrimSpace(want)) != string(got) {
				t.Errorf("%s differs from %s; run go test -update and review the diff", name, golden)
			}
		})
	}
}

func TestPageNoText(t *testing.T) {
	_, err := Page(strings.NewReader("<html><head><title>x</title></head><body></body></html>"), Options{Now: now})
	if err == nil {
		t.Fatal("want an error for a page without text")
	}
}

func TestPageLiveblogEntries(t *testing.T) {
	d := pageOf(t, "liveblog_entries.html", Options{})
	if d.Kind != domain.KindLiveblog || len(d.Posts) != 2 {
		t.Fatalf("kind %q, %d posts", d.Kind, len(d.Posts))
	}
	want := []struct{ headline, published, text string }{
		{"Talks to resume on Thursday", "2024-03-05T18:00:00Z", "Union leaders and the ferry company agreed to meet again on Thursday morning at the labour office.\n\nNeither side would say whether a new pay offer was on the table."},
		{"Queues at the northern terminal", "2024-03-05T13:00:00Z", "Drivers waiting at the northern terminal said they had been told to expect delays of up to six hours."},
	}
	for i, w := range want {
		p := d.Posts[i]
		// The update time comes from its data attribute (Unix milliseconds),
		// not the last-modified one; the "18:00 Rosa Linde" line is not text.
		if p.Headline != w.headline || !p.Published.Equal(utc(w.published)) || p.Text != w.text {
			t.Errorf("post %d = %q %v %q", i, p.Headline, p.Published, p.Text)
		}
	}
}

// A live blog whose updates have no bodies anywhere is read as one post
// holding the page's text, still marked a live blog.
func TestPageLiveblogWithoutBodies(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Library budget live","datePublished":"2021-05-04T08:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Vote due at noon"},{"@type":"BlogPosting","headline":"Session opens"}]}</script>`
	d, err := Page(strings.NewReader(datePage(head, "")), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if d.Kind != domain.KindLiveblog || len(d.Posts) != 1 || !strings.HasPrefix(d.Posts[0].Text, "The committee met again") {
		t.Errorf("kind %q, %d posts, text %.40q", d.Kind, len(d.Posts), d.Raw)
	}
}
