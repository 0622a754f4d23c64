// Package sqlstore implements store.Store on database/sql, for every SQL
// database Dateline supports; a Dialect says what differs between them
// (placeholders, full-text search). Packages sqlite and postgres open their
// database, bring its schema up to date with their own migrations, and hand
// it to New.
//
// Every Save runs in one transaction with its statements prepared once;
// queries that need logic beyond SQL (quote grouping, speaker names) share
// the same Go code on every database.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/store"
)

// DB is a Store on a SQL database.
type DB struct {
	db  *sql.DB
	d   Dialect
	now func() time.Time
	// passages is what Save knows to be stored already.
	passages passageCache
	// posts is what Save knows to be stored already (values unused).
	posts passageCache
	// Lock, if set, implements LockWriter (see the database's package).
	Lock func(ctx context.Context) (unlock func(), err error)
}

// LockWriter implements store.Store.
func (s *DB) LockWriter(ctx context.Context) (func(), error) {
	if s.Lock == nil {
		return func() {}, nil
	}
	return s.Lock(ctx)
}

var (
	_ store.Store      = (*DB)(nil)
	_ store.BatchSizer = (*DB)(nil)
)

// BatchDocs implements store.BatchSizer.
func (s *DB) BatchDocs() int { return s.d.BatchDocs }

// New returns a store on db, applying the migrations in fsys (files
// migrations/NNNN_name.sql, in name order, each once).
func New(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS) (*DB, error) {
	s := &DB{db: db, d: d, now: time.Now}
	if err := s.migrate(ctx, fsys); err != nil {
		return nil, err
	}
	return s, nil
}

// NewReadOnly returns the store over db, a handle whose connections
// cannot write (the server's), without migrating: the caller brought the
// schema up to date through another handle first.
func NewReadOnly(db *sql.DB, d Dialect) *DB {
	return &DB{db: db, d: d, now: time.Now}
}

// q adapts a query written with ? placeholders to the dialect.
func (s *DB) q(query string) string { return s.d.rebind(query) }

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

func (s *DB) migrate(ctx context.Context, migrations fs.FS) error {
	if _, err := s.db.ExecContext(ctx, s.q(`CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`)); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		version := strings.TrimSuffix(strings.TrimPrefix(name, "migrations/"), ".sql")
		if err := s.apply(ctx, migrations, version, name); err != nil {
			return fmt.Errorf("migrate %s: %w", version, err)
		}
	}
	if err := s.rekeyPeople(ctx); err != nil {
		return fmt.Errorf("migrate person keys: %w", err)
	}
	return nil
}

func (s *DB) apply(ctx context.Context, migrations fs.FS, version, name string) error {
	return s.once(ctx, version, func(tx *sql.Tx) error {
		body, err := fs.ReadFile(migrations, name)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, string(body))
		return err
	})
}

// once runs step in a transaction that records version in
// schema_migrations, unless version is recorded already.
func (s *DB) once(ctx context.Context, version string, step func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if err := step(tx); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), version, timeText(s.now())); err != nil {
		return err
	}
	return tx.Commit()
}

