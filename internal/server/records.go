package server

import (
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// API records. Their JSON field names are those of the CLI's export and
// --format json records (internal/cli: export.go, search.go, quotes.go,
// stories.go), a contract (PRODUCT.md). They are defined again here
// rather than shared because those types are unexported in package cli;
// moving both sets into one package is a follow-up. TestOpenAPI checks
// every response against openapi.json, which lists these fields.

type sourceRecord struct {
	DocID     string `json:"doc_id"`
	Source    string `json:"source"`
	Outlet    any    `json:"outlet"`
	URL       any    `json:"url,omitempty"`
	Published any    `json:"published"`
	PostID    string `json:"post_id,omitempty"`
	Start     *int   `json:"start,omitempty"`
	End       *int   `json:"end,omitempty"`
}

// sources renders sources; with offsets, each carries its post and the
// span of the passage or quote in it.
func sources(srcs []domain.Source, offsets bool) []sourceRecord {
	out := make([]sourceRecord, 0, len(srcs))
	for _, s := range srcs {
		r := sourceRecord{DocID: s.DocID, Source: s.Source, Outlet: nullable(s.Outlet), URL: nullable(s.URL), Published: date(s.Published)}
		if offsets {
			start, end := s.Start, s.End
			r.PostID, r.Start, r.End = s.PostID, &start, &end
		}
		out = append(out, r)
	}
	return out
}

type hitRecord struct {
	ID        string         `json:"id"`
	Text      string         `json:"text"`
	Snippet   string         `json:"snippet"`
	Score     float64        `json:"score"`
	PostID    string         `json:"post_id"`
	Headline  any            `json:"headline"`
	FirstSeen any            `json:"first_seen"`
	Outlets   int            `json:"outlets"`
	Sources   []sourceRecord `json:"sources"`
}

func newHit(h store.Hit) hitRecord {
	return hitRecord{ID: h.Passage.ID, Text: h.Passage.Text, Snippet: h.Snippet, Score: h.Score, PostID: h.PostID,
		Headline: nullable(h.Headline), FirstSeen: date(h.Passage.FirstSeen), Outlets: h.Passage.Outlets,
		Sources: sources(h.Passage.Sources, true)}
}

type quoteRecord struct {
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
	Outlets        int              `json:"outlets"`
	Sources        []sourceRecord   `json:"sources"`
}

func newQuote(g store.QuoteGroup) quoteRecord {
	q := g.Quote
	field := string(q.Field)
	if field == "" {
		field = string(domain.FieldText)
	}
	r := quoteRecord{ID: q.Group, PostID: g.PostID, DocID: g.DocID, Text: q.Text, Kind: q.Kind,
		Speaker: nullable(q.Speaker), SpeakerMention: nullable(q.SpeakerMention), Cue: nullable(q.Cue),
		Field: field, Start: q.Start, End: q.End, Published: date(g.Published), Variants: nonNil(g.Variants),
		Outlets: domain.ProvenanceOf(g.Sources).Carriers(), Sources: sources(g.Sources, true)}
	for _, s := range g.Sources {
		if s.DocID == g.DocID {
			r.Source = s.Source
			break
		}
	}
	return r
}

type entityRecord struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Type     domain.EntityType `json:"type"`
	Aliases  []string          `json:"aliases"`
	Roles    []string          `json:"roles"`
	RoleDate []domain.Role     `json:"role_dates"`
	Mentions int               `json:"mentions"`
}

func newEntity(en domain.Entity) entityRecord {
	r := entityRecord{ID: en.ID, Name: en.Name, Type: en.Type, Aliases: nonNil(en.Aliases), Roles: []string{},
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

type storyRecord struct {
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

func newStory(s store.Story) storyRecord {
	return storyRecord{ID: s.ID, Label: s.Label, First: date(s.First), Last: date(s.Last), Size: s.Size,
		Posts: nonNil(s.Posts), Outlets: nonNil(s.Outlets), People: nonNil(s.People), Quotes: nonNil(s.Quotes)}
}

type documentRecord struct {
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

func newDocument(d domain.Document) documentRecord {
	return documentRecord{ID: d.ID, Source: d.Source, URL: nullable(d.URL), Outlet: nullable(d.Outlet), Title: nullable(d.Title),
		Author: nullable(d.Author), Language: nullable(d.Language), Kind: d.Kind, Published: date(d.Published),
		DateOrigin: nullable(string(d.DateOrigin)), Format: d.Format, DupOf: nullable(d.DupOf)}
}

// date renders a date as the CLI does: YYYY-MM-DD at day precision,
// RFC 3339 for an exact instant, null when unknown.
func date(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// nullable renders "" as null.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nonNil renders a nil list as [] rather than null.
func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
