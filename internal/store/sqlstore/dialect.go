package sqlstore

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/internal/store"
)

// Dialect is what differs between the SQL databases behind DB. Queries are
// written once, with ? placeholders.
type Dialect struct {
	Name string
	// Dollar numbers placeholders $1, $2, … (PostgreSQL) instead of ?.
	Dollar bool
	// CachesStatements is set when the driver prepares and caches the
	// statements it runs (pgx): Save then runs its statements as text
	// (see stmt).
	CachesStatements bool
	// BulkRows is how many rows one multi-row INSERT of Save takes (0:
	// defaultBulkRows). A server database pays a round trip per statement, so
	// it takes more.
	BulkRows int
	// BatchDocs is how many documents a writer should give one Save when
	// not told otherwise (0: the writer's default); see store.BatchSizer.
	BatchDocs int
	// IndexPassages, if set, adds passages to the full-text index in one
	// statement at the end of a Save: one parameter, a JSON array of
	// passage IDs. Empty when the database indexes the passages table
	// itself (a generated tsvector). One statement per batch matters for
	// SQLite: FTS5 flushes its pending terms at every statement that
	// opens a savepoint, so per-row inserts interleaved with other
	// statements write a tiny index segment per passage.
	IndexPassages string
	// Search selects the latest paragraph passages p matching a
	// full-text query (highest seq first, as many as its last parameter
	// says), with %s where more conditions on p go (" AND …"):
	// parameters (match, the conditions' parameters, how many); columns
	// seq, id, text and score (higher is better), in any order
	// (DB.Search ranks them). The score is best computed only for the
	// passages selected: it costs a lookup per passage.
	Search string
	// MatchPassages is a subquery whose rows are the IDs of the paragraph
	// passages matching a full-text query (one parameter, from Match).
	MatchPassages string
	// IsBadQuery recognises, by its type and code, an error the database
	// returns for a full-text query it cannot parse.
	IsBadQuery func(error) bool
	// InStrings is a condition (%s: a column) that holds where the
	// column is one of the strings of a JSON array given as one
	// parameter. It must let the planner look each one up in the
	// column's index: PostgreSQL estimates a hundred rows for a function
	// returning a set, and on tables of some thousands of rows then reads
	// the whole table instead.
	InStrings string
	// InInts is the same for a JSON array of signed 64-bit integers.
	InInts string
	// KeyLookup looks up many keys of a key table (%[1]s: its name; columns
	// key, group_id) at once, at most a number of rows per key: parameters
	// (limit per key, JSON array of signed 64-bit keys); columns (key,
	// space-separated IDs or NULL), one row per key.
	KeyLookup string
	// StoryKeyLookup looks up many keys of story_keys at once: for each,
	// at most a number of the stories with the latest last days from a
	// day and before another. Parameters (from, before, limit per key,
	// JSON array of signed 64-bit keys); columns (key, space-separated
	// story IDs or NULL).
	StoryKeyLookup string
	// Match renders a parsed query for Search's match parameter.
	Match func([]store.Term) string
}

// rebind numbers ? placeholders for dialects that need it. Dateline's
// queries have no ? inside string literals.
func (d Dialect) rebind(q string) string {
	if !d.Dollar || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// inStrings is the dialect's InStrings condition on column.
func (s *DB) inStrings(column string) string { return fmt.Sprintf(s.d.InStrings, column) }

// inInts is the dialect's InInts condition on column.
func (s *DB) inInts(column string) string { return fmt.Sprintf(s.d.InInts, column) }
