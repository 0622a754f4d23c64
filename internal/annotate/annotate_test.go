package annotate

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
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
		"/corpus/wire/APW19980219.0476.txt":                      "1998-02-19",
		"NYT20000424.0319":                                       "2000-04-24",
		"/corpus/wsj_0124.txt":                                   "",
		"/corpus/ea980120.1830.0071.txt":                         "",
		"/img/ISBN97820161031.txt":                               "",
		"crawl20240101/a.txt":                                    "",
		"/tbaq/ABC19980108.1830.0711.txt":                        "1998-01-08",
		"/wire/APW19980219.0476/":                                "",
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
		{"then the text", domain.Document{Source: "a.txt", Raw: "Story.\n\nMinisters meet the press in Paris, France December 10, 2016. (Photo: Jane Roe)\n\nOn December 3, 2016 it ended."}, "2016-12-10", domain.DateFromText},
		{"not a date a sentence reports", domain.Document{Source: "a.txt", Raw: "Story.\n\nOn December 10, 2016 it ended."}, "", domain.DateUnknown},
		{"never the future", domain.Document{Published: now.AddDate(1, 0, 0), URL: "https://x.example/2030/01/01/a", Raw: "Story.\n\nNothing dated."}, "", domain.DateUnknown},
	}
	for _, tt := range tests {
		d, _ := Document(tt.doc, Options{Now: now})
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
	d, err := Document(domain.Document{ID: "d1", Source: "a.txt", Raw: raw}, Options{Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
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
	if again, _ := Document(domain.Document{ID: "d1", Source: "a.txt", Raw: raw}, Options{Now: time.Now()}); again.Posts[2].ID != d.Posts[2].ID {
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

func TestHTMLCrawlDateBound(t *testing.T) {
	page := func(published string) string {
		return `<html><head><title>Weir repairs finished</title><meta property="article:published_time" content="` + published + `"></head><body><article>
<p>Engineers finished repairs to the Marren weir on Friday after three weeks of work on its sluice gates, the river authority said.</p>
<p>The weir failed during the March floods, when water overtopped it for two days and flooded the lower town and its railway station.</p>
<p>The authority said the repaired gates would be tested again before the autumn rains, and that a full inspection would follow in the spring.</p>
</article></body></html>`
	}
	crawl := time.Date(2019, 3, 20, 6, 0, 0, 0, time.UTC)
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		published string
		want      time.Time
	}{
		{"2019-03-15T08:00:00Z", time.Date(2019, 3, 15, 8, 0, 0, 0, time.UTC)}, // before the crawl: kept
		{"2021-01-01T08:00:00Z", crawl},                                        // long after the crawl: a misread
	} {
		doc := domain.Document{ID: "w1", Source: "crawl.warc#0", URL: "https://river.example/weir", Format: "warc",
			Raw: page(tt.published), HTML: true, ContentType: "text/html; charset=utf-8", NotAfter: crawl}
		d, err := Document(doc, Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if !d.Published.Equal(tt.want) || d.ID != "w1" || d.Source != "crawl.warc#0" || d.Format != "warc" || len(d.Posts) != 1 {
			t.Errorf("page dated %s: published %v (want %v), id %s, source %s, format %s, %d posts", tt.published, d.Published, tt.want, d.ID, d.Source, d.Format, len(d.Posts))
		}
	}
	if _, err := Document(domain.Document{Source: "empty.html", HTML: true, Raw: "<html><body></body></html>"}, Options{Now: now}); err == nil || !strings.Contains(err.Error(), "empty.html") {
		t.Errorf("page without text: error %v, want one naming the page", err)
	}
}

// TestDocumentCancelled checks that annotation of a large document gives
// up with the context's error instead of a result, whichever annotator
// is running when the context ends.
func TestDocumentCancelled(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	doc := domain.Document{ID: "big", Source: "big.txt", Raw: hostileText(1<<20, oneLine)}
	tests := []struct {
		name string
		opts Options
	}{
		{"all", Options{Now: now, Tagger: tagger}},
		{"dates", Options{Now: now, NoQuotes: true}},
		{"entities", Options{Now: now, Tagger: tagger, NoDates: true, NoQuotes: true}},
		{"quotes", Options{Now: now, NoDates: true}},
	}
	for _, tt := range tests {
		for _, after := range []time.Duration{0, 10 * time.Millisecond} {
			ctx, cancel := context.WithCancel(context.Background())
			if after == 0 {
				cancel()
			} else {
				time.AfterFunc(after, cancel)
			}
			_, err := DocumentContext(ctx, doc, tt.opts)
			cancel()
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%s, cancelled after %v: error %v, want %v", tt.name, after, err, context.Canceled)
			}
		}
	}
}

// TestOtherLanguages: the English tagger and quotation rules are not run
// on a document in another language: no entities, no quotations, rather
// than capitalised German nouns as people.
func TestOtherLanguages(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	texts := map[string]string{
		"en": "Mayor Ada Lind said on Monday: \"The bridge will reopen in May.\" The council agreed.",
		"de": "Die Bürgermeisterin Ada Lind sagte am Montag: \"Die Brücke wird im Mai wieder geöffnet.\" Der Rat stimmte zu.",
	}
	for lang, text := range texts {
		for _, tag := range []string{lang, strings.ToUpper(lang) + "-XX"} {
			d, err := Document(domain.Document{ID: "d", Source: "d.txt", Language: tag, Raw: text}, Options{Now: now, Tagger: tagger})
			if err != nil {
				t.Fatal(err)
			}
			found := len(d.Posts[0].Mentions) > 0 && len(d.Posts[0].Quotes) > 0
			if english := lang == "en"; found != english {
				t.Errorf("language %q: mentions %d, quotes %d", tag, len(d.Posts[0].Mentions), len(d.Posts[0].Quotes))
			}
		}
	}
}
