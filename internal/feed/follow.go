package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/fetch"
)

// PageFunc turns an HTML page into a document (the pipeline passes the
// extraction stage's function; this package does not import it).
type PageFunc func(r io.Reader, url, contentType string) (domain.Document, error)

// Getter fetches a URL; *fetch.Client is one.
type Getter interface {
	Get(ctx context.Context, url string, cond fetch.Conditional) (*fetch.Response, error)
}

// ErrNoLink is returned by Follow for an item without a link.
var ErrNoLink = errors.New("item has no link")

// Follow fetches the page an item links to and extracts it with page, for
// `--follow`: feeds that carry only a teaser then yield the full article.
// The result keeps the feed's knowledge where it is better than the page's:
// the item's source and link, its title, outlet and publication date (feed
// metadata is explicit; page dates are guessed). On any error the caller
// should keep it.Doc.
func Follow(ctx context.Context, it Item, get Getter, page PageFunc) (domain.Document, error) {
	link := it.Doc.URL
	if link == "" {
		return domain.Document{}, ErrNoLink
	}
	resp, err := get.Get(ctx, link, fetch.Conditional{})
	if err != nil {
		return domain.Document{}, fmt.Errorf("follow %s: %w", link, err)
	}
	doc, err := page(bytes.NewReader(resp.Body), resp.FinalURL, resp.ContentType)
	if err != nil {
		return domain.Document{}, fmt.Errorf("follow %s: extract: %w", link, err)
	}
	if doc.Raw == "" && len(doc.Posts) == 0 {
		return domain.Document{}, fmt.Errorf("follow %s: page has no text", link)
	}
	feedDoc := it.Doc
	doc.Source = feedDoc.Source
	doc.URL = feedDoc.URL
	doc.Format = "feed"
	if feedDoc.Title != "" {
		doc.Title = feedDoc.Title
	}
	if feedDoc.Outlet != "" {
		doc.Outlet = feedDoc.Outlet
	}
	if doc.Author == "" {
		doc.Author = feedDoc.Author
	}
	if doc.Language == "" {
		doc.Language = feedDoc.Language
	}
	if !feedDoc.Published.IsZero() {
		doc.Published = feedDoc.Published
		doc.DateOrigin = feedDoc.DateOrigin
	}
	if doc.Kind == "" {
		doc.Kind = domain.KindArticle
	}
	return doc, nil
}
