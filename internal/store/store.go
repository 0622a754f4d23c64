// Package store defines how Dateline keeps what it has read: the Store
// interface, its query and result types, and the error values its
// implementations return.
//
// Implementations live in sub-packages (sqlite, postgres) and all pass the
// conformance suite in storetest. Every method that writes runs in one
// transaction, so a crash leaves either all or nothing of a call.
package store

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// SaveStats counts what one Save call added.
type SaveStats struct {
	Documents      int // new documents stored
	KnownDocuments int // documents skipped because they were stored before
	Posts          int // new posts stored
	DuplicatePosts int // posts already stored (from another document) that gained a source
	Passages       int // new passages stored
	// LastIndexEntry is the number (IndexEntry.Seq) of the last
	// near-duplicate index entry stored (0: none). Under the writer lock
	// no other writer adds entries, so a writer that keeps the window
	// between runs need not read its own back (see IndexEntries).
	LastIndexEntry int64
}

// Add accumulates counts; LastIndexEntry is the latest of both.
func (s *SaveStats) Add(o SaveStats) {
	s.Documents += o.Documents
	s.KnownDocuments += o.KnownDocuments
	s.Posts += o.Posts
	s.DuplicatePosts += o.DuplicatePosts
	s.Passages += o.Passages
	s.LastIndexEntry = max(s.LastIndexEntry, o.LastIndexEntry)
}

// Batch is what one Save stores.
type Batch struct {
	Docs  []domain.Document
	Index []IndexEntry
	// Merges are applied first, in order, to what earlier Saves stored:
	// each deletes an entity merged into another; its stored mentions
	// move to the entity it joined, and its ID resolves to that one. The
	// mentions of Docs are then stored with their Entity, or, in the
	// mentions index, with the one Moved gives them (a merge later in the
	// batch moved them; the post keeps the entity its document gave).
	// Entities are then created or replaced (by ID); an entity created
	// again with an ID a merge took away is itself again: the ID no
	// longer resolves to the other.
	Entities []domain.Entity
	Merges   []EntityMerge
	Moved    map[MentionAt]string
	// QuoteGroups are created or replaced (by ID), and filed under their
	// Keys in addition to the keys they had.
	QuoteGroups []QuoteGroupUpdate
	// Stories are created or replaced (by ID), filed under their Keys in
	// addition to the keys they had (every key of a story carries its
	// latest last day), and gain their Posts as members.
	Stories []StoryUpdate
	// TermCounts replace the stored counts of their keys (see StoryTerms).
	TermCounts []TermCount
}

// ChangeKind names the kind of record a Change is about.
type ChangeKind string

const (
	ChangeDocument   ChangeKind = "document"    // a document stored
	ChangePost       ChangeKind = "post"        // a post stored
	ChangeQuoteGroup ChangeKind = "quote_group" // a quote group created or grown
	ChangeEntity     ChangeKind = "entity"      // an entity created, grown or merged away
	ChangeStory      ChangeKind = "story"       // a story created or grown
)

// Change is one entry of the change log: the record of a kind with an
// ID changed, at sequence number Seq (increasing).
type Change struct {
	Seq  int64      `json:"seq"`
	Kind ChangeKind `json:"kind"`
	ID   string     `json:"id"`
}

// SurnamePeople bounds the people of one surname EntitiesByKey returns:
// entity merging only asks which of a few people a surname names, and
// whether more than entity.SurnamePeople bear it (see entity.Merge); a
// common surname names hundreds. It is entity.SurnamePeople + 1 (checked
// by a test in package pipeline, which uses both): the store does not
// depend on the stages.
const SurnamePeople = 9

// Surname is the surname under which EntitiesByKey ranks a person: the
// last word of a Key of two words or more ("" for anyone else). Stores
// keep it as a column; a cache of EntitiesByKey answers files under it.
func Surname(e domain.Entity) string {
	if ws := strings.Fields(e.Key); e.Type == domain.PER && len(ws) > 1 {
		return ws[len(ws)-1]
	}
	return ""
}

