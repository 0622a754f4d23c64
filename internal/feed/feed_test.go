package feed

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest/guard"
)

var update = flag.Bool("update", false, "rewrite golden files")

// now is the test's present: after every fixture date except the one meant
// to be in the future.
var now = time.Date(2016, 11, 6, 12, 0, 0, 0, time.UTC)

func parseFile(t *testing.T, name, contentType string) *Feed {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	feed, err := Parse(f, Options{URL: "https://feeds.example.org/" + name, ContentType: contentType, Now: now})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return feed
}

// golden compares the feed's documents, as JSON, with testdata/NAME.golden.
func golden(t *testing.T, name string, feed *Feed) {
	t.Helper()
	type item struct {
		GUID string
		Doc  domain.Document
		Raw  string
	}
	var out []item
	for _, it := range feed.Items {
		out = append(out, item{it.GUID, it.Doc, it.Doc.Raw})
	}
	got, err := json.MarshalIndent(struct {
		Title, Link, Language, Outlet string
		Items                         []item
	}{feed.Title, feed.Link, feed.Language, feed.Outlet, out}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("%s differs from golden file (run with -update after checking):\n%s", name, got)
	}
}

func TestRSS(t *testing.T) {
	f := parseFile(t, "rss.xml", "application/rss+xml")
	golden(t, "rss.xml", f)
	if f.Outlet != "Harbour City Courier" || f.Language != "en" {
		t.Errorf("outlet %q language %q", f.Outlet, f.Language)
	}
	if len(f.Items) != 5 {
		t.Fatalf("%d items, want 5", len(f.Items))
	}
	first := f.Items[0]
	if first.GUID != "courier-2016-11-02-convoy" {
		t.Errorf("guid %q", first.GUID)
	}
	d := first.Doc
	if d.Title != "Minister ‘deeply troubled’ by convoy attack" {
		t.Errorf("double-escaped title: %q", d.Title)
	}
	if d.Kind != domain.KindArticle || d.Format != "feed" || !d.PrecutPosts || len(d.Posts) != 1 {
		t.Errorf("doc shape: kind %q format %q precut %v posts %d", d.Kind, d.Format, d.PrecutPosts, len(d.Posts))
	}
	if d.Author != "Ruth Anselm, diplomatic editor" {
		t.Errorf("author %q", d.Author)
	}
	// Full content (content:encoded), not the description; no script, no
	// WordPress footer; <br><br> splits paragraphs.
	for _, want := range []string{"“deeply troubled”", "resume on Saturday.\n\nA spokesman", "Aid trucks outside Varno."} {
		if !strings.Contains(d.Raw, want) {
			t.Errorf("text lacks %q:\n%s", want, d.Raw)
		}
	}
	for _, bad := range []string{"trackView", "appeared first on", "<p>"} {
		if strings.Contains(d.Raw, bad) {
			t.Errorf("text contains %q", bad)
		}
	}
	p := d.Posts[0]
	if p.Text != d.Raw || len(p.Paragraphs) != 5 {
		t.Errorf("post: %d paragraphs", len(p.Paragraphs))
	}
	for _, sp := range p.Paragraphs {
		if s := sp.In(p.Text); s == "" || strings.Contains(s, "\n") {
			t.Errorf("bad paragraph span %v: %q", sp, s)
		}
	}

	// Relative link resolved against the feed URL; no guid → link; summary
	// used; "Continue reading..." dropped.
	second := f.Items[1]
	if second.Doc.URL != "https://feeds.example.org/world/2016/nov/01/ceasefire-talks-what-we-know" || second.GUID != second.Doc.URL {
		t.Errorf("item 2 url %q guid %q", second.Doc.URL, second.GUID)
	}
	if second.Doc.Raw != "Negotiators from both sides met for six hours." {
		t.Errorf("item 2 text %q", second.Doc.Raw)
	}

	wantDates := []time.Time{
		time.Date(2016, 11, 2, 9, 14, 0, 0, time.UTC),
		time.Date(2016, 11, 1, 18, 30, 0, 0, time.UTC),
		time.Date(2016, 10, 31, 19, 2, 0, 0, time.UTC),  // 14:02 EST
		time.Date(2016, 10, 30, 15, 15, 0, 0, time.UTC), // 4:15 p.m. BST, fallback parser
		{}, // 2030: a future date is dropped
	}
	for i, want := range wantDates {
		got := f.Items[i].Doc
		if !got.Published.Equal(want) {
			t.Errorf("item %d published %v, want %v", i+1, got.Published, want)
		}
		if (got.DateOrigin == domain.DateFromMetadata) == want.IsZero() {
			t.Errorf("item %d date origin %q", i+1, got.DateOrigin)
		}
	}
	if got := f.Items[3].Doc.Raw; got != "Councillors voted 31 to 9 in favour of the £40m scheme." {
		t.Errorf("escaped HTML description: %q", got)
	}
	if got := f.Items[2].Doc.Posts[0].Paragraphs; len(got) != 2 {
		t.Errorf("plain-text description: %d paragraphs, want 2", len(got))
	}
}

