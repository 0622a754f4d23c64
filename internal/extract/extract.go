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
	for _, b := range filterBlocks(blocks(res.ContentNode), pageTitles(doc, res)) {
		out = append(out, b.text)
	}
	return out, nil
}

// pageTitles lists the page's titles from its metadata, and the <title>
// parts around separators ("Headline | Section | Outlet").
func pageTitles(doc *html.Node, res *trafilatura.ExtractResult) []string {
	var out []string
	if res.Metadata.Title != "" {
		out = append(out, res.Metadata.Title)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				t := textOf(n)
				out = append(out, t)
				for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
					if i := strings.Index(t, sep); i > 0 {
						out = append(out, t[:i])
					}
				}
			case "meta":
				switch attr(n, "property") + attr(n, "name") {
				case "og:title", "twitter:title":
					out = append(out, attr(n, "content"))
				}
			case "h1":
				out = append(out, textOf(n))
			case "body":
				// only the head and h1s
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
