package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/digest"
	"github.com/dateline-news/dateline/internal/record"
	"io"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/summary"
	"github.com/spf13/cobra"
)

// selection is what a timeline or briefing is about, as flags.
type selection struct {
	digest.Selection
	since, until string
}

func (s *selection) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&s.Entity, "entity", "", "only posts that mention this person, organisation or place (a name or an entity ID)")
	f.StringVar(&s.Story, "story", "", "only the posts of this story (an ID from dateline stories)")
	f.StringVar(&s.since, "since", "", "only posts published on or after this day (YYYY-MM-DD)")
	f.StringVar(&s.until, "until", "", "only posts published on or before this day, all of it (YYYY-MM-DD)")
}

func (s *selection) parse(args []string) error {
	s.Query = strings.Join(args, " ")
	var err error
	if s.Since, s.Until, err = parseDays(s.since, s.until); err != nil {
		return err
	}
	if !s.Since.IsZero() && !s.Until.IsZero() && s.Until.Before(s.Since) {
		return usagef("--until %s is before --since %s", s.until, s.since)
	}
	return nil
}

// withPosts opens the store, reads the selected posts and hands them to
// fn with the spans naming the selected entity (digest.Subject; nil
// without one) and an empty source list. An unknown entity or story, or
// a bad query, is a usage error.
func (e *env) withPosts(cmd *cobra.Command, sel *selection, fn func(context.Context, []domain.Post, map[string][]domain.Span, *digest.Citations) error) error {
	ctx := cmd.Context()
	st, err := e.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	posts, err := digest.Posts(ctx, st, sel.Selection)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return usageError{fmt.Errorf("%w (see dateline entities, dateline stories)", err)}
	case errors.Is(err, store.ErrBadQuery):
		return usageError{err}
	case err != nil:
		return err
	}
	subject, err := digest.Subject(ctx, st, sel.Selection, posts)
	if err != nil {
		return err
	}
	return fn(ctx, posts, subject, digest.NewCitations(st, posts))
}

func marks(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// writeSources prints a numbered source list.
func writeSources(w io.Writer, list []record.CitedSource) {
	if len(list) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, s := range list {
		line := s.Name
		if d, ok := s.Published.(string); ok {
			line += ", " + d[:min(len(d), len(time.DateOnly))] // the day; JSON keeps the time
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
func speakerNote(s record.SummarySentence) string {
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
match it. With --entity, the sentences naming that entity are chosen over the rest
of the posts that mention it, wherever they stand in a post.

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
			if err := checkFormat(format, "text", "json", "t17"); err != nil {
				return err
			}
			return e.withPosts(cmd, &sel, func(ctx context.Context, posts []domain.Post, subject map[string][]domain.Span, cites *digest.Citations) error {
				tl := summary.Timeline(posts, summary.TimelineOptions{Dates: dates, PerDate: perDate, Since: sel.Since, Until: sel.Until,
					Query: lang.Words(sel.Query), Subject: subject})
				if format == "t17" {
					_, err := io.WriteString(e.Out, summary.T17(tl))
					return err
				}
				entries, err := cites.Timeline(ctx, tl)
				if err != nil {
					return err
				}
				if format == "json" {
					return newJSONLines(e.Out).write(map[string]any{"entries": entries, "sources": record.NonNil(cites.Sources())})
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
				writeSources(e.Out, cites.Sources())
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
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return e.withPosts(cmd, &sel, func(ctx context.Context, posts []domain.Post, subject map[string][]domain.Span, cites *digest.Citations) error {
				out, err := cites.Brief(ctx, summary.Brief(posts, summary.BriefOptions{Words: words, Query: lang.Words(sel.Query), Subject: subject}))
				if err != nil {
					return err
				}
				if format == "json" {
					return newJSONLines(e.Out).write(map[string]any{"sentences": out, "sources": record.NonNil(cites.Sources())})
				}
				if len(out) == 0 {
					fmt.Fprintln(e.Out, "no posts to brief on")
					return nil
				}
				for _, s := range out {
					fmt.Fprintf(e.Out, "%s %s\n", terminalText(lang.Space(s.Text)+speakerNote(s)), marks(s.Citations))
				}
				writeSources(e.Out, cites.Sources())
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