func TestAtom(t *testing.T) {
	f := parseFile(t, "atom.xml", "")
	golden(t, "atom.xml", f)
	if f.Outlet != "Valley Gazette" {
		t.Errorf("outlet %q", f.Outlet)
	}
	if len(f.Items) != 3 {
		t.Fatalf("%d items", len(f.Items))
	}
	d := f.Items[0].Doc
	if d.Raw != "Trains are running again between Millbrook and Ashford after engineers cleared 2,000 tonnes of earth.\n\n\"We are grateful for passengers’ patience,\" the operator said." {
		t.Errorf("atom content: %q", d.Raw)
	}
	if !d.Published.Equal(time.Date(2016, 11, 3, 6, 45, 0, 0, time.UTC)) || d.Author != "Tomas Reyes" {
		t.Errorf("published %v author %q", d.Published, d.Author)
	}
	// Only <updated>: it stands in for the publication date.
	if !f.Items[1].Doc.Published.Equal(time.Date(2016, 11, 2, 16, 20, 0, 0, time.UTC)) {
		t.Errorf("updated-only entry: %v", f.Items[1].Doc.Published)
	}
	x := f.Items[2].Doc
	if x.Title != "School results published" || len(x.Posts) != 1 || len(x.Posts[0].Paragraphs) != 2 {
		t.Errorf("xhtml entry: title %q posts %+v", x.Title, x.Posts)
	}
	if !x.Published.Equal(time.Date(2016, 11, 1, 14, 2, 0, 0, time.UTC)) {
		t.Errorf("zoneless date: %v", x.Published)
	}
}

func TestJSONFeed(t *testing.T) {
	f := parseFile(t, "feed.json", "application/feed+json")
	golden(t, "feed.json", f)
	if len(f.Items) != 3 || f.Outlet != "The Lakeside Record" || f.Language != "en" {
		t.Fatalf("feed %+v", f)
	}
	a := f.Items[0].Doc
	if a.Title != "Bridge closure & diversions" {
		t.Errorf("title %q", a.Title)
	}
	if want := "The North Bridge will close for repairs from Monday.\n\nBuses will divert via Quay Street.\n\nCyclists may dismount and walk."; a.Raw != want {
		t.Errorf("content_html → %q", a.Raw)
	}
	if !a.Published.Equal(time.Date(2016, 11, 4, 14, 15, 0, 0, time.UTC)) || a.Author != "Priya Nandakumar" {
		t.Errorf("published %v author %q", a.Published, a.Author)
	}
	b := f.Items[1].Doc
	if len(b.Posts) != 1 || len(b.Posts[0].Paragraphs) != 2 {
		t.Errorf("content_text paragraphs: %+v", b.Posts)
	}
	if !b.Published.Equal(time.Date(2016, 11, 3, 13, 30, 0, 0, time.UTC)) {
		t.Errorf("fallback date: %v", b.Published)
	}
	if f.Items[1].GUID != "1840" {
		t.Errorf("guid %q", f.Items[1].GUID)
	}
	if c := f.Items[2].Doc; c.Raw != "Officials said the count would resume in the morning." {
		t.Errorf("summary: %q", c.Raw)
	}
}

func TestMalformed(t *testing.T) {
	for _, tc := range []struct {
		file, want string
		is         error
	}{
		{"malformed.xml", "malformed feed", nil},
		{"notafeed.html", "not an RSS, Atom or JSON feed", ErrNotFeed},
	} {
		f, err := os.Open(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(f, Options{URL: tc.file})
		f.Close()
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.file) {
			t.Errorf("%s: err = %v, want one naming the file and saying %q", tc.file, err, tc.want)
		}
		if tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("%s: err = %v, want errors.Is %v", tc.file, err, tc.is)
		}
	}
	if _, err := Parse(strings.NewReader("   "), Options{}); !errors.Is(err, ErrNotFeed) {
		t.Errorf("empty input: %v", err)
	}
	if _, err := Parse(strings.NewReader(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":`), Options{}); err == nil {
		t.Error("truncated JSON feed accepted")
	}
	big := strings.NewReader(strings.Repeat("x", 100))
	if _, err := Parse(big, Options{MaxBytes: 50}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
}

func TestCharsets(t *testing.T) {
	const (
		title1252 = "Mayor’s “café tax” — €2 per cup"
		desc1252  = "Owners in Zürich and São Paulo say the £1.70 levy is “absurd”."
		titleL1   = "Zürich café owners protest"
		descL1    = "The levy of £1.70 is «absurd», said Mme Dubois."
	)
	for _, tc := range []struct {
		file, contentType string
		title, text       string
	}{
		{"rss-windows-1252.xml", "", title1252, desc1252},
		{"rss-windows-1252.xml", "text/xml", title1252, desc1252},
		{"rss-iso-8859-1.xml", "", titleL1, descL1},
		{"rss-undeclared-latin1.xml", "application/rss+xml; charset=ISO-8859-1", titleL1, descL1},
		{"rss-undeclared-latin1.xml", "", titleL1, descL1}, // no label at all: windows-1252 guess
		{"rss-mislabelled-utf8.xml", "text/xml; charset=iso-8859-1", title1252, desc1252},
		{"rss-utf16le.xml", "", title1252, desc1252},
		{"atom-utf16be.xml", "application/atom+xml", "Σεισμός στην Κρήτη — κανένας τραυματίας", "Σεισμός 4,8 Ρίχτερ σημειώθηκε τα ξημερώματα."},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f := parseFile(t, tc.file, tc.contentType)
			if len(f.Items) != 1 {
				t.Fatalf("%d items", len(f.Items))
			}
			d := f.Items[0].Doc
			if d.Title != tc.title || d.Raw != tc.text {
				t.Errorf("got title %q text %q\nwant      %q text %q", d.Title, d.Raw, tc.title, tc.text)
			}
			if d.Published.IsZero() {
				t.Error("date lost")
			}
		})
	}
}

