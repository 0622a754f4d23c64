// Package record holds the JSON records Dateline writes: by export, by
// every listing command's --format json, and by the HTTP API. Their field
// names are a contract (PRODUCT.md): evaluation scripts and clients read
// them, so one definition serves every writer.
package record

import (
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/store"
)

// Source is one document that carried a post, passage or quote; with
// offsets, the post and span it was carried in.
type Source struct {
	DocID     string `json:"doc_id"`
	Source    string `json:"source"`
	Outlet    any    `json:"outlet"`
	URL       any    `json:"url,omitempty"`
	Published any    `json:"published"`
	PostID    string `json:"post_id,omitempty"`
	Start     *int   `json:"start,omitempty"`
	End       *int   `json:"end,omitempty"`
}

// Sources renders sources; with offsets, each carries its post and the
// span of the passage or quote in it.
func Sources(srcs []domain.Source, offsets bool) []Source {
	out := make([]Source, 0, len(srcs))
	for _, s := range srcs {
		r := Source{DocID: s.DocID, Source: s.Source, Outlet: Nullable(s.Outlet), URL: Nullable(s.URL), Published: Date(s.Published)}
		if offsets {
			start, end := s.Start, s.End
			r.PostID, r.Start, r.End = s.PostID, &start, &end
		}
		out = append(out, r)
	}
	return out
}

// Hit is a search result: a passage with its post and sources.
type Hit struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Snippet   string   `json:"snippet"`
	Score     float64  `json:"score"`
	PostID    string   `json:"post_id"`
	Headline  any      `json:"headline"`
	FirstSeen any      `json:"first_seen"`
	Outlets   int      `json:"outlets"`
	Sources   []Source `json:"sources"`
}

// NewHit is the record of a search hit.
func NewHit(h store.Hit) Hit {
	return Hit{ID: h.Passage.ID, Text: h.Passage.Text, Snippet: h.Snippet, Score: h.Score, PostID: h.PostID,
		Headline: Nullable(h.Headline), FirstSeen: Date(h.Passage.FirstSeen), Outlets: h.Passage.Outlets,
		Sources: Sources(h.Passage.Sources, true)}
}

// Quote is a quote group: its first report, variants and sources.
type Quote struct {
	ID             string           `json:"id"`
	PostID         string           `json:"post_id"`
	DocID          string           `json:"doc_id"`
	Source         string           `json:"source"`
	Text           string           `json:"text"`
	Kind           domain.QuoteKind `json:"kind"`
	Speaker        any              `json:"speaker"`
	SpeakerMention any              `json:"speaker_mention"`
	Cue            any              `json:"cue"`
	Field          string           `json:"field"`
	Start          int              `json:"start"`
	End            int              `json:"end"`
	Published      any              `json:"published"`
	Variants       []string         `json:"variants"`
	Altered        bool             `json:"altered"` // some variant changes the words, not only punctuation or case
	Diff           []quote.WordDiff `json:"diff"`    // per altered variant, the words it leaves out and puts in
	Outlets        int              `json:"outlets"`
	Sources        []Source         `json:"sources"`
}

// NewQuote is the record of a quote group.
func NewQuote(g store.QuoteGroup) Quote {
	q := g.Quote
	field := string(q.Field)
	if field == "" {
		field = string(domain.FieldText)
	}
	r := Quote{ID: q.Group, PostID: g.PostID, DocID: g.DocID, Text: q.Text, Kind: q.Kind,
		Speaker: Nullable(q.Speaker), SpeakerMention: Nullable(q.SpeakerMention), Cue: Nullable(q.Cue),
		Field: field, Start: q.Start, End: q.End, Published: Date(g.Published), Variants: NonNil(g.Variants), Diff: quote.Altered(g.Variants),
		Outlets: domain.ProvenanceOf(g.Sources).Carriers(), Sources: Sources(g.Sources, true)}
	if r.Diff == nil {
		r.Diff = []quote.WordDiff{}
	}
	r.Altered = len(r.Diff) > 0
	for _, s := range g.Sources {
		if s.DocID == g.DocID {
			r.Source = s.Source
			break
		}
	}
	return r
}

// Entity is a person, organisation, place or other named thing.
type Entity struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Type     domain.EntityType `json:"type"`
	Aliases  []string          `json:"aliases"`
	Roles    []string          `json:"roles"`
	RoleDate []domain.Role     `json:"role_dates"`
	Mentions int               `json:"mentions"`
}

// NewEntity is the record of an entity; roles are listed once each,
// role_dates gives each with its first and last dates.
func NewEntity(en domain.Entity) Entity {
	r := Entity{ID: en.ID, Name: en.Name, Type: en.Type, Aliases: NonNil(en.Aliases), Roles: []string{},
		RoleDate: en.Roles, Mentions: en.Mentions}
	seen := map[string]bool{}
	for _, ro := range en.Roles {
		if !seen[ro.Title] {
			seen[ro.Title] = true
			r.Roles = append(r.Roles, ro.Title)
		}
	}
	if r.RoleDate == nil {
		r.RoleDate = []domain.Role{}
	}
	return r
}

