package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// devPages loads the ScrapingHub DEV pages from ../shared (skipping when
// absent).
func devPages(b *testing.B) [][]byte {
	b.Helper()
	dir := sharedtest.Dir(b, "eval", "extraction", "scrapinghub", "html")
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("no pages in %s", dir)
	}
	var pages [][]byte
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

func benchPages(b *testing.B, extract func([]byte)) {
	pages := devPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			extract(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPage is the full reader: decoding, metadata, live-blog
// detection, cleaning, trafilatura and filtering.
func BenchmarkPage(b *testing.B) {
	benchPages(b, func(p []byte) { _, _ = Page(bytes.NewReader(p), Options{Now: now}) })
}

// BenchmarkText is the main-text path used by the benchmark evaluation.
func BenchmarkText(b *testing.B) {
	benchPages(b, func(p []byte) { _, _ = Text(bytes.NewReader(p), Options{}) })
}

// BenchmarkTrafilatura is go-trafilatura's bare Extract on the same pages,
// with fallbacks on as Dateline runs it, for the ratio.
func BenchmarkTrafilatura(b *testing.B) {
	benchPages(b, func(p []byte) {
		_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{EnableFallback: true})
	})
}

// BenchmarkTrafilaturaNoDate is the bare Extract without its date search,
// which Page replaces by its own rules: the like-for-like cost.
func BenchmarkTrafilaturaNoDate(b *testing.B) {
	benchPages(b, func(p []byte) {
		_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{EnableFallback: true, HtmlDateMode: trafilatura.Disabled})
	})
}