func TestNotFuture(t *testing.T) {
	n := time.Date(2016, 11, 6, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in, want time.Time
	}{
		{n.Add(-time.Hour), n.Add(-time.Hour)},
		{n.Add(3 * time.Hour), n}, // a zone mistake: clamp to now
		{n.Add(48 * time.Hour), time.Time{}},
		{time.Time{}, time.Time{}},
	} {
		if got := notFuture(tc.in, n); !got.Equal(tc.want) {
			t.Errorf("notFuture(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestDetect(t *testing.T) {
	for name, want := range map[string]bool{
		"rss.xml": true, "atom.xml": true, "feed.json": true, "rss-utf16le.xml": true,
		"atom-utf16be.xml": true, "rss-windows-1252.xml": true, "notafeed.html": false,
	} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(b); got != want {
			t.Errorf("Detect(%s) = %v, want %v", name, got, want)
		}
	}
	for in, want := range map[string]bool{
		`{"url":"https://x.example/a","title":"t","text":"body"}` + "\n": false, // JSON lines
		"":              false,
		"plain text":    false,
		"<html></html>": false,
		`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`: true,
	} {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestOutlet(t *testing.T) {
	for _, tc := range []struct{ title, link, want string }{
		{"Harbour City Courier", "https://www.courier.example.org/", "Harbour City Courier"},
		{"BBC News - World", "https://www.bbc.co.uk/news/", "BBC News"},
		{"World news | The Guardian", "https://www.theguardian.com/world", "The Guardian"},
		{"Latest news | ITV News", "https://www.itv.com/news", "ITV News"},
		{"NYT > Top Stories", "https://www.nytimes.com", "NYT"},
		{"Reuters: World News", "https://www.reuters.com", "Reuters"},
		{"Al Jazeera – Breaking News, World News and Video from Al Jazeera", "https://www.aljazeera.com/", "Al Jazeera"},
		{"Politics - Section", "https://paper.example.org/", "Politics - Section"}, // nothing names the site
		{"", "https://www.example-news.org/feed", "example-news.org"},
		{strings.Repeat("Very long feed description ", 5), "https://www.longname.example.com/", "longname.example.com"},
	} {
		if got := outlet(tc.title, tc.link, ""); got != tc.want {
			t.Errorf("outlet(%q, %q) = %q, want %q", tc.title, tc.link, got, tc.want)
		}
	}
}

// TestBinaryItems: items whose title or text is binary data are left out,
// each named in Rejected; the others are read.
func TestBinaryItems(t *testing.T) {
	in := `{"version":"https://jsonfeed.org/version/1.1","title":"River Wire","items":[
		{"id":"1","url":"https://wire.example/1","title":"Dam holds","content_text":"The dam held overnight."},
		{"id":"2","url":"https://wire.example/2","title":"Junk","content_text":"\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008"},
		{"id":"3","title":"\u0000\u0001\u0002\u0003\u0004\u0005","content_text":"Text."}]}`
	f, err := Parse(strings.NewReader(in), Options{URL: "wire.json"})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 1 || f.Items[0].GUID != "1" {
		t.Errorf("items %+v, want the first only", f.Items)
	}
	if len(f.Rejected) != 2 || !errors.Is(f.Rejected[0], guard.ErrBinary) ||
		f.Rejected[0].Error() != "item 2 (https://wire.example/2): binary data, not text" || !strings.HasPrefix(f.Rejected[1].Error(), "item 3 (wire.json#3)") {
		t.Errorf("rejected %v", f.Rejected)
	}
}
