package sqlstore

import (
	"context"
	"fmt"
	"strconv"

	"github.com/dateline-news/dateline/internal/store"
)

// Search implements store.Store. The dialect's full-text query finds the
// passages; the filters are SQL conditions on them, so that LIMIT counts
// only hits that pass. The cursor is the offset of the next page.
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
	size := page.Size()
	args = append(args, size+1, offset)
	rows, err := s.db.QueryContext(ctx, s.q(fmt.Sprintf(s.d.Search, filter)), args...)
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
