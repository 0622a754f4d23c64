package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// Search implements store.Store. The dialect's full-text query finds the
// latest store.SearchWindow passages that match and pass the filters (SQL
// on them, so that LIMIT counts only hits that pass); they are ranked,
// with the bound on hits per document. The order is total (score, then
// the order stored), so the cursor, the offset of the next page,
// continues a search without gaps or repeats.
func (s *DB) Search(ctx context.Context, q store.Query, page store.Page) ([]store.Hit, string, error) {
	terms, err := store.ParseQuery(q.Text)
	if err != nil {
		return nil, "", err
	}
	offset, err := seqCursor(page.Cursor)
	if err != nil {
		return nil, "", err
	}
	conds, args := inDays("p.first_seen", q.Since, q.Until)
	args = append([]any{s.d.Match(terms)}, args...)
	if q.Outlet != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM passage_occurrences o JOIN post_sources ps ON ps.post_id = o.post_id JOIN documents d ON d.id = ps.doc_id
			WHERE o.passage_id = p.id AND lower(d.outlet) = lower(?))`)
		args = append(args, q.Outlet)
	}
	cond, condArgs, err := s.speakerFilter(ctx, "qg", q.Speaker)
	if err != nil {
		return nil, "", err
	}
	if cond != "" {
		// a quotation by the speaker overlaps one of the passage's
		// occurrences
		conds = append(conds, `EXISTS (SELECT 1 FROM quotes qu JOIN quote_groups qg ON qg.id = qu.group_id JOIN passage_occurrences o ON o.post_id = qu.post_id
			WHERE o.passage_id = p.id AND qu.field IN ('', 'text') AND qu.start < o."end" AND qu."end" > o.start AND `+cond+`)`)
		args = append(args, condArgs...)
	}
	filter := ""
	for _, c := range conds {
		filter += " AND " + c
	}
	args = append(args, store.SearchWindow)
	size := page.Size()
	hits, err := s.rank(ctx, fmt.Sprintf(s.d.Search, filter), args, perDocument(q.PerDocument), offset, size+1)
	if err != nil {
		if s.d.IsBadQuery != nil && s.d.IsBadQuery(err) {
			return nil, "", fmt.Errorf("search %q: %w: %v", q.Text, store.ErrBadQuery, err)
		}
		return nil, "", fmt.Errorf("search %q: %w", q.Text, err)
	}
	hits, more := trim(hits, size)
	for i := range hits {
		h := &hits[i]
		// snippets are marked in Go, the same on every database
		h.Snippet = store.Snippet(h.Passage.Text, q.Text, 200)
		if err := s.fillPassage(ctx, &h.Passage); err != nil {
			return nil, "", err
		}
		if len(h.Passage.Sources) > 0 {
			h.PostID = h.Passage.Sources[0].PostID
			if err := s.db.QueryRowContext(ctx, s.q(`SELECT headline FROM posts WHERE id = ?`), h.PostID).Scan(&h.Headline); err != nil {
				return nil, "", fmt.Errorf("search: %w", err)
			}
		}
	}
	if !more {
		return hits, "", nil
	}
	return hits, strconv.FormatInt(offset+int64(size), 10), nil
}

// perDocument returns the most hits from one document asked for by
// store.Query.PerDocument, or 0 for no limit.
func perDocument(n int) int {
	switch {
	case n == 0:
		return store.DefaultPerDocument
	case n < 0:
		return 0
	}
	return n
}

// rank returns hits offset to offset+n of the passages a search query
// selects (columns seq, id, text, score; parameters args), best first, at
// most per from one document (0: no limit).
//
// A passage's document is that of its first source, in passageSources's
// order: the one whose post a hit shows. Finding it costs a lookup per
// passage, too much for every match of a common word, so it is looked up
// for the best matches only, "ranked" of them, enough for the page when
// few documents hold more than per of them: a passage's place among its
// document's depends only on the better ones, so the hits kept among the
// best matches are the first hits kept among all. Only when they do not
// fill the page, and there are more matches, is it asked again of more.
func (s *DB) rank(ctx context.Context, query string, args []any, per int, offset int64, n int) ([]store.Hit, error) {
	if per <= 0 {
		return s.hits(ctx, `SELECT id, text, score FROM (`+query+`) m ORDER BY score DESC, seq LIMIT ? OFFSET ?`, append(args, n, offset), nil)
	}
	diversified := `WITH ranked AS (SELECT seq, id, text, score FROM (` + query + `) m ORDER BY score DESC, seq LIMIT ?),
		numbered AS (SELECT seq, id, text, score, ROW_NUMBER() OVER (PARTITION BY doc ORDER BY score DESC, seq) AS n FROM (
			SELECT r.seq, r.id, r.text, r.score, coalesce((SELECT ps.doc_id
				FROM passage_occurrences o JOIN post_sources ps ON ps.post_id = o.post_id JOIN documents d ON d.id = ps.doc_id
				WHERE o.passage_id = r.id
				ORDER BY CASE WHEN d.published = '' THEN 1 ELSE 0 END, d.published, d.seq, o.start LIMIT 1), r.id) AS doc
			FROM ranked r) rd)
		SELECT h.id, h.text, h.score, c.ranked FROM (SELECT count(*) AS ranked FROM ranked) c
		LEFT JOIN (SELECT seq, id, text, score FROM numbered WHERE n <= ? ORDER BY score DESC, seq LIMIT ? OFFSET ?) h ON 1 = 1
		ORDER BY h.score DESC, h.seq`
	for limit := 4 * (offset + int64(n)); ; limit *= 4 {
		var ranked int64
		hits, err := s.hits(ctx, diversified, append(args[:len(args):len(args)], limit, per, n, offset), &ranked)
		if err != nil || len(hits) == n || ranked < limit {
			return hits, err
		}
	}
}

// hits runs a search query whose rows are (id, text, score) and, if
// extra is not nil, one more column into it; rows without an id (from an
// outer join) give extra only.
func (s *DB) hits(ctx context.Context, query string, args []any, extra *int64) ([]store.Hit, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var id, text sql.NullString
		var score sql.NullFloat64
		dest := []any{&id, &text, &score}
		if extra != nil {
			dest = append(dest, extra)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if id.Valid {
			hits = append(hits, store.Hit{Passage: domain.Passage{ID: id.String, Text: text.String}, Score: score.Float64})
		}
	}
	return hits, rows.Err()
}
