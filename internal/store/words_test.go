package store

import (
	"reflect"
	"testing"
)

// acronymCases is the acronym rule as a table: text, and the same text
// with its acronyms folded.
var acronymCases = []struct{ In, Folded string }{
	{"The F.B.I. said", "The FBI said"},
	{"f.b.i.'s agents", "fbi's agents"},
	{"U.S.-led (U.S.A.)", "US-led (USA)"},
	{"e.g. this, i.e. that", "eg this, ie that"},
	{"J. R. Smith", "J. R. Smith"}, // initials with spaces
	{"J.R. Smith", "JR Smith"},
	{"No. 10 and Plan B.", "No. 10 and Plan B."}, // a word, and a single letter
	{"U.S.A without its last dot", "U.S.A without its last dot"},
	{"U.S.A.B", "U.S.A.B"},
	{"ab.c.d. z", "ab.cd z"},
	{"3.a.b. x", "3.ab x"},
	{"É.U. ok", "ÉU ok"},
	{"no dots", "no dots"},
}

func TestFoldAcronyms(t *testing.T) {
	for _, tt := range acronymCases {
		if got := FoldAcronyms(tt.In); got != tt.Folded {
			t.Errorf("FoldAcronyms(%q) = %q, want %q", tt.In, got, tt.Folded)
		}
		if got, want := Words(tt.In), Words(tt.Folded); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %q, want the words of %q, %q", tt.In, got, tt.Folded, want)
		}
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"The F.B.I.'s al-Assad": {"The", "FBI", "s", "al", "Assad"},
		"U.S.A":                 {"U", "S", "A"},
		"  ":                    nil,
	} {
		if got := Words(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzFoldAcronyms(f *testing.F) {
	for _, tt := range acronymCases {
		f.Add(tt.In)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := FoldAcronyms(s)
		if len(folded) > len(s) {
			t.Fatalf("FoldAcronyms(%q) = %q, longer", s, folded)
		}
		if again := FoldAcronyms(folded); !reflect.DeepEqual(Words(again), Words(folded)) {
			t.Fatalf("folding %q twice: %q, then %q", s, folded, again)
		}
	})
}
