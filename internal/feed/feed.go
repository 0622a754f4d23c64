// Package feed reads RSS 2.0, Atom and JSON Feed documents (files or fetched
// bodies) into Dateline documents, one per item.
//
// Parsing is gofeed's; this package adds what news ingestion needs on top:
// charset repair before parsing (see toUTF8), HTML bodies turned into plain
// paragraphs, titles unescaped, a fallback for the many date formats gofeed
// leaves unparsed, an item key for deduplication across polls, an outlet
// name, and never a date in the future.
package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest/guard"
	"github.com/dateline-news/dateline/internal/lang"
)

// DefaultMaxBytes bounds how much of a feed Parse reads. Real feeds are
// kilobytes to a few megabytes.
const DefaultMaxBytes = 32 << 20

// futureSlack is how far ahead of Options.Now an item date may be and still
// be taken as "just published" (a wrong zone is the usual cause); anything
// later is not a publication date at all and is dropped.
const futureSlack = 24 * time.Hour

// Options says where a feed came from. The zero value works.
type Options struct {
	URL         string    // the feed's URL or file path: resolves relative item links, names items without links
	ContentType string    // the HTTP Content-Type, if fetched (its charset is a hint)
	Now         time.Time // the present, for the no-future-dates rule; zero means time.Now()
	MaxBytes    int64     // read at most this much (default DefaultMaxBytes)
}

// Feed is a parsed feed.
type Feed struct {
	Title    string
	Link     string // the site's home page, if given
	Language string
	Outlet   string // the name given to every item's document
	Items    []Item
	// Rejected are the items left out because they hold binary data, not
	// text: one error (wrapping guard.ErrBinary) naming each.
	Rejected []error
}

// Item is one feed entry as a document.
type Item struct {
	// GUID identifies the item across polls: the feed's guid / id, else the
	// link, else a hash of title and text.
	GUID string
	Doc  domain.Document
}

// ErrNotFeed is returned (wrapped) when the input is none of RSS, Atom or
// JSON Feed.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// ErrTooLarge is returned (wrapped) when the input exceeds Options.MaxBytes.
var ErrTooLarge = errors.New("feed too large")

// Parse reads one feed from r.
func Parse(r io.Reader, opts Options) (*Feed, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	name := opts.URL
	if name == "" {
		name = "feed"
	}
	data, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > opts.MaxBytes {
		return nil, fmt.Errorf("read %s: %w (more than %d bytes)", name, ErrTooLarge, opts.MaxBytes)
	}
	data, err = toUTF8(data, opts.ContentType)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("parse %s: %w: empty input", name, ErrNotFeed)
	}

	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("parse %s: %w", name, ErrNotFeed)
		}
		return nil, fmt.Errorf("parse %s: malformed feed: %w", name, err)
	}
	return convert(gf, opts), nil
}

