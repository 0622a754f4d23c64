package cli

import (
	"bytes"
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"io"
	"os"

	"github.com/dateline-news/dateline/internal/extract"
	"github.com/dateline-news/dateline/internal/fetch"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/spf13/cobra"
)

type extractRecord struct {
	URL       any    `json:"url"`
	Title     any    `json:"title"`
	Text      string `json:"text"`
	Published any    `json:"published"`
	Outlet    any    `json:"outlet"`
	Language  any    `json:"language"`
	Author    any    `json:"author"`
	Kind      string `json:"kind"`
	Posts     int    `json:"posts"`
}

func (e *env) extractCmd() *cobra.Command {
	var format, pageURL string
	var web webFlags
	cmd := &cobra.Command{
		Use:   "extract [--format json|text] [--url ORIGINAL_URL] FILE.html|URL",
		Short: "Main text and metadata of one HTML page",
		Long: `Extract the main text and metadata of one web page, from a file, a URL, or - for
standard input, and print {"url","title","text","published","outlet","language"} as
JSON, or just the text with --format text. Paragraphs are separated by blank lines;
captions, credits, share and newsletter widgets, related links and bylines are left out.

--url gives a saved page its original address: it is used for the publication date
(a date in the URL is the last resort), the outlet, and relative links.`,
		Example: `  dateline extract saved.html --url https://www.example.com/2016/10/31/story
  dateline extract --format text https://www.example.com/story`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("extract needs exactly one FILE or URL")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "json", "text"); err != nil {
				return err
			}
			arg := args[0]
			opts := extract.Options{URL: pageURL, Now: e.now()}
			var body []byte
			var err error
			switch {
			case ingest.IsURL(arg):
				var resp *fetch.Response
				resp, err = web.client().Get(cmd.Context(), arg, fetch.Conditional{})
				if err == nil {
					body, opts.ContentType = resp.Body, resp.ContentType
					if opts.URL == "" {
						opts.URL = resp.FinalURL
					}
				}
			case arg == "-":
				body, err = io.ReadAll(io.LimitReader(e.In, ingest.DefaultMaxDocBytes))
			default:
				body, err = readMaybeGzip(arg)
			}
			if err != nil {
				return fmt.Errorf("extract %s: %w", arg, err)
			}
			doc, err := extract.Page(bytes.NewReader(body), opts)
			if err != nil {
				return fmt.Errorf("extract %s: %w", arg, err)
			}
			if format == "text" {
				_, err := fmt.Fprintln(e.Out, terminalLines(doc.Raw))
				return err
			}
			out := newJSONLines(e.Out)
			out.enc.SetIndent("", "  ")
			return out.write(extractRecord{URL: record.Nullable(doc.URL), Title: record.Nullable(doc.Title), Text: doc.Raw,
				Published: record.Date(doc.Published), Outlet: record.Nullable(doc.Outlet), Language: record.Nullable(doc.Language),
				Author: record.Nullable(doc.Author), Kind: string(doc.Kind), Posts: len(doc.Posts)})
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output: json or text")
	cmd.Flags().StringVar(&pageURL, "url", "", "the page's original address, for a saved page")
	web.register(cmd.Flags())
	return cmd
}

// readMaybeGzip reads a file, decompressing it if it is gzip.
func readMaybeGzip(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) > 1 && b[0] == 0x1f && b[1] == 0x8b {
		return ingest.Gunzip(b)
	}
	return b, nil
}
