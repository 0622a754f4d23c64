package sqlstore

import (
	"context"
	"database/sql"
	"strings"
)

// defaultBulkRows is how many rows one multi-row INSERT takes unless the
// dialect says (Dialect.BulkRows): per-statement costs (a call into the
// database, a virtual-machine start) dominate single-row inserts, and 64
// rows of up to 13 columns stay well under every database's parameter
// limit.
const defaultBulkRows = 64

// bulkRows is how many rows one multi-row statement of Save takes.
func (s *DB) bulkRows() int {
	if s.d.BulkRows > 0 {
		return s.d.BulkRows
	}
	return defaultBulkRows
}

// bulk inserts rows into one table with multi-row INSERT statements:
// rows are buffered and written DB.bulkRows at a time (and at flush). For
// tables only ever appended to, whose inserts need no answer row by row.
type bulk struct {
	s      *DB
	tx     *sql.Tx
	head   string // INSERT INTO t (cols) VALUES
	tail   string // ON CONFLICT …
	width  int
	rows   int // rows per statement
	args   []any
	full   *stmt // the statement of rows rows, prepared once
	closed []*stmt
	// inserted, if set, is called with the first column of each row a
	// statement inserted (the tail ends with RETURNING that column)
	inserted func(string)
}

func newBulk(s *DB, tx *sql.Tx, table, columns, tail string) *bulk {
	return &bulk{s: s, tx: tx, head: "INSERT INTO " + table + " (" + columns + ") VALUES ", tail: " " + tail,
		width: strings.Count(columns, ",") + 1, rows: s.bulkRows()}
}

// add buffers one row (width values), writing the buffer when full.
func (b *bulk) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) < b.rows*b.width {
		return nil
	}
	if b.full == nil {
		st, err := b.s.prepareStmt(ctx, b.tx, b.statement(b.rows))
		if err != nil {
			return err
		}
		b.full = st
		b.closed = append(b.closed, st)
	}
	err := b.exec(ctx, b.full, "")
	b.args = b.args[:0]
	return err
}

// exec runs the prepared statement st, or else the statement text, over
// the buffered rows.
func (b *bulk) exec(ctx context.Context, st *stmt, text string) error {
	if b.inserted == nil {
		var err error
		if st != nil {
			_, err = st.ExecContext(ctx, b.args...)
		} else {
			_, err = b.tx.ExecContext(ctx, text, b.args...)
		}
		return err
	}
	var rows *sql.Rows
	var err error
	if st != nil {
		rows, err = st.QueryContext(ctx, b.args...)
	} else {
		rows, err = b.tx.QueryContext(ctx, text, b.args...)
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		b.inserted(id)
	}
	return rows.Err()
}

// flush writes the rows buffered.
func (b *bulk) flush(ctx context.Context) error {
	if len(b.args) == 0 {
		return nil
	}
	err := b.exec(ctx, nil, b.statement(len(b.args)/b.width))
	b.args = b.args[:0]
	return err
}

func (b *bulk) statement(rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.width), ", ") + ")"
	return b.s.q(b.head + strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ") + b.tail)
}

func (b *bulk) close() {
	for _, st := range b.closed {
		st.Close()
	}
}
