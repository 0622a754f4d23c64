package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// Lookups by ID and paged listings. Every listing orders by a unique key
// and its cursor is that key of the last record returned, so pages have
// no gaps or repeats however the store grows between them.

// Document implements store.Store.
func (s *DB) Document(ctx context.Context, id string) (domain.Document, error) {
	var d domain.Document
	found := false
	err := s.documents(ctx, `WHERE id = ?`, []any{id}, func(doc domain.Document, _ int64) error {
		d, found = doc, true
		return nil
	})
	if err == nil && !found {
		err = store.ErrNotFound
	}
	if err != nil {
		return d, fmt.Errorf("document %s: %w", id, err)
	}
	return d, nil
}

func (s *DB) documents(ctx context.Context, where string, args []any, fn func(domain.Document, int64) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT seq, id, source, url, outlet, title, author, language, kind, published, date_origin, format, duplicate_of FROM documents `+where), args...)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d domain.Document
		var seq int64
		var kind, pub, origin string
		if err := rows.Scan(&seq, &d.ID, &d.Source, &d.URL, &d.Outlet, &d.Title, &d.Author, &d.Language, &kind, &pub, &origin, &d.Format, &d.DupOf); err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		d.Kind, d.Published, d.DateOrigin = domain.Kind(kind), parseTime(pub), domain.DateOrigin(origin)
		if err := fn(d, seq); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ListDocuments implements store.Store: in the order stored.
func (s *DB) ListDocuments(ctx context.Context, page store.Page) ([]domain.Document, string, error) {
	after, err := seqCursor(page.Cursor)
	if err != nil {
		return nil, "", err
	}
	var out []domain.Document
	var last int64
	err = s.documents(ctx, `WHERE seq > ? ORDER BY seq LIMIT ?`, []any{after, page.Size() + 1}, func(d domain.Document, seq int64) error {
		if len(out) < page.Size() {
			last = seq
		}
		out = append(out, d)
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	out, more := trim(out, page.Size())
	if !more {
		return out, "", nil
	}
	return out, strconv.FormatInt(last, 10), nil
}

// seqCursor reads a cursor made of a sequence number.
func seqCursor(c string) (int64, error) {
	if c == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(c, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("cursor %q: %w", c, store.ErrBadCursor)
	}
	return n, nil
}

// trim cuts a page fetched with one record more than its size, and
// reports whether there was more.
func trim[T any](xs []T, size int) ([]T, bool) {
	if len(xs) > size {
		return xs[:size], true
	}
	return xs, false
}

// ListPosts implements store.Store: in the order stored; an entity
// filter reads the mentions index, a story filter its members, a
// document or outlet filter the posts' sources,
// dates compare with the post's date by whole UTC days.
func (s *DB) ListPosts(ctx context.Context, q store.PostQuery, page store.Page) ([]domain.Post, string, error) {
	after, err := seqCursor(page.Cursor)
	if err != nil {
		return nil, "", err
	}
	where, args := []string{"p.seq > ?"}, []any{after}
	if q.Entity != "" {
		id, err := s.resolveEntity(ctx, q.Entity)
		if err != nil {
			return nil, "", err
		}
		conds, condArgs := inDays("published", q.Since, q.Until)
		where = append(where, `p.id IN (SELECT post_id FROM mentions WHERE `+strings.Join(append([]string{"entity_id = ?"}, conds...), " AND ")+`)`)
		args = append(append(args, id), condArgs...)
	}
	if q.Story != "" {
		where, args = append(where, `p.id IN (SELECT post_id FROM story_posts WHERE story_id = ?)`), append(args, q.Story)
	}
	if q.Document != "" {
		where, args = append(where, `p.id IN (SELECT post_id FROM post_sources WHERE doc_id = ?)`), append(args, q.Document)
	}
	conds, condArgs := inDays("p.published", q.Since, q.Until)
	where, args = append(where, conds...), append(args, condArgs...)
	if q.Outlet != "" {
		where = append(where, `EXISTS (SELECT 1 FROM post_sources ps JOIN documents d ON d.id = ps.doc_id WHERE ps.post_id = p.id AND lower(d.outlet) = lower(?))`)
		args = append(args, q.Outlet)
	}
	args = append(args, page.Size()+1)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT p.seq, `+postColumns+` FROM posts p WHERE `+strings.Join(where, " AND ")+` ORDER BY p.seq LIMIT ?`), args...)
	if err != nil {
		return nil, "", fmt.Errorf("posts: %w", err)
	}
	var out []domain.Post
	var seqs []int64
	for rows.Next() {
		var seq int64
		p, err := scanPost(scanner{rows: rows, prefix: []any{&seq}})
		if err != nil {
			rows.Close()
			return nil, "", fmt.Errorf("posts: %w", err)
		}
		out = append(out, p)
		seqs = append(seqs, seq)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("posts: %w", err)
	}
	out, more := trim(out, page.Size())
	if err := s.withSources(ctx, out); err != nil {
		return nil, "", err
	}
	if !more {
		return out, "", nil
	}
	return out, strconv.FormatInt(seqs[len(out)-1], 10), nil
}

