package sqlstore

import (
	"context"
	"database/sql"
)

// stmt is a statement of one Save's transaction. With SQLite it is
// prepared: preparing saves the parse of every execution. With
// PostgreSQL (Dialect.CachesStatements) it is run as text: pgx prepares
// and caches every statement it runs on a connection by itself, so a
// prepare of ours would only add two round trips a Save per statement
// (Parse now, Close at the end), which cost more than the rest of a small
// Save (a queue worker's).
type stmt struct {
	tx   *sql.Tx
	text string
	st   *sql.Stmt // nil: run as text
}

// prepareStmt readies text (with ? placeholders) for tx.
func (s *DB) prepareStmt(ctx context.Context, tx *sql.Tx, text string) (*stmt, error) {
	st := &stmt{tx: tx, text: s.q(text)}
	if s.d.CachesStatements {
		return st, nil
	}
	p, err := tx.PrepareContext(ctx, st.text)
	if err != nil {
		return nil, err
	}
	st.st = p
	return st, nil
}

func (s *stmt) ExecContext(ctx context.Context, args ...any) (sql.Result, error) {
	if s.st != nil {
		return s.st.ExecContext(ctx, args...)
	}
	return s.tx.ExecContext(ctx, s.text, args...)
}

func (s *stmt) QueryContext(ctx context.Context, args ...any) (*sql.Rows, error) {
	if s.st != nil {
		return s.st.QueryContext(ctx, args...)
	}
	return s.tx.QueryContext(ctx, s.text, args...)
}

func (s *stmt) Close() error {
	if s.st != nil {
		return s.st.Close()
	}
	return nil
}
