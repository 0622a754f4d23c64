// Package annotate turns one read document into its posts with everything
// Dateline finds in them: it cleans and segments text scrapes, settles the
// document's date and outlet, gives documents and posts their stable IDs,
// and runs the annotators — temporal expressions (timex), entity mentions
// (entity), quotations with their speakers (quote) — on every post.
//
// Document is a pure function of the document and its options; the
// pipeline runs it on many documents at once.
package annotate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/clean"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/extract"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/segment"
	"github.com/dateline-news/dateline/internal/timex"
)

// Options control annotation.
type Options struct {
	// Now is the reference for "never a future date". Required: annotation
	// never reads the clock, so the same input gives the same output.
	Now time.Time
	// Tagger finds entity mentions; nil skips entities (and quotes then
	// canonicalise speakers from their own cues only).
	Tagger *entity.Tagger
	// People are entities already known (from the store), which help
	// canonicalise speakers the document names only in part.
	People []domain.Entity
	// NoQuotes and NoDates skip those annotations.
	NoQuotes, NoDates bool
	// Stored, if set, reports posts (by ID) that are stored already, or
	// will be from a document read earlier: the store keeps the first
	// copy of a post, so the others get no dates, quotes or mentions
	// (their entities are still tagged, as context for the document's
	// other posts). A live blog scraped again and again is mostly such
	// posts.
	Stored func(postID string) bool
}

// maxDateText bounds the text read for a document date, maxLeadText the
// part of one post's text.
const (
	maxDateText = 4096
	maxLeadText = 1500
)

// Document extracts (an HTML page), cleans, segments and annotates one
// document. It fails only when an HTML page has no text to extract.
func Document(doc domain.Document, opts Options) (domain.Document, error) {
	return DocumentContext(context.Background(), doc, opts)
}

// DocumentContext is Document that also fails, with ctx's error, when ctx
// is done: every annotator looks at ctx at short intervals, so that
// cancelling the annotation of a huge document takes well under a second.
func DocumentContext(ctx context.Context, doc domain.Document, opts Options) (domain.Document, error) {
	if doc.HTML {
		var err error
		if doc, err = extractPage(doc, opts.Now); err != nil {
			return doc, err
		}
	}
	var dateText strings.Builder
	if doc.PrecutPosts {
		if doc.Kind == "" {
			doc.Kind = domain.KindArticle
			if len(doc.Posts) > 1 {
				doc.Kind = domain.KindLiveblog
			}
		}
		for i := range doc.Posts {
			p := &doc.Posts[i]
			p.Index = i
			p.Paragraphs = segment.Paragraphs(p.Text)
			p.Sentences = segment.Sentences(p.Text)
		}
		if doc.Kind == domain.KindArticle && len(doc.Posts) == 1 && doc.Posts[0].Headline == "" {
			doc.Posts[0].Headline = doc.Title
		}
	} else {
		page := clean.Scrape(doc.Raw)
		seg := segment.Posts(page)
		doc.Kind, doc.Posts = seg.Kind, seg.Posts
		if doc.URL == "" {
			doc.URL = page.URL
		}
		if doc.Kind == domain.KindArticle && len(doc.Posts) == 1 {
			p := &doc.Posts[0]
			if doc.Title != "" {
				// A record's title is the article's headline; a scrape that
				// repeats it as its first line has it already.
				p.Headline = doc.Title
				if first, rest, _ := strings.Cut(p.Text, "\n\n"); lang.Space(first) == lang.Space(doc.Title) {
					p.Text = rest
					p.Paragraphs = segment.Paragraphs(rest)
					p.Sentences = segment.Sentences(rest)
				}
			} else if p.Headline != "" {
				doc.Title = p.Headline
			}
		}
	}
	// A page that is dated nowhere else is dated near its top: a
	// dateline, a dated caption, a "Published" line. Captions and lead
	// paragraphs are where to look, and all the temporal tagger reads.
	for _, p := range doc.Posts {
		if dateText.Len() > maxDateText {
			break
		}
		lead := p.Text
		if len(lead) > maxLeadText {
			cut := maxLeadText
			for cut > 0 && !utf8.RuneStart(lead[cut]) {
				cut--
			}
			lead = lead[:cut]
			if i := strings.LastIndex(lead, "\n\n"); i > 0 {
				lead = lead[:i]
			}
		}
		dateText.WriteString(p.Caption)
		dateText.WriteString("\n")
		dateText.WriteString(lead)
		dateText.WriteString("\n")
	}
	if err := ctx.Err(); err != nil {
		return doc, err
	}
	if doc.Outlet == "" {
		doc.Outlet = outletOf(doc.URL)
	}
	documentDate(&doc, dateText.String(), opts.Now)
	stored := make([]bool, len(doc.Posts))
	annotating := !opts.NoDates || !opts.NoQuotes || opts.Tagger != nil
	for i := range doc.Posts {
		p := &doc.Posts[i]
		p.ID = PostID(*p)
		p.DocID = doc.ID
		p.Kind = doc.Kind
		p.Passages = Passages(*p)
		if p.Published.IsZero() || p.Published.After(opts.Now) {
			p.Published = doc.Published
		}
		stored[i] = annotating && opts.Stored != nil && opts.Stored(p.ID)
		if !opts.NoDates && !stored[i] {
			if err := timex.AnnotatePostContext(ctx, p, p.Published); err != nil {
				return doc, err
			}
		}
	}
	// The entity tagger and the quotation rules read English: a page the
	// extractor found in another language gets no entities and no
	// quotations rather than wrong ones ("Die Daten" a person).
	english := lang.English(doc.Language)
	people := opts.People
	if opts.Tagger != nil && english {
		mentions, err := opts.Tagger.AnnotateContext(ctx, doc.Posts)
		if err != nil {
			return doc, err
		}
		for i, ms := range mentions {
			doc.Posts[i].Mentions = ms
		}
		if err := ctx.Err(); err != nil {
			return doc, err
		}
		// the document's own people first: they name its speakers best
		people = append(entity.Entities(doc.Posts), people...)
	}
	if !opts.NoQuotes && english {
		quotes, err := quote.FindContext(ctx, doc.Posts, quote.Options{People: people, Skip: stored})
		if err != nil {
			return doc, err
		}
		for i, qs := range quotes {
			for j := range qs {
				qs[j].ID = QuoteID(doc.Posts[i].ID, qs[j])
			}
			doc.Posts[i].Quotes = qs
		}
	}
	for i, skip := range stored {
		if skip {
			doc.Posts[i].Mentions = nil
		}
	}
	return doc, nil
}

