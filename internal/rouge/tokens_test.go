package rouge

import (
	"reflect"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	stop := Stopwords{"the": {}, "s": {}, "a": {}}
	tests := []struct {
		name string
		text string
		opts Options
		want []string
	}{
		{"plain", "Hun Sen's CPP-led government, 1998.", Options{},
			[]string{"hun", "sen", "s", "cpp", "led", "government", "1998"}},
		{"stemming only beyond three bytes", "The news was reported", Options{Stem: true},
			[]string{"the", "new", "was", "report"}},
		{"stopwords before stemming", "The king's palaces", Options{Stem: true, Stopwords: stop},
			[]string{"king", "palac"}},
		{"stopwords on the surface form", "Kings ran", Options{Stem: true, Stopwords: Stopwords{"king": {}}},
			[]string{"king", "ran"}},
		{"exceptions before stemming", "They went home", Options{Stem: true, Exceptions: Exceptions{"went": "go"}},
			[]string{"thei", "go", "home"}},
		{"exceptions need stemming", "went", Options{Exceptions: Exceptions{"went": "go"}},
			[]string{"went"}},
		{"non-ASCII bytes split words", "Café déjà-vu", Options{},
			[]string{"caf", "d", "j", "vu"}},
		{"entities are text", "AT&amp;T", Options{}, []string{"at", "amp", "t"}},
		{"nothing left", " -- ... ", Options{}, nil},
		{"word limit counts raw words", "U.S.-led forces moved", Options{WordLimit: 2},
			[]string{"u", "s", "led", "forces"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.text, tt.opts); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Tokens(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestSentencesWordLimit(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		limit     int
		want      [][]string
	}{
		{"no limit", []string{"one two", "three"}, 0, [][]string{{"one", "two"}, {"three"}}},
		{"cut inside a sentence", []string{"one two three", "four five six"}, 4,
			[][]string{{"one", "two", "three"}, {"four"}}},
		{"limit at a sentence end", []string{"one two three", "four"}, 3,
			[][]string{{"one", "two", "three"}}},
		{"leading space counts a word", []string{" one two", "three four"}, 3,
			[][]string{{"one", "two"}}},
		{"empty sentences kept", []string{"", "one"}, 5, [][]string{nil, {"one"}}},
	}
	for _, tt := range tests {
		if got := Sentences(tt.sentences, Options{WordLimit: tt.limit}); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Sentences(%q, %d) = %q, want %q", tt.name, tt.sentences, tt.limit, got, tt.want)
		}
	}
}

func TestParseStopwords(t *testing.T) {
	got, err := ParseStopwords(strings.NewReader("a\nabout\r\nmay\nmay\nlast"))
	if err != nil {
		t.Fatal(err)
	}
	want := Stopwords{"a": {}, "about\r": {}, "may": {}, "last": {}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseStopwords = %q, want %q", got, want)
	}
}

func TestParseExceptions(t *testing.T) {
	got, err := ParseExceptions(
		strings.NewReader("went go\nleft leave left\n\nodd\n"),
		strings.NewReader("left left\n"),
	)
	if err != nil {
		t.Fatal(err)
	}
	want := Exceptions{"went": "go", "left": "left"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseExceptions = %q, want %q", got, want)
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("Hun Sen's CPP-led government, 1998.", 3)
	f.Add(" \t\nÉté -- 42", 0)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		limit %= 50
		for _, tok := range Tokens(text, Options{Stem: true, WordLimit: limit}) {
			if tok == "" {
				t.Fatalf("empty token from %q", text)
			}
			for i := 0; i < len(tok); i++ {
				if c := tok[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
					t.Fatalf("token %q from %q", tok, text)
				}
			}
		}
	})
}
