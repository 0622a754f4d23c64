package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// QuoteKeys implements store.Store: one statement, the dialect's
// KeyLookup, bounded per key.
func (s *DB) QuoteKeys(ctx context.Context, keys []uint64, perKey int) (map[uint64][]string, error) {
	return s.lookupKeys(ctx, "quote_keys", keys, perKey)
}

func (s *DB) lookupKeys(ctx context.Context, table string, keys []uint64, perKey int) (map[uint64][]string, error) {
	out := map[uint64][]string{}
	if len(keys) == 0 {
		return out, nil
	}
	signed := make([]int64, len(keys))
	for i, k := range keys {
		signed[i] = int64(k)
	}
	arg, _ := json.Marshal(signed)
	rows, err := s.db.QueryContext(ctx, s.q(fmt.Sprintf(s.d.KeyLookup, table)), perKey, string(arg))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		var ids sql.NullString
		if err := rows.Scan(&k, &ids); err != nil {
			return nil, fmt.Errorf("%s: %w", table, err)
		}
		if ids.String != "" {
			out[uint64(k)] = strings.Fields(ids.String)
		}
	}
	return out, rows.Err()
}

// QuoteGroups implements store.Store.
func (s *DB) QuoteGroups(ctx context.Context, ids []string) ([]domain.QuoteGroup, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, speaker, variants FROM quote_groups WHERE id IN (`+placeholders(len(ids))+`)`), args...)
	if err != nil {
		return nil, fmt.Errorf("quote groups: %w", err)
	}
	defer rows.Close()
	var out []domain.QuoteGroup
	for rows.Next() {
		var g domain.QuoteGroup
		var variants string
		if err := rows.Scan(&g.ID, &g.Speaker, &variants); err != nil {
			return nil, fmt.Errorf("quote groups: %w", err)
		}
		if err := json.Unmarshal([]byte(variants), &g.Variants); err != nil {
			return nil, fmt.Errorf("quote group %s: %w", g.ID, err)
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// placeholders returns n comma-separated placeholders.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func scanQuote(sc interface{ Scan(...any) error }) (domain.Quote, error) {
	var q domain.Quote
	var kind, field string
	if err := sc.Scan(&q.ID, &q.Group, &q.Text, &kind, &q.Speaker, &q.SpeakerMention, &q.Cue, &field, &q.Start, &q.End); err != nil {
		return q, fmt.Errorf("quotes: %w", err)
	}
	q.Kind, q.Field = domain.QuoteKind(kind), domain.Field(field)
	return q, nil
}

// Quotes implements store.Store. Speaker and date filters run in SQL;
// the About words are matched (as word prefixes) against the quote's text
// and its post's headline and text.
func (s *DB) Quotes(ctx context.Context, q store.QuoteQuery, fn func(store.QuoteGroup) error) error {
	return s.quoteGroups(ctx, q, "", nil, fn)
}

// quoteGroups lists the quote groups matching q and, if set, the SQL
// condition cond on their reports g (with its args).
func (s *DB) quoteGroups(ctx context.Context, q store.QuoteQuery, cond string, condArgs []any, fn func(store.QuoteGroup) error) error {
	where, args := []string{"1=1"}, []any{}
	if cond != "" {
		where = append(where, cond)
		args = append(args, condArgs...)
	}
	if q.Speaker != "" {
		// a surname or the full name: narrow in SQL, decide in Go
		parts := strings.Fields(q.Speaker)
		where = append(where, `g.group_id IN (SELECT group_id FROM quotes WHERE lower(speaker) LIKE lower(?) ESCAPE '\')`)
		args = append(args, "%"+likeEscape(parts[len(parts)-1])+"%")
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT g.id, g.group_id, g.text, g.kind, g.speaker, g.speaker_mention, g.cue, g.field, g.start, g."end",
			g.post_id, p.headline, p.text
		FROM quotes g JOIN posts p ON p.id = g.post_id
		WHERE `+strings.Join(where, " AND ")+` ORDER BY g.seq`), args...)
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	type member struct {
		q        domain.Quote
		postID   string
		postText string
	}
	groups := map[string][]member{}
	var order []string
	for rows.Next() {
		var m member
		var headline string
		var err error
		m.q, err = scanQuote(scanner{rows: rows, extra: []any{&m.postID, &headline, &m.postText}})
		if err != nil {
			rows.Close()
			return err
		}
		m.postText = headline + "\n" + m.postText
		if _, ok := groups[m.q.Group]; !ok {
			order = append(order, m.q.Group)
		}
		groups[m.q.Group] = append(groups[m.q.Group], m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var postIDs []string
	for _, ms := range groups {
		for _, m := range ms {
			postIDs = append(postIDs, m.postID)
		}
	}
	sources, err := s.postSources(ctx, postIDs)
	if err != nil {
		return err
	}
	var out []store.QuoteGroup
	for _, id := range order {
		ms := groups[id]
		g := store.QuoteGroup{Quote: ms[0].q, PostID: ms[0].postID}
		// the group's canonical speaker is the fullest name any report gives
		for _, m := range ms {
			if len(m.q.Speaker) > len(g.Quote.Speaker) {
				g.Quote.Speaker = m.q.Speaker
			}
		}
		if q.Speaker != "" && !speakerMatches(g.Quote.Speaker, q.Speaker) {
			continue
		}
		about := q.About == ""
		seenText, seenSrc := map[string]bool{}, map[string]bool{}
		for _, m := range ms {
			if !seenText[m.q.Text] {
				seenText[m.q.Text] = true
				g.Variants = append(g.Variants, m.q.Text)
			}
			about = about || containsWords(m.q.Text+"\n"+m.postText, q.About)
			for _, src := range sources[m.postID] {
				if seenSrc[src.DocID+m.postID] {
					continue
				}
				seenSrc[src.DocID+m.postID] = true
				src.Start, src.End = m.q.Start, m.q.End
				g.Sources = append(g.Sources, src)
			}
		}
		if !about {
			continue
		}
		sort.SliceStable(g.Sources, func(i, j int) bool {
			a, b := g.Sources[i].Published, g.Sources[j].Published
			return !a.IsZero() && (b.IsZero() || a.Before(b))
		})
		if len(g.Sources) > 0 {
			g.Published = g.Sources[0].Published
			g.DocID = g.Sources[0].DocID
		}
		if !store.InDays(g.Published, q.Since, q.Until) {
			continue
		}
		out = append(out, g)
	}
	// newest first; undated last, in the order stored
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Published, out[j].Published
		return !a.IsZero() && (b.IsZero() || a.After(b))
	})
	for i, g := range out {
		if q.Limit > 0 && i == q.Limit {
			break
		}
		if err := fn(g); err != nil {
			return err
		}
	}
	return nil
}

// scanner adds destinations before and after those of a row scan.
type scanner struct {
	rows   interface{ Scan(...any) error }
	extra  []any
	prefix []any
}

func (s scanner) Scan(dest ...any) error {
	return s.rows.Scan(append(append(append([]any{}, s.prefix...), dest...), s.extra...)...)
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`)
	return r.Replace(s)
}

