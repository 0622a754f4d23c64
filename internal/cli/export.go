package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"io"
	"strconv"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/spf13/cobra"
)

// Export records. Field names are a contract (PRODUCT.md): evaluation
// scripts read them.

func (e *env) exportCmd() *cobra.Command {
	var what, format string
	cmd := &cobra.Command{
		Use:   "export --what documents|posts|passages|quotes|entities|stories [--format jsonl|csv]",
		Short: "Dump the store as JSON lines or CSV",
		Long: `Write every stored record of one kind to standard output.

  documents  id, source, url, outlet, title, author, language, kind, published, date_origin, format
  posts      id, doc_id, source, outlet, url, kind, index, headline, caption, credit, text,
             commentary, published, event_date, event_date_source, duplicate_of, sources [{doc_id, source, outlet, …}]
  passages   id, text, sources [{doc_id, source, outlet, post_id, start, end, …}], first_seen, outlets
  quotes     id, post_id, doc_id, source, text, kind, speaker, speaker_mention, cue, field,
             start, end, published, variants, outlets, sources (one record per quotation,
             with every report of it)
  entities   id, name, type, aliases, roles, role_dates [{title, date}], mentions
  stories    id, label, first, last, size, posts [post id], outlets, people [entity id],
             quotes [quote group id]

Unknown values are null. In CSV, list fields (commentary, sources) are JSON.`,
		Example: `  dateline export --what posts > posts.jsonl
  dateline export --what documents --format csv > documents.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "jsonl", "json", "csv"); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := e.readStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			w := newRecordWriter(e.Out, format)
			switch what {
			case "documents":
				err = st.Documents(ctx, func(d domain.Document) error { return w.write(record.NewDocument(d)) })
			case "posts":
				err = st.Posts(ctx, func(p domain.Post) error { return w.write(record.NewPost(p)) })
			case "quotes":
				err = st.Quotes(ctx, store.QuoteQuery{}, func(g store.QuoteGroup) error { return w.write(record.NewQuote(g)) })
			case "entities":
				err = st.Entities(ctx, func(en domain.Entity) error { return w.write(record.NewEntity(en)) })
			case "stories":
				err = eachStory(ctx, st, store.StoryQuery{}, 0, func(s store.Story) error { return w.write(record.NewStory(s)) })
			case "passages":
				err = st.Passages(ctx, func(p domain.Passage) error {
					return w.write(record.NewPassage(p))
				})
			default:
				return usagef("--what %q: want documents, posts, passages, quotes, entities or stories", what)
			}
			if err != nil {
				return fmt.Errorf("export %s: %w", what, err)
			}
			return w.flush()
		},
	}
	cmd.Flags().StringVar(&what, "what", "", "what to export: documents, posts, passages, quotes, entities or stories")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or csv")
	_ = cmd.MarkFlagRequired("what")
	return cmd
}

// recordWriter writes records as JSON lines, or as CSV with a header row
// taken from the first record's JSON field names.
type recordWriter struct {
	jl     jsonLines
	csv    *csv.Writer
	header []string
}

func newRecordWriter(w io.Writer, format string) *recordWriter {
	if format == "csv" {
		return &recordWriter{csv: csv.NewWriter(w)}
	}
	return &recordWriter{jl: newJSONLines(w)}
}

func (r *recordWriter) write(v any) error {
	if r.csv == nil {
		return r.jl.write(v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	// decode into ordered fields: json.Marshal keeps struct order
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var keys []string
	var vals []string
	if _, err := dec.Token(); err != nil {
		return err
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		keys = append(keys, k.(string))
		vals = append(vals, csvValue(raw))
	}
	if r.header == nil {
		r.header = keys
		if err := r.csv.Write(keys); err != nil {
			return err
		}
	}
	return r.csv.Write(vals)
}

func csvValue(raw json.RawMessage) string {
	switch {
	case string(raw) == "null":
		return ""
	case len(raw) > 0 && raw[0] == '"':
		var s string
		_ = json.Unmarshal(raw, &s)
		return s
	}
	if n, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return string(raw)
}

func (r *recordWriter) flush() error {
	if r.csv != nil {
		r.csv.Flush()
		return r.csv.Error()
	}
	return nil
}
