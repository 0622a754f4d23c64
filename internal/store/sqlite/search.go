package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/internal/store"
)

// ftsQuery turns a user's query into FTS5 syntax: bare words become quoted
// terms (so punctuation cannot break the parser), "phrases" stay phrases,
// OR and AND pass through, and -word or NOT word excludes a word. Every
// term must match unless OR says otherwise.
func ftsQuery(q string) (string, error) {
	var terms []string
	var pendingNot bool
	add := func(t string) {
		if pendingNot {
			if len(terms) == 0 {
				terms = append(terms, `""`) // FTS5 cannot start with NOT
			}
			terms = append(terms, "NOT", t)
			pendingNot = false
			return
		}
		terms = append(terms, t)
	}
	rs := []rune(q)
	for i := 0; i < len(rs); {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case r == '"' || r == '“' || r == '”':
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' && rs[j] != '“' {
				j++
			}
			if phrase := strings.Join(words(string(rs[i+1:min(j, len(rs))])), " "); phrase != "" {
				add(`"` + phrase + `"`)
			}
			i = j + 1
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				j++
			}
			tok := string(rs[i:j])
			i = j
			switch {
			case tok == "OR" || tok == "AND":
				if len(terms) > 0 {
					terms = append(terms, tok)
				}
			case tok == "NOT":
				pendingNot = true
			case strings.HasPrefix(tok, "-") && len(tok) > 1:
				pendingNot = true
				for _, w := range words(tok[1:]) {
					add(`"` + w + `"`)
				}
			default:
				prefix := strings.HasSuffix(tok, "*")
				ws := words(tok)
				for k, w := range ws {
					t := `"` + w + `"`
					if prefix && k == len(ws)-1 {
						t += "*"
					}
					add(t)
				}
			}
		}
	}
	for len(terms) > 0 && (terms[len(terms)-1] == "OR" || terms[len(terms)-1] == "AND") {
		terms = terms[:len(terms)-1]
	}
	if len(terms) == 0 || (len(terms) == 1 && terms[0] == `""`) {
		return "", fmt.Errorf("%w: no words to search for in %q", store.ErrBadQuery, q)
	}
	return strings.Join(terms, " "), nil
}

// words splits text into the letter-and-digit runs FTS5 indexes.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
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
	filtered := q.Outlet != "" || !q.Since.IsZero() || !q.Until.IsZero()
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