// rekeyPeople brings the merge keys (and surnames) of stored people to
// the rules of lang.PersonKey, once per lang.PersonKeyVersion: people
// stored under an older key would otherwise never meet the same people in
// new documents. Other entities' keys do not depend on it.
func (s *DB) rekeyPeople(ctx context.Context) error {
	return s.once(ctx, fmt.Sprintf("go-person-keys-%d", lang.PersonKeyVersion), func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, s.q(`SELECT id, name, key FROM entities WHERE type = ?`), string(domain.PER))
		if err != nil {
			return err
		}
		type rekey struct{ id, key, surname string }
		var changed []rekey
		for rows.Next() {
			var id, name, key string
			if err := rows.Scan(&id, &name, &key); err != nil {
				rows.Close()
				return err
			}
			e := domain.Entity{Type: domain.PER, Key: lang.PersonKey(name)}
			if e.Key != key {
				changed = append(changed, rekey{id, e.Key, store.Surname(e)})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range changed {
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE entities SET key = ?, surname = ? WHERE id = ?`), c.key, c.surname, c.id); err != nil {
				return err
			}
		}
		return nil
	})
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// annotations is the JSON kept with a post for what has no table of its own.
type annotations struct {
	Paragraphs []domain.Span       `json:"paragraphs,omitempty"`
	Sentences  []domain.Span       `json:"sentences,omitempty"`
	Passages   []domain.PassageRef `json:"passages,omitempty"`
	Quotes     []domain.Quote      `json:"quotes,omitempty"`
	Mentions   []domain.Mention    `json:"mentions,omitempty"`
	Dates      []domain.DateRef    `json:"dates,omitempty"`
	EventFrom  domain.EventFrom    `json:"event_from,omitempty"`
}

// Save implements store.Store.
func (s *DB) Save(ctx context.Context, b store.Batch) (store.SaveStats, error) {
	var st store.SaveStats
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("save: %w", err)
	}
	defer tx.Rollback()
	sv, err := s.prepare(ctx, tx)
	if err != nil {
		return st, fmt.Errorf("save: %w", err)
	}
	defer sv.close()
	sv.stats = &st
	sv.moved = b.Moved
	now := timeText(s.now())
	// merges first: they move what earlier batches stored (see store.Batch)
	for _, m := range b.Merges {
		if err := s.mergeEntity(ctx, tx, m); err != nil {
			return store.SaveStats{}, fmt.Errorf("merge entity %s into %s: %w", m.ID, m.Into, err)
		}
		if err := sv.changed(ctx, store.ChangeEntity, m.ID); err != nil {
			return store.SaveStats{}, err
		}
	}
	for i := range b.Docs {
		if err := sv.doc(ctx, &b.Docs[i], now, &st); err != nil {
			return store.SaveStats{}, fmt.Errorf("save %s: %w", b.Docs[i].Source, err)
		}
	}
	if err := sv.flush(ctx); err != nil {
		return store.SaveStats{}, fmt.Errorf("save: %w", err)
	}
	last := make(map[string]int, len(b.Entities)) // an upsert touches a row once a statement
	for i, e := range b.Entities {
		last[e.ID] = i
	}
	for i, e := range b.Entities {
		if last[e.ID] != i {
			continue
		}
		aliases, _ := json.Marshal(nonNil(e.Aliases))
		roles, _ := json.Marshal(e.Roles)
		if e.Roles == nil {
			roles = []byte("[]")
		}
		if err := sv.entity.add(ctx, e.ID, e.Name, string(e.Type), e.Key, store.Surname(e), string(aliases), string(roles), e.Mentions); err != nil {
			return store.SaveStats{}, fmt.Errorf("save entity %s: %w", e.Name, err)
		}
		if err := sv.changed(ctx, store.ChangeEntity, e.ID); err != nil {
			return store.SaveStats{}, err
		}
	}
	if err := sv.entity.flush(ctx); err != nil {
		return store.SaveStats{}, fmt.Errorf("save entities: %w", err)
	}
	if len(last) > 0 { // an entity made again after a merge took its ID is itself again
		ids := make([]string, 0, len(last))
		for id := range last {
			ids = append(ids, id)
		}
		js, _ := json.Marshal(ids)
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM entity_merges WHERE `+s.inStrings("id")), string(js)); err != nil {
			return store.SaveStats{}, fmt.Errorf("save entities: %w", err)
		}
	}
	if err := sv.quoteGroups(ctx, b.QuoteGroups); err != nil {
		return store.SaveStats{}, err
	}
	if err := sv.stories(ctx, b.Stories, b.TermCounts); err != nil {
		return store.SaveStats{}, err
	}
	if sv.indexPassages != nil && len(sv.toIndex) > 0 {
		ids, _ := json.Marshal(sv.toIndex)
		if _, err := sv.indexPassages.ExecContext(ctx, string(ids)); err != nil {
			return store.SaveStats{}, fmt.Errorf("save: full-text index: %w", err)
		}
	}
	if err := sv.indexEntries(ctx, b.Index); err != nil {
		return store.SaveStats{}, fmt.Errorf("save near-duplicate index: %w", err)
	}
	if len(b.Index) > 0 {
		if err := tx.QueryRowContext(ctx, `SELECT max(seq) FROM lsh_entries`).Scan(&st.LastIndexEntry); err != nil {
			return store.SaveStats{}, fmt.Errorf("save near-duplicate index: %w", err)
		}
	}
	if err := sv.flush(ctx); err != nil {
		return store.SaveStats{}, fmt.Errorf("save: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return store.SaveStats{}, fmt.Errorf("save: %w", err)
	}
	s.passages.add(sv.seen)
	s.posts.add(sv.seenPosts)
	return st, nil
}

// saver holds the statements of one Save, prepared once per batch.
type saver struct {
	moved                    map[store.MentionAt]string // Batch.Moved
	stmts                    []*stmt
	document, post           *stmt
	paragraph, indexPassages *stmt
	postSeen                 *stmt
	// appended rows, written many to a statement
	source, quote, occurrence, mention, date, change *bulk
	quoteKey, index, passage, groupReport, entity    *bulk
	quoteGroup                                       *bulk
	// reports are the reports of quote groups in this Save, one row per
	// group (an upsert cannot touch a row twice in one statement)
	reports  []groupReport
	reportAt map[string]int
	// pending are the passages buffered in passage, which may be stored
	// already: the insert tells (see passageOf)
	pending   []pendingPassage
	pendingAt map[string]int
	tx        *sql.Tx
	s         *DB
	story     storySaver
	// toIndex lists the passages that became searchable paragraphs in
	// this batch, for the dialect's IndexPassages.
	toIndex []string
	// cache is what earlier Saves stored; seen what this one has stored,
	// with the paragraph flag as far as it knows (false when unsure).
	cache *passageCache
	seen  map[string]bool
	// postCache and seenPosts are the same for posts.
	postCache *passageCache
	seenPosts map[string]bool
	inserted  map[string]bool // passages the last passage flush inserted
	// lower is the earliest date each passage stored before was seen at
	// in this Save: its first-seen date, if later, is lowered to it
	lower map[string]string
	stats *store.SaveStats
}

func (s *DB) prepare(ctx context.Context, tx *sql.Tx) (*saver, error) {
	sv := &saver{cache: &s.passages, seen: map[string]bool{}, postCache: &s.posts, seenPosts: map[string]bool{}}
	for _, p := range []struct {
		dst **stmt
		sql string
	}{
		{&sv.document, `INSERT INTO documents (id, source, url, outlet, title, author, language, kind, published, date_origin, format, duplicate_of, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},
		{&sv.post, `INSERT INTO posts (id, doc_id, idx, kind, headline, caption, credit, text, commentary, published, event_date, duplicate_of, annotations)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},

		{&sv.postSeen, `UPDATE passages SET first_seen = ? WHERE id IN (SELECT passage_id FROM passage_occurrences WHERE post_id = ?) AND (first_seen = '' OR first_seen > ?)`},

		{&sv.paragraph, `UPDATE passages SET paragraph = 1 WHERE id = ? AND paragraph = 0`},
	} {
		st, err := s.prepareStmt(ctx, tx, p.sql)
		if err != nil {
			sv.close()
			return nil, err
		}
		*p.dst = st
		sv.stmts = append(sv.stmts, st)
	}
	sv.source = newBulk(s, tx, "post_sources", "post_id, doc_id, idx", "ON CONFLICT DO NOTHING")
	sv.quote = newBulk(s, tx, "quotes", `id, post_id, group_id, text, kind, speaker, speaker_mention, cue, field, start, "end"`, "ON CONFLICT (id) DO NOTHING")
	sv.occurrence = newBulk(s, tx, "passage_occurrences", `passage_id, post_id, start, "end"`, "ON CONFLICT DO NOTHING")
	sv.mention = newBulk(s, tx, "mentions", `entity_id, published, post_id, field, start, "end"`, "ON CONFLICT DO NOTHING")
	sv.date = newBulk(s, tx, "post_dates", `value, post_id, field, start, "end"`, "ON CONFLICT DO NOTHING")
	sv.change = newBulk(s, tx, "changes", "kind, id", "")
	sv.quoteKey = newBulk(s, tx, "quote_keys", "key, group_id", "ON CONFLICT DO NOTHING")
	// a report of a group: the group's row if it has none, its date if
	// earlier (rows merged per group first: see report)
	sv.groupReport = newBulk(s, tx, "quote_groups", "id, speaker, variants, published, kind, surname, words",
		`ON CONFLICT (id) DO UPDATE SET published = CASE WHEN quote_groups.published = '' OR (excluded.published <> '' AND excluded.published < quote_groups.published)
			THEN excluded.published ELSE quote_groups.published END,
			kind = CASE WHEN quote_groups.kind = '' THEN excluded.kind ELSE quote_groups.kind END`)
	sv.entity = newBulk(s, tx, "entities", "id, name, type, key, surname, aliases, roles, mentions",
		`ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, key = excluded.key, surname = excluded.surname,
			aliases = excluded.aliases, roles = excluded.roles, mentions = excluded.mentions`)
	sv.reportAt, sv.lower = map[string]int{}, map[string]string{}
	sv.quoteGroup = newBulk(s, tx, "quote_groups", "id, speaker, variants, surname, words",
		"ON CONFLICT (id) DO UPDATE SET speaker = excluded.speaker, variants = excluded.variants, surname = excluded.surname, words = excluded.words")
	sv.index = newBulk(s, tx, "lsh_entries", "id, cluster, sketch, keys", "ON CONFLICT (id) DO NOTHING")
	sv.passage = newBulk(s, tx, "passages", "id, text, paragraph, headline, first_seen", "ON CONFLICT (id) DO NOTHING RETURNING id")
	sv.passage.inserted = func(id string) { sv.inserted[id] = true }
	sv.tx, sv.s, sv.pendingAt, sv.inserted = tx, s, map[string]int{}, map[string]bool{}
	var stmts []*stmt
	var err error
	sv.story, stmts, err = s.prepareStories(ctx, tx)
	sv.stmts = append(sv.stmts, stmts...)
	if err != nil {
		sv.close()
		return nil, err
	}
	if s.d.IndexPassages != "" {
		st, err := s.prepareStmt(ctx, tx, s.d.IndexPassages)
		if err != nil {
			sv.close()
			return nil, err
		}
		sv.indexPassages = st
		sv.stmts = append(sv.stmts, st)
	}
	return sv, nil
}

func (sv *saver) bulks() []*bulk {
	return append([]*bulk{sv.source, sv.quote, sv.occurrence, sv.mention, sv.date, sv.change, sv.quoteKey, sv.index, sv.passage, sv.groupReport, sv.entity, sv.quoteGroup}, sv.story.bulks()...)
}

// groupReport is what the reports of one quote group in a Save make of
// its row: the first report's speaker and words, the earliest date, the
// first kind given.
type groupReport struct {
	id, speaker, text, published, kind string
}

// report records a report of quote group id by quote q, published pub.
func (sv *saver) report(id string, q domain.Quote, pub string) {
	if i, ok := sv.reportAt[id]; ok {
		r := &sv.reports[i]
		if pub != "" && (r.published == "" || pub < r.published) {
			r.published = pub
		}
		if r.kind == "" {
			r.kind = string(q.Kind)
		}
		return
	}
	sv.reportAt[id] = len(sv.reports)
	sv.reports = append(sv.reports, groupReport{id: id, speaker: q.Speaker, text: q.Text, published: pub, kind: string(q.Kind)})
}

// flush writes every row buffered.
func (sv *saver) flush(ctx context.Context) error {
	if err := sv.flushPassages(ctx); err != nil {
		return err
	}
	for _, r := range sv.reports {
		variants, _ := json.Marshal([]string{r.text})
		surname, words := speakerKeys(r.speaker)
		if err := sv.groupReport.add(ctx, r.id, r.speaker, string(variants), r.published, r.kind, surname, words); err != nil {
			return err
		}
	}
	sv.reports, sv.reportAt = nil, map[string]int{}
	for _, b := range sv.bulks() {
		if err := b.flush(ctx); err != nil {
			return err
		}
	}
	return sv.lowerFirstSeen(ctx)
}

func (sv *saver) close() {
	for _, st := range sv.stmts {
		st.Close()
	}
	for _, b := range sv.bulks() {
		if b != nil {
			b.close()
		}
	}
}

func (sv *saver) doc(ctx context.Context, d *domain.Document, now string, st *store.SaveStats) error {
	res, err := sv.document.ExecContext(ctx, d.ID, d.Source, d.URL, d.Outlet, d.Title, d.Author, d.Language, string(d.Kind),
		timeText(d.Published), string(d.DateOrigin), d.Format, d.DupOf, now)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		st.KnownDocuments++
		return nil
	}
	st.Documents++
	if err := sv.changed(ctx, store.ChangeDocument, d.ID); err != nil {
		return err
	}
	seen := timeText(d.Published)
	for i := range d.Posts {
		p := &d.Posts[i]
		if _, known := sv.postCache.get(p.ID); known || sv.seenPosts[p.ID] {
			// a copy of a stored post: one more source, maybe an earlier one
			if err := sv.source.add(ctx, p.ID, d.ID, p.Index); err != nil {
				return err
			}
			if err := sv.postFirstSeen(ctx, p.ID, seen); err != nil {
				return err
			}
			st.DuplicatePosts++
			continue
		}
		sv.seenPosts[p.ID] = true
		com, _ := json.Marshal(nonNil(p.Commentary))
		ann, _ := json.Marshal(annotations{p.Paragraphs, p.Sentences, p.Passages, p.Quotes, p.Mentions, p.Dates, p.EventFrom})
		res, err := sv.post.ExecContext(ctx, p.ID, d.ID, p.Index, string(d.Kind), p.Headline, p.Caption, p.Credit, p.Text,
			string(com), timeText(p.Published), p.EventDate, p.DupOf, string(ann))
		if err != nil {
			return err
		}
		if err := sv.source.add(ctx, p.ID, d.ID, p.Index); err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			if err := sv.postFirstSeen(ctx, p.ID, seen); err != nil {
				return err
			}
			st.DuplicatePosts++
			continue
		}
		st.Posts++
		if err := sv.changed(ctx, store.ChangePost, p.ID); err != nil {
			return err
		}
		pub := timeText(p.Published)
		for _, q := range p.Quotes {
			group := q.Group
			if group == "" {
				group = q.ID
			}
			if err := sv.quote.add(ctx, q.ID, p.ID, group, q.Text, string(q.Kind), q.Speaker, q.SpeakerMention, q.Cue,
				string(q.Field), q.Start, q.End); err != nil {
				return err
			}
			sv.report(group, q, pub)
		}
		for _, m := range p.Mentions {
			if m.Entity == "" {
				continue
			}
			entity := m.Entity
			if to, ok := sv.moved[store.MentionAt{Post: p.ID, Field: m.Field, Start: m.Start, End: m.End, Entity: m.Entity}]; ok {
				entity = to
			}
			if err := sv.mention.add(ctx, entity, pub, p.ID, string(m.Field), m.Start, m.End); err != nil {
				return err
			}
		}
		for _, d := range p.Dates {
			if d.Value == "" {
				continue
			}
			if err := sv.date.add(ctx, d.Value, p.ID, string(d.Field), d.Start, d.End); err != nil {
				return err
			}
		}
		for _, pr := range p.Passages {
			if err := sv.passageOf(ctx, p, pr, seen, st); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeEntity deletes an entity merged into another, moves its mentions
// there and remembers where its ID (and the IDs merged into it) went.
func (s *DB) mergeEntity(ctx context.Context, tx *sql.Tx, m store.EntityMerge) error {
	for _, st := range []struct {
		sql  string
		args []any
	}{
		{`DELETE FROM entities WHERE id = ?`, []any{m.ID}},
		{`UPDATE entity_merges SET into_id = ? WHERE into_id = ?`, []any{m.Into, m.ID}},
		{`INSERT INTO entity_merges (id, into_id) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET into_id = excluded.into_id`, []any{m.ID, m.Into}},
		{`DELETE FROM entity_merges WHERE id = ?`, []any{m.Into}}, // an ID merged away and made again
		{`INSERT INTO mentions (entity_id, published, post_id, field, start, "end")
			SELECT ?, published, post_id, field, start, "end" FROM mentions WHERE entity_id = ? ON CONFLICT DO NOTHING`, []any{m.Into, m.ID}},
		{`DELETE FROM mentions WHERE entity_id = ?`, []any{m.ID}},
	} {
		if _, err := tx.ExecContext(ctx, s.q(st.sql), st.args...); err != nil {
			return err
		}
	}
	return nil
}

// speakerKeys are the forms the speaker filter compares a speaker in
// (see lang.SamePerson): the surname key, and the lower-cased words
// between spaces.
func speakerKeys(speaker string) (surname, words string) {
	ws := strings.Fields(strings.ToLower(speaker))
	if len(ws) == 0 {
		return "", ""
	}
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(w, ".")
	}
	return lang.SurnameKey(ws[len(ws)-1]), " " + strings.Join(ws, " ") + " "
}

// indexEntries stores near-duplicate index entries after every other, in
// order; one whose ID is stored is moved there (its seq renewed): each
// chunk's IDs are deleted, then inserted anew, two statements a chunk.
func (sv *saver) indexEntries(ctx context.Context, es []store.IndexEntry) error {
	for len(es) > 0 {
		chunk := es[:min(len(es), sv.s.bulkRows())]
		es = es[len(chunk):]
		ids := make([]any, len(chunk))
		for i, e := range chunk {
			ids[i] = e.ID
		}
		del := "DELETE FROM lsh_entries WHERE id IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ")"
		if _, err := sv.tx.ExecContext(ctx, sv.s.q(del), ids...); err != nil {
			return err
		}
		for _, e := range chunk {
			if err := sv.index.add(ctx, e.ID, e.Cluster, e.Sketch, encodeKeys(e.Keys)); err != nil {
				return err
			}
		}
		if err := sv.index.flush(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (sv *saver) quoteGroups(ctx context.Context, gs []store.QuoteGroupUpdate) error {
	last := make(map[string]int, len(gs)) // an upsert touches a row once a statement
	for i, u := range gs {
		last[u.Group.ID] = i
	}
	for i, u := range gs {
		if last[u.Group.ID] == i {
			variants, _ := json.Marshal(nonNil(u.Group.Variants))
			surname, words := speakerKeys(u.Group.Speaker)
			if err := sv.quoteGroup.add(ctx, u.Group.ID, u.Group.Speaker, string(variants), surname, words); err != nil {
				return fmt.Errorf("save quote group %s: %w", u.Group.ID, err)
			}
		}
		if err := sv.changed(ctx, store.ChangeQuoteGroup, u.Group.ID); err != nil {
			return err
		}
		for _, k := range u.Keys {
			if err := sv.quoteKey.add(ctx, int64(k), u.Group.ID); err != nil {
				return fmt.Errorf("save quote group %s: %w", u.Group.ID, err)
			}
		}
	}
	return nil
}

// postFirstSeen lowers the first-seen date of a post's passages to seen
// (a document carrying the post again, maybe dated earlier). The post's
// occurrences may be buffered: they are written first.
func (sv *saver) postFirstSeen(ctx context.Context, postID, seen string) error {
	if seen == "" {
		return nil
	}
	if err := sv.flushPassages(ctx); err != nil {
		return err
	}
	if err := sv.occurrence.flush(ctx); err != nil {
		return err
	}
	_, err := sv.postSeen.ExecContext(ctx, seen, postID, seen)
	return err
}

// changed records a change for store.Changes.
func (sv *saver) changed(ctx context.Context, kind store.ChangeKind, id string) error {
	return sv.change.add(ctx, string(kind), id)
}

// pendingPassage is a passage buffered for insertion.
type pendingPassage struct {
	id, text, headline, seen string
	paragraph                bool
}

// passageOf stores a passage occurrence of a post, and the passage itself
// unless it is known to be stored already. A passage not known is
// buffered (one multi-row insert for many, which tells which were new);
// a later occurrence in the same Save updates the buffered row (its
// paragraph flag, its first-seen date). Search looks at paragraphs only:
// a passage is indexed when it is first stored as one, or when a post
// first carries as a whole paragraph what others carried as a sentence.
func (sv *saver) passageOf(ctx context.Context, p *domain.Post, pr domain.PassageRef, seen string, st *store.SaveStats) error {
	text := domain.Span{Start: pr.Start, End: pr.End}.In(p.Text)
	if text == "" {
		return nil
	}
	if i, ok := sv.pendingAt[pr.ID]; ok {
		r := &sv.pending[i]
		r.paragraph = r.paragraph || pr.Paragraph
		if seen != "" && (r.seen == "" || seen < r.seen) {
			r.seen = seen
		}
		return sv.occurrence.add(ctx, pr.ID, p.ID, pr.Start, pr.End)
	}
	paragraph, known := sv.seen[pr.ID]
	if !known {
		paragraph, known = sv.cache.get(pr.ID)
	}
	if !known {
		sv.pendingAt[pr.ID] = len(sv.pending)
		sv.pending = append(sv.pending, pendingPassage{id: pr.ID, text: text, headline: p.Headline, seen: seen, paragraph: pr.Paragraph})
		if len(sv.pending) >= sv.s.bulkRows() {
			if err := sv.flushPassages(ctx); err != nil {
				return err
			}
		}
		return sv.occurrence.add(ctx, pr.ID, p.ID, pr.Start, pr.End)
	}
	if err := sv.storedBefore(ctx, pr.ID, paragraph, pr.Paragraph, seen); err != nil {
		return err
	}
	return sv.occurrence.add(ctx, pr.ID, p.ID, pr.Start, pr.End)
}

// storedBefore updates a passage stored before this occurrence: made a
// paragraph (and indexed) if this occurrence is one, its first-seen date
// lowered to seen.
func (sv *saver) storedBefore(ctx context.Context, id string, paragraph, asParagraph bool, seen string) error {
	if asParagraph && !paragraph {
		res, err := sv.paragraph.ExecContext(ctx, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 1 {
			sv.toIndex = append(sv.toIndex, id)
		}
		sv.seen[id] = true
	}
	if cur, ok := sv.lower[id]; seen != "" && (!ok || seen < cur) {
		sv.lower[id] = seen
	}
	return nil
}

// lowerFirstSeen lowers the first-seen dates of passages stored before
// (sv.lower), many in one statement.
func (sv *saver) lowerFirstSeen(ctx context.Context) error {
	var args []any
	for id, seen := range sv.lower {
		args = append(args, id, seen)
	}
	clear(sv.lower)
	for len(args) > 0 {
		chunk := args[:min(len(args), 2*sv.s.bulkRows())]
		args = args[len(chunk):]
		// VALUES columns are column1, column2 in both SQLite and PostgreSQL
		_, err := sv.tx.ExecContext(ctx, sv.s.q(`UPDATE passages SET first_seen = v.column2 FROM (VALUES `+
			strings.TrimSuffix(strings.Repeat("(?, ?), ", len(chunk)/2), ", ")+`) AS v
			WHERE passages.id = v.column1 AND (passages.first_seen = '' OR passages.first_seen > v.column2)`), chunk...)
		if err != nil {
			return err
		}
	}
	return nil
}

// flushPassages inserts the buffered passages; those that were stored
// already (by another Save, unknown to the cache) are updated instead.
func (sv *saver) flushPassages(ctx context.Context) error {
	if len(sv.pending) == 0 {
		return nil
	}
	clear(sv.inserted)
	for _, r := range sv.pending {
		para := 0
		if r.paragraph {
			para = 1
		}
		if err := sv.passage.add(ctx, r.id, r.text, para, r.headline, r.seen); err != nil {
			return err
		}
	}
	if err := sv.passage.flush(ctx); err != nil {
		return err
	}
	pending := sv.pending
	sv.pending, sv.pendingAt = sv.pending[:0:0], map[string]int{}
	for _, r := range pending {
		if sv.inserted[r.id] {
			sv.stats.Passages++
			sv.seen[r.id] = r.paragraph
			if r.paragraph {
				sv.toIndex = append(sv.toIndex, r.id)
			}
			continue
		}
		sv.seen[r.id] = false // stored before, as what is not known
		if err := sv.storedBefore(ctx, r.id, false, r.paragraph, r.seen); err != nil {
			return err
		}
	}
	return nil
}

// encodeKeys packs band keys as little-endian 8-byte words.
func encodeKeys(keys []uint64) []byte {
	b := make([]byte, 8*len(keys))
	for i, k := range keys {
		binary.LittleEndian.PutUint64(b[8*i:], k)
	}
	return b
}

func decodeKeys(b []byte) []uint64 {
	keys := make([]uint64, len(b)/8)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return keys
}

// IndexEntries implements store.Store.
func (s *DB) IndexEntries(ctx context.Context, after int64, n int, fn func(store.IndexEntry) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT seq, id, cluster, sketch, keys FROM
		(SELECT seq, id, cluster, sketch, keys FROM lsh_entries WHERE seq > ? ORDER BY seq DESC LIMIT ?) AS recent ORDER BY seq`), after, n)
	if err != nil {
		return fmt.Errorf("index entries: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e store.IndexEntry
		var keys []byte
		if err := rows.Scan(&e.Seq, &e.ID, &e.Cluster, &e.Sketch, &keys); err != nil {
			return fmt.Errorf("index entries: %w", err)
		}
		e.Keys = decodeKeys(keys)
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// HasDocument implements store.Store.
func (s *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM documents WHERE id = ?`), id).Scan(&n)
	return n > 0, err
}

// HasPost implements store.Store.
func (s *DB) HasPost(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM posts WHERE id = ?`), id).Scan(&n)
	return n > 0, err
}

// Documents implements store.Store.
func (s *DB) Documents(ctx context.Context, fn func(domain.Document) error) error {
	return s.documents(ctx, `ORDER BY seq`, nil, func(d domain.Document, _ int64) error { return fn(d) })
}

const postColumns = `p.id, p.doc_id, p.idx, p.kind, p.headline, p.caption, p.credit, p.text, p.commentary, p.published, p.event_date, p.duplicate_of, p.annotations`

func scanPost(sc interface{ Scan(...any) error }) (domain.Post, error) {
	var p domain.Post
	var com, pub, ann, kind string
	if err := sc.Scan(&p.ID, &p.DocID, &p.Index, &kind, &p.Headline, &p.Caption, &p.Credit, &p.Text, &com, &pub, &p.EventDate, &p.DupOf, &ann); err != nil {
		return p, err
	}
	p.Published, p.Kind = parseTime(pub), domain.Kind(kind)
	_ = json.Unmarshal([]byte(com), &p.Commentary)
	var a annotations
	_ = json.Unmarshal([]byte(ann), &a)
	p.Paragraphs, p.Sentences, p.Passages, p.Quotes, p.Mentions, p.Dates, p.EventFrom = a.Paragraphs, a.Sentences, a.Passages, a.Quotes, a.Mentions, a.Dates, a.EventFrom
	return p, nil
}

// Posts implements store.Store: a page at a time, so that memory holds
// one page of posts and their sources.
func (s *DB) Posts(ctx context.Context, fn func(domain.Post) error) error {
	page := store.Page{Limit: store.MaxLimit}
	for {
		posts, next, err := s.ListPosts(ctx, store.PostQuery{}, page)
		if err != nil {
			return err
		}
		for _, p := range posts {
			if err := fn(p); err != nil {
				return err
			}
		}
		if next == "" {
			return nil
		}
		page.Cursor = next
	}
}

// Post implements store.Store.
func (s *DB) Post(ctx context.Context, id string) (domain.Post, error) {
	p, err := scanPost(s.db.QueryRowContext(ctx, s.q(`SELECT `+postColumns+` FROM posts p WHERE p.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("post %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("post %s: %w", id, err)
	}
	sources, err := s.postSources(ctx, []string{id})
	if err != nil {
		return p, err
	}
	p.Sources = sources[id]
	return p, nil
}

// postSources maps post IDs to their sources, earliest document first (by
// publication date, then ingest order): every post's when ids is nil,
// else those of ids.
func (s *DB) postSources(ctx context.Context, ids []string) (map[string][]domain.Source, error) {
	q := `SELECT ps.post_id, d.id, d.source, d.outlet, d.url, d.published FROM post_sources ps JOIN documents d ON d.id = ps.doc_id`
	args := []any{}
	if ids != nil {
		if len(ids) == 0 {
			return map[string][]domain.Source{}, nil
		}
		list, _ := json.Marshal(ids)
		q += ` WHERE ` + s.inStrings("ps.post_id")
		args = append(args, string(list))
	}
	q += ` ORDER BY ps.post_id, CASE WHEN d.published = '' THEN 1 ELSE 0 END, d.published, d.seq`
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fmt.Errorf("post sources: %w", err)
	}
	defer rows.Close()
	out := map[string][]domain.Source{}
	for rows.Next() {
		var pid, pub string
		var src domain.Source
		if err := rows.Scan(&pid, &src.DocID, &src.Source, &src.Outlet, &src.URL, &pub); err != nil {
			return nil, fmt.Errorf("post sources: %w", err)
		}
		src.PostID, src.Published = pid, parseTime(pub)
		out[pid] = append(out[pid], src)
	}
	return out, rows.Err()
}

// passageSources returns the sources of one passage, earliest first.
func (s *DB) passageSources(ctx context.Context, id string) ([]domain.Source, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT o.post_id, o.start, o."end", d.id, d.source, d.outlet, d.url, d.published
		FROM passage_occurrences o JOIN post_sources ps ON ps.post_id = o.post_id JOIN documents d ON d.id = ps.doc_id
		WHERE o.passage_id = ?
		ORDER BY CASE WHEN d.published = '' THEN 1 ELSE 0 END, d.published, d.seq, o.start`), id)
	if err != nil {
		return nil, fmt.Errorf("passage sources: %w", err)
	}
	defer rows.Close()
	var out []domain.Source
	for rows.Next() {
		var src domain.Source
		var pub string
		if err := rows.Scan(&src.PostID, &src.Start, &src.End, &src.DocID, &src.Source, &src.Outlet, &src.URL, &pub); err != nil {
			return nil, fmt.Errorf("passage sources: %w", err)
		}
		src.Published = parseTime(pub)
		out = append(out, src)
	}
	return out, rows.Err()
}

// fillPassage completes a passage with its sources, first-seen date and
// count of carriers (domain.Provenance).
func (s *DB) fillPassage(ctx context.Context, p *domain.Passage) error {
	srcs, err := s.passageSources(ctx, p.ID)
	if err != nil {
		return err
	}
	p.Sources = srcs
	prov := domain.ProvenanceOf(srcs)
	p.Outlets = prov.Carriers()
	if prov.Dated {
		p.FirstSeen = prov.First.Published
	}
	return nil
}

// Passages implements store.Store: a page of passages at a time (the
// rows are read before the sources of each are, since SQLite connections
// hold one statement at a time), so that memory holds one page.
func (s *DB) Passages(ctx context.Context, fn func(domain.Passage) error) error {
	var after int64
	for {
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT seq, id, text FROM passages WHERE seq > ? ORDER BY seq LIMIT ?`), after, store.MaxLimit)
		if err != nil {
			return fmt.Errorf("passages: %w", err)
		}
		var page []domain.Passage
		for rows.Next() {
			var p domain.Passage
			if err := rows.Scan(&after, &p.ID, &p.Text); err != nil {
				rows.Close()
				return fmt.Errorf("passages: %w", err)
			}
			page = append(page, p)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("passages: %w", err)
		}
		for i := range page {
			if err := s.fillPassage(ctx, &page[i]); err != nil {
				return err
			}
			if err := fn(page[i]); err != nil {
				return err
			}
		}
		if len(page) < store.MaxLimit {
			return nil
		}
	}
}

// Stats implements store.Store.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.db.QueryRowContext(ctx, s.q(`SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM posts), (SELECT count(*) FROM passages), (SELECT count(*) FROM post_sources)`)).
		Scan(&st.Documents, &st.Posts, &st.Passages, &st.Sources)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