// speakerMatches reports whether a stored canonical speaker answers a
// --speaker query: the same name, or the query is its surname or a
// shorter form of it ("Kerry" for "John Kerry").
func speakerMatches(speaker, query string) bool {
	sp, qq := strings.ToLower(speaker), strings.ToLower(strings.TrimSpace(query))
	if sp == qq {
		return true
	}
	sw, qw := strings.Fields(sp), strings.Fields(qq)
	if len(qw) == 0 || len(sw) == 0 {
		return false
	}
	// every query word is a word of the speaker's name, surname included
	if qw[len(qw)-1] != sw[len(sw)-1] {
		return false
	}
	have := map[string]bool{}
	for _, w := range sw {
		have[w] = true
	}
	for _, w := range qw {
		if !have[w] {
			return false
		}
	}
	return true
}

// containsWords reports whether text has every word of query as a word
// prefix, case-insensitively ("aleppo" finds "Aleppo's").
func containsWords(text, query string) bool {
	words := store.Words(strings.ToLower(text))
	for _, w := range store.Words(strings.ToLower(query)) {
		found := false
		for _, t := range words {
			if strings.HasPrefix(t, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Entities implements store.Store.
func (s *DB) Entities(ctx context.Context, fn func(domain.Entity) error) error {
	return s.entities(ctx, `SELECT `+entityColumns+` FROM entities ORDER BY mentions DESC, name`, nil, fn)
}

const entityColumns = `id, name, type, key, aliases, roles, mentions`

func (s *DB) entities(ctx context.Context, query string, args []any, fn func(domain.Entity) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e domain.Entity
		var typ, aliases, roles string
		if err := rows.Scan(&e.ID, &e.Name, &typ, &e.Key, &aliases, &roles, &e.Mentions); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		e.Type = domain.EntityType(typ)
		_ = json.Unmarshal([]byte(aliases), &e.Aliases)
		_ = json.Unmarshal([]byte(roles), &e.Roles)
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EntitiesByKey implements store.Store: two index lookups (by key, by
// surname); a surname matched as a whole key counts for people only.
func (s *DB) EntitiesByKey(ctx context.Context, k domain.EntityKeys) ([]domain.Entity, error) {
	if len(k.Keys) == 0 && len(k.Surnames) == 0 {
		return nil, nil
	}
	keys, _ := json.Marshal(append(nonNil(k.Keys), k.Surnames...))
	surnames, _ := json.Marshal(nonNil(k.Surnames))
	wanted := make(map[string]bool, len(k.Keys))
	for _, key := range k.Keys {
		wanted[key] = true
	}
	var out []domain.Entity
	err := s.entities(ctx, `SELECT `+entityColumns+` FROM entities WHERE key IN (`+s.d.JSONStrings+`)
		UNION SELECT `+entityColumns+` FROM entities WHERE surname IN (`+s.d.JSONStrings+`)`,
		[]any{string(keys), string(surnames)},
		func(e domain.Entity) error {
			if wanted[e.Key] || e.Type == domain.PER {
				out = append(out, e)
			}
			return nil
		})
	return out, err
}