// extractPage reads the main text, metadata and posts of an HTML page,
// keeping what the reader knew: identity, source, format, and a crawl date
// that bounds the publication date.
func extractPage(doc domain.Document, now time.Time) (domain.Document, error) {
	page, err := extract.Page(strings.NewReader(doc.Raw), extract.Options{URL: doc.URL, ContentType: doc.ContentType, Now: now})
	if err != nil {
		return doc, fmt.Errorf("%q: %w", doc.Source, err)
	}
	page.ID, page.Source, page.Format = doc.ID, doc.Source, doc.Format
	if page.Outlet == "" {
		page.Outlet = doc.Outlet // the reader's default (ingest --outlet)
	}
	if page.URL == "" {
		page.URL = doc.URL
	}
	if t := doc.NotAfter; !t.IsZero() && (page.Published.IsZero() || page.Published.After(t.Add(24*time.Hour))) {
		page.Published, page.DateOrigin = t.UTC(), domain.DateFromMetadata
	}
	return page, nil
}

// QuoteID identifies a quotation by its post and place in it.
func QuoteID(postID string, q domain.Quote) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%s\x00%d\x00%d", postID, q.Field, q.Start, q.End)))
	return hex.EncodeToString(h[:8])
}

// PostID is the identity of a post's content: equal headline and text give
// equal IDs wherever the post was carried.
func PostID(p domain.Post) string {
	b := lang.AppendSpace(make([]byte, 0, len(p.Headline)+1+len(p.Text)), p.Headline)
	b = append(b, 0)
	b = append(b, lang.AppendSpace(nil, p.Text)...)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:8])
}

// Passages lists the passages of a post's text: every paragraph, and every
// sentence of a paragraph with more than one, each identified by a hash of
// its whitespace-normalised text, so that exact repeats share an ID.
func Passages(p domain.Post) []domain.PassageRef {
	var out []domain.PassageRef
	para := map[domain.Span]bool{}
	for _, s := range p.Paragraphs {
		para[s] = true
		out = append(out, domain.PassageRef{ID: PassageID(s.In(p.Text)), Start: s.Start, End: s.End, Paragraph: true})
	}
	for _, s := range p.Sentences {
		if para[s] {
			continue
		}
		out = append(out, domain.PassageRef{ID: PassageID(s.In(p.Text)), Start: s.Start, End: s.End})
	}
	return out
}

// PassageID is the exact-match identity of a passage's text.
func PassageID(text string) string {
	h := sha256.Sum256(lang.AppendSpace(make([]byte, 0, len(text)), text))
	return hex.EncodeToString(h[:8])
}
