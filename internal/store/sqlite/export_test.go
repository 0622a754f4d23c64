package sqlite

import (
	"context"
	"database/sql"
	"testing"

	"github.com/dateline-news/dateline/internal/store/sqlstore"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

// OpenBeforeAcronyms opens the database at path with the schema and
// index of before migration 0012 (acronyms not folded).
func OpenBeforeAcronyms(t *testing.T, path string) *sqlstore.DB {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	old := dialect
	old.IndexPassages = `INSERT INTO passages_fts (rowid, text, headline)
		SELECT seq, text, headline FROM passages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq`
	s, err := sqlstore.New(context.Background(), db, old, storetest.MigrationsWithout(t, migrations, "0012"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// ForgetPersonKeys makes the database at path look written before the
// current person-key rules: the next Open makes its people's keys anew.
func ForgetPersonKeys(t *testing.T, path string) {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DELETE FROM schema_migrations WHERE version LIKE 'go-person-keys-%'`); err != nil {
		t.Fatal(err)
	}
}
