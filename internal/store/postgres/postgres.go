// Package postgres is the Store for scale: PostgreSQL through pgx, with a
// generated tsvector and a GIN index for full-text search. It runs the same
// code as the SQLite store (package sqlstore) and passes the same
// conformance suite (storetest).
//
// Several ingest processes may write to one database at once: every Save
// is one transaction, and documents, posts and passages are inserted with
// ON CONFLICT DO NOTHING, so concurrent writers never store a record twice.
// Opening a store brings the schema up to date under an advisory lock, so
// that processes started together on a new database migrate it once.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlstore"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed migrations/*.sql
var migrations embed.FS

var dialect = sqlstore.Dialect{
	Name:             "postgres",
	Dollar:           true,
	CachesStatements: true,
	// a round trip a statement: 512 rows of up to 13 columns stay well
	// under PostgreSQL's 65,535 parameters
	BulkRows: 512,
	// the server saves one batch while the pipeline places the next:
	// the real-article benchmark ran 11-13% faster at 128 documents a
	// batch than at 1,024 (docs/BENCHMARKS.md, session 17)
	BatchDocs: 128,
	// ranked outside the subquery, so that ts_rank_cd reads only the
	// passages kept
	Search: `SELECT seq, id, text, ts_rank_cd(tsv, query) AS score FROM (
		SELECT p.seq, p.id, p.text, p.tsv, query
		FROM passages p, to_tsquery('english', ?) query
		WHERE p.tsv @@ query AND p.paragraph = 1%s
		ORDER BY p.seq DESC LIMIT ?) w`,
	IsBadQuery:    isBadQuery,
	MatchPassages: `SELECT id FROM passages WHERE paragraph = 1 AND tsv @@ to_tsquery('english', ?)`,
	Match:         tsQuery,
	// an array, whose elements an index scan takes one by one
	InStrings: `%s = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))`,
	InInts:    `%s = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)::bigint))`,
	KeyLookup: `SELECT k::bigint, (SELECT string_agg(group_id, ' ') FROM (SELECT group_id FROM %[1]s WHERE key = k::bigint ORDER BY group_id LIMIT ?) s)
		FROM jsonb_array_elements_text(?::jsonb) AS t(k)`,
	StoryKeyLookup: `SELECT k::bigint, (SELECT string_agg(story_id, ' ') FROM (SELECT story_id FROM story_keys
		WHERE key = k::bigint AND last_day >= ? AND last_day < ? ORDER BY last_day DESC, story_id DESC LIMIT ?) s)
		FROM jsonb_array_elements_text(?::jsonb) AS t(k)`,
}

// Open connects to the database at dsn (postgres://user:pass@host/db?…)
// and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*sqlstore.DB, error) {
	db, err := connect(dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	// workers started at once on a new database would otherwise run the
	// same migrations side by side, and all but one fail
	unlock, err := advisoryLock(ctx, db, migrateLockKey)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: migrations: %w", err)
	}
	s, err := sqlstore.New(ctx, db, dialect, migrations)
	unlock()
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	s.Lock = func(ctx context.Context) (func(), error) { return advisoryLock(ctx, db, writerLockKey) }
	return s, nil
}

// OpenReadOnly connects to the database at dsn for queries only: its
// schema is brought up to date first, then every transaction of the
// returned store's connections is read-only
// (default_transaction_read_only), whatever a query asks.
func OpenReadOnly(ctx context.Context, dsn string) (*sqlstore.DB, error) {
	s, err := Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	s.Close()
	db, err := connect(dsn, map[string]string{"default_transaction_read_only": "on"})
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return sqlstore.NewReadOnly(db, dialect), nil
}

// connect returns a pool of connections to dsn with the session settings
// every Dateline connection has, plus params.
//
// plan_cache_mode=force_custom_plan: pgx prepares and caches each
// statement on its connection, and after five runs PostgreSQL may switch a
// prepared statement to a generic plan chosen once. A plan chosen while a
// table was nearly empty (a sequential scan of quote_groups) then stays
// while the table grows, and a key lookup costs more with every document
// stored: on 840 articles a worker's quote-group lookups took 7.0 s of the
// server's 20 s. Custom plans are made with the table's size of the day,
// for a planning cost of a fraction of a millisecond. A DSN that sets the
// parameter itself keeps its own value.
func connect(dsn string, params map[string]string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	if _, ok := cfg.RuntimeParams["plan_cache_mode"]; !ok {
		cfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	for k, v := range params {
		cfg.RuntimeParams[k] = v
	}
	return stdlib.OpenDB(*cfg), nil
}

// The first keys of the advisory locks ingest runs (writerLockKey) and
// schema migrations (migrateLockKey) hold: arbitrary constants, "dtln"
// and "dtlm" in ASCII. The second key is the hash of the database and
// schema, so that Dateline stores in other schemas of one server do not
// wait for each other.
const (
	writerLockKey  = 0x64746c6e
	migrateLockKey = 0x64746c6d
)

// advisoryLock holds the session-level advisory lock of key on a
// connection of its own until unlock; PostgreSQL releases it if the
// process dies.
func advisoryLock(ctx context.Context, db *sql.DB, key int32) (func(), error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("advisory lock: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1, hashtext(current_database() || '.' || current_schema()))`, key); err != nil {
		conn.Close()
		return nil, fmt.Errorf("advisory lock: %w", err)
	}
	return func() {
		conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1, hashtext(current_database() || '.' || current_schema()))`, key)
		conn.Close()
	}, nil
}

// tsQuery renders a parsed query as a tsquery: words quoted (they are
// letters and digits only), phrases joined by <->, prefixes marked :*,
// exclusions last, as !term.
func tsQuery(terms []store.Term) string {
	sort.SliceStable(terms, func(i, j int) bool { return !terms[i].Not && terms[j].Not })
	var b strings.Builder
	for i, t := range terms {
		switch {
		case i == 0:
		case t.Or:
			b.WriteString(" | ")
		default:
			b.WriteString(" & ")
		}
		if t.Not {
			b.WriteString("!")
		}
		words := make([]string, len(t.Words))
		for k, w := range t.Words {
			words[k] = "'" + strings.ToLower(w) + "'"
		}
		if t.Prefix {
			words[len(words)-1] += ":*"
		}
		b.WriteString("(" + strings.Join(words, " <-> ") + ")")
	}
	return b.String()
}

// isBadQuery recognises to_tsquery's errors: a syntax error (42601) or
// another error in its argument (22023, invalid parameter value).
func isBadQuery(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "42601" || pe.Code == "22023")
}
