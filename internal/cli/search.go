package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/spf13/cobra"
)

type hitRecord struct {
	ID        string         `json:"id"`
	Text      string         `json:"text"`
	Snippet   string         `json:"snippet"`
	Score     float64        `json:"score"`
	PostID    string         `json:"post_id"`
	Headline  any            `json:"headline"`
	FirstSeen any            `json:"first_seen"`
	Outlets   int            `json:"outlets"`
	Sources   []sourceRecord `json:"sources"`
}

func (e *env) searchCmd() *cobra.Command {
	var (
		q            store.Query
		page         store.Page
		since, until string
		format       string
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Find passages, ranked, with the outlets that carried them",
		Long: `Full-text search over the stored passages (paragraphs of post text), best first.

Query syntax: words must all match (stemmed: "bombing" finds "bombed");
"a phrase" matches words in order; OR between words or phrases matches
either; -word or NOT word excludes; word* matches a prefix.

Each hit shows a snippet with the matched words in [brackets], the post's
headline, and provenance: how many outlets carried the passage and who
carried it first.`,
		Example: `  dateline search aleppo ceasefire
  dateline search '"war crimes" OR atrocities' --since 2016-10-01 --limit 5
  dateline search embassy --outlet itv.com --json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("search needs a QUERY")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q.Text = strings.Join(args, " ")
			var err error
			if q.Since, err = parseDate("since", since); err != nil {
				return err
			}
			if q.Until, err = parseDate("until", until); err != nil {
				return err
			}
			if page.Limit < 1 || page.Limit > store.MaxLimit {
				return usagef("--limit %d: want 1 to %d", page.Limit, store.MaxLimit)
			}
			if asJSON {
				format = "json"
			}
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			st, err := e.readStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			hits, next, err := st.Search(ctx, q, page)
			if errors.Is(err, store.ErrBadQuery) || errors.Is(err, store.ErrBadCursor) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			if format == "json" {
				jl := newJSONLines(e.Out)
				for _, h := range hits {
					if err := jl.write(hitRecord{ID: h.Passage.ID, Text: h.Passage.Text, Snippet: h.Snippet, Score: h.Score, PostID: h.PostID,
						Headline: nullable(h.Headline), FirstSeen: dateJSON(h.Passage.FirstSeen), Outlets: h.Passage.Outlets,
						Sources: sourceRecords(h.Passage.Sources, true)}); err != nil {
						return err
					}
				}
				return nil
			}
			if len(hits) == 0 {
				fmt.Fprintf(e.Out, "no passages match %s\n", terminalText(fmt.Sprintf("%q", q.Text)))
				return nil
			}
			for i, h := range hits {
				if i > 0 {
					fmt.Fprintln(e.Out)
				}
				head := h.Headline
				if head == "" {
					head = "(untitled)"
				}
				fmt.Fprintf(e.Out, "%d. %s\n   %s\n   %s\n", i+1, terminalText(head), terminalText(h.Snippet), terminalText(domain.ProvenanceOf(h.Passage.Sources).String()))
			}
			if next != "" {
				fmt.Fprintf(e.Out, "\n(more: --cursor %s)\n", next)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&q.Outlet, "outlet", "", "only passages carried by this outlet")
	f.StringVar(&since, "since", "", "only passages first seen on or after this date (YYYY-MM-DD)")
	f.StringVar(&until, "until", "", "only passages first seen on or before this date (YYYY-MM-DD)")
	f.IntVar(&page.Limit, "limit", 10, "at most this many results")
	f.StringVar(&page.Cursor, "cursor", "", "the next page: the cursor the previous page printed")
	f.StringVar(&format, "format", "text", "output: text, or json (JSON lines)")
	f.BoolVar(&asJSON, "json", false, "same as --format json")
	f.StringVar(&q.Speaker, "speaker", "", "only passages quoting this speaker (full name or surname)")
	return cmd
}