// Detect reports whether head — the first few kilobytes of an input — looks
// like an RSS, Atom or JSON Feed document, for readers that must choose a
// parser by content (a .xml file, a URL served as text/xml). A JSON object
// counts only if it names the JSON Feed version, so JSON-lines input is not
// taken for a feed.
func Detect(head []byte) bool {
	data, err := toUTF8(head, "")
	if err != nil {
		return false
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	switch {
	case len(trimmed) == 0:
		return false
	case trimmed[0] == '{':
		return bytes.Contains(trimmed, []byte("jsonfeed.org/version"))
	case trimmed[0] == '<':
		t := gofeed.DetectFeedType(bytes.NewReader(trimmed))
		return t == gofeed.FeedTypeRSS || t == gofeed.FeedTypeAtom
	}
	return false
}

func convert(gf *gofeed.Feed, opts Options) *Feed {
	// Relative item links resolve against the feed's URL, else the site's.
	base := absURL(opts.URL)
	f := &Feed{
		Title:    cleanTitle(gf.Title),
		Link:     resolve(base, strings.TrimSpace(gf.Link)),
		Language: lang.PrimaryLanguage(gf.Language),
	}
	if base == nil {
		base = absURL(f.Link)
	}
	f.Outlet = outlet(f.Title, f.Link, opts.URL)

	for i, it := range gf.Items {
		if it == nil {
			continue
		}
		item, ok := convertItem(it, i, f, base, opts)
		switch {
		case !ok:
		case guard.BinaryString(item.Doc.Title) || guard.BinaryString(item.Doc.Raw):
			f.Rejected = append(f.Rejected, fmt.Errorf("item %d (%s): %w", i+1, item.Doc.Source, guard.ErrBinary))
		default:
			f.Items = append(f.Items, item)
		}
	}
	return f
}

func convertItem(it *gofeed.Item, i int, f *Feed, base *url.URL, opts Options) (Item, bool) {
	title := cleanTitle(it.Title)
	link := resolve(base, strings.TrimSpace(it.Link))
	if link == "" && len(it.Links) > 0 {
		link = resolve(base, strings.TrimSpace(it.Links[0]))
	}

	// Full content when the feed carries it, else the summary.
	paras := paragraphs(it.Content)
	if len(paras) == 0 {
		paras = paragraphs(it.Description)
	}
	if title == "" && len(paras) == 0 && link == "" {
		return Item{}, false
	}

	published := itemDate(it, opts.Now)
	doc := domain.Document{
		Source:   link,
		URL:      link,
		Outlet:   f.Outlet,
		Title:    title,
		Author:   author(it),
		Language: f.Language,
		Kind:     domain.KindArticle,
		Format:   "feed",
	}
	if doc.Source == "" {
		doc.Source = fmt.Sprintf("%s#%d", sourceName(opts.URL), i+1)
	}
	if !published.IsZero() {
		doc.Published = published
		doc.DateOrigin = domain.DateFromMetadata
	}
	if len(paras) > 0 {
		text, spans := joinParagraphs(paras)
		doc.Raw = text
		doc.Posts = []domain.Post{{
			Index:      0,
			Text:       text,
			Paragraphs: spans,
			Published:  doc.Published,
		}}
		doc.PrecutPosts = true
	}

	guid := strings.TrimSpace(it.GUID)
	if guid == "" {
		guid = link
	}
	if guid == "" {
		sum := sha256.Sum256([]byte(title + "\n" + doc.Raw))
		guid = "sha256:" + hex.EncodeToString(sum[:16])
	}
	return Item{GUID: guid, Doc: doc}, true
}

// itemDate returns the item's publication date in UTC, or zero. gofeed's
// parse is used when it succeeded; its raw string otherwise goes through
// parseDate; the update date stands in for a missing publication date.
func itemDate(it *gofeed.Item, now time.Time) time.Time {
	var t time.Time
	switch {
	case it.PublishedParsed != nil:
		t = *it.PublishedParsed
	case it.Published != "":
		t, _ = parseDate(it.Published)
	}
	if t.IsZero() {
		switch {
		case it.UpdatedParsed != nil:
			t = *it.UpdatedParsed
		case it.Updated != "":
			t, _ = parseDate(it.Updated)
		}
	}
	return notFuture(t.UTC(), now)
}

// notFuture enforces "never a future date": a date up to futureSlack ahead
// becomes now, a later one is dropped.
func notFuture(t, now time.Time) time.Time {
	if t.IsZero() || t.Year() < 1900 {
		return time.Time{}
	}
	if t.After(now) {
		if t.Sub(now) > futureSlack {
			return time.Time{}
		}
		return now.UTC()
	}
	return t
}

// joinParagraphs joins paragraphs with blank lines and returns their spans
// in the joined text.
func joinParagraphs(paras []string) (string, []domain.Span) {
	var b strings.Builder
	spans := make([]domain.Span, 0, len(paras))
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		spans = append(spans, domain.Span{Start: start, End: b.Len()})
	}
	return b.String(), spans
}

func author(it *gofeed.Item) string {
	for _, p := range it.Authors {
		if p != nil {
			if name := cleanTitle(p.Name); name != "" {
				return name
			}
		}
	}
	if it.Author != nil {
		return cleanTitle(it.Author.Name)
	}
	return ""
}

// outlet names the publisher, as the page extractor does (a site name,
// else the host without "www."): from the feed title when it is short
// enough to be a name — reduced to the part that names the site when the
// title also names a section ("BBC News - World", "World news | The
// Guardian") — else from the host of the site or feed URL.
func outlet(title, link, feedURL string) string {
	host := ""
	for _, raw := range []string{link, feedURL} {
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
			break
		}
	}
	if title != "" && len([]rune(title)) <= 80 {
		title = siteSegment(title, siteLabel(host))
		if len([]rune(title)) <= 60 {
			return title
		}
	}
	if host != "" {
		return host
	}
	return title
}

var titleSeparator = regexp.MustCompile(`\s+[-|–—>»:·]\s+|:\s+`)

// siteSegment returns the shortest separator-delimited part of a feed title
// that matches the site's host label, or the whole title.
func siteSegment(title, label string) string {
	parts := titleSeparator.Split(title, -1)
	if len(parts) < 2 || label == "" {
		return title
	}
	best := ""
	for _, p := range parts {
		p = strings.TrimSpace(p)
		sq := squash(p)
		first := squash(strings.SplitN(p, " ", 2)[0])
		match := sq != "" && (strings.Contains(sq, label) ||
			(len(sq) >= 3 && strings.Contains(label, sq)) ||
			(len(first) >= 3 && strings.HasPrefix(label, first)))
		if match && (best == "" || len(p) < len(best)) {
			best = p
		}
	}
	if best == "" {
		return title
	}
	return best
}

// siteLabel is the distinctive label of a host name: "bbc" for
// news.bbc.co.uk, "theguardian" for www.theguardian.com.
func siteLabel(host string) string {
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the top-level domain
	if n := len(labels); n >= 2 {
		switch labels[n-1] {
		case "co", "com", "org", "net", "ac", "gov", "edu":
			labels = labels[:n-1]
		}
	}
	return squash(labels[len(labels)-1])
}

// squash keeps lower-cased letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// resolve makes link absolute against base; an unusable link becomes "".
func resolve(base *url.URL, link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

// absURL parses s as an absolute http(s) URL, or returns nil (file paths).
func absURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

func sourceName(s string) string {
	if s == "" {
		return "feed"
	}
	return s
}
