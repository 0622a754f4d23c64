// Package extract reads one HTML page into a document: its main text, its
// metadata (title, author, outlet, canonical URL, language, publication
// date) and its posts.
//
// The main text comes from go-trafilatura (with its readability and
// DOM-distiller fallbacks) run on a pre-cleaned tree, then filtered
// paragraph by paragraph: captions and credits, share, newsletter and
// "read more" furniture, teaser lists, titles, bylines and date lines are
// removed (see clean.go and filter.go). A live blog is read from its
// JSON-LD LiveBlogPosting.liveBlogUpdate when the page has one, else from
// the DOM (sibling elements that each carry a timestamp); an article is
// one post.
//
// Dates: JSON-LD datePublished, then <meta> publication dates, then a
// <time> element, then a date in the URL. Modified dates are never used
// as the publication date, and no date after Options.Now is accepted.
//
// Extraction is a pure function of the page and the options: no network.
package extract

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Options tell the extractor what it cannot learn from the page itself.
type Options struct {
	// URL is the page's original address: used for dates, the outlet and
	// relative links, and as the document URL when the page names no
	// canonical one.
	URL string
	// ContentType is the HTTP Content-Type header, for the charset.
	ContentType string
	// Now is the "never a future date" cut-off; zero means time.Now().
	Now time.Time
}

// ErrNoText is returned for a page in which no main text was found.
var ErrNoText = errors.New("no main text found")

// Page reads an HTML page into a document. The document's URL is the
// canonical address if the page names one, else opts.URL; Raw holds the
// main text (for a live blog, each post's headline and text); Posts are
// cut already (PrecutPosts): one per live-blog update, or one for an
// article. Post IDs and document IDs are left to the caller.
func Page(r io.Reader, opts Options) (domain.Document, error) {
	doc, err := parse(r, opts)
	if err != nil {
		return domain.Document{}, err
	}
	return page(doc, opts)
}

// Text returns the main text of the page read from r, paragraphs separated
// by "\n\n". It is the article body Page would use, without the metadata
// and post work.
func Text(r io.Reader, opts Options) (string, error) {
	doc, err := parse(r, opts)
	if err != nil {
		return "", err
	}
	m := readMeta(doc)
	paras, _, err := mainText(doc, opts, m.titles())
	if err != nil {
		return "", fmt.Errorf("extract: %w", err)
	}
	return strings.Join(paras, "\n\n"), nil
}

func parse(r io.Reader, opts Options) (*html.Node, error) {
	src, err := decode(r, opts.ContentType)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("extract: parse: %w", err)
	}
	return doc, nil
}

