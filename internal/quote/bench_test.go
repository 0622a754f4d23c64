package quote

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// benchPosts reads testdata/liveblog.txt: posts separated by "=====",
// each a headline line, an optional "Caption: …" line and paragraphs.
func benchPosts(tb testing.TB) []domain.Post {
	b, err := os.ReadFile("testdata/liveblog.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var posts []domain.Post
	for i, chunk := range strings.Split(string(b), "\n=====\n") {
		lines := strings.SplitN(strings.TrimSpace(chunk), "\n", 2)
		p := domain.Post{Index: i, Headline: lines[0]}
		rest := ""
		if len(lines) > 1 {
			rest = lines[1]
		}
		if c, ok := strings.CutPrefix(strings.TrimSpace(rest), "Caption: "); ok {
			line, body, _ := strings.Cut(c, "\n")
			p.Caption, _, _ = strings.Cut(line, " Credit: ")
			rest = body
		}
		p.Text = strings.TrimSpace(rest)
		posts = append(posts, p)
	}
	return posts
}

func TestBenchDocument(t *testing.T) {
	posts := benchPosts(t)
	got := Find(posts)
	n := 0
	for _, qs := range got {
		for _, q := range qs {
			n++
			if q.Kind != domain.QuoteScare && q.Speaker == "" {
				t.Errorf("no speaker for %q", q.Text)
			}
		}
	}
	if n < 20 {
		t.Errorf("found %d quotations in the benchmark document, want 20 or more", n)
	}
}

// BenchmarkFind measures quotes and speakers for one five-post live blog
// (about 3.5 KB of text).
func BenchmarkFind(b *testing.B) {
	posts := benchPosts(b)
	size := 0
	for _, p := range posts {
		size += len(p.Headline) + len(p.Caption) + len(p.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Find(posts)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkMemoryGroups measures adding quotations to groups that already
// holds many groups.
func BenchmarkMemoryGroups(b *testing.B) {
	var texts []string
	for _, qs := range Find(benchPosts(b)) {
		for _, q := range qs {
			texts = append(texts, q.Text)
		}
	}
	var g MemoryGroups
	for i := range 5000 {
		g.Add(texts[i%len(texts)]+" "+strings.Repeat("x", i%7)+" variant "+string(rune('a'+i%26)), "", time.Time{})
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		g.Add(texts[i%len(texts)], "Speaker", time.Time{})
	}
}