// MentionAt names a mention: its post, field and span, and the entity
// its document gave it (two mentions may start at one place).
type MentionAt struct {
	Post       string
	Field      domain.Field
	Start, End int
	Entity     string
}

// EntityMerge records that entity ID was merged into entity Into.
type EntityMerge struct {
	ID, Into string
}

// QuoteGroupUpdate is a quote group's new state and the keys to add.
type QuoteGroupUpdate struct {
	Group domain.QuoteGroup
	Keys  []uint64
}

// StoryState is the matching state of a story: what the story stage of
// the pipeline reads back by key. State is opaque to the store (package
// story gives it meaning).
type StoryState struct {
	ID          string
	Label       string
	First, Last time.Time // UTC days; zero when no post was dated
	Size        int       // posts
	People      []string  // entity IDs of its key people, most mentioned first
	State       []byte
}

// StoryUpdate is a story's new state, the keys to file it under besides
// those it has, and the posts that joined it.
type StoryUpdate struct {
	Story StoryState
	Keys  []uint64
	Posts []string
}

// TermCount is a count kept by key: the number of posts a story term (a
// hashed word or entity) occurred in, or another count the story stage
// keeps (see story.PostsKey).
type TermCount struct {
	Key uint64
	N   int64
}

// Story is one story as listed: posts about the same event.
type Story struct {
	ID          string
	Label       string    // a representative headline
	First, Last time.Time // the days of its first and last posts (zero: undated)
	Size        int       // posts
	Posts       []string  // post IDs, earliest first (undated last)
	Outlets     []string  // every outlet that carried one of its posts, sorted
	People      []string  // entity IDs of the people most mentioned, most first
	Quotes      []string  // quote group IDs most reported in its posts, most first
}

// StoryQuery selects stories.
type StoryQuery struct {
	Since    time.Time // stories lasting until this UTC day or later
	Until    time.Time // stories begun on or before this UTC day
	About    string    // words some post of the story must contain (a full-text query)
	Entity   string    // only stories with a post mentioning this entity (an ID; merged IDs resolve)
	MinPosts int       // only stories of at least this many posts
	// RecentMentions, with Entity, looks only at the entity's latest
	// this many mentions (by their post's date), so that the cost of
	// listing a person's latest stories stays bounded however often they
	// are mentioned (0: every mention). A story lasting past a post
	// mentions the person can be missed when more than this many later
	// mentions fall within its days.
	RecentMentions int
}

// QuoteQuery selects quote groups.
type QuoteQuery struct {
	Speaker string    // a speaker's name (case-insensitive), with every name of the person entities of its person key, or a surname
	About   string    // words that the quote or its post must contain
	Since   time.Time // reported on or after this UTC day
	Until   time.Time // reported on or before this UTC day (the whole day)
	Limit   int       // Quotes: at most this many groups (0: no limit)
}

// DayCount is how many records fall on one UTC day (Day zero: undated).
type DayCount struct {
	Day time.Time
	N   int
}

// QuoteGroup is one quotation with every report of it: the first report,
// the variant texts, and every source that carried one of them.
type QuoteGroup struct {
	Quote     domain.Quote // the first report; Quote.Group is the group's ID
	PostID    string
	DocID     string
	Published time.Time // the earliest report's date
	Variants  []string  // distinct texts reported, first first
	Sources   []domain.Source
}

// IndexEntry is one entry of the near-duplicate (LSH) index: a distinct
// text's ID, the ID of the cluster it belongs to, its sketch, and the band
// keys it is filed under. The store keeps them opaque; package dedup gives
// them meaning.
type IndexEntry struct {
	// Seq is the entry's place in the order entries were stored (set by
	// the store when read; an entry saved again gets a new one).
	Seq     int64
	ID      string
	Cluster string
	Sketch  []byte
	Keys    []uint64
}

// FeedState is what is remembered of a watched feed between polls.
type FeedState struct {
	ETag         string
	LastModified string
}