func page(doc *html.Node, opts Options) (domain.Document, error) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	m := readMeta(doc)
	d := domain.Document{
		URL:         m.urlOf(opts.URL),
		Author:      m.authorOf(),
		Format:      "html",
		PrecutPosts: true,
	}
	base := opts.URL
	if base == "" {
		base = d.URL
	}
	d.Outlet = m.outletOf(base)
	d.Title = m.titleOf(d.Outlet)
	published, source := m.published(base, now)
	d.Published, d.DateOrigin = published, source.origin()

	// Everything that reads the page's structure runs before the main
	// text extraction, which cleans the tree in place.
	live := liveSignal(doc, m, base)
	posts := ldPosts(m.main, now)
	dom := domPosts(doc, live || len(posts) > 0, now)
	switch {
	case hasText(posts):
		posts = mergePosts(posts, dom)
	case len(dom) > 0:
		posts = dom
	default:
		// Updates without bodies anywhere: the page is read as one post,
		// which keeps its text.
		posts = nil
	}
	caption, credit := captionOf(articleRoot(doc))

	paras, detected, err := mainText(doc, opts, m.titles())
	if err != nil && len(posts) == 0 {
		return d, fmt.Errorf("extract: %w", err)
	}
	if len(posts) > 0 {
		d.Kind = domain.KindLiveblog
		// Without a declared date, a live blog began with its first
		// update; a <time> or URL date may be any update's.
		if source != fromJSONLD && source != fromMetaTag {
			if first := earliest(posts); !first.IsZero() {
				d.Published, d.DateOrigin = first, domain.DateFromMetadata
			}
		}
		var raw []string
		for i := range posts {
			if posts[i].Published.IsZero() {
				posts[i].Published = d.Published
			}
			for _, s := range []string{posts[i].Headline, posts[i].Text} {
				if s != "" {
					raw = append(raw, s)
				}
			}
		}
		d.Raw = strings.Join(raw, "\n\n")
	} else {
		d.Kind = domain.KindArticle
		if ldIs(m.main, "LiveBlogPosting") {
			d.Kind = domain.KindLiveblog
		}
		d.Raw = strings.Join(paras, "\n\n")
		if d.Raw == "" {
			return d, fmt.Errorf("extract: %w", ErrNoText)
		}
		posts = []domain.Post{{
			Headline:  d.Title,
			Caption:   caption,
			Credit:    credit,
			Text:      d.Raw,
			Published: d.Published,
		}}
	}
	for i := range posts {
		posts[i].Index = i
		posts[i].Kind = d.Kind
		posts[i].Paragraphs = paragraphSpans(posts[i].Text)
	}
	d.Posts = posts
	d.Language = m.languageOf(detected, len(d.Raw))
	return d, nil
}

func earliest(posts []domain.Post) time.Time {
	var first time.Time
	for _, p := range posts {
		if !p.Published.IsZero() && (first.IsZero() || p.Published.Before(first)) {
			first = p.Published
		}
	}
	return first
}

func hasText(posts []domain.Post) bool {
	for _, p := range posts {
		if p.Text != "" {
			return true
		}
	}
	return false
}

// paragraphSpans returns the byte spans of the "\n\n"-separated
// paragraphs of text.
func paragraphSpans(text string) []domain.Span {
	var out []domain.Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if end > start {
			out = append(out, domain.Span{Start: start, End: end})
		}
		start = end + 2
	}
	return out
}

// articleRoot is where the story's lead image is looked for: the first
// <article>, else <main>, else the whole page.
func articleRoot(doc *html.Node) *html.Node {
	var article, main *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if article != nil {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "article":
				article = n
				return
			case "main":
				if main == nil {
					main = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	switch {
	case article != nil:
		return article
	case main != nil:
		return main
	}
	return doc
}

// mainText extracts the article body as paragraphs, and the language
// trafilatura detected in it. The tree is cleaned in place.
func mainText(doc *html.Node, opts Options, titles []string) ([]string, string, error) {
	preClean(doc)
	if tooLarge(doc) {
		paras, err := largeText(doc, titles)
		return paras, "", err
	}
	topts := trafilatura.Options{
		EnableFallback: true,
		// Dates are read by this package's own rules; trafilatura's
		// date search is slow and does not know them.
		HtmlDateMode: trafilatura.Disabled,
	}
	if u, err := url.Parse(opts.URL); err == nil && u.Host != "" {
		topts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, topts)
	if err != nil {
		return nil, "", err
	}
	titles = append(titles, res.Metadata.Title)
	var out []string
	for _, b := range filterBlocks(blocks(res.ContentNode), titles) {
		out = append(out, b.text)
	}
	return out, res.Metadata.Language, nil
}

// titles lists the page's titles, as a repeated title in the body may be
// written: metadata titles, the <title> and its parts around separators
// ("Headline | Section | Outlet"), and the <h1>s.
func (m *meta) titles() []string {
	out := []string{m.title, m.tags["og:title"], m.tags["twitter:title"]}
	out = append(out, m.h1s...)
	if m.main != nil {
		out = append(out, ldString(m.main["headline"]))
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.Index(m.title, sep); i > 0 {
			out = append(out, m.title[:i])
		}
	}
	return out
}

// textOf returns the text under n with white space collapsed; block
// elements and line breaks separate words.
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
			case "br":
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