// withSources fills the Sources of posts.
func (s *DB) withSources(ctx context.Context, posts []domain.Post) error {
	ids := make([]string, len(posts))
	for i, p := range posts {
		ids[i] = p.ID
	}
	sources, err := s.postSources(ctx, ids)
	if err != nil {
		return err
	}
	for i := range posts {
		posts[i].Sources = sources[posts[i].ID]
	}
	return nil
}

// inDays returns the SQL conditions (and their arguments) for an RFC 3339
// column to fall within the whole UTC days from since to until (see
// store.InDays).
func inDays(column string, since, until time.Time) ([]string, []any) {
	var conds []string
	var args []any
	from, before := dayBounds(since, until)
	if from != "" {
		conds = append(conds, column+` >= ?`)
		args = append(args, from)
	}
	if before != "" {
		conds = append(conds, column+` < ? AND `+column+` <> ''`)
		args = append(args, before)
	}
	return conds, args
}

// dayBounds renders since and until as the RFC 3339 bounds [from, until)
// of whole UTC days ("" for no bound).
func dayBounds(since, until time.Time) (from, before string) {
	if !since.IsZero() {
		y, m, d := since.UTC().Date()
		from = timeText(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	if !until.IsZero() {
		y, m, d := until.UTC().Date()
		before = timeText(time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC))
	}
	return from, before
}

// Passage implements store.Store.
func (s *DB) Passage(ctx context.Context, id string) (domain.Passage, error) {
	p := domain.Passage{ID: id}
	err := s.db.QueryRowContext(ctx, s.q(`SELECT text FROM passages WHERE id = ?`), id).Scan(&p.Text)
	if errors.Is(err, sql.ErrNoRows) {
		err = store.ErrNotFound
	}
	if err == nil {
		err = s.fillPassage(ctx, &p)
	}
	if err != nil {
		return p, fmt.Errorf("passage %s: %w", id, err)
	}
	return p, nil
}

// resolveEntity follows merges: the ID of the entity id now is.
func (s *DB) resolveEntity(ctx context.Context, id string) (string, error) {
	var into string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT into_id FROM entity_merges WHERE id = ?`), id).Scan(&into)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return id, nil
	case err != nil:
		return "", fmt.Errorf("entity %s: %w", id, err)
	}
	return into, nil
}

// MentionSpans implements store.Store: one range of the mentions
// index's primary key (entity first), the posts filtered in SQL.
func (s *DB) MentionSpans(ctx context.Context, entity string, posts []string) (map[string][]domain.Span, error) {
	out := make(map[string][]domain.Span)
	if len(posts) == 0 {
		return out, nil
	}
	id, err := s.resolveEntity(ctx, entity)
	if err != nil {
		return nil, err
	}
	list, _ := json.Marshal(posts)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT post_id, start, "end" FROM mentions WHERE entity_id = ? AND field IN ('', 'text') AND `+s.inStrings("post_id")+`
		ORDER BY post_id, start`), id, string(list))
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", entity, err)
	}
	defer rows.Close()
	for rows.Next() {
		var post string
		var sp domain.Span
		if err := rows.Scan(&post, &sp.Start, &sp.End); err != nil {
			return nil, fmt.Errorf("mentions of %s: %w", entity, err)
		}
		out[post] = append(out[post], sp)
	}
	return out, rows.Err()
}

