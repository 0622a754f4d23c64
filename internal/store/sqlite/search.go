package sqlite

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/store"
)

// ftsQuery renders a parsed query in FTS5 syntax: every word quoted, so
// that no user input can reach FTS5's own operators.
func ftsQuery(q string) (string, error) {
	terms, err := store.ParseQuery(q)
	if err != nil {
		return "", err
	}
	// FTS5 cannot start with NOT: exclusions go last.
	sort.SliceStable(terms, func(i, j int) bool { return !terms[i].Not && terms[j].Not })
	var b strings.Builder
	for i, t := range terms {
		switch {
		case t.Not:
			b.WriteString(" NOT ")
		case t.Or:
			b.WriteString(" OR ")
		case i > 0:
			b.WriteString(" AND ")
		}
		b.WriteString(`"` + strings.Join(t.Words, " ") + `"`)
		if t.Prefix {
			b.WriteString("*")
		}
	}
	return b.String(), nil
}

// Search implements store.Store.
func (s *DB) Search(ctx context.Context, q store.Query) ([]store.Hit, error) {
	match, err := ftsQuery(q.Text)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	filtered := q.Outlet != "" || q.Speaker != "" || !q.Since.IsZero() || !q.Until.IsZero()
	fetch := limit
	if filtered {
		fetch = limit * 20
	}
	// A contentless index has no text for snippet(): highlight in Go.
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.text, bm25(passages_fts, 1.0, 0.5)
		FROM passages_fts JOIN passages p ON p.seq = passages_fts.rowid
		WHERE passages_fts MATCH ? AND p.paragraph = 1
		ORDER BY bm25(passages_fts, 1.0, 0.5) LIMIT ?`, match, fetch)
	if err != nil {
		if strings.Contains(err.Error(), "fts5") {
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
		h.Score = -rank // bm25 is lower-is-better
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
			_ = s.db.QueryRowContext(ctx, `SELECT headline FROM posts WHERE id = ?`, h.PostID).Scan(&h.Headline)
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
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT q.speaker FROM quotes q JOIN passage_occurrences o ON o.post_id = q.post_id
		WHERE o.passage_id = ? AND q.field IN ('', 'text') AND q.start < o."end" AND q."end" > o.start AND q.speaker != ''`, passageID)
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
