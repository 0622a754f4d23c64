package postgres

import (
	"context"
	"database/sql"
	"testing"

	"github.com/dateline-news/dateline/internal/store/sqlstore"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

// OpenBeforeAcronyms opens the database at dsn with the schema of before
// migration 0008 (acronyms not folded), and without 0011, which uses
// what 0008 makes.
func OpenBeforeAcronyms(t *testing.T, dsn string) *sqlstore.DB {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	s, err := sqlstore.New(context.Background(), db, dialect, storetest.MigrationsWithout(t, migrations, "0008", "0011"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// ForgetPersonKeys makes the database at dsn look written before the
// current person-key rules: the next Open makes its people's keys anew.
func ForgetPersonKeys(t *testing.T, dsn string) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DELETE FROM schema_migrations WHERE version LIKE 'go-person-keys-%'`); err != nil {
		t.Fatal(err)
	}
}
