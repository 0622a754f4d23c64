package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/store"
)

// Stories. A story's row holds what listing needs (label, days, size,
// people) and the story stage's opaque state; story_keys files it under
// keys with its last day, so that StoryKeys reads the latest stories of a
// key from one index range; story_posts holds membership; story_terms
// the stage's term counts. Outlets and quotes of a story are read from
// its posts when it is shown.

// storySaver holds the statements that save stories, prepared once per
// Save.
type storySaver struct {
	last               *stmt
	story, key, member *bulk
	terms              *bulk
}

func (s *DB) prepareStories(ctx context.Context, tx *sql.Tx) (storySaver, []*stmt, error) {
	var ss storySaver
	var stmts []*stmt
	for _, p := range []struct {
		dst **stmt
		sql string
	}{
		{&ss.last, `UPDATE story_keys SET last_day = ? WHERE story_id = ? AND last_day <> ?`},
	} {
		st, err := s.prepareStmt(ctx, tx, p.sql)
		if err != nil {
			return ss, stmts, err
		}
		*p.dst = st
		stmts = append(stmts, st)
	}
	ss.story = newBulk(s, tx, "stories", "id, label, first_day, last_day, size, people, state",
		`ON CONFLICT (id) DO UPDATE SET label = excluded.label, first_day = excluded.first_day, last_day = excluded.last_day,
			size = excluded.size, people = excluded.people, state = excluded.state`)
	ss.key = newBulk(s, tx, "story_keys", "story_id, key, last_day", "ON CONFLICT DO NOTHING")
	ss.member = newBulk(s, tx, "story_posts", "post_id, story_id", "ON CONFLICT DO NOTHING")
	ss.terms = newBulk(s, tx, "story_terms", "key, n", "ON CONFLICT (key) DO UPDATE SET n = excluded.n")
	return ss, stmts, nil
}

func (ss storySaver) bulks() []*bulk { return []*bulk{ss.story, ss.key, ss.member, ss.terms} }

// stories saves the stories of a batch and the term counts.
func (sv *saver) stories(ctx context.Context, us []store.StoryUpdate, counts []store.TermCount) error {
	ss := sv.story
	latest := make(map[string]int, len(us)) // an upsert touches a row once a statement
	for i, u := range us {
		latest[u.Story.ID] = i
	}
	for i, u := range us {
		st := u.Story
		last := timeText(st.Last)
		if latest[st.ID] == i {
			people, _ := json.Marshal(nonNil(st.People))
			if err := ss.story.add(ctx, st.ID, st.Label, timeText(st.First), last, st.Size, string(people), st.State); err != nil {
				return fmt.Errorf("save story %s: %w", st.ID, err)
			}
		}
		for _, k := range u.Keys {
			if err := ss.key.add(ctx, st.ID, int64(k), last); err != nil {
				return fmt.Errorf("save story %s: %w", st.ID, err)
			}
		}
		for _, p := range u.Posts {
			if err := ss.member.add(ctx, p, st.ID); err != nil {
				return fmt.Errorf("save story %s: %w", st.ID, err)
			}
		}
		if err := sv.changed(ctx, store.ChangeStory, st.ID); err != nil {
			return err
		}
	}
	for _, b := range []*bulk{ss.story, ss.key} {
		if err := b.flush(ctx); err != nil {
			return fmt.Errorf("save stories: %w", err)
		}
	}
	// a story's keys carry its last day, which only moves forward
	for _, u := range us {
		last := timeText(u.Story.Last)
		if _, err := ss.last.ExecContext(ctx, last, u.Story.ID, last); err != nil {
			return fmt.Errorf("save story %s: %w", u.Story.ID, err)
		}
	}
	for _, c := range counts {
		if err := ss.terms.add(ctx, int64(c.Key), c.N); err != nil {
			return fmt.Errorf("save story terms: %w", err)
		}
	}
	return nil
}

// StoryKeys implements store.Store: one statement, the dialect's
// StoryKeyLookup, a bounded index range per key.
func (s *DB) StoryKeys(ctx context.Context, keys []uint64, since, until time.Time, perKey int) (map[uint64][]string, error) {
	if len(keys) == 0 || perKey <= 0 {
		return map[uint64][]string{}, nil
	}
	from, before := dayBounds(since, until)
	if before == "" {
		before = noDayAfter
	}
	return s.keyLists(ctx, "story keys", s.d.StoryKeyLookup, from, before, perKey, keyArg(keys))
}