// Story is an event: its posts, outlets, people and top quotes.
type Story struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	First   any      `json:"first"`
	Last    any      `json:"last"`
	Size    int      `json:"size"`
	Posts   []string `json:"posts"`
	Outlets []string `json:"outlets"`
	People  []string `json:"people"`
	Quotes  []string `json:"quotes"`
}

// NewStory is the record of a story.
func NewStory(s store.Story) Story {
	return Story{ID: s.ID, Label: s.Label, First: Date(s.First), Last: Date(s.Last), Size: s.Size,
		Posts: NonNil(s.Posts), Outlets: NonNil(s.Outlets), People: NonNil(s.People), Quotes: NonNil(s.Quotes)}
}

// Document is one input unit as read.
type Document struct {
	ID         string      `json:"id"`
	Source     string      `json:"source"`
	URL        any         `json:"url"`
	Outlet     any         `json:"outlet"`
	Title      any         `json:"title"`
	Author     any         `json:"author"`
	Language   any         `json:"language"`
	Kind       domain.Kind `json:"kind"`
	Published  any         `json:"published"`
	DateOrigin any         `json:"date_origin"`
	Format     string      `json:"format"`
	DupOf      any         `json:"duplicate_of"`
}

// NewDocument is the record of a document.
func NewDocument(d domain.Document) Document {
	return Document{ID: d.ID, Source: d.Source, URL: Nullable(d.URL), Outlet: Nullable(d.Outlet), Title: Nullable(d.Title),
		Author: Nullable(d.Author), Language: Nullable(d.Language), Kind: d.Kind, Published: Date(d.Published),
		DateOrigin: Nullable(string(d.DateOrigin)), Format: d.Format, DupOf: Nullable(d.DupOf)}
}

// Date renders a date: YYYY-MM-DD at day precision,
// RFC 3339 for an exact instant, null when unknown.
func Date(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// Nullable renders "" as null.
func Nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// NonNil renders a nil list as [] rather than null.
func NonNil[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

// Post is one post: a live-blog update or the body of an article.
type Post struct {
	ID          string      `json:"id"`
	DocID       string      `json:"doc_id"`
	Source      string      `json:"source"`
	Outlet      any         `json:"outlet"`
	URL         any         `json:"url"`
	Kind        domain.Kind `json:"kind"`
	Index       int         `json:"index"`
	Headline    any         `json:"headline"`
	Caption     any         `json:"caption"`
	Credit      any         `json:"credit"`
	Text        string      `json:"text"`
	Commentary  []string    `json:"commentary"`
	Published   any         `json:"published"`
	EventDate   any         `json:"event_date"`
	EventFrom   any         `json:"event_date_source"` // caption, headline, lead or published
	DuplicateOf any         `json:"duplicate_of"`
	Sources     []Source    `json:"sources"`
}

// NewPost is the record of a post: source, outlet and URL are those of
// the document it was first read from.
func NewPost(p domain.Post) Post {
	r := Post{
		ID: p.ID, DocID: p.DocID, Kind: p.Kind, Index: p.Index,
		Headline: Nullable(p.Headline), Caption: Nullable(p.Caption), Credit: Nullable(p.Credit),
		Text: p.Text, Commentary: NonNil(p.Commentary), Published: Date(p.Published),
		EventDate: Nullable(p.EventDate), EventFrom: Nullable(string(p.EventFrom)), DuplicateOf: Nullable(p.DupOf),
		Sources: Sources(p.Sources, false),
	}
	for _, s := range p.Sources {
		if s.DocID == p.DocID {
			r.Source, r.Outlet, r.URL = s.Source, Nullable(s.Outlet), Nullable(s.URL)
		}
	}
	return r
}

// Passage is a paragraph or sentence stored once with every occurrence.
type Passage struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Sources   []Source `json:"sources"`
	FirstSeen any      `json:"first_seen"`
	Outlets   int      `json:"outlets"`
}

// NewPassage is the record of a passage.
func NewPassage(p domain.Passage) Passage {
	return Passage{ID: p.ID, Text: p.Text, Sources: Sources(p.Sources, true), FirstSeen: Date(p.FirstSeen), Outlets: p.Outlets}
}

// SummarySentence is a sentence of a timeline or briefing: a span of a
// post's text, the speakers of the quotations in it, and the numbers of
// the sources (CitedSource.N) that carried it.
type SummarySentence struct {
	Text      string   `json:"text"`
	PostID    string   `json:"post_id"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Published any      `json:"published"`
	Speakers  []string `json:"speakers"`
	Citations []int    `json:"citations"`
	Sources   []Source `json:"sources"`
}

// TimelineEntry is one day of a timeline.
type TimelineEntry struct {
	Date      string            `json:"date"`
	Sentences []SummarySentence `json:"sentences"`
}

// CitedSource is one entry of a timeline's or briefing's numbered source
// list.
type CitedSource struct {
	N         int    `json:"n"`
	DocID     string `json:"doc_id"`
	PostID    string `json:"post_id"`
	Outlet    any    `json:"outlet"`
	Name      string `json:"name"`
	Published any    `json:"published"`
	Headline  any    `json:"headline"`
	URL       any    `json:"url"`
	Source    string `json:"source"`
}
