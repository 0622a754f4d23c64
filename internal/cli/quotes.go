package cli

import (
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/quote"
	"github.com/dateline-news/dateline/internal/record"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/spf13/cobra"
)

func (e *env) quotesCmd() *cobra.Command {
	var (
		q            store.QuoteQuery
		since, until string
		format       string
		altered      bool
	)
	cmd := &cobra.Command{
		Use:   "quotes [--speaker S] [--about QUERY] [--since D] [--until D] [--altered]",
		Short: "Quotations with their speakers, dates and outlets",
		Long: `List stored quotations, newest first. The same words reported by several posts or
outlets (exactly, or with small differences) are one quotation with every source
and every variant.

--speaker matches a speaker by name ("John Kerry"), and by every other name
of the person of that name ("Hank Paulson" finds the quotations of "Henry M.
Paulson"; a name with middle initials, only names with those initials), or by
surname ("Kerry").
--about keeps quotations whose text or post mentions every given word.
--altered keeps quotations that outlets reported with different words (not only
different punctuation, case or quote marks, and not only an excerpt of the same
words), and shows what each changed.`,
		Example: `  dateline quotes --speaker "John Kerry" --about aleppo
  dateline quotes --since 2016-10-01 --format json
  dateline quotes --altered`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if q.Since, q.Until, err = parseDays(since, until); err != nil {
				return err
			}
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if err := checkCount(cmd, "limit", q.Limit); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := e.readStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			jl := newJSONLines(e.Out)
			n, limit := 0, q.Limit
			if altered {
				q.Limit = 0 // counted here, after the filter
			}
			errStop := errors.New("stop")
			err = st.Quotes(ctx, q, func(g store.QuoteGroup) error {
				diff := quote.Altered(g.Variants)
				if altered && diff == nil {
					return nil
				}
				if limit > 0 && n == limit {
					return errStop
				}
				n++
				if format == "json" {
					return jl.write(record.NewQuote(g))
				}
				who := g.Quote.Speaker
				if who == "" {
					who = "(unattributed)"
				}
				date := dateText(g.Published)
				if date == "" {
					date = "undated"
				}
				if g.Quote.Cue != "" {
					who += ", " + g.Quote.Cue // "Priya Kellan, said"
				}
				fmt.Fprintf(e.Out, "%s — %s [%s]\n  “%s”\n", date, terminalText(who), g.Quote.Kind, terminalText(g.Quote.Text))
				if len(g.Variants) > 1 {
					fmt.Fprintf(e.Out, "  variants: %s\n", terminalText(strings.Join(quoted(g.Variants[1:]), "; ")))
				}
				for _, d := range diff {
					fmt.Fprintf(e.Out, "  altered: %s\n", terminalText(wordChange(d)))
				}
				fmt.Fprintf(e.Out, "  %s\n\n", terminalText(domain.ProvenanceOf(g.Sources).String()))
				return nil
			})
			if err != nil && err != errStop {
				return err
			}
			if n == 0 && format == "text" {
				fmt.Fprintln(e.Out, "no quotations match")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&q.Speaker, "speaker", "", "only quotations by this speaker (full name or surname)")
	f.StringVar(&q.About, "about", "", "only quotations whose text or post mentions these words")
	f.StringVar(&since, "since", "", "reported on or after this date (YYYY-MM-DD)")
	f.StringVar(&until, "until", "", "reported on or before this date (YYYY-MM-DD)")
	f.IntVar(&q.Limit, "limit", 0, "at most this many quotations (default: all)")
	f.StringVar(&format, "format", "text", "output: text, or json (JSON lines)")
	f.BoolVar(&altered, "altered", false, "only quotations reported with different words by different posts or outlets")
	return cmd
}

// wordChange reads "“…variant…”: -spring +summer".
func wordChange(d quote.WordDiff) string {
	var parts []string
	for _, w := range d.Removed {
		parts = append(parts, "-"+w)
	}
	for _, w := range d.Added {
		parts = append(parts, "+"+w)
	}
	return "“" + d.Variant + "”: " + strings.Join(parts, " ")
}

func quoted(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "“" + s + "”"
	}
	return out
}

func (e *env) entitiesCmd() *cobra.Command {
	var (
		typ    string
		top    int
		format string
	)
	cmd := &cobra.Command{
		Use:   "entities [--type PER|ORG|LOC|MISC] [--top N]",
		Short: "People, organisations and places, with aliases and roles",
		Long: `List the stored entities, most mentioned first: one entity per person, organisation,
place or other name however outlets wrote it ("Kerry", "Mr Kerry", "US Secretary of
State John Kerry"), with every alias and the roles the press gave them, each with
the date it was reported.`,
		Example: `  dateline entities --type PER --top 10
  dateline entities --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			typ = strings.ToUpper(typ)
			switch typ {
			case "", "PER", "ORG", "LOC", "MISC":
			default:
				return usagef("--type %q: want PER, ORG, LOC or MISC", typ)
			}
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if err := checkCount(cmd, "top", top); err != nil {
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
			errStop := fmt.Errorf("stop")
			err = st.Entities(ctx, func(en domain.Entity) error {
				if typ != "" && string(en.Type) != typ {
					return nil
				}
				if top > 0 && n == top {
					return errStop
				}
				n++
				r := record.NewEntity(en)
				if format == "json" {
					return jl.write(r)
				}
				fmt.Fprintf(e.Out, "%-4s %5d  %s\n", en.Type, en.Mentions, terminalText(en.Name))
				if len(r.Roles) > 0 {
					fmt.Fprintf(e.Out, "           roles: %s\n", terminalText(strings.Join(r.Roles, "; ")))
				}
				if len(r.Aliases) > 1 {
					fmt.Fprintf(e.Out, "           also: %s\n", terminalText(strings.Join(r.Aliases, "; ")))
				}
				return nil
			})
			if err != nil && err != errStop {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&typ, "type", "", "only this type: PER, ORG, LOC or MISC")
	f.IntVar(&top, "top", 0, "only the N most mentioned (default: all)")
	f.StringVar(&format, "format", "text", "output: text, or json (JSON lines)")
	return cmd
}
