package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/store"
)

// QuoteKeys implements store.Store: one statement, the dialect's
// KeyLookup, bounded per key.
func (s *DB) QuoteKeys(ctx context.Context, keys []uint64, perKey int) (map[uint64][]string, error) {
	return s.lookupKeys(ctx, "quote_keys", keys, perKey)
}

func (s *DB) lookupKeys(ctx context.Context, table string, keys []uint64, perKey int) (map[uint64][]string, error) {
	if len(keys) == 0 {
		return map[uint64][]string{}, nil
	}
	return s.keyLists(ctx, table, fmt.Sprintf(s.d.KeyLookup, table), perKey, keyArg(keys))
}

// keyArg is a list of 64-bit keys as the JSON array key lookups read
// (signed: the databases' integers are).
func keyArg(keys []uint64) string {
	signed := make([]int64, len(keys))
	for i, k := range keys {
		signed[i] = int64(k)
	}
	arg, _ := json.Marshal(signed)
	return string(arg)
}

// keyLists runs a key lookup whose rows are (key, space-separated IDs)
// and returns the IDs of each key; what names it in errors.
func (s *DB) keyLists(ctx context.Context, what, query string, args ...any) (map[uint64][]string, error) {
	out := map[uint64][]string{}
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		var ids sql.NullString
		if err := rows.Scan(&k, &ids); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
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
	list, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, speaker, variants, published FROM quote_groups WHERE `+s.inStrings("id")), string(list))
	if err != nil {
		return nil, fmt.Errorf("quote groups: %w", err)
	}
	defer rows.Close()
	var out []domain.QuoteGroup
	for rows.Next() {
		var g domain.QuoteGroup
		var variants, published string
		if err := rows.Scan(&g.ID, &g.Speaker, &variants, &published); err != nil {
			return nil, fmt.Errorf("quote groups: %w", err)
		}
		g.Published = parseTime(published)
		if err := json.Unmarshal([]byte(variants), &g.Variants); err != nil {
			return nil, fmt.Errorf("quote group %s: %w", g.ID, err)
		}
		out = append(out, g)
	}
	return out, rows.Err()
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
	page := store.Page{Limit: store.MaxLimit}
	n := 0
	for {
		if q.Limit > 0 {
			page.Limit = min(store.MaxLimit, q.Limit-n)
		}
		gs, next, err := s.ListQuotes(ctx, q, page)
		if err != nil {
			return err
		}
		for _, g := range gs {
			if err := fn(g); err != nil {
				return err
			}
		}
		n += len(gs)
		if next == "" || (q.Limit > 0 && n >= q.Limit) {
			return nil
		}
		page.Cursor = next
	}
}

// speakerForms returns the names a speaker filter asks for: the name as
// given, and every name written for the person entities of its person
// key (lang.PersonKey: the one rule for "same name"), so that "Hank
// Paulson" finds the quotations a post gave to "Henry M. Paulson". A
// name asked with middle initials takes only names with the same ones:
// "George H.W. Bush" is a relative of "George W. Bush", as the entity
// stage keeps them apart, and "George Bush" may be either. A surname
// alone asks for every bearer already.
func (s *DB) speakerForms(ctx context.Context, speaker string) ([]string, error) {
	forms := []string{speaker}
	key := lang.PersonKey(speaker)
	if !strings.Contains(key, " ") {
		return forms, nil
	}
	asked := lang.MiddleInitials(speaker)
	relative := func(name string) bool { return asked != "" && lang.MiddleInitials(name) != asked }
	seen := map[string]bool{strings.ToLower(speaker): true}
	err := s.entities(ctx, `SELECT `+entityColumns+` FROM entities WHERE key = ? AND type = ?`, []any{key, string(domain.PER)}, func(e domain.Entity) error {
		for _, n := range append(e.Aliases, e.Name) {
			if l := strings.ToLower(n); !seen[l] && lang.PersonKey(n) == key && !relative(n) {
				seen[l] = true
				forms = append(forms, n)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("speaker %q: %w", speaker, err)
	}
	return forms, nil
}

// speakerFilter returns the SQL condition (and its arguments) for the
// quote group g to be by speaker (speakerForms, speakerCond); "" for no
// speaker.
func (s *DB) speakerFilter(ctx context.Context, g, speaker string) (string, []any, error) {
	if speaker == "" {
		return "", nil, nil
	}
	forms, err := s.speakerForms(ctx, speaker)
	if err != nil {
		return "", nil, err
	}
	cond, args := speakerCond(g, forms)
	return cond, args, nil
}

// speakerCond returns the SQL condition (and its arguments) for the
// quote group g (an alias of quote_groups) to be by one of the speaker
// names forms, as lang.SamePerson compares names: the same surname, and
// the group's speaker known by the surname alone or by every word of the
// name asked.
func speakerCond(g string, forms []string) (string, []any) {
	var conds []string
	var args []any
	for _, speaker := range forms {
		ws := strings.Fields(strings.ToLower(speaker))
		if len(ws) == 0 {
			continue
		}
		surname, _ := speakerKeys(speaker)
		cond := g + `.surname = ?`
		args = append(args, surname)
		if len(ws) > 1 {
			var more []string
			for _, w := range ws[:len(ws)-1] {
				more = append(more, g+`.words LIKE ? ESCAPE '\'`)
				args = append(args, "% "+likeEscape(strings.TrimSuffix(w, "."))+" %")
			}
			cond += ` AND (` + g + `.words NOT LIKE '_% _%' OR (` + strings.Join(more, " AND ") + `))`
		}
		conds = append(conds, "("+cond+")")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// quoteFilter returns the SQL conditions (and their arguments) on the