// Query selects passages for Search.
type Query struct {
	Text    string    // full-text query: words, "phrases", OR, -word, word* (see ParseQuery)
	Outlet  string    // only passages carried by this outlet (exact, case-insensitive)
	Speaker string    // only passages holding a quotation by this speaker (as QuoteQuery.Speaker)
	Since   time.Time // only passages first seen on or after this UTC day (zero: no bound)
	Until   time.Time // only passages first seen on or before this UTC day, all of it (zero: no bound)
	// PerDocument is the most hits from one document, the best of its
	// passages (0: DefaultPerDocument; negative: no limit), so that one
	// long live blog does not fill the page. A passage's document is
	// that of its first source (the post a hit shows).
	PerDocument int
}

// DefaultPerDocument is the most hits from one document a search returns
// unless asked for another number.
const DefaultPerDocument = 2

// SearchWindow is the most matches of a query Search ranks: the latest
// stored. Ranking costs the database a lookup per match (BM25 reads each
// passage's length), so a common word matching a fifth of a
// 100,000-document archive took a second; within the window a search
// answers in milliseconds, and a reader of news is looking for the
// recent passages. A query matching fewer passages is ranked whole.
const SearchWindow = 1000

// Hit is one search result: a passage with its post and sources.
type Hit struct {
	Passage  domain.Passage
	PostID   string
	Headline string
	Snippet  string  // the passage with matched terms marked [like this]
	Score    float64 // higher is better
}

// Stats summarises a store's contents.
type Stats struct {
	Documents int
	Posts     int
	Passages  int
	Sources   int // post occurrences
}

// BatchSizer is a Store that knows how many documents one Save should
// take when the writer is not told: a server database works on one
// batch in its own process while the writer prepares the next, so it
// gains from smaller batches than an embedded one.
type BatchSizer interface {
	BatchDocs() int
}

