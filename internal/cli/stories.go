package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/record"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/spf13/cobra"
)

// eachStory calls fn for every story matching q, latest first, at most
// limit (0: all).
func eachStory(ctx context.Context, st store.Store, q store.StoryQuery, limit int, fn func(store.Story) error) error {
	page := store.Page{Limit: store.MaxLimit}
	n := 0
	for {
		if limit > 0 {
			page.Limit = min(store.MaxLimit, limit-n)
		}
		ss, next, err := st.ListStories(ctx, q, page)
		if err != nil {
			return err
		}
		for _, s := range ss {
			if err := fn(s); err != nil {
				return err
			}
		}
		n += len(ss)
		if next == "" || (limit > 0 && n >= limit) {
			return nil
		}
		page.Cursor = next
	}
}

func (e *env) storiesCmd() *cobra.Command {
	var (
		q            store.StoryQuery
		since, until string
		limit        int
		format       string
	)
	cmd := &cobra.Command{
		Use:   "stories [--since D] [--until D] [--about QUERY] [--limit N]",
		Short: "Stories: posts about the same event, across outlets",
		Long: `List stories, latest first: posts and articles about the same event, grouped as they
were ingested. Each story shows its label (a representative headline), its first
and last days, its size and its outlets; "dateline story ID" shows one whole.

--since and --until keep stories that overlap those days; --about keeps stories with
a post that mentions the words (a search query); --min-posts hides small ones.`,
		Example: `  dateline stories --since 2016-10-01 --about aleppo
  dateline stories --min-posts 3 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if err := checkCount(cmd, "limit", limit); err != nil {
				return err
			}
			if err := checkCount(cmd, "min-posts", q.MinPosts); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := e.readStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			jl := newJSONLines(e.Out)
			n := 0
			err = eachStory(ctx, st, q, limit, func(s store.Story) error {
				n++
				if format == "json" {
					return jl.write(record.NewStory(s))
				}
				fmt.Fprintf(e.Out, "%s  %s  %s  %s\n  %s\n", s.ID, storyDays(s), lang.Count(s.Size, "post"), terminalText(strings.Join(s.Outlets, ", ")), terminalText(s.Label))
				return nil
			})
			if err != nil {
				return err
			}
			if n == 0 && format == "text" {
				fmt.Fprintln(e.Out, "no stories match")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&q.About, "about", "", "only stories with a post mentioning these words")
	f.StringVar(&since, "since", "", "stories lasting until this date or later (YYYY-MM-DD)")
	f.StringVar(&until, "until", "", "stories begun on or before this date (YYYY-MM-DD)")
	f.IntVar(&q.MinPosts, "min-posts", 0, "only stories of at least this many posts")
	f.IntVar(&limit, "limit", 0, "at most this many stories (default: all)")
	f.StringVar(&format, "format", "text", "output: text, or json (JSON lines)")
	return cmd
}

// storyDays renders a story's days: "2016-10-11", "2016-10-11 – 2016-10-13" or "undated".
func storyDays(s store.Story) string {
	first, last := dateText(s.First), dateText(s.Last)
	switch {
	case first == "":
		return "undated"
	case first == last:
		return first
	}
	return first + " – " + last
}

func (e *env) storyCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "story ID",
		Short: "One story: its posts, outlets, people and quotes",
		Long: `Show one story: its label, days and outlets, then its posts (date, outlet, headline),
the people most mentioned in them and the quotations they report most.`,
		Example: `  dateline story st3f2a9c1d0e4b5a6f
  dateline story st3f2a9c1d0e4b5a6f --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := e.readStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Story(ctx, args[0])
			if err != nil {
				return err
			}
			if format == "json" {
				return newJSONLines(e.Out).write(record.NewStory(s))
			}
			return e.showStory(ctx, st, s)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output: text, or json")
	return cmd
}

// showStory prints a story as text.
func (e *env) showStory(ctx context.Context, st store.Store, s store.Story) error {
	out := e.Out
	fmt.Fprintf(out, "%s\n%s  %s\n", terminalText(s.Label), storyDays(s), lang.Count(s.Size, "post"))
	if len(s.Outlets) > 0 {
		fmt.Fprintf(out, "outlets: %s\n", terminalText(strings.Join(s.Outlets, ", ")))
	}
	fmt.Fprintln(out, "\nposts:")
	page := store.Page{Limit: store.MaxLimit}
	for {
		posts, next, err := st.ListPosts(ctx, store.PostQuery{Story: s.ID}, page)
		if err != nil {
			return err
		}
		for _, p := range posts {
			date := dateText(p.Published)
			if date == "" {
				date = "undated   "
			}
			var outlets []string
			for _, src := range p.Sources {
				if name := src.Name(); !slices.Contains(outlets, name) {
					outlets = append(outlets, name)
				}
			}
			fmt.Fprintf(out, "  %s  %s\n    %s\n", date, terminalText(lang.Title(p.Headline, p.Text)), terminalText(strings.Join(outlets, ", ")))
		}
		if next == "" {
			break
		}
		page.Cursor = next
	}
	if len(s.People) > 0 {
		fmt.Fprintln(out, "\npeople:")
		for _, id := range s.People {
			name := id
			if en, err := st.Entity(ctx, id); err == nil {
				name = en.Name
			} else if !errors.Is(err, store.ErrNotFound) {
				return err
			}
			fmt.Fprintf(out, "  %s\n", terminalText(name))
		}
	}
	if len(s.Quotes) > 0 {
		fmt.Fprintln(out, "\nquotes:")
		for _, id := range s.Quotes {
			g, err := st.QuoteGroup(ctx, id)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			who := g.Quote.Speaker
			if who == "" {
				who = "(unattributed)"
			}
			fmt.Fprintf(out, "  %s: “%s”\n", terminalText(who), terminalText(g.Quote.Text))
		}
	}
	return nil
}