// Entity implements store.Store.
func (s *DB) Entity(ctx context.Context, id string) (domain.Entity, error) {
	var e domain.Entity
	now, err := s.resolveEntity(ctx, id)
	if err != nil {
		return e, err
	}
	found := false
	err = s.entities(ctx, `SELECT `+entityColumns+` FROM entities WHERE id = ?`, []any{now}, func(got domain.Entity) error {
		e, found = got, true
		return nil
	})
	if err == nil && !found {
		err = store.ErrNotFound
	}
	if err != nil {
		return e, fmt.Errorf("entity %s: %w", id, err)
	}
	return e, nil
}

// ListEntities implements store.Store: most mentioned first, then by ID.
func (s *DB) ListEntities(ctx context.Context, q store.EntityQuery, page store.Page) ([]domain.Entity, string, error) {
	where, args := []string{"1=1"}, []any{}
	if page.Cursor != "" {
		n, id, ok := strings.Cut(page.Cursor, ":")
		mentions, err := strconv.Atoi(n)
		if !ok || err != nil {
			return nil, "", fmt.Errorf("cursor %q: %w", page.Cursor, store.ErrBadCursor)
		}
		where = append(where, `(mentions < ? OR (mentions = ? AND id > ?))`)
		args = append(args, mentions, mentions, id)
	}
	if q.Type != "" {
		where = append(where, `type = ?`)
		args = append(args, string(q.Type))
	}
	args = append(args, page.Size()+1)
	var out []domain.Entity
	err := s.entities(ctx, `SELECT `+entityColumns+` FROM entities WHERE `+strings.Join(where, " AND ")+` ORDER BY mentions DESC, id LIMIT ?`, args,
		func(e domain.Entity) error { out = append(out, e); return nil })
	if err != nil {
		return nil, "", err
	}
	out, more := trim(out, page.Size())
	if !more {
		return out, "", nil
	}
	last := out[len(out)-1]
	return out, fmt.Sprintf("%d:%s", last.Mentions, last.ID), nil
}

// QuoteGroup implements store.Store.
func (s *DB) QuoteGroup(ctx context.Context, id string) (store.QuoteGroup, error) {
	var g store.QuoteGroup
	found := false
	err := s.quoteGroups(ctx, `g.group_id = ?`, []any{id}, func(got store.QuoteGroup) error {
		g, found = got, true
		return nil
	})
	if err == nil && !found {
		err = store.ErrNotFound
	}
	if err != nil {
		return g, fmt.Errorf("quote group %s: %w", id, err)
	}
	return g, nil
}

// Changes implements store.Store.
func (s *DB) Changes(ctx context.Context, after int64, limit int) ([]store.Change, error) {
	limit = store.Page{Limit: limit}.Size()
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT seq, kind, id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`), after, limit)
	if err != nil {
		return nil, fmt.Errorf("changes: %w", err)
	}
	defer rows.Close()
	var out []store.Change
	for rows.Next() {
		var c store.Change
		var kind string
		if err := rows.Scan(&c.Seq, &kind, &c.ID); err != nil {
			return nil, fmt.Errorf("changes: %w", err)
		}
		c.Kind = store.ChangeKind(kind)
		out = append(out, c)
	}
	return out, rows.Err()
}
