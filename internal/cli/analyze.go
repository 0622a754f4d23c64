package cli

import (
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"io"
	"os"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/eval/conll"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/timex"
	"github.com/spf13/cobra"
)

type analyzePost struct {
	Headline   any              `json:"headline"`
	Caption    any              `json:"caption"`
	Credit     any              `json:"credit"`
	Text       string           `json:"text"`
	Commentary []string         `json:"commentary"`
	Published  any              `json:"published"`
	Paragraphs []domain.Span    `json:"paragraphs"`
	Sentences  []domain.Span    `json:"sentences"`
	Quotes     []domain.Quote   `json:"quotes"`
	Entities   []domain.Mention `json:"entities"`
	Dates      []domain.DateRef `json:"dates"`
}

type analyzeDoc struct {
	Source     string        `json:"source"`
	URL        any           `json:"url"`
	Outlet     any           `json:"outlet"`
	Title      any           `json:"title"`
	Kind       domain.Kind   `json:"kind"`
	Published  any           `json:"published"`
	DateOrigin any           `json:"date_origin"`
	Posts      []analyzePost `json:"posts"`
}

func (e *env) analyzeCmd() *cobra.Command {
	var format, dct string
	cmd := &cobra.Command{
		Use:   "analyze [--dct YYYY-MM-DD] [--format json|conll|timeml] FILE|-",
		Short: "Analyse one document without a database",
		Long: `Read one input (a file or - for standard input), clean and segment it, and print what
Dateline finds in it as JSON: {"documents":[{"source","kind","published","posts":[…]}]}.
Each post has headline, caption, credit, text, commentary, paragraph and sentence
offsets, quotes, entities and dates.

--dct sets the document creation time used to resolve relative dates when the
document has no date of its own.

--format conll reads CoNLL columns (one token per line, blank lines between
sentences, -DOCSTART- lines between documents) and writes them back with a
predicted IOB2 entity tag (PER, ORG, LOC, MISC) appended to every token line.

--format timeml reads a TimeML / TempEval-3 input document, takes its creation
time from <DCT>, and writes it back with <TIMEX3 tid type value> tags added
inside <TEXT>; everything else is copied byte for byte.`,
		Example: `  dateline analyze page.txt
  curl -s https://example.org/story.txt | dateline analyze -
  dateline analyze --format conll test.conll > tagged.conll
  dateline analyze --format timeml article.tml > tagged.tml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("analyze needs exactly one FILE or -")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "json":
			case "conll", "timeml":
				return e.analyzeStream(args[0], format)
			default:
				return usagef("--format %q: want json, conll or timeml", format)
			}
			var dctTime time.Time
			if dct != "" {
				t, err := time.Parse(dateLayout, dct)
				if err != nil {
					return usagef("--dct %q: want YYYY-MM-DD", dct)
				}
				dctTime = t
			}
			var in ingest.Input
			if args[0] == "-" {
				in = ingest.ReaderInput("-", e.In)
			} else {
				ins, errs := ingest.Expand(args, e.In)
				if len(errs) > 0 {
					return errs[0]
				}
				if len(ins) != 1 {
					return usagef("analyze reads one file, not a directory")
				}
				in = ins[0]
			}
			now := e.now()
			tagger, err := entity.Default()
			if err != nil {
				return fmt.Errorf("load entity model: %w", err)
			}
			var docs []analyzeDoc
			err = ingest.Read(cmd.Context(), in, ingest.Options{Now: now}, func(d domain.Document) error {
				if d.Published.IsZero() && !dctTime.IsZero() {
					d.Published, d.DateOrigin = dctTime, domain.DateFromMetadata
				}
				d, err := annotate.DocumentContext(cmd.Context(), d, annotate.Options{Now: now, Tagger: tagger})
				if err != nil {
					return err
				}
				docs = append(docs, newAnalyzeDoc(d))
				return nil
			})
			if err != nil {
				return fmt.Errorf("analyze %w", err)
			}
			out := newJSONLines(e.Out)
			out.enc.SetIndent("", "  ")
			return out.write(map[string]any{"documents": docs})
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json, conll or timeml")
	cmd.Flags().StringVar(&dct, "dct", "", "document creation time (YYYY-MM-DD) when the document has none")
	return cmd
}

func newAnalyzeDoc(d domain.Document) analyzeDoc {
	ad := analyzeDoc{Source: d.Source, URL: record.Nullable(d.URL), Outlet: record.Nullable(d.Outlet), Title: record.Nullable(d.Title), Kind: d.Kind,
		Published: record.Date(d.Published), DateOrigin: record.Nullable(string(d.DateOrigin)), Posts: []analyzePost{}}
	for _, p := range d.Posts {
		ap := analyzePost{Headline: record.Nullable(p.Headline), Caption: record.Nullable(p.Caption), Credit: record.Nullable(p.Credit), Text: p.Text,
			Commentary: p.Commentary, Published: record.Date(p.Published), Paragraphs: p.Paragraphs, Sentences: p.Sentences,
			Quotes: p.Quotes, Entities: p.Mentions, Dates: p.Dates}
		if ap.Commentary == nil {
			ap.Commentary = []string{}
		}
		if ap.Quotes == nil {
			ap.Quotes = []domain.Quote{}
		}
		if ap.Entities == nil {
			ap.Entities = []domain.Mention{}
		}
		if ap.Dates == nil {
			ap.Dates = []domain.DateRef{}
		}
		ad.Posts = append(ad.Posts, ap)
	}
	return ad
}

// analyzeStream runs the CoNLL or TimeML round trip on a file or stdin.
func (e *env) analyzeStream(arg, format string) error {
	var r io.Reader = e.In
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return fmt.Errorf("analyze %w", err)
		}
		defer f.Close()
		r = f
	}
	var err error
	if format == "conll" {
		err = conll.Tag(r, e.Out)
	} else {
		err = timex.AnnotateTimeML(r, e.Out)
	}
	if err != nil {
		return fmt.Errorf("analyze %s: %w", arg, err)
	}
	return nil
}
