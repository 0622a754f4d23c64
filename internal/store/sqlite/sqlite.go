// Package sqlite is the embedded default Store: one SQLite file (pure Go,
// modernc.org/sqlite) in WAL mode, with FTS5 for search.
//
// Schema changes are the numbered files in migrations/, applied in order
// at Open and recorded in schema_migrations. Writes take the write lock at
// BEGIN (IMMEDIATE), so concurrent writers queue on busy_timeout instead of
// failing on a lock upgrade. A crash (even SIGKILL) leaves the database as
// of the last committed Save: WAL makes each commit atomic.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlstore"
	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// dialect is SQLite's: FTS5 in a contentless table beside passages.
var dialect = sqlstore.Dialect{
	Name: "sqlite",
	// the documents a batch holds until its Save are most of the heap the
	// garbage collector marks at each cycle: at 256 rather than 1,024
	// the real-article benchmark collected half as often and used 12-27%
	// less CPU (docs/BENCHMARKS.md, session 19)
	BatchDocs: 256,
	// in rowid order: FTS5 flushes its pending terms whenever a rowid is
	// lower than the last one
	IndexPassages: `INSERT INTO passages_fts (rowid, text, headline)
		SELECT seq, fold_acronyms(text), fold_acronyms(headline) FROM passages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq`,
	InStrings: `%s IN (SELECT value FROM json_each(?))`,
	InInts:    `%s IN (SELECT value FROM json_each(?))`,
	KeyLookup: `SELECT j.value, (SELECT group_concat(group_id, ' ') FROM (SELECT group_id FROM %[1]s WHERE key = j.value ORDER BY group_id LIMIT ?))
		FROM json_each(?) j`,
	StoryKeyLookup: `SELECT j.value, (SELECT group_concat(story_id, ' ') FROM (SELECT story_id FROM story_keys
		WHERE key = j.value AND last_day >= ?1 AND last_day < ?2 ORDER BY last_day DESC, story_id DESC LIMIT ?3)) FROM json_each(?4) j`,
	// FTS5 reads its matches in rowid (seq) order, newest first here, and
	// stops at the limit: bm25 is computed for those only.
	Search: `SELECT p.seq AS seq, p.id AS id, p.text AS text, -bm25(passages_fts, 1.0, 0.5) AS score
		FROM passages_fts JOIN passages p ON p.seq = passages_fts.rowid
		WHERE passages_fts MATCH ? AND p.paragraph = 1%s
		ORDER BY passages_fts.rowid DESC LIMIT ?`,
	MatchPassages: `SELECT p.id FROM passages_fts JOIN passages p ON p.seq = passages_fts.rowid WHERE passages_fts MATCH ?`,
	IsBadQuery:    isBadQuery,
	Match:         ftsQuery,
}

// isBadQuery recognises FTS5's errors for a MATCH expression it cannot
// parse: SQLITE_ERROR from the search statement, whose only input from
// outside is that expression (a missing table or column would have failed
// the migrations).
func isBadQuery(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_ERROR
}

// registerFunctions gives SQLite the Go functions the schema uses:
// fold_acronyms(text), store.FoldAcronyms, through which the search index
// sees text.
var registerFunctions = sync.OnceValue(func() error {
	return sqlite.RegisterDeterministicScalarFunction("fold_acronyms", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch v := args[0].(type) {
		case string:
			return store.FoldAcronyms(v), nil
		case []byte:
			return store.FoldAcronyms(string(v)), nil
		}
		return args[0], nil
	})
})

// dsnOf is the driver's name of the database at path, with the pragmas
// every connection runs (more, such as query_only(1), may follow).
func dsnOf(path string, more ...string) string {
	q := url.Values{}
	// A checkpoint every 10,000 pages (40 MB of WAL) rather than 1,000:
	// pages rewritten by consecutive batches are copied to the database
	// once. Statement journals (a multi-row insert that may fail
	// halfway keeps one) in memory: on disk they were a tenth of
	// ingest's CPU, in write system calls.
	for _, p := range append([]string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)", "foreign_keys(1)", "cache_size(-20000)", "wal_autocheckpoint(10000)", "temp_store(MEMORY)"}, more...) {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	if path == ":memory:" {
		return "file::memory:?" + q.Encode()
	}
	// The path is a file path, never a URI: '?', '#' and '%' in it are
	// escaped, so "x#y.db" is the file x#y.db.
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// OpenReadOnly opens the database at path for queries only: its schema
// is brought up to date first, then every connection of the returned
// store refuses to write (PRAGMA query_only), whatever a query asks.
func OpenReadOnly(ctx context.Context, path string) (*sqlstore.DB, error) {
	s, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	s.Close()
	db, err := sql.Open("sqlite", dsnOf(path, "query_only(1)"))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return sqlstore.NewReadOnly(db, dialect), nil
}

// Open opens (creating if needed) the database at path and brings its
// schema up to date. path may be ":memory:" for a private in-memory store.
func Open(ctx context.Context, path string) (*sqlstore.DB, error) {
	if err := registerFunctions(); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsnOf(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	lock := func(context.Context) (func(), error) { return func() {}, nil }
	if path != ":memory:" {
		lock = func(ctx context.Context) (func(), error) { return fileLock(ctx, path+".lock") }
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1) // or each connection sees its own empty database
	}
	s, err := sqlstore.New(ctx, db, dialect, migrations)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.Lock = lock
	return s, nil
}

// ftsQuery renders a parsed query in FTS5 syntax: every word quoted, so
// that no user input can reach FTS5's own operators.
func ftsQuery(terms []store.Term) string {
	// FTS5 cannot start with NOT: exclusions go last.
	sort.SliceStable(terms, func(i, j int) bool { return !terms[i].Not && terms[j].Not })
	var b strings.Builder
	for i, t := range terms {
		switch {
		case t.Not:
			b.WriteString(" NOT ")
		case t.Or:
			b.WriteString(" OR ")
		case i > 0:
			b.WriteString(" AND ")
		}
		b.WriteString(`"` + strings.Join(t.Words, " ") + `"`)
		if t.Prefix {
			b.WriteString("*")
		}
	}
	return b.String()
}
