package cli

import (
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func (e *env) searchCmd() *cobra.Command {
	var (
		q            store.Query
		page         store.Page
		since, until string
		format       string
		asJSON       bool
		perDocument  int
		words        []string
	)
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY",
		Short: "Find passages, ranked, with the outlets that carried them",
		Long: `Full-text search over the stored passages (paragraphs of post text), best first,
at most two passages from one document unless --per-document says otherwise.

Query syntax:
  bombing aleppo  every word must match (stemmed: "bombing" finds "bombed")
  "a phrase"      the words in that order
  a OR b          either
  -word           excludes passages with the word (so does NOT word); a query
                  needs a word that is not excluded. A query may start with
                  -word, or give it after --: "search -trump kerry" and
                  "search -- -trump kerry" both find kerry without trump.
                  Flags always take two dashes (--limit), but -h.
  word*           a prefix

Punctuation only separates words ("al-Assad" is the phrase "al Assad"), except
in acronyms: two or more single letters each followed by a dot are one word of
the letters, in the passages and in the query, so "F.B.I.", "f.b.i." and "FBI"
find each other ("U.S." is "US"). Initials with spaces ("J. R.") stay single
letters. A query is at most 1000 bytes and 64 distinct words (a repeated word
counts once).

Each hit shows a snippet with the matched words in [brackets], the post's
headline, and provenance: how many outlets carried the passage and who
carried it first.`,
		Example: `  dateline search aleppo ceasefire
  dateline search '"war crimes" OR atrocities' --since 2016-10-01 --limit 5
  dateline search -trump kerry --per-document 1
  dateline search embassy --outlet itv.com --json`,
		// Flags are parsed in Args, by searchArgs: cobra's parser reads a
		// leading -word as flags.
		DisableFlagParsing: true,
		Args: func(cmd *cobra.Command, args []string) error {
			flags, query := searchArgs(cmd, args)
			cmd.DisableFlagParsing = false // parse as cobra would have
			if err := cmd.ParseFlags(flags); err != nil {
				return cmd.FlagErrorFunc()(cmd, err)
			}
			if help, _ := cmd.Flags().GetBool("help"); help {
				return nil
			}
			if len(query) == 0 {
				return usagef("search needs a QUERY")
			}
			words = query
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if help, _ := cmd.Flags().GetBool("help"); help {
				return cmd.Help()
			}
			ctx := cmd.Context()
			q.Text = strings.Join(words, " ")
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			if page.Limit < 1 || page.Limit > store.MaxLimit {
				return usagef("--limit %d: want 1 to %d", page.Limit, store.MaxLimit)
			}
			switch {
			case perDocument < 0:
				return usagef("--per-document %d: want 1 or more, or 0 for no limit", perDocument)
			case perDocument == 0:
				q.PerDocument = -1
			default:
				q.PerDocument = perDocument
			}
			if asJSON {
				format = "json"
			}
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
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
					if err := jl.write(record.NewHit(h)); err != nil {
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
	f.IntVar(&perDocument, "per-document", store.DefaultPerDocument, "at most this many passages from one document (0: no limit)")
	return cmd
}

// searchArgs splits a search command line into flags and query words.
// An argument starting with two dashes is a flag (with its value, if the
// flag takes one and it is not given after "="), so that a mistyped flag
// is still an error; one starting with one dash is a query word (an
// exclusion), unless it is a defined shorthand ("-h"); everything after
// "--" is query words.
func searchArgs(cmd *cobra.Command, args []string) (flags, words []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		var f *pflag.Flag
		switch {
		case a == "--":
			return flags, append(words, args[i+1:]...)
		case strings.HasPrefix(a, "--"):
			name, _, _ := strings.Cut(a[2:], "=")
			if f = cmd.Flags().Lookup(name); f == nil {
				f = cmd.InheritedFlags().Lookup(name)
			}
		case len(a) == 2 && a[0] == '-':
			if f = cmd.Flags().ShorthandLookup(a[1:]); f == nil {
				words = append(words, a)
				continue
			}
		default:
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
		if f != nil && f.NoOptDefVal == "" && !strings.Contains(a, "=") && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, words
}
