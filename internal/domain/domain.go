// Package domain holds Dateline's plain data types: documents and the posts,
// passages, quotes, entity mentions, dates and stories found in them.
//
// It imports only the standard library. Every stage of the pipeline consumes
// and produces these types; nothing here does I/O. Every span carries byte
// offsets (Start inclusive, End exclusive) into the text it was found in, so
// that any answer can cite its source.
package domain

import "time"

// Kind tells a live blog (many posts) from an article (one post).
type Kind string

const (
	KindLiveblog Kind = "liveblog"
	KindArticle  Kind = "article"
)

// DateOrigin records where a document's publication date came from.
type DateOrigin string

const (
	DateFromMetadata DateOrigin = "metadata" // feed, JSON-LD, meta tag, jsonl field, WARC header
	DateFromURL      DateOrigin = "url"      // a YYYY-MM-DD style segment of the URL or path
	DateFromText     DateOrigin = "text"     // an absolute date in the text (e.g. a dated caption)
	DateUnknown      DateOrigin = ""
)

// Span is a half-open byte range [Start, End) into some text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers, or "" if it lies outside text.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Document is one input unit: a scraped page, an HTML page, a feed item, a
// WARC response record or a JSON-lines record.
type Document struct {
	ID         string     `json:"id"`     // content hash, stable across runs
	Source     string     `json:"source"` // the path, URL or "-" it was read from (with #n for records inside a file)
	URL        string     `json:"url,omitempty"`
	Outlet     string     `json:"outlet,omitempty"`
	Title      string     `json:"title,omitempty"`
	Author     string     `json:"author,omitempty"`
	Language   string     `json:"language,omitempty"`
	Kind       Kind       `json:"kind"`
	Published  time.Time  `json:"published"` // zero when unknown; always UTC midnight or an exact instant
	DateOrigin DateOrigin `json:"date_origin,omitempty"`
	Format     string     `json:"format,omitempty"`       // txt, html, jsonl, feed, warc
	DupOf      string     `json:"duplicate_of,omitempty"` // a near-duplicate of this stored document
	Raw        string     `json:"-"`                      // the text as read (UTF-8), before cleaning
	Posts      []Post     `json:"posts,omitempty"`
	// PrecutPosts is set by readers that already know the post structure
	// (JSON-LD live blogs, feeds): segmenting then keeps these posts instead
	// of splitting Raw.
	PrecutPosts bool `json:"-"`
	// HTML is set when Raw is an HTML page still to be extracted (the
	// extraction runs with the other per-document work, in parallel);
	// ContentType is its HTTP Content-Type, for the charset.
	HTML        bool   `json:"-"`
	ContentType string `json:"-"`
	// NotAfter, when set, bounds the publication date: a page crawled at
	// that time cannot have been published (much) later.
	NotAfter time.Time `json:"-"`
}

// Post is one live-blog update, or the whole body of an article.
type Post struct {
	ID         string    `json:"id"`             // content hash of headline+text: equal posts share an ID
	DocID      string    `json:"doc_id"`         // the document it was first read from
	Index      int       `json:"index"`          // position in its document
	Kind       Kind      `json:"kind,omitempty"` // the kind of document it came from
	Headline   string    `json:"headline,omitempty"`
	Caption    string    `json:"caption,omitempty"`
	Credit     string    `json:"credit,omitempty"`
	Text       string    `json:"text"`                        // paragraphs separated by "\n\n"; no boilerplate or commentary
	Commentary []string  `json:"commentary,omitempty"`        // editorial insertions ("Comment: …") and readers' comments, kept apart
	Published  time.Time `json:"published"`                   // the post's own timestamp, else the document's
	EventDate  string    `json:"event_date,omitempty"`        // when its main event happened (TimeML value), if known
	EventFrom  EventFrom `json:"event_date_source,omitempty"` // what EventDate was read from

	Paragraphs []Span       `json:"paragraphs,omitempty"` // into Text
	Sentences  []Span       `json:"sentences,omitempty"`  // into Text
	Passages   []PassageRef `json:"passages,omitempty"`   // the passages of Text, as stored
	Quotes     []Quote      `json:"quotes,omitempty"`
	Mentions   []Mention    `json:"mentions,omitempty"`
	Dates      []DateRef    `json:"dates,omitempty"`
	Sources    []Source     `json:"sources,omitempty"` // every document that carried this post
	DupOf      string       `json:"duplicate_of,omitempty"`
}

// EventFrom says what a post's event date was read from.
type EventFrom string

const (
	EventFromCaption   EventFrom = "caption"   // a date in the photo caption
	EventFromHeadline  EventFrom = "headline"  // a date in the headline
	EventFromLead      EventFrom = "lead"      // a date in the lead sentence ("on Tuesday")
	EventFromPublished EventFrom = "published" // none of those: the publication day
)

