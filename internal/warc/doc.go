package warc

import (
	"fmt"
	"io"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// PageFunc turns an HTML page into a document. The pipeline passes the
// extraction stage's function; this package does not import it.
type PageFunc func(r io.Reader, url, contentType string) (domain.Document, error)

// Document turns an HTML response record into a document using page.
// source names the WARC file; the document's Source is "source#offset",
// the offset being Record.Offset, which finds the record again (it is what
// a CDX index would give). Format is "warc", URL the target URI.
//
// The capture date (WARC-Date) bounds the publication date: a page cannot
// be published after it was crawled. It stands in when the page gives no
// date, and replaces a page date more than a day after it (a misread date).
func Document(rec *Record, source string, page PageFunc) (domain.Document, error) {
	doc, err := page(rec.Body, rec.TargetURI, rec.ContentType())
	if err != nil {
		return domain.Document{}, fmt.Errorf("%s#%d (%s): %w", source, rec.Offset, rec.TargetURI, err)
	}
	doc.Source = fmt.Sprintf("%s#%d", source, rec.Offset)
	if doc.URL == "" {
		doc.URL = rec.TargetURI
	}
	doc.Format = "warc"
	if doc.Kind == "" {
		doc.Kind = domain.KindArticle
	}
	if !rec.Date.IsZero() && (doc.Published.IsZero() || doc.Published.After(rec.Date.Add(24*time.Hour))) {
		doc.Published = rec.Date
		doc.DateOrigin = domain.DateFromMetadata
	}
	return doc, nil
}
