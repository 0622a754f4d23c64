package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// datePage builds an article page with the given head and body markup
// around enough prose to be extracted.
func datePage(head, bodyTop string) string {
	para := "<p>" + strings.Repeat("The committee met again to discuss the budget and the schedule for the new library. ", 4) + "</p>"
	return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Library budget agreed</title>" + head +
		"</head><body><article><h1>Library budget agreed</h1>" + bodyTop + para + para + "</article></body></html>"
}

func TestPublishedRules(t *testing.T) {
	ld := func(props string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library budget agreed",` + props + `}</script>`
	}
	tests := []struct {
		name   string
		head   string
		body   string
		url    string
		want   string // RFC 3339, "" for none
		origin domain.DateOrigin
	}{
		{
			name: "JSON-LD beats the URL",
			head: ld(`"datePublished":"2021-05-04T08:00:00Z"`),
			url:  "https://news.example/2021/05/01/library-budget",
			want: "2021-05-04T08:00:00Z", origin: domain.DateFromMetadata,
		},
		{
			name: "JSON-LD beats meta and time",
			head: ld(`"datePublished":"2021-05-04T08:00:00+02:00"`) + `<meta property="article:published_time" content="2021-05-03T08:00:00Z">`,
			body: `<time datetime="2021-05-02">2 May</time>`,
			want: "2021-05-04T06:00:00Z", origin: domain.DateFromMetadata,
		},
		{
			name: "modified date ignored, URL used",
			head: ld(`"dateModified":"2021-06-01T10:00:00Z"`) + `<meta property="article:modified_time" content="2021-06-01T10:00:00Z"><meta property="og:updated_time" content="2021-06-01T10:00:00Z">`,
			body: `<p class="updated">Updated <time class="updated" datetime="2021-06-01T10:00:00Z">1 June</time></p>`,
			url:  "https://news.example/local/2021/05/01/library-budget",
			want: "2021-05-01T00:00:00Z", origin: domain.DateFromURL,
		},
		{
			name: "modified date alone gives no date",
			head: `<meta property="article:modified_time" content="2021-06-01T10:00:00Z">`,
			want: "", origin: domain.DateUnknown,
		},
		{
			name: "future JSON-LD date rejected, meta used",
			head: ld(`"datePublished":"2031-01-01T00:00:00Z"`) + `<meta property="article:published_time" content="2021-05-03T08:00:00Z">`,
			want: "2021-05-03T08:00:00Z", origin: domain.DateFromMetadata,
		},
		{
			name: "future URL date rejected",
			url:  "https://news.example/2030/01/02/library-budget",
			want: "", origin: domain.DateUnknown,
		},
		{
			name: "time element beats the URL",
			body: `<p class="byline">By Ada Kern <time datetime="2021-05-02T09:15:00Z">2 May 2021</time></p>`,
			url:  "https://news.example/2021/04/30/library-budget",
			want: "2021-05-02T09:15:00Z", origin: domain.DateFromMetadata,
		},
		{
			name: "meta beats time",
			head: `<meta name="pubdate" content="20210503">`,
			body: `<time datetime="2021-05-02">2 May</time>`,
			want: "2021-05-03T00:00:00Z", origin: domain.DateFromMetadata,
		},
		{
			name: "guardian-style month name in URL",
			url:  "https://news.example/world/2016/oct/31/library-budget",
			want: "2016-10-31T00:00:00Z", origin: domain.DateFromURL,
		},
		{
			name: "no date anywhere",
			url:  "https://news.example/library-budget-1234567",
			want: "", origin: domain.DateUnknown,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Page(strings.NewReader(datePage(tt.head, tt.body)), Options{URL: tt.url, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			var want time.Time
			if tt.want != "" {
				want = utc(tt.want)
			}
			if !d.Published.Equal(want) || d.DateOrigin != tt.origin {
				t.Errorf("published %v (%q), want %v (%q)", d.Published, d.DateOrigin, want, tt.origin)
			}
			if d.Posts[0].Published != d.Published {
				t.Errorf("post date %v differs from document date %v", d.Posts[0].Published, d.Published)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339 or "" for no date
	}{
		{"2019-11-19T14:30:00Z", "2019-11-19T14:30:00Z"},
		{"2019-11-19T14:30:00.123+01:00", "2019-11-19T13:30:00.123Z"},
		{"2019-11-19T14:30:00+0100", "2019-11-19T13:30:00Z"},
		{"2019-11-19T14:30:00", "2019-11-19T14:30:00Z"},
		{"2019-11-19 14:30:00", "2019-11-19T14:30:00Z"},
		{"2019-11-19", "2019-11-19T00:00:00Z"},
		{"20191119", "2019-11-19T00:00:00Z"},
		{"Tue, 19 Nov 2019 14:30:00 GMT", "2019-11-19T14:30:00Z"},
		{"Tue Nov 19 2019 05:44:06 GMT+0000", "2019-11-19T05:44:06Z"},
		{"November 19, 2019", "2019-11-19T00:00:00Z"},
		{"1574173800", "2019-11-19T14:30:00Z"},
		{"1574173800000", "2019-11-19T14:30:00Z"},
		{"0001-01-01T00:00:00Z", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("parseDate(%q) = %v, want no date", tt.in, got)
		case tt.want != "" && (!ok || !got.Equal(utc(tt.want))):
			t.Errorf("parseDate(%q) = %v %v, want %s", tt.in, got, ok, tt.want)
		case ok && got.Location() != time.UTC:
			t.Errorf("parseDate(%q) not in UTC: %v", tt.in, got)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://a.example/news/2019/11/19/story/", "2019-11-19"},
		{"https://a.example/world/2016/oct/31/story", "2016-10-31"},
		{"https://a.example/story-2019-11-19.html", "2019-11-19"},
		{"https://a.example/20191119/story", "2019-11-19"},
		{"/local/2021/5/4/story", "2021-05-04"},
		{"https://a.example/2019/11/story", ""},
		{"https://a.example/2019/13/40/story", ""},
		{"https://a.example/2019/02/30/story", ""},
		{"https://a.example/article/1206313/story", ""},
		{"https://a.example/story?date=2019-11-19", ""},
	}
	for _, tt := range tests {
		got, ok := urlDate(tt.url)
		if s := got.Format("2006-01-02"); tt.want == "" && ok || tt.want != "" && s != tt.want {
			t.Errorf("urlDate(%q) = %s %v, want %q", tt.url, s, ok, tt.want)
		}
	}
}

func TestMetadata(t *testing.T) {
	head := `<meta property="og:title" content="Library budget agreed | Town Crier">` +
		`<link rel="canonical" href="https://www.towncrier.example/news/library-budget">` +
		`<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","author":{"@type":"Person","name":"By Ada Kern"},"publisher":{"@type":"Organization","name":"Town Crier"}}]}</script>`
	d, err := Page(strings.NewReader(datePage(head, "")), Options{URL: "https://towncrier.example/amp/library-budget", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Library budget agreed" || d.Outlet != "Town Crier" || d.Author != "Ada Kern" ||
		d.URL != "https://www.towncrier.example/news/library-budget" || d.Language != "en" {
		t.Errorf("title %q outlet %q author %q url %q lang %q", d.Title, d.Outlet, d.Author, d.URL, d.Language)
	}
	// No site name anywhere: the host, without "www.".
	d, err = Page(strings.NewReader(datePage("", "")), Options{URL: "https://www.plainsite.example/a", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if d.Outlet != "plainsite.example" || d.URL != "https://www.plainsite.example/a" {
		t.Errorf("outlet %q url %q", d.Outlet, d.URL)
	}
}