// PassageRef places a stored passage in a post's text.
type PassageRef struct {
	ID        string `json:"id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph bool   `json:"paragraph"` // a whole paragraph, else a sentence
}

// Source is one place a post, passage or quote appeared.
type Source struct {
	DocID     string    `json:"doc_id"`
	Source    string    `json:"source"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	PostID    string    `json:"post_id,omitempty"`
	Published time.Time `json:"published"`
	Start     int       `json:"start,omitempty"` // offsets in that post's text, where meaningful
	End       int       `json:"end,omitempty"`
}

// Field names the part of a post a span lies in.
type Field string

const (
	FieldText     Field = "text"
	FieldHeadline Field = "headline"
	FieldCaption  Field = "caption"
)

// QuoteKind classifies a quotation.
type QuoteKind string

const (
	QuoteDirect  QuoteKind = "direct"  // the marks enclose at least a full clause
	QuotePartial QuoteKind = "partial" // a phrase woven into the writer's sentence
	QuoteBlock   QuoteKind = "block"   // unquoted paragraphs closed by a trailer line "– Name, Role"
	QuoteScare   QuoteKind = "scare"   // marks not reporting anyone's words
)

// Quote is a quotation with its speaker. Start/End are offsets into the
// post field named by Field (the post text unless stated).
type Quote struct {
	ID             string    `json:"id,omitempty"`
	Group          string    `json:"group,omitempty"` // the quote group: every report of the same words shares it
	Text           string    `json:"text"`            // the words inside the marks; paragraphs joined by one space
	Kind           QuoteKind `json:"kind"`
	Speaker        string    `json:"speaker,omitempty"`         // canonical name
	SpeakerMention string    `json:"speaker_mention,omitempty"` // as written
	Cue            string    `json:"cue,omitempty"`             // the speech verb or phrase
	Field          Field     `json:"field,omitempty"`           // "" means FieldText
	Start          int       `json:"start"`
	End            int       `json:"end"`
	SpeakerSpan    *Span     `json:"speaker_span,omitempty"` // speaker mention offsets in the same field, when in it
}

// EntityKeys selects entities by what entity merging compares: the merge
// keys of their names, and surnames (people whose key is the surname, or
// ends with it).
type EntityKeys struct {
	Keys     []string
	Surnames []string
}

// QuoteGroup is the matching state of one quote group: every report of
// the same words, whoever carried them. Its ID is its first report's
// quote ID.
type QuoteGroup struct {
	ID       string   `json:"id"`
	Speaker  string   `json:"speaker,omitempty"` // the fullest speaker name its reports give
	Variants []string `json:"variants"`          // distinct texts, first first (bounded)
	// Published is the earliest publication time of its reports (zero
	// when none is known).
	Published time.Time `json:"published,omitzero"`
}

// EntityType is a CoNLL entity label.
type EntityType string

const (
	PER  EntityType = "PER"
	ORG  EntityType = "ORG"
	LOC  EntityType = "LOC"
	MISC EntityType = "MISC"
)

// Mention is one occurrence of a named entity in a post field.
type Mention struct {
	Text   string     `json:"text"`
	Type   EntityType `json:"type"`
	Start  int        `json:"start"`
	End    int        `json:"end"`
	Field  Field      `json:"field,omitempty"`
	Name   string     `json:"name"`             // canonical name of the entity it refers to
	Entity string     `json:"entity,omitempty"` // ID of that entity in the store, once merged
	Role   string     `json:"role,omitempty"`   // title or role given with this mention ("Foreign Secretary")
}

// Role is a title or position an entity was reported with, and when.
type Role struct {
	Title string `json:"title"`
	Date  string `json:"date,omitempty"` // YYYY-MM-DD of the reporting document, if known
}

// Entity is a person, organisation, place or other named thing, with every
// alias it was reported under.
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Key      string     `json:"-"` // the merge key of Name (package entity), by which the store finds it
	Aliases  []string   `json:"aliases"`
	Roles    []Role     `json:"roles"`
	Mentions int        `json:"mentions"` // in stored posts (a post carried by several documents counts once)
}

// DateType is a TimeML TIMEX3 type.
type DateType string

const (
	DateTypeDate     DateType = "DATE"
	DateTypeTime     DateType = "TIME"
	DateTypeDuration DateType = "DURATION"
	DateTypeSet      DateType = "SET"
)

// DateRef is a temporal expression with its TimeML value ("2016-10-29",
// "2016-10", "P3D", "PRESENT_REF", "XXXX-10-03"); Value is "" when it cannot
// be normalised.
type DateRef struct {
	Text  string   `json:"text"`
	Type  DateType `json:"type"`
	Value string   `json:"value"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Field Field    `json:"field,omitempty"`
}

// Passage is a paragraph or sentence of post text, stored once however many
// posts carried it.
type Passage struct {
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Sources   []Source  `json:"sources"`
	FirstSeen time.Time `json:"first_seen"`
	Outlets   int       `json:"outlets"`
}

// Story groups posts about the same event.
type Story struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	PostIDs []string `json:"post_ids"`
}
