package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/spf13/cobra"
)

// Export records. Field names are a contract (PRODUCT.md): evaluation
// scripts read them.

type sourceRecord struct {
	DocID     string `json:"doc_id"`
	Source    string `json:"source"`
	Outlet    any    `json:"outlet"`
	URL       any    `json:"url,omitempty"`
	Published any    `json:"published"`
	PostID    string `json:"post_id,omitempty"`
	Start     *int   `json:"start,omitempty"`
	End       *int   `json:"end,omitempty"`
}

type postRecord struct {
	ID          string         `json:"id"`
	DocID       string         `json:"doc_id"`
	Source      string         `json:"source"`
	Outlet      any            `json:"outlet"`
	URL         any            `json:"url"`
	Kind        domain.Kind    `json:"kind"`
	Index       int            `json:"index"`
	Headline    any            `json:"headline"`
	Caption     any            `json:"caption"`
	Credit      any            `json:"credit"`
	Text        string         `json:"text"`
	Commentary  []string       `json:"commentary"`
	Published   any            `json:"published"`
	EventDate   any            `json:"event_date"`
	DuplicateOf any            `json:"duplicate_of"`
	Sources     []sourceRecord `json:"sources"`
}

type documentRecord struct {
	ID         string      `json:"id"`
	Source     string      `json:"source"`
	URL        any         `json:"url"`
	Outlet     any         `json:"outlet"`
	Title      any         `json:"title"`
	Author     any         `json:"author"`
	Language   any         `json:"language"`
	Kind       domain.Kind `json:"kind"`
	Published  any         `json:"published"`
	DateOrigin any         `json:"date_origin"`
	Format     string      `json:"format"`
	DupOf      any         `json:"duplicate_of"`
}

type passageRecord struct {
	ID        string         `json:"id"`
	Text      string         `json:"text"`
	Sources   []sourceRecord `json:"sources"`
	FirstSeen any            `json:"first_seen"`
	Outlets   int            `json:"outlets"`
}

func sourceRecords(srcs []domain.Source, offsets bool) []sourceRecord {
	out := make([]sourceRecord, 0, len(srcs))
	for _, s := range srcs {
		r := sourceRecord{DocID: s.DocID, Source: s.Source, Outlet: nullable(s.Outlet), URL: nullable(s.URL), Published: dateJSON(s.Published)}
		if offsets {
			start, end := s.Start, s.End
			r.PostID, r.Start, r.End = s.PostID, &start, &end
		}
		out = append(out, r)
	}
	return out
}

func newPostRecord(p domain.Post) postRecord {
	r := postRecord{
		ID: p.ID, DocID: p.DocID, Kind: p.Kind, Index: p.Index,
		Headline: nullable(p.Headline), Caption: nullable(p.Caption), Credit: nullable(p.Credit),
		Text: p.Text, Commentary: p.Commentary, Published: dateJSON(p.Published),
		EventDate: nullable(p.EventDate), DuplicateOf: nullable(p.DupOf),
		Sources: sourceRecords(p.Sources, false),
	}
	if r.Commentary == nil {
		r.Commentary = []string{}
	}
	for _, s := range p.Sources {
		if s.DocID == p.DocID {
			r.Source, r.Outlet, r.URL = s.Source, nullable(s.Outlet), nullable(s.URL)
		}
	}
	return r
}

func newDocumentRecord(d domain.Document) documentRecord {
	return documentRecord{ID: d.ID, Source: d.Source, URL: nullable(d.URL), Outlet: nullable(d.Outlet), Title: nullable(d.Title),
		Author: nullable(d.Author), Language: nullable(d.Language), Kind: d.Kind, Published: dateJSON(d.Published),
		DateOrigin: nullable(string(d.DateOrigin)), Format: d.Format, DupOf: nullable(d.DupOf)}
}

func (e *env) exportCmd() *cobra.Command {
	var what, format string
	cmd := &cobra.Command{
		Use:   "export --what documents|posts|passages|quotes|entities|stories [--format jsonl|csv]",
		Short: "Dump the store as JSON lines or CSV",
		Long: `Write every stored record of one kind to standard output.

  documents  id, source, url, outlet, title, author, language, kind, published, date_origin, format
  posts      id, doc_id, source, outlet, url, kind, index, headline, caption, credit, text,
             commentary, published, event_date, duplicate_of, sources [{doc_id, source, outlet, …}]
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
			if format != "jsonl" && format != "json" && format != "csv" {
				return usagef("--format %q: want jsonl or csv", format)
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
				err = st.Documents(ctx, func(d domain.Document) error { return w.write(newDocumentRecord(d)) })
			case "posts":
				err = st.Posts(ctx, func(p domain.Post) error { return w.write(newPostRecord(p)) })
			case "quotes":
				err = st.Quotes(ctx, store.QuoteQuery{}, func(g store.QuoteGroup) error { return w.write(newQuoteRecord(g)) })
			case "entities":
				err = st.Entities(ctx, func(en domain.Entity) error { return w.write(newEntityRecord(en)) })
			case "stories":
				err = eachStory(ctx, st, store.StoryQuery{}, 0, func(s store.Story) error { return w.write(newStoryRecord(s)) })
			case "passages":
				err = st.Passages(ctx, func(p domain.Passage) error {
					return w.write(passageRecord{ID: p.ID, Text: p.Text, Sources: sourceRecords(p.Sources, true), FirstSeen: dateJSON(p.FirstSeen), Outlets: p.Outlets})
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
