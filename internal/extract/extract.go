// Package extract reads one HTML page into a document: its main text, its
// metadata and its posts.
package extract

import (
	"fmt"
	"io"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Options tell the extractor what it cannot learn from the page itself.
type Options struct {
	URL         string    // the page's original address: dates, outlet, relative links
	ContentType string    // the HTTP Content-Type header, for the charset
	Now         time.Time // dates after this are rejected; zero means no cut-off is known
}

// Text returns the main text of the page read from r, paragraphs separated
// by "\n\n".
func Text(r io.Reader, opts Options) (string, error) {
	src, err := decode(r, opts.ContentType)
	if err != nil {
		return "", fmt.Errorf("extract: %w", err)
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", fmt.Errorf("extract: parse: %w", err)
	}
	paras, err := mainText(doc, opts)
	if err != nil {
		return "", fmt.Errorf("extract: %w", err)
	}
	return strings.Join(paras, "\n\n"), nil
}

func mainText(doc *html.Node, opts Options) ([]string, error) {
	preClean(doc)
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, b := range blocks(res.ContentNode) {
		out = append(out, b.text)
	}
	return out, nil
}
