package dedup

import (
	"github.com/dateline-news/dateline/internal/lang"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// FuzzUnits feeds arbitrary text and spans to Units and lang.Words: no panics,
// every unit a valid trimmed span, and a text always its own exact match.
func FuzzUnits(f *testing.F) {
	f.Add("The mayor said: \u201cWe will, in time, reopen the quay.\u201d\n\nThat was all \u2014 for now.", 0, 60, 4, 30)
	f.Add("U.S. officials, 78,000 people \u2019quoted\u2019", 0, 5, 2, 9)
	f.Add("\xff\xfe broken utf8 , ; : - text", -3, 100, 7, 2)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		spans := []domain.Span{{Start: a, End: b}, {Start: c, End: d}, {Start: 0, End: len(text)}}
		for _, u := range Units(text, spans[:2], spans[1:]) {
			if u.Start < 0 || u.End > len(text) || u.Start >= u.End {
				t.Fatalf("invalid unit %+v in %q", u, text)
			}
			s := u.In(text)
			if r, _ := utf8.DecodeRuneInString(s); r != utf8.RuneError && strings.TrimSpace(s) != s {
				t.Fatalf("unit %q not trimmed", s)
			}
		}
		for _, tok := range lang.Words(text) {
			if tok == "" {
				t.Fatalf("empty token in %q", text)
			}
		}
		if len(Shingles(text)) > 0 && Jaccard(text, text) != 1 {
			t.Fatalf("Jaccard(%q, itself) != 1", text)
		}
	})
}
