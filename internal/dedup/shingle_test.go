package dedup

import (
	"math"
	"slices"
	"testing"
)

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want int // distinct shingles
	}{
		{"", 0},
		{"!!!", 0},
		{"one", 1},
		{"one two", 1},
		{"one two three", 1},
		{"one two three four", 2},
		{"a b c d e f g h i j", 8},
		{"a b c a b c a b c", 3}, // abc, bca, cab
		{"the the the the", 1},
	}
	for _, tt := range tests {
		got := Shingles(tt.in)
		if len(got) != tt.want {
			t.Errorf("len(Shingles(%q)) = %d, want %d", tt.in, len(got), tt.want)
		}
		if !slices.IsSorted(got) {
			t.Errorf("Shingles(%q) not sorted", tt.in)
		}
	}
	// A one-word text's shingle differs from any shingle of a longer text.
	if a, b := Shingles("war"), Shingles("war war war"); a[0] == b[0] {
		t.Error("short and full-length shingles collide")
	}
	// Order matters.
	if slices.Equal(Shingles("a b c"), Shingles("c b a")) {
		t.Error("shingles ignore word order")
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"a b c d", "a b c d", 1},
		{"a b c d", "A, B; C: D!", 1},
		{`He wants "demonstrations outside."`, "He wants \u201cdemonstrations outside\u201d", 1},
		{"a b c d", "a b c e", 1.0 / 3},         // {abc,bcd} vs {abc,bce}
		{"a b c d e", "a b c d", 2.0 / 3},       // {abc,bcd,cde} vs {abc,bcd}
		{"a b c d e f", "d e f a b c", 2.0 / 6}, // {abc,def} shared of 6
		{"a b c", "x y z", 0},
		{"", "", 0},
		{"a b c", "", 0},
	}
	for _, tt := range tests {
		got := Jaccard(tt.a, tt.b)
		if math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Jaccard(%q, %q) = %.4f, want %.4f", tt.a, tt.b, got, tt.want)
		}
		if back := Jaccard(tt.b, tt.a); back != got {
			t.Errorf("Jaccard not symmetric on %q, %q", tt.a, tt.b)
		}
	}
}

func TestNormalize(t *testing.T) {
	if got := Normalize("  Mr Johnson\u2019s \u201cU.S.\u201d visit \u2013 78,000 people!\n"); got != "mr johnsons us visit 78000 people" {
		t.Errorf("Normalize = %q", got)
	}
	if got := Normalize(".,;"); got != "" {
		t.Errorf("Normalize of punctuation = %q", got)
	}
}

func TestID(t *testing.T) {
	a := ID(LevelSentence, `Mr Johnson said "yes".`)
	if b := ID(LevelSentence, "mr  johnson SAID \u201cyes\u201d"); a != b {
		t.Errorf("IDs of normalised-equal texts differ: %s %s", a, b)
	}
	if b := ID(LevelParagraph, `Mr Johnson said "yes".`); a == b {
		t.Error("IDs of different levels are equal")
	}
	if b := ID(LevelSentence, "Mr Johnson said no."); a == b {
		t.Error("IDs of different texts are equal")
	}
	if len(a) != 33 || a[0] != 's' {
		t.Errorf("ID = %q, want 's' and 32 hex digits", a)
	}
}
