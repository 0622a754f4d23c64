package dedup

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

// spansOf returns the spans of each part within text, in order.
func spansOf(t *testing.T, text string, parts ...string) []domain.Span {
	t.Helper()
	var out []domain.Span
	from := 0
	for _, p := range parts {
		i := strings.Index(text[from:], p)
		if i < 0 {
			t.Fatalf("%q not in text after %d", p, from)
		}
		out = append(out, domain.Span{Start: from + i, End: from + i + len(p)})
		from += i + len(p)
	}
	return out
}

func TestUnits(t *testing.T) {
	const s1 = "The harbour minister said she wants to see \"talks on the quayside\" over the port's role in the strike."
	const s2 = "The union replied on Tuesday."
	const s3 = "Councillor Ada Brook, the member for Eastgate, condemned the \"reckless closure\" which left 40 dockers without pay for a month."
	text := s1 + " " + s2 + "\n\n" + s3
	paras := spansOf(t, text, s1+" "+s2, s3)
	sents := spansOf(t, text, s1, s2, s3)

	tests := []struct {
		name         string
		paras, sents []domain.Span
		want         []string // "kind:text"
	}{
		{
			name: "paragraphs sentences clauses", paras: paras, sents: sents,
			want: []string{
				"paragraph:" + s1 + " " + s2,
				"sentence:" + s1, "sentence:" + s2, "sentence:" + s3,
				"clause:Councillor Ada Brook, the member for Eastgate",
				"clause:condemned the \"reckless closure\" which left 40 dockers without pay for a month.",
			},
		},
		{
			name: "no sentence spans: paragraphs are sentences", paras: paras,
			want: []string{
				"sentence:" + s1 + " " + s2, "sentence:" + s3,
				"clause:Councillor Ada Brook, the member for Eastgate",
				"clause:condemned the \"reckless closure\" which left 40 dockers without pay for a month.",
			},
		},
		{
			name:  "untrimmed and invalid spans",
			paras: []domain.Span{{Start: 0, End: len(text)}, {Start: -1, End: 3}, {Start: 5, End: 5}, {Start: 0, End: len(text) + 1}},
			sents: []domain.Span{
				{Start: sents[0].Start, End: sents[0].End + 1}, // trailing space
				{Start: sents[1].Start, End: sents[1].End + 2}, // trailing newlines
				sents[2], sents[2], // duplicate
			},
			want: []string{
				"paragraph:" + text,
				"sentence:" + s1, "sentence:" + s2, "sentence:" + s3,
				"clause:Councillor Ada Brook, the member for Eastgate",
				"clause:condemned the \"reckless closure\" which left 40 dockers without pay for a month.",
			},
		},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range Units(text, tt.paras, tt.sents) {
			got = append(got, string(u.Kind)+":"+u.In(text))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	if got := Units("", nil, nil); len(got) != 0 {
		t.Errorf("Units of empty text = %v", got)
	}
	if got := Units("  Only words here.  ", nil, nil); len(got) != 1 || got[0].Kind != KindSentence {
		t.Errorf("Units without spans = %v", got)
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"No clause punctuation in this sentence at all.", nil},
		{"Short, then a much longer clause follows here.", nil}, // "Short" merges: one clause
		{
			"Speaking at a late sitting into the funding crisis in the region, the Westport member said the budget was \"a disgrace\".",
			[]string{"Speaking at a late sitting into the funding crisis in the region", "the Westport member said the budget was \"a disgrace\"."},
		},
		{
			"The mayor has called for an inquiry into any failures - such as delays to repairs and inspections - in the old town.",
			[]string{"The mayor has called for an inquiry into any failures", "such as delays to repairs and inspections - in the old town."},
		},
		{
			"Ferries resumed early on Monday; the first sailing left at dawn with forty passengers: most of them commuters.",
			[]string{"Ferries resumed early on Monday", "the first sailing left at dawn with forty passengers: most of them commuters."},
		},
		{
			"Prices rose by 1,500 crowns, officials said, in the third quarter of the financial year \u2014 a record for the period.",
			[]string{"Prices rose by 1,500 crowns", "officials said, in the third quarter of the financial year", "a record for the period."},
		},
		{"Wait, what, no, yes, fine.", nil},
		{"He said: \"The harbour will reopen when the divers have finished, and not before.\"", nil}, // short ends merge
	}
	for _, tt := range tests {
		var got []string
		for _, s := range clauses(tt.in, domain.Span{Start: 0, End: len(tt.in)}) {
			got = append(got, s.In(tt.in))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("clauses(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
