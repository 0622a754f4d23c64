package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"io"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/summary"
	"github.com/spf13/cobra"
)

// Bounds on the posts a timeline or briefing reads, so that either takes
// a second or two on a large archive: the best matches of a query (one
// page of search results, one post per document), else the posts first
// stored among those selected.
const (
	maxQueryPosts   = 500
	maxSummaryPosts = 1000
)

// selection is what a timeline or briefing is about.
type selection struct {
	query        string
	entity       string
	story        string
	since, until string
	sinceT       time.Time
	untilT       time.Time
}

func (s *selection) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&s.entity, "entity", "", "only posts that mention this person, organisation or place (a name or an entity ID)")
	f.StringVar(&s.story, "story", "", "only the posts of this story (an ID from dateline stories)")
	f.StringVar(&s.since, "since", "", "only posts published on or after this day (YYYY-MM-DD)")
	f.StringVar(&s.until, "until", "", "only posts published on or before this day, all of it (YYYY-MM-DD)")
}

func (s *selection) parse(args []string) error {
	s.query = strings.Join(args, " ")
	var err error
	if s.sinceT, err = parseDate("since", s.since); err != nil {
		return err
	}
	if s.untilT, err = parseDate("until", s.until); err != nil {
		return err
	}
	if !s.sinceT.IsZero() && !s.untilT.IsZero() && s.untilT.Before(s.sinceT) {
		return usagef("--until %s is before --since %s", s.until, s.since)
	}
	return nil
}

// posts reads the selected posts: those with passages matching the query
// (best first), else those mentioning the entity, else every post, within
// the dates; at most maxSummaryPosts.
func (s *selection) posts(ctx context.Context, st store.Store) ([]domain.Post, error) {
	q := store.PostQuery{Since: s.sinceT, Until: s.untilT, Story: s.story}
	if s.story != "" {
		if _, err := st.Story(ctx, s.story); errors.Is(err, store.ErrNotFound) {
			return nil, usagef("--story %q: no such story (see dateline stories)", s.story)
		} else if err != nil {
			return nil, err
		}
	}
	if s.entity != "" {
		en, err := findEntity(ctx, st, s.entity)
		if err != nil {
			return nil, err
		}
		q.Entity = en.ID
	}
	if s.query == "" {
		return store.CollectPosts(ctx, st, q, maxSummaryPosts)
	}
	// A query: the posts of its best passages, in the dates (and mentioning
	// the entity, if one is given).
	var keep map[string]bool
	if q.Entity != "" || q.Story != "" {
		ps, err := store.CollectPosts(ctx, st, q, maxSummaryPosts)
		if err != nil {
			return nil, err
		}
		keep = make(map[string]bool, len(ps))
		for _, p := range ps {
			keep[p.ID] = true
		}
	}
	hits, _, err := st.Search(ctx, store.Query{Text: s.query, PerDocument: 1}, store.Page{Limit: maxQueryPosts})
	if err != nil {
		if errors.Is(err, store.ErrBadQuery) {
			return nil, usageError{err}
		}
		return nil, err
	}
	seen := map[string]bool{}
	var out []domain.Post
	for _, h := range hits {
		if seen[h.PostID] || (keep != nil && !keep[h.PostID]) {
			continue
		}
		seen[h.PostID] = true
		p, err := st.Post(ctx, h.PostID)
		if err != nil {
			return nil, err
		}
		if store.InDays(p.Published, s.sinceT, s.untilT) || (s.sinceT.IsZero() && s.untilT.IsZero()) {
			out = append(out, p)
		}
	}
	return out, nil
}