// quote group g for q's speaker, days and words.
func (s *DB) quoteFilter(ctx context.Context, q store.QuoteQuery) ([]string, []any, error) {
	where, args := []string{"1=1"}, []any{}
	cond, condArgs, err := s.speakerFilter(ctx, "g", q.Speaker)
	if err != nil {
		return nil, nil, err
	}
	if cond != "" {
		where, args = append(where, cond), append(args, condArgs...)
	}
	conds, condArgs := inDays("g.published", q.Since, q.Until)
	where, args = append(where, conds...), append(args, condArgs...)
	if q.About != "" {
		terms, err := store.ParseQuery(q.About)
		if err != nil {
			return nil, nil, err
		}
		where = append(where, `g.id IN (SELECT qu.group_id FROM quotes qu JOIN passage_occurrences o ON o.post_id = qu.post_id
			WHERE o.passage_id IN (`+s.d.MatchPassages+`))`)
		args = append(args, s.d.Match(terms))
	}
	return where, args, nil
}

// ListQuotes implements store.Store: the page is chosen from the
// quote_groups table in SQL, then its groups are read whole.
func (s *DB) ListQuotes(ctx context.Context, q store.QuoteQuery, page store.Page) ([]store.QuoteGroup, string, error) {
	where, args, err := s.quoteFilter(ctx, q)
	if err != nil {
		return nil, "", err
	}
	if page.Cursor != "" {
		cond, condArgs, err := afterCursor("g.published", "g.id", page.Cursor)
		if err != nil {
			return nil, "", err
		}
		where, args = append(where, cond), append(args, condArgs...)
	}
	size := page.Size()
	args = append(args, size+1)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT g.id, g.published FROM quote_groups g WHERE `+strings.Join(where, " AND ")+`
		ORDER BY CASE WHEN g.published = '' THEN 1 ELSE 0 END, g.published DESC, g.id LIMIT ?`), args...)
	if err != nil {
		if q.About != "" && s.d.IsBadQuery != nil && s.d.IsBadQuery(err) {
			return nil, "", fmt.Errorf("quotes about %q: %w: %v", q.About, store.ErrBadQuery, err)
		}
		return nil, "", fmt.Errorf("quotes: %w", err)
	}
	var ids, pubs []string
	for rows.Next() {
		var id, pub string
		if err := rows.Scan(&id, &pub); err != nil {
			rows.Close()
			return nil, "", fmt.Errorf("quotes: %w", err)
		}
		ids, pubs = append(ids, id), append(pubs, pub)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("quotes: %w", err)
	}
	ids, more := trim(ids, size)
	if len(ids) == 0 {
		return nil, "", nil
	}
	list, _ := json.Marshal(ids)
	byID := map[string]store.QuoteGroup{}
	err = s.quoteGroups(ctx, s.inStrings("g.group_id"), []any{string(list)}, func(g store.QuoteGroup) error {
		byID[g.Quote.Group] = g
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	out := make([]store.QuoteGroup, 0, len(ids))
	for _, id := range ids {
		if g, ok := byID[id]; ok {
			out = append(out, g)
		}
	}
	if !more {
		return out, "", nil
	}
	last := len(ids) - 1
	return out, newestCursor(pubs[last], ids[last]), nil
}

// QuoteDays implements store.Store: one GROUP BY on quote_groups, whose
// published column is RFC 3339 text, so that its first ten characters are
// the UTC day.
func (s *DB) QuoteDays(ctx context.Context, q store.QuoteQuery) ([]store.DayCount, error) {
	where, args, err := s.quoteFilter(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT substr(g.published, 1, 10) AS day, count(*) FROM quote_groups g WHERE `+strings.Join(where, " AND ")+`
		GROUP BY substr(g.published, 1, 10) ORDER BY day`), args...)
	if err != nil {
		if q.About != "" && s.d.IsBadQuery != nil && s.d.IsBadQuery(err) {
			return nil, fmt.Errorf("quote days about %q: %w: %v", q.About, store.ErrBadQuery, err)
		}
		return nil, fmt.Errorf("quote days: %w", err)
	}
	defer rows.Close()
	var out []store.DayCount
	for rows.Next() {
		var day string
		var c store.DayCount
		if err := rows.Scan(&day, &c.N); err != nil {
			return nil, fmt.Errorf("quote days: %w", err)
		}
		if day != "" {
			if c.Day, err = time.Parse(time.DateOnly, day); err != nil {
				return nil, fmt.Errorf("quote days: %w", err)
			}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Listings newest first (by an RFC 3339 date column, undated last, then
// by ID) page with a cursor "d|date|id", or "u||id" once undated.

// newestCursor is the cursor of a page that ends at the record with date
// (RFC 3339 text, "" if undated) and id.
func newestCursor(date, id string) string {
	if date == "" {
		return "u||" + id
	}
	return "d|" + date + "|" + id
}

// afterCursor returns the SQL condition (and its arguments) for a record
// to come after cursor in a listing newest first by date, then id.
func afterCursor(date, id, cursor string) (string, []any, error) {
	dated, rest, ok := strings.Cut(cursor, "|")
	day, after, ok2 := strings.Cut(rest, "|")
	switch {
	case !ok || !ok2 || (dated != "d" && dated != "u"):
		return "", nil, fmt.Errorf("cursor %q: %w", cursor, store.ErrBadCursor)
	case dated == "d":
		return `((` + date + ` <> '' AND (` + date + ` < ? OR (` + date + ` = ? AND ` + id + ` > ?))) OR ` + date + ` = '')`, []any{day, day, after}, nil
	}
	return `(` + date + ` = '' AND ` + id + ` > ?)`, []any{after}, nil
}

// quoteGroups reads whole the quote groups whose reports g meet the SQL
// condition cond (with its args): every report, its sources and variants.
func (s *DB) quoteGroups(ctx context.Context, cond string, args []any, fn func(store.QuoteGroup) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT g.id, g.group_id, g.text, g.kind, g.speaker, g.speaker_mention, g.cue, g.field, g.start, g."end", g.post_id
		FROM quotes g WHERE `+cond+` ORDER BY g.seq`), args...)
	if err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	type member struct {
		q      domain.Quote
		postID string
	}
	groups := map[string][]member{}
	var order []string
	for rows.Next() {
		var m member
		var err error
		m.q, err = scanQuote(scanner{rows: rows, extra: []any{&m.postID}})
		if err != nil {
			rows.Close()
			return err
		}
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
	for _, id := range order {
		ms := groups[id]
		g := store.QuoteGroup{Quote: ms[0].q, PostID: ms[0].postID}
		// the group's canonical speaker is the fullest name any report gives
		for _, m := range ms {
			if len(m.q.Speaker) > len(g.Quote.Speaker) {
				g.Quote.Speaker = m.q.Speaker
			}
		}
		seenText, seenSrc := map[string]bool{}, map[string]bool{}
		for _, m := range ms {
			if !seenText[m.q.Text] {
				seenText[m.q.Text] = true
				g.Variants = append(g.Variants, m.q.Text)
			}
			for _, src := range sources[m.postID] {
				if seenSrc[src.DocID+m.postID] {
					continue
				}
				seenSrc[src.DocID+m.postID] = true
				src.Start, src.End = m.q.Start, m.q.End
				g.Sources = append(g.Sources, src)
			}
		}
		sort.SliceStable(g.Sources, func(i, j int) bool {
			a, b := g.Sources[i].Published, g.Sources[j].Published
			return !a.IsZero() && (b.IsZero() || a.Before(b))
		})
		if len(g.Sources) > 0 {
			g.Published = g.Sources[0].Published
			g.DocID = g.Sources[0].DocID
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

// EntitiesByKey implements store.Store: an index lookup by key, and one
// by surname for each surname, at most SurnamePeople people each.
func (s *DB) EntitiesByKey(ctx context.Context, k domain.EntityKeys) ([]domain.Entity, error) {
	if len(k.Keys) == 0 && len(k.Surnames) == 0 {
		return nil, nil
	}
	keys, _ := json.Marshal(append(nonNil(k.Keys), k.Surnames...))
	wanted := make(map[string]bool, len(k.Keys))
	for _, key := range k.Keys {
		wanted[key] = true
	}
	seen := map[string]bool{}
	var out []domain.Entity
	keep := func(e domain.Entity) error {
		if !seen[e.ID] && (wanted[e.Key] || e.Type == domain.PER) {
			seen[e.ID] = true
			out = append(out, e)
		}
		return nil
	}
	if err := s.entities(ctx, `SELECT `+entityColumns+` FROM entities WHERE `+s.inStrings("key"), []any{string(keys)}, keep); err != nil {
		return nil, err
	}
	if len(k.Surnames) == 0 {
		return out, nil
	}
	// the first SurnamePeople people (by ID) of each surname, in one query
	sns, _ := json.Marshal(k.Surnames)
	bySurname := map[string][]domain.Entity{}
	err := s.entities(ctx, `SELECT `+entityColumns+` FROM (SELECT *, row_number() OVER (PARTITION BY surname ORDER BY id) AS rank
		FROM entities WHERE `+s.inStrings("surname")+`) AS ranked WHERE rank <= ? ORDER BY id`, []any{string(sns), store.SurnamePeople},
		func(e domain.Entity) error {
			bySurname[store.Surname(e)] = append(bySurname[store.Surname(e)], e)
			return nil
		})
	if err != nil {
		return nil, err
	}
	for _, sn := range k.Surnames {
		for _, e := range bySurname[sn] {
			keep(e)
		}
	}
	return out, nil
}