// noDayAfter is later than every day stored as timeText: the upper bound
// of a range with none.
var noDayAfter = timeText(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))

// StoryStates implements store.Store.
func (s *DB) StoryStates(ctx context.Context, ids []string) ([]store.StoryState, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, label, first_day, last_day, size, people, state FROM stories WHERE `+s.inStrings("id")), string(list))
	if err != nil {
		return nil, fmt.Errorf("story states: %w", err)
	}
	defer rows.Close()
	var out []store.StoryState
	for rows.Next() {
		var st store.StoryState
		var first, last, people string
		if err := rows.Scan(&st.ID, &st.Label, &first, &last, &st.Size, &people, &st.State); err != nil {
			return nil, fmt.Errorf("story states: %w", err)
		}
		st.First, st.Last = parseTime(first), parseTime(last)
		_ = json.Unmarshal([]byte(people), &st.People)
		out = append(out, st)
	}
	return out, rows.Err()
}

// StoryFiled implements store.Store.
func (s *DB) StoryFiled(ctx context.Context, id string) ([]uint64, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT key FROM story_keys WHERE story_id = ?`), id)
	if err != nil {
		return nil, fmt.Errorf("story %s keys: %w", id, err)
	}
	defer rows.Close()
	var out []uint64
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("story %s keys: %w", id, err)
		}
		out = append(out, uint64(k))
	}
	return out, rows.Err()
}

// PostStories implements store.Store.
func (s *DB) PostStories(ctx context.Context, postIDs []string) (map[string]string, error) {
	out := map[string]string{}
	if len(postIDs) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(postIDs)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT post_id, story_id FROM story_posts WHERE `+s.inStrings("post_id")), string(list))
	if err != nil {
		return nil, fmt.Errorf("post stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p, st string
		if err := rows.Scan(&p, &st); err != nil {
			return nil, fmt.Errorf("post stories: %w", err)
		}
		out[p] = st
	}
	return out, rows.Err()
}

// StoryTerms implements store.Store: one statement, the keys a JSON
// array (a statement per count of keys would be parsed and planned anew).
func (s *DB) StoryTerms(ctx context.Context, keys []uint64) (map[uint64]int64, error) {
	out := make(map[uint64]int64, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT key, n FROM story_terms WHERE `+s.inInts("key")), keyArg(keys))
	if err != nil {
		return nil, fmt.Errorf("story terms: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, n int64
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("story terms: %w", err)
		}
		out[uint64(k)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story terms: %w", err)
	}
	return out, nil
}

// Story implements store.Store.
func (s *DB) Story(ctx context.Context, id string) (store.Story, error) {
	st, err := s.storyRows(ctx, `id = ?`, []any{id})
	if err == nil && len(st) == 0 {
		err = store.ErrNotFound
	}
	if err != nil {
		return store.Story{}, fmt.Errorf("story %s: %w", id, err)
	}
	if err := s.fillStory(ctx, &st[0]); err != nil {
		return store.Story{}, fmt.Errorf("story %s: %w", id, err)
	}
	return st[0], nil
}

