package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/internal/store"
)

// Search implements store.Store.
func (s *DB) Search(ctx context.Context, q store.Query) ([]store.Hit, error) {
	terms, err := store.ParseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	match := s.d.Match(terms)
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	filtered := q.Outlet != "" || q.Speaker != "" || !q.Since.IsZero() || !q.Until.IsZero()
	fetch := limit
	if filtered {
		fetch = limit * 20
	}
	// Snippets are marked in Go, the same on every database.
	rows, err := s.db.QueryContext(ctx, s.q(s.d.Search), match, fetch)
	if err != nil {
		if strings.Contains(err.Error(), "fts5") || strings.Contains(err.Error(), "tsquery") {
			return nil, fmt.Errorf("search %q: %w: %v", q.Text, store.ErrBadQuery, err)
		}
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		var rank float64
		if err := rows.Scan(&h.Passage.ID, &h.Passage.Text, &rank); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Score = rank
		h.Snippet = store.Snippet(h.Passage.Text, q.Text, 200)
		hits = append(hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := hits[:0]
	for _, h := range hits {
		if err := s.fillPassage(ctx, &h.Passage); err != nil {
			return nil, err
		}
		if !store.Matches(h.Passage, q) {
			continue
		}
		if q.Speaker != "" {
			ok, err := s.quotesSpeaker(ctx, h.Passage.ID, q.Speaker)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
		}
		if len(h.Passage.Sources) > 0 {
			h.PostID = h.Passage.Sources[0].PostID
			_ = s.db.QueryRowContext(ctx, s.q(`SELECT headline FROM posts WHERE id = ?`), h.PostID).Scan(&h.Headline)
		}
		out = append(out, h)
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// quotesSpeaker reports whether a passage holds (overlaps) a quotation by
// the speaker in one of its occurrences.
func (s *DB) quotesSpeaker(ctx context.Context, passageID, speaker string) (bool, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT DISTINCT q.speaker FROM quotes q JOIN passage_occurrences o ON o.post_id = q.post_id
		WHERE o.passage_id = ? AND q.field IN ('', 'text') AND q.start < o."end" AND q."end" > o.start AND q.speaker != ''`), passageID)
	if err != nil {
		return false, fmt.Errorf("search speaker: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sp string
		if err := rows.Scan(&sp); err != nil {
			return false, err
		}
		if speakerMatches(sp, speaker) {
			return true, nil
		}
	}
	return false, rows.Err()
}
