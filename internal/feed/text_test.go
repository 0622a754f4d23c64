package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Plain text only.", []string{"Plain text only."}},
		{"First line\nwrapped.\n\nSecond.", []string{"First line wrapped.", "Second."}},
		{"<p>One</p><p>Two &amp; three</p>", []string{"One", "Two & three"}},
		{"Intro<br><br>Body<br/>More", []string{"Intro", "Body", "More"}},
		{"<div><h2>Head</h2>Text <b>bold</b> <i>it</i>.</div>", []string{"Head", "Text bold it."}},
		{"<ul><li>a</li><li>b</li></ul>", []string{"a", "b"}},
		{"<p>x</p><script>var a = '<p>no</p>';</script><style>p{}</style><p>y</p>", []string{"x", "y"}},
		{"<p>Cost: &amp;pound;5</p>", []string{"Cost: £5"}},
		{"<table><tr><td>a</td><td>b</td></tr></table>", []string{"a b"}},
		{"a &lt; b and c > d", []string{"a < b and c > d"}},
		{"<p>News.</p><p>The post <a href=x>News</a> appeared first on <a>Site</a>.</p>", []string{"News."}},
		{"<p>Story text. <a href=x>Read more</a></p>", []string{"Story text."}},
		{"<p>Story text.</p><p>[…]</p>", []string{"Story text."}},
		{"<p>People want to read more.</p>", []string{"People want to read more."}},
		{"<p>\u00a0</p><p>zero\u200bwidth</p>", []string{"zerowidth"}},
		{"<p>unclosed <b>bold", []string{"unclosed bold"}},
		{"", nil},
	} {
		got := paragraphs(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("paragraphs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	for in, want := range map[string]string{
		"AT&amp;amp;T buys rival":           "AT&T buys rival",
		"Q&amp;A: the talks":                "Q&A: the talks",
		"Q&A: the talks":                    "Q&A: the talks",
		"&amp;#8216;Quoted&amp;#8217;":      "‘Quoted’",
		"<b>Breaking</b>: flood warning":    "Breaking: flood warning",
		"  spaced\n  out  ":                 "spaced out",
		"Tom &amp;amp;amp; Jerry":           "Tom & Jerry",
		"5 < 6 is true":                     "5 < 6 is true",
		"Caf&eacute; owners &#x2014; angry": "Café owners — angry",
	} {
		if got := cleanTitle(in); got != want {
			t.Errorf("cleanTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParse feeds arbitrary bytes through the whole feed-to-document path:
// it must never panic, and every document it returns must be well formed.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if strings.HasSuffix(name, ".golden") {
			continue
		}
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte(`<rss><channel><item><title>&amp;amp;</title><pubDate>Mon, 31 Oct 2016 2:02pm EST</pubDate><description>&lt;p&gt;a&lt;br&gt;b</description></item></channel></rss>`), "text/xml; charset=windows-1252")
	f.Add([]byte("\xff\xfe<\x00r\x00s\x00s\x00>\x00"), "")
	now := time.Date(2016, 11, 6, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		feed, err := Parse(strings.NewReader(string(data)), Options{URL: "https://f.example.org/feed", ContentType: contentType, Now: now, MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			d := it.Doc
			if it.GUID == "" {
				t.Error("empty GUID")
			}
			if d.Published.After(now) {
				t.Errorf("future date %v", d.Published)
			}
			if !d.Published.IsZero() && d.DateOrigin == "" {
				t.Error("date without origin")
			}
			if !utf8.ValidString(d.Title) || !utf8.ValidString(d.Raw) {
				t.Errorf("invalid UTF-8: %q %q", d.Title, d.Raw)
			}
			for _, p := range d.Posts {
				for _, sp := range p.Paragraphs {
					s := sp.In(p.Text)
					if s == "" || strings.TrimSpace(s) != s || strings.Contains(s, "\n") {
						t.Errorf("bad paragraph %v %q in %q", sp, s, p.Text)
					}
				}
			}
		}
	})
}
