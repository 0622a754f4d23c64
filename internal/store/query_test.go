package store

import (
	"errors"
	"reflect"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []Term
	}{
		{"aleppo ceasefire", []Term{{Words: []string{"aleppo"}}, {Words: []string{"ceasefire"}}}},
		{`"war crimes" OR atrocities`, []Term{{Words: []string{"war", "crimes"}}, {Words: []string{"atrocities"}, Or: true}}},
		{"-russia kerry", []Term{{Words: []string{"russia"}, Not: true}, {Words: []string{"kerry"}}}},
		{"NOT russia kerry", []Term{{Words: []string{"russia"}, Not: true}, {Words: []string{"kerry"}}}},
		{"bomb*", []Term{{Words: []string{"bomb"}, Prefix: true}}},
		{"U.S. al-Assad", []Term{{Words: []string{"U", "S"}}, {Words: []string{"al", "Assad"}}}},
		{`"unclosed phrase`, []Term{{Words: []string{"unclosed", "phrase"}}}},
		{"OR kerry", []Term{{Words: []string{"kerry"}}}},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.in)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "!!", "-kerry", "NOT x", "OR AND"} {
		if _, err := ParseQuery(in); !errors.Is(err, ErrBadQuery) {
			t.Errorf("ParseQuery(%q) error = %v, want ErrBadQuery", in, err)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	f.Add(`"a b" OR -c d*`)
	f.Fuzz(func(t *testing.T, q string) {
		terms, err := ParseQuery(q)
		if err == nil && len(terms) == 0 {
			t.Fatal("no error and no terms")
		}
		for _, tm := range terms {
			if len(tm.Words) == 0 {
				t.Fatal("empty term")
			}
		}
	})
}