// storyRows reads the stories rows meeting cond (on stories s).
func (s *DB) storyRows(ctx context.Context, cond string, args []any) ([]store.Story, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT s.id, s.label, s.first_day, s.last_day, s.size, s.people FROM stories s WHERE `+cond), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Story
	for rows.Next() {
		var st store.Story
		var first, last, people string
		if err := rows.Scan(&st.ID, &st.Label, &first, &last, &st.Size, &people); err != nil {
			return nil, err
		}
		st.First, st.Last = parseTime(first), parseTime(last)
		_ = json.Unmarshal([]byte(people), &st.People)
		out = append(out, st)
	}
	return out, rows.Err()
}

// storyQuotes is the most quote groups a story lists.
const storyQuotes = 5

// fillStory reads a story's posts, outlets and quotes, and resolves its
// people through entity merges.
func (s *DB) fillStory(ctx context.Context, st *store.Story) error {
	var err error
	st.Posts, err = s.strings(ctx, `SELECT p.id FROM story_posts sp JOIN posts p ON p.id = sp.post_id WHERE sp.story_id = ?
		ORDER BY CASE WHEN p.published = '' THEN 1 ELSE 0 END, p.published, p.seq`, st.ID)
	if err != nil {
		return err
	}
	st.Outlets, err = s.strings(ctx, `SELECT DISTINCT d.outlet FROM story_posts sp JOIN post_sources ps ON ps.post_id = sp.post_id
		JOIN documents d ON d.id = ps.doc_id WHERE sp.story_id = ? AND d.outlet <> '' ORDER BY d.outlet`, st.ID)
	if err != nil {
		return err
	}
	st.Quotes, err = s.strings(ctx, `SELECT q.group_id FROM story_posts sp JOIN quotes q ON q.post_id = sp.post_id
		WHERE sp.story_id = ? AND q.kind <> 'scare' GROUP BY q.group_id ORDER BY count(*) DESC, min(q.seq) LIMIT ?`, st.ID, storyQuotes)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	people := st.People[:0]
	for _, id := range st.People {
		now, err := s.resolveEntity(ctx, id)
		if err != nil {
			return err
		}
		if !seen[now] {
			seen[now] = true
			people = append(people, now)
		}
	}
	st.People = people
	return nil
}

// strings returns the first column of a query's rows.
func (s *DB) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// ListStories implements store.Store: the page is chosen in SQL, then
// each story is read whole.
func (s *DB) ListStories(ctx context.Context, q store.StoryQuery, page store.Page) ([]store.Story, string, error) {
	where, args := []string{"1=1"}, []any{}
	if page.Cursor != "" {
		cond, condArgs, err := afterCursor("s.last_day", "s.id", page.Cursor)
		if err != nil {
			return nil, "", err
		}
		where, args = append(where, cond), append(args, condArgs...)
	}
	// a story overlaps the days asked: it ends on or after since and
	// begins on or before until
	conds, condArgs := inDays("s.last_day", q.Since, time.Time{})
	where, args = append(where, conds...), append(args, condArgs...)
	conds, condArgs = inDays("s.first_day", time.Time{}, q.Until)
	where, args = append(where, conds...), append(args, condArgs...)
	if q.MinPosts > 1 {
		where, args = append(where, `s.size >= ?`), append(args, q.MinPosts)
	}
	if q.Entity != "" {
		id, err := s.resolveEntity(ctx, q.Entity)
		if err != nil {
			return nil, "", err
		}
		mentions, mentionArgs := `SELECT post_id FROM mentions WHERE entity_id = ?`, []any{id}
		if q.RecentMentions > 0 {
			// the primary key's order: a range read backwards
			mentions, mentionArgs = mentions+` ORDER BY published DESC LIMIT ?`, append(mentionArgs, q.RecentMentions)
		}
		where = append(where, `s.id IN (SELECT sp.story_id FROM story_posts sp WHERE sp.post_id IN (`+mentions+`))`)
		args = append(args, mentionArgs...)
	}
	if q.About != "" {
		terms, err := store.ParseQuery(q.About)
		if err != nil {
			return nil, "", err
		}
		where = append(where, `s.id IN (SELECT sp.story_id FROM story_posts sp JOIN passage_occurrences o ON o.post_id = sp.post_id
			WHERE o.passage_id IN (`+s.d.MatchPassages+`))`)
		args = append(args, s.d.Match(terms))
	}
	size := page.Size()
	args = append(args, size+1)
	out, err := s.storyRows(ctx, strings.Join(where, " AND ")+` ORDER BY CASE WHEN s.last_day = '' THEN 1 ELSE 0 END, s.last_day DESC, s.id LIMIT ?`, args)
	if err != nil {
		if q.About != "" && s.d.IsBadQuery != nil && s.d.IsBadQuery(err) {
			return nil, "", fmt.Errorf("stories about %q: %w: %v", q.About, store.ErrBadQuery, err)
		}
		return nil, "", fmt.Errorf("stories: %w", err)
	}
	out, more := trim(out, size)
	for i := range out {
		if err := s.fillStory(ctx, &out[i]); err != nil {
			return nil, "", fmt.Errorf("story %s: %w", out[i].ID, err)
		}
	}
	if !more {
		return out, "", nil
	}
	last := out[len(out)-1]
	return out, newestCursor(timeText(last.Last), last.ID), nil
}
