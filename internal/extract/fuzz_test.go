package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzPage feeds arbitrary bytes to the page reader: it must never panic,
// and what it returns must hold together. Run it bounded, with a short
// minimisation time (minimising inputs through trafilatura is slow enough
// to stall the fuzzer for minutes otherwise):
//
//	go test ./internal/extract -run XXX -fuzz FuzzPage -fuzztime 30s -fuzzminimizetime 2s
func FuzzPage(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, "")
		}
	}
	f.Add([]byte(""), "")
	f.Add([]byte("\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00"), "")
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":1},null,{"articleBody":"<p>x"}]}</script></head></html>`), "text/html; charset=utf-16")
	f.Add([]byte(`<meta charset="bogus"><table><tr><td><p><a href=x><h2>`), "text/html; charset=\"")
	f.Add([]byte(`<body><section class="liveblog"><article><time datetime="99999999999999">x</time><h2>a</h2>one two three four five six seven eight nine</article></section>`), "")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		d, err := Page(bytes.NewReader(page), Options{URL: "https://fuzz.example/2020/01/02/x", ContentType: contentType, Now: now})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Raw) {
			t.Errorf("Raw is not valid UTF-8")
		}
		if d.Published.After(now) {
			t.Errorf("future date %v", d.Published)
		}
		for _, p := range d.Posts {
			if p.Published.After(now) {
				t.Errorf("future post date %v", p.Published)
			}
			for _, sp := range p.Paragraphs {
				if sp.In(p.Text) == "" {
					t.Errorf("paragraph span %v outside text of %d bytes", sp, len(p.Text))
				}
			}
		}
		_, _ = Text(bytes.NewReader(page), Options{ContentType: contentType})
	})
}