// findEntity finds an entity by ID or name: the most mentioned entity
// whose merge key is the name's (as a person, organisation, place or
// other), else the person the name is the surname of.
func findEntity(ctx context.Context, st store.Store, name string) (domain.Entity, error) {
	if en, err := st.Entity(ctx, name); err == nil {
		return en, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return domain.Entity{}, err
	}
	var keys domain.EntityKeys
	for _, t := range []domain.EntityType{domain.PER, domain.ORG, domain.LOC, domain.MISC} {
		if k := entity.Key(t, name); k != "" && !containsString(keys.Keys, k) {
			keys.Keys = append(keys.Keys, k)
		}
	}
	if ws := strings.Fields(entity.Key(domain.PER, name)); len(ws) == 1 {
		keys.Surnames = ws
	}
	found, err := st.EntitiesByKey(ctx, keys)
	if err != nil {
		return domain.Entity{}, err
	}
	var best domain.Entity
	for _, en := range found {
		if !containsString(keys.Keys, en.Key) && !lang.SamePerson(en.Name, name) {
			continue
		}
		if en.Mentions > best.Mentions {
			best = en
		}
	}
	if best.ID == "" {
		return best, usagef("--entity %q: no such entity (see dateline entities)", name)
	}
	return best, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// citations numbers the documents summary sentences cite: every document
// that carried the sentence's passage, else its post's documents.
type citations struct {
	st    store.Store
	index map[string]int // doc ID → number
	list  []citedSource
}

// citedSource is one entry of a source list.
type citedSource struct {
	N        int    `json:"n"`
	DocID    string `json:"doc_id"`
	PostID   string `json:"post_id"`
	Outlet   any    `json:"outlet"`
	Name     string `json:"name"`
	Date     any    `json:"published"`
	Headline any    `json:"headline"`
	URL      any    `json:"url"`
	Source   string `json:"source"`
}

func newCitations(st store.Store) *citations {
	return &citations{st: st, index: map[string]int{}}
}

// sources are every source of a summary sentence: of the passage that is
// that sentence, when stored as one, else of its post.
func (c *citations) sources(ctx context.Context, posts map[string]*domain.Post, s summary.Sentence) ([]domain.Source, error) {
	if p := posts[s.PostID]; p != nil {
		for _, ref := range p.Passages {
			if ref.Start == s.Start && ref.End == s.End {
				pa, err := c.st.Passage(ctx, ref.ID)
				if err != nil {
					return nil, err
				}
				if len(pa.Sources) > 0 {
					return pa.Sources, nil
				}
			}
		}
	}
	return s.Sources, nil
}

// cite returns the numbers of srcs in the source list, adding new ones.
func (c *citations) cite(ctx context.Context, srcs []domain.Source) ([]int, error) {
	var ns []int
	for _, src := range srcs {
		n, ok := c.index[src.DocID]
		if !ok {
			headline := ""
			if p, err := c.st.Post(ctx, src.PostID); err == nil {
				headline = p.Headline
			} else if !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
			n = len(c.list) + 1
			c.index[src.DocID] = n
			c.list = append(c.list, citedSource{N: n, DocID: src.DocID, PostID: src.PostID, Outlet: record.Nullable(src.OutletName()),
				Name: src.Name(), Date: record.Date(src.Published), Headline: record.Nullable(headline), URL: record.Nullable(src.URL), Source: src.Source})
		}
		if !containsInt(ns, n) {
			ns = append(ns, n)
		}
	}
	return ns, nil
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func marks(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// writeSources prints the numbered source list.
func (c *citations) writeSources(w io.Writer) {
	if len(c.list) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, s := range c.list {
		line := s.Name
		if d, ok := s.Date.(string); ok {
			line += ", " + d
		}
		if h, ok := s.Headline.(string); ok {
			line += fmt.Sprintf(", %q", h)
		}
		if u, ok := s.URL.(string); ok {
			line += ", " + u
		} else {
			line += ", " + s.Source
		}
		fmt.Fprintf(w, "  [%d] %s\n", s.N, terminalText(line))
	}
}

// speakerNote names the speakers of the quotations in a sentence that the
// sentence does not name itself.
func speakerNote(s summarySentence) string {
	var missing []string
	for _, sp := range s.Speakers {
		ws := strings.Fields(sp)
		if len(ws) > 0 && !strings.Contains(s.Text, ws[len(ws)-1]) {
			missing = append(missing, sp)
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return " (quoting " + strings.Join(missing, ", ") + ")"
}

func postIndex(posts []domain.Post) map[string]*domain.Post {
	m := make(map[string]*domain.Post, len(posts))
	for i := range posts {
		m[posts[i].ID] = &posts[i]
	}
	return m
}

type summarySentence struct {
	Text      string          `json:"text"`
	PostID    string          `json:"post_id"`
	Start     int             `json:"start"`
	End       int             `json:"end"`
	Published any             `json:"published"`
	Speakers  []string        `json:"speakers"`
	Citations []int           `json:"citations"`
	Sources   []record.Source `json:"sources"`
}

func (e *env) timelineCmd() *cobra.Command {
	var (
		sel            selection
		dates, perDate int
		format         string
	)
	cmd := &cobra.Command{
		Use:   "timeline [QUERY] [--entity NAME] [--story ID] [--since D] [--until D] [--dates N] [--per-date K]",
		Short: "What happened, day by day, with sources",
		Long: `Build a timeline from the stored posts: the days that matter most (when many posts
were published, and the days many sentences refer to), and for each the sentences
that best say what happened that day, without repeats. Every sentence is quoted
verbatim from a stored post and cites the documents that carried it.

Without a QUERY, --entity or --story, every post published between --since and --until is
used (at most 1,000). With a QUERY, the (at most 500) posts whose passages best
match it.

Formats: text (with a numbered source list), json
({"entries":[{"date","sentences":[{"text","post_id","sources":[…]}]}]}), and t17
(the Timeline17 format: a YYYY-MM-DD line, one sentence per line, 32 dashes).`,
		Example: `  dateline timeline "John Kerry" --since 2016-10-01 --until 2016-10-31
  dateline timeline --entity "Bashar al-Assad" --dates 5 --per-date 1
  dateline timeline --since 2010-04-20 --until 2010-09-19 --dates 20 --format t17`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := sel.parse(args); err != nil {
				return err
			}
			if dates < 1 || perDate < 1 {
				return usagef("--dates %d --per-date %d: want 1 or more of each", dates, perDate)
			}
			if format != "text" && format != "json" && format != "t17" {
				return usagef("--format %q: want text, json or t17", format)
			}
			return e.withPosts(cmd, &sel, func(ctx context.Context, posts []domain.Post, cites *citations) error {
				tl := summary.Timeline(posts, summary.TimelineOptions{Dates: dates, PerDate: perDate, Since: sel.sinceT, Until: sel.untilT, Query: lang.Words(sel.query)})
				if format == "t17" {
					_, err := io.WriteString(e.Out, summary.T17(tl))
					return err
				}
				byID := postIndex(posts)
				type entry struct {
					Date      string            `json:"date"`
					Sentences []summarySentence `json:"sentences"`
				}
				entries := make([]entry, 0, len(tl))
				for _, en := range tl {
					out := entry{Date: en.Date.Format(dateLayout)}
					for _, s := range en.Sentences {
						rec, err := cites.record(ctx, byID, s)
						if err != nil {
							return err
						}
						out.Sentences = append(out.Sentences, rec)
					}
					entries = append(entries, out)
				}
				if format == "json" {
					return newJSONLines(e.Out).write(map[string]any{"entries": entries, "sources": cites.list})
				}
				if len(entries) == 0 {
					fmt.Fprintln(e.Out, "no dated posts to make a timeline of")
					return nil
				}
				for _, en := range entries {
					fmt.Fprintln(e.Out, en.Date)
					for _, s := range en.Sentences {
						fmt.Fprintf(e.Out, "  %s %s\n", terminalText(lang.Space(s.Text)+speakerNote(s)), marks(s.Citations))
					}
				}
				cites.writeSources(e.Out)
				return nil
			})
		},
	}
	sel.register(cmd)
	f := cmd.Flags()
	f.IntVar(&dates, "dates", summary.DefaultDates, "how many days")
	f.IntVar(&perDate, "per-date", summary.DefaultPerDate, "sentences per day")
	f.StringVar(&format, "format", "text", "output: text, json or t17")
	return cmd
}

// withPosts opens the store, reads the selected posts and hands them to
// fn with an empty source list.
func (e *env) withPosts(cmd *cobra.Command, sel *selection, fn func(context.Context, []domain.Post, *citations) error) error {
	ctx := cmd.Context()
	st, err := e.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	posts, err := sel.posts(ctx, st)
	if err != nil {
		return err
	}
	return fn(ctx, posts, newCitations(st))
}

// record is the output form of a summary sentence, its sources cited.
func (c *citations) record(ctx context.Context, posts map[string]*domain.Post, s summary.Sentence) (summarySentence, error) {
	srcs, err := c.sources(ctx, posts, s)
	if err != nil {
		return summarySentence{}, err
	}
	ns, err := c.cite(ctx, srcs)
	if err != nil {
		return summarySentence{}, err
	}
	speakers := s.Speakers
	if speakers == nil {
		speakers = []string{}
	}
	return summarySentence{Text: s.Text, PostID: s.PostID, Start: s.Start, End: s.End, Published: record.Date(s.Published),
		Speakers: speakers, Citations: ns, Sources: record.Sources(srcs, true)}, nil
}

func (e *env) briefCmd() *cobra.Command {
	var (
		sel    selection
		words  int
		format string
	)
	cmd := &cobra.Command{
		Use:   "brief [QUERY] [--entity NAME] [--story ID] [--since D] [--until D] [--words N]",
		Short: "A short briefing with numbered sources",
		Long: `Write an extractive briefing of the stored posts: the sentences that together say
most of what was reported (central to the reports, and not repeating each other),
in the order things were reported. Each sentence is quoted verbatim from a stored
post, followed by its citations [1][2], and the briefing ends with the numbered
list of sources (outlet, date, headline, URL or file). Quotations name their
speakers; commentary and boilerplate are never used.

The posts are chosen as for timeline: by QUERY, --entity, --story and dates.`,
		Example: `  dateline brief Aleppo
  dateline brief --entity "John Kerry" --since 2016-10-01 --words 150 --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := sel.parse(args); err != nil {
				return err
			}
			if words < 1 {
				return usagef("--words %d: want 1 or more", words)
			}
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			return e.withPosts(cmd, &sel, func(ctx context.Context, posts []domain.Post, cites *citations) error {
				brief := summary.Brief(posts, summary.BriefOptions{Words: words, Query: lang.Words(sel.query)})
				byID := postIndex(posts)
				out := make([]summarySentence, 0, len(brief))
				for _, s := range brief {
					rec, err := cites.record(ctx, byID, s)
					if err != nil {
						return err
					}
					out = append(out, rec)
				}
				if format == "json" {
					return newJSONLines(e.Out).write(map[string]any{"sentences": out, "sources": cites.list})
				}
				if len(out) == 0 {
					fmt.Fprintln(e.Out, "no posts to brief on")
					return nil
				}
				for _, s := range out {
					fmt.Fprintf(e.Out, "%s %s\n", terminalText(lang.Space(s.Text)+speakerNote(s)), marks(s.Citations))
				}
				cites.writeSources(e.Out)
				return nil
			})
		},
	}
	sel.register(cmd)
	f := cmd.Flags()
	f.IntVar(&words, "words", summary.DefaultBriefWords, "length of the briefing in words")
	f.StringVar(&format, "format", "text", "output: text, or json")
	return cmd
}