// Store is Dateline's persistent record. Implementations are safe for use
// by one writer and many readers at once.
type Store interface {
	// Save stores a batch in one transaction: documents, their posts and
	// the posts' passages, and near-duplicate index entries, each placed
	// after every entry stored before (moved there if its ID is stored:
	// it had left the window and came back). A document
	// whose ID is already stored is skipped and counted in KnownDocuments;
	// a post already stored from another document gains that document as a
	// source instead of being stored again. Saving the same batch twice
	// changes nothing.
	Save(ctx context.Context, b Batch) (SaveStats, error)

	// LockWriter waits until no other writer holds the database's writer
	// lock (in this process or another), takes it, and returns the
	// function that releases it. Ingest runs hold it throughout, so that
	// two runs on one database at once are serialised: each one's
	// cross-document stages see everything the other stored. The lock is
	// released when the process ends, however it ends.
	LockWriter(ctx context.Context) (unlock func(), err error)

	// IndexEntries calls fn for the last n near-duplicate index entries
	// stored after the one numbered after (0: from the start), in the
	// order they were added (a bounded read: the index is used as a
	// window, see dedup.Window). A writer that keeps the window between
	// runs reads only what other writers added since (after: the largest
	// Seq it has seen).
	IndexEntries(ctx context.Context, after int64, n int, fn func(IndexEntry) error) error

	// HasDocument reports whether a document ID is stored.
	HasDocument(ctx context.Context, id string) (bool, error)

	// HasPost reports whether a post ID is stored.
	HasPost(ctx context.Context, id string) (bool, error)

	// Documents calls fn for every stored document (without posts or raw
	// text), oldest first. An error from fn stops the walk and is returned.
	Documents(ctx context.Context, fn func(domain.Document) error) error

	// Posts calls fn for every stored post with its Sources, in ingest order.
	Posts(ctx context.Context, fn func(domain.Post) error) error

	// Post returns one post with its Sources, or ErrNotFound.
	Post(ctx context.Context, id string) (domain.Post, error)

	// Document returns one document (without posts), or ErrNotFound.
	Document(ctx context.Context, id string) (domain.Document, error)

	// Passage returns one passage with its sources, or ErrNotFound.
	Passage(ctx context.Context, id string) (domain.Passage, error)

	// QuoteGroup returns one quote group with its sources, or ErrNotFound.
	QuoteGroup(ctx context.Context, id string) (QuoteGroup, error)

	// Entity returns one entity, or ErrNotFound. The ID of an entity that
	// was merged into another resolves to that one.
	Entity(ctx context.Context, id string) (domain.Entity, error)

	// MentionSpans returns, for each of posts (IDs) that mentions the
	// entity, the spans of its text that do (by the mentions index; a
	// merged ID resolves). Posts that do not mention it are left out; an
	// unknown entity mentions nothing.
	MentionSpans(ctx context.Context, entity string, posts []string) (map[string][]domain.Span, error)

	// ListDocuments returns a page of documents (without posts), in the
	// order stored, and the cursor of the next page ("" after the last).
	ListDocuments(ctx context.Context, page Page) ([]domain.Document, string, error)

	// ListPosts returns a page of the posts matching q, with their
	// Sources, in the order stored, and the next page's cursor.
	ListPosts(ctx context.Context, q PostQuery, page Page) ([]domain.Post, string, error)

	// ListEntities returns a page of the entities matching q, most
	// mentioned first, and the next page's cursor.
	ListEntities(ctx context.Context, q EntityQuery, page Page) ([]domain.Entity, string, error)

	// Changes returns up to limit changes with a sequence number above
	// after, in order (limit 0: DefaultLimit; at most MaxLimit). A
	// consumer keeps the last Seq it saw and asks again from there.
	Changes(ctx context.Context, after int64, limit int) ([]Change, error)

	// Passages calls fn for every stored passage with its Sources.
	Passages(ctx context.Context, fn func(domain.Passage) error) error

	// Search returns a page of the paragraph passages matching q, best
	// first among the latest SearchWindow that match, at most
	// q.PerDocument from one document, every filter applied before
	// paging (a page is complete), and the next page's cursor. A query ParseQuery refuses, or one the full-text engine
	// cannot parse, is an error wrapping ErrBadQuery.
	Search(ctx context.Context, q Query, page Page) ([]Hit, string, error)

	// FeedState returns what is remembered of a watched feed (zero if
	// nothing); PutFeedState remembers it.
	FeedState(ctx context.Context, feed string) (FeedState, error)
	PutFeedState(ctx context.Context, feed string, fs FeedState) error
	// HasItem reports whether a feed's item was ingested; MarkItems
	// records items as ingested. Marking twice changes nothing.
	HasItem(ctx context.Context, feed, guid string) (bool, error)
	MarkItems(ctx context.Context, feed string, guids []string) error

	// Quotes calls fn for the quote groups matching q, newest first (as
	// ListQuotes, every page).
	Quotes(ctx context.Context, q QuoteQuery, fn func(QuoteGroup) error) error

	// ListQuotes returns a page of the quote groups matching q, newest
	// first (by their earliest report; undated last), every filter applied
	// before paging, and the next page's cursor. The speaker filter is
	// lang.SamePerson, except that a speaker of several words is not
	// found by a query of more words ("John Kerry" for "John Forbes
	// Kerry" is; the other way round is not).
	ListQuotes(ctx context.Context, q QuoteQuery, page Page) ([]QuoteGroup, string, error)

	// QuoteDays counts the quote groups matching q (Limit aside) by the
	// UTC day of their earliest report, in order of day, undated ones (a
	// zero Day) first: a chart of when someone was quoted, however often.
	QuoteDays(ctx context.Context, q QuoteQuery) ([]DayCount, error)

	// QuoteKeys returns, for each of keys filed under some quote group,
	// the IDs of the perKey groups with the smallest IDs filed under it,
	// in ascending order: the cost is bounded whatever the store holds.
	QuoteKeys(ctx context.Context, keys []uint64, perKey int) (map[uint64][]string, error)

	// QuoteGroups returns the stored states of the quote groups with the
	// given IDs, in any order; unknown IDs are left out.
	QuoteGroups(ctx context.Context, ids []string) ([]domain.QuoteGroup, error)

	// EntitiesByKey returns the entities whose Key is one of k.Keys, the
	// people whose Key is one of k.Surnames, and, for each of k.Surnames,
	// SurnamePeople of the people whose Key ends with it (those with the
	// smallest IDs), in any order.
	EntitiesByKey(ctx context.Context, k domain.EntityKeys) ([]domain.Entity, error)

	// StoryKeys returns, for each of keys filed under some story whose
	// last day is since or later and until or earlier (whole days; a zero
	// bound is none), the IDs of the perKey such stories with the latest
	// last days (ties: the larger IDs), in any order: the cost is bounded
	// whatever the store holds.
	StoryKeys(ctx context.Context, keys []uint64, since, until time.Time, perKey int) (map[uint64][]string, error)

	// StoryStates returns the stored states of the stories with the given
	// IDs, in any order; unknown IDs are left out.
	StoryStates(ctx context.Context, ids []string) ([]StoryState, error)

	// StoryFiled returns the keys a story is filed under, in any order.
	StoryFiled(ctx context.Context, id string) ([]uint64, error)

	// PostStories maps each of postIDs that belongs to a story to its ID.
	PostStories(ctx context.Context, postIDs []string) (map[string]string, error)

	// StoryTerms returns the stored counts of keys (missing: none).
	StoryTerms(ctx context.Context, keys []uint64) (map[uint64]int64, error)

	// Story returns one story, or ErrNotFound.
	Story(ctx context.Context, id string) (Story, error)

	// ListStories returns a page of the stories matching q, latest first
	// (by their last day, then ID; undated last), every filter applied
	// before paging, and the next page's cursor. An About query
	// ParseQuery refuses is an error wrapping ErrBadQuery.
	ListStories(ctx context.Context, q StoryQuery, page Page) ([]Story, string, error)

	// Entities calls fn for every stored entity, most mentioned first.
	Entities(ctx context.Context, fn func(domain.Entity) error) error

	// Stats counts the stored records.
	Stats(ctx context.Context) (Stats, error)

	// Close releases the store.
	Close() error
}

