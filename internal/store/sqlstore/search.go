package sqlstore

import (
	"context"
	"fmt"
	"strconv"

	"github.com/dateline-news/dateline/internal/store"
)

// Search implements store.Store. The dialect's full-text query finds the
// passages; the filters, and the bound on hits per document, are SQL on
// them, so that LIMIT counts only hits that pass. The order is total
// (score, then the order stored), so the cursor, the offset of the next
// page, continues a search without gaps or repeats.
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
	if cond, condArgs := speakerCond("qg", q.Speaker); cond != "" {
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
	query := fmt.Sprintf(s.d.Search, filter)
	if per := perDocument(q.PerDocument); per > 0 {
		query = diversified(query)
		args = append(args, per)
	}
	size := page.Size()
	args = append(args, size+1, offset)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, text, score FROM (`+query+`) m ORDER BY score DESC, seq LIMIT ? OFFSET ?`), args...)
	if err != nil {
		if s.d.IsBadQuery != nil && s.d.IsBadQuery(err) {
			return nil, "", fmt.Errorf("search %q: %w: %v", q.Text, store.ErrBadQuery, err)
		}
		return nil, "", fmt.Errorf("search %q: %w", q.Text, err)
	}
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.Passage.ID, &h.Passage.Text, &h.Score); err != nil {
			rows.Close()
			return nil, "", fmt.Errorf("search: %w", err)
		}
		// snippets are marked in Go, the same on every database
		h.Snippet = store.Snippet(h.Passage.Text, q.Text, 200)
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("search: %w", err)
	}
	hits, more := trim(hits, size)
	for i := range hits {
		h := &hits[i]
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

// diversified keeps, of the passages a search query selects (columns seq,
// id, text, score), the best of each document, as many as a parameter
// after the query's own. A passage's document is that of its first
// source, in passageSources's order: the one whose post a hit shows.
func diversified(query string) string {
	return `SELECT seq, id, text, score FROM (
		SELECT seq, id, text, score, ROW_NUMBER() OVER (PARTITION BY doc ORDER BY score DESC, seq) AS n FROM (
			SELECT h.seq, h.id, h.text, h.score, coalesce((SELECT ps.doc_id
				FROM passage_occurrences o JOIN post_sources ps ON ps.post_id = o.post_id JOIN documents d ON d.id = ps.doc_id
				WHERE o.passage_id = h.id
				ORDER BY CASE WHEN d.published = '' THEN 1 ELSE 0 END, d.published, d.seq, o.start LIMIT 1), h.id) AS doc
			FROM (` + query + `) h) hd) hn
		WHERE n <= ?`
}
