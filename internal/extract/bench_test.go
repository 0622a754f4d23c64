package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// devPages loads the ScrapingHub DEV pages from ../shared (skipping when
// absent).
func devPages(b testing.TB) [][]byte {
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

// densePage is a page of n bytes made only of one-word paragraphs: the
// shape that made go-trafilatura's time grow with the square of the size.
func densePage(n int) []byte {
	const para = "<p>Zeta.</p>\n"
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Dense</title></head><body>")
	for b.Len() < n-len("</body></html>") {
		b.WriteString(para)
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

// transcriptPage is a long, legitimate page of n bytes: speaker turns of a
// few sentences each, as a hearing transcript is published. It made
// go-trafilatura allocate 10 GB at 2 MiB.
func transcriptPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html lang=en><head><title>Hearing transcript</title></head><body><article><h1>Hearing transcript</h1>")
	for i := 0; b.Len() < n-len("</article></body></html>"); i++ {
		fmt.Fprintf(&b, "<p><b>SPEAKER %d:</b> On item %d, the committee heard that the river rose overnight and that the dam held. We will take the next question after the break, and the record stays open until Friday.</p>\n", i%7, i)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// benchSizes measures Page on pages of 1, 2, 4 and 8 MiB made by page:
// the time per byte must stay about the same. Refusing a page for its
// paragraph count is a result, not a failure.
func benchSizes(b *testing.B, page func(n int) []byte) {
	for _, mb := range []int{1, 2, 4, 8} {
		p := page(mb << 20)
		b.Run(fmt.Sprintf("%dMiB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(p)))
			for i := 0; i < b.N; i++ {
				if _, err := Page(bytes.NewReader(p), Options{Now: now}); err != nil && !errors.Is(err, ErrTooManyParagraphs) {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPageDense measures paragraph-dense pages (refused past
// maxParagraphs, after reading them).
func BenchmarkPageDense(b *testing.B) { benchSizes(b, densePage) }

// BenchmarkPageTranscript measures long transcripts, which keep their text.
func BenchmarkPageTranscript(b *testing.B) { benchSizes(b, transcriptPage) }