// Errors. Every method wraps them with what it was asked for, and returns
// the context's error (wrapped) when the context ends first.
var (
	// ErrBadQuery is wrapped by Search errors caused by the query text.
	ErrBadQuery = errors.New("bad search query")
	// ErrBadCursor is wrapped by listing errors for a cursor the store
	// did not make.
	ErrBadCursor = errors.New("bad cursor")
)

// Page asks for one page of a listing: at most Limit records after the
// one Cursor ends at.
type Page struct {
	Cursor string // "" for the first page, else the cursor a page returned
	Limit  int    // 0: DefaultLimit; at most MaxLimit
}

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Size returns the number of records the page holds at most.
func (p Page) Size() int {
	switch {
	case p.Limit <= 0:
		return DefaultLimit
	case p.Limit > MaxLimit:
		return MaxLimit
	}
	return p.Limit
}

// PostQuery selects posts for ListPosts.
type PostQuery struct {
	Entity   string    // only posts mentioning this entity (an ID; merged IDs resolve)
	Story    string    // only the posts of this story
	Document string    // only the posts this document carried
	Outlet   string    // only posts some outlet of this name carried (case-insensitive)
	Since    time.Time // only posts dated on or after this UTC day
	Until    time.Time // only posts dated on or before this UTC day, all of it
}

// EntityQuery selects entities for ListEntities.
type EntityQuery struct {
	Type domain.EntityType // only entities of this type ("": all)
}

// InDays reports whether t falls within the whole UTC days from since to
// until, both included (a zero bound is no bound; a zero t is outside any
// bound): --until 2016-10-15 includes what was first seen at 09:00 that
// day.
func InDays(t, since, until time.Time) bool {
	if (!since.IsZero() || !until.IsZero()) && t.IsZero() {
		return false
	}
	if !since.IsZero() && t.Before(day(since)) {
		return false
	}
	if !until.IsZero() && !t.Before(day(until).AddDate(0, 0, 1)) {
		return false
	}
	return true
}

// day returns the start of t's UTC day.
func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
