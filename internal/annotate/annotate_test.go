package annotate

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestDateFromURL(t *testing.T) {
	tests := map[string]string{
		"https://www.example.com/world/2016/oct/31/aleppo-story": "2016-10-31",
		"https://news.example.org/2016/10/31/story.html":         "2016-10-31",
		"https://news.example.org/story-2016-10-31.html":         "2016-10-31",
		"/archive/scrapes/2019_03_14_flood.txt":                  "2019-03-14",
		"https://x.example/2016/Sep/05/x":                        "2016-09-05",
		"https://x.example/20161031/x":                           "2016-10-31",
		"https://x.example/2016/02/31/not-a-day":                 "",
		"https://x.example/news/12345678/story":                  "",
		"https://x.example/?d=2016-10-31":                        "",
		"../shared/seeds/000_ea3d07a9ee07d62a.txt":               "",
	}
	for in, want := range tests {
		got, ok := DateFromURL(in)
		if (want == "") == ok || (ok && got.Format("2006-01-02") != want) {
			t.Errorf("DateFromURL(%q) = %v, %v; want %q", in, got, ok, want)
		}
	}
}

func TestDocumentDateOrder(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	meta := time.Date(2016, 10, 30, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		doc    domain.Document
		want   string
		origin domain.DateOrigin
	}{
		{"metadata first", domain.Document{Published: meta, URL: "https://x.example/2016/10/31/a", Raw: "Story.\n\nOn December 10, 2016 it ended."}, "2016-10-30", domain.DateFromMetadata},
		{"then the URL", domain.Document{URL: "https://x.example/2016/10/31/a", Raw: "Story.\n\nOn December 10, 2016 it ended."}, "2016-10-31", domain.DateFromURL},
		{"then the text", domain.Document{Source: "a.txt", Raw: "Story.\n\nOn December 10, 2016 it ended."}, "2016-12-10", domain.DateFromText},
		{"never the future", domain.Document{Published: now.AddDate(1, 0, 0), URL: "https://x.example/2030/01/01/a", Raw: "Story.\n\nNothing dated."}, "", domain.DateUnknown},
	}
	for _, tt := range tests {
		d := Document(tt.doc, Options{Now: now})
		got := ""
		if !d.Published.IsZero() {
			got = d.Published.Format("2006-01-02")
		}
		if got != tt.want || d.DateOrigin != tt.origin {
			t.Errorf("%s: date %q (%s), want %q (%s)", tt.name, got, d.DateOrigin, tt.want, tt.origin)
		}
	}
}

func TestDocumentIDsAndPassages(t *testing.T) {
	raw := "Live updates\n\nFirst headline here\n\nA sentence. Another one.\n\nSecond headline here\n\nA sentence. Another one.\n\nThird one here today\n\nText.\n\nLoad more updates"
	d := Document(domain.Document{ID: "d1", Source: "a.txt", Raw: raw}, Options{Now: time.Now()})
	if d.Kind != domain.KindLiveblog || len(d.Posts) != 3 {
		t.Fatalf("kind %s, %d posts", d.Kind, len(d.Posts))
	}
	p0, p1 := d.Posts[0], d.Posts[1]
	if p0.ID == p1.ID || p0.DocID != "d1" || p0.Kind != domain.KindLiveblog {
		t.Errorf("post IDs %s %s, doc %s", p0.ID, p1.ID, p0.DocID)
	}
	// equal paragraphs in different posts share passage IDs
	if len(p0.Passages) != 3 || p0.Passages[0].ID != p1.Passages[0].ID || !p0.Passages[0].Paragraph {
		t.Errorf("passages %+v / %+v", p0.Passages, p1.Passages)
	}
	if again := Document(domain.Document{ID: "d1", Source: "a.txt", Raw: raw}, Options{Now: time.Now()}); again.Posts[2].ID != d.Posts[2].ID {
		t.Error("post IDs are not stable")
	}
}

func TestDateWindows(t *testing.T) {
	for s, want := range map[string]bool{
		"Paris, France December 10, 2016.": true, "on 8 November 2016 the": true, "Updated at noon": true,
		"dated 2016-10-31": true, "Oct. 3, 1999": true, "in 2016 it rose": false, "1,999 people": false,
		"2150 March": false, "December 12016": false, "no digits": false,
	} {
		if got := dateWindows(s) != ""; got != want {
			t.Errorf("dateWindows(%q) found %v, want %v", s, got, want)
		}
	}
}
