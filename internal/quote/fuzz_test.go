package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// FuzzFind checks that the quote finder never panics and that every span
// it returns lies inside the field it names.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"Mayor Ana Ruiz said: \"We will rebuild.\"",
		"\"Open,\n\n\"still open\n\n\"and closed,\" he said.",
		"‘Single’ and “curly” and 'straight' and ''doubled'' marks, terrorists' friend, '90s.",
		"– Ruth Okafor, Governor",
		"Text\n\nmore text\n\n– Name",
		"\"\"\"''''‘’“”",
		"<tweet author=\"x\">\"hi\"</tweet> \"ok,\" she said.",
		"WALLACE: \"PENCE: yes.\" ― Jo Bloggs",
		"according to a",
		"Mr. , said \" , \" said Mr",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		// split the input into headline, caption and text
		parts := strings.SplitN(s, "|", 3)
		for len(parts) < 3 {
			parts = append([]string{""}, parts...)
		}
		p := domain.Post{Headline: parts[0], Caption: parts[1], Text: parts[2]}
		for _, q := range Find([]domain.Post{p, p})[1] {
			text := fieldText(p, q.Field)
			if q.Field != domain.FieldText && q.Field != domain.FieldHeadline && q.Field != domain.FieldCaption {
				t.Fatalf("quote %q has field %q", q.Text, q.Field)
			}
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("quote %q: span [%d,%d) outside its %d-byte field", q.Text, q.Start, q.End, len(text))
			}
			if sp := q.SpeakerSpan; sp != nil && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End) {
				t.Fatalf("quote %q: speaker span [%d,%d) outside its %d-byte field", q.Text, sp.Start, sp.End, len(text))
			}
			if q.Text == "" {
				t.Fatalf("empty quotation at [%d,%d)", q.Start, q.End)
			}
		}
	})
}
