package store

import (
	"errors"
	"reflect"
	"testing"
	"time"
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

func TestInDays(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	d := func(s string) time.Time { return at(s + "T00:00:00Z") }
	tests := []struct {
		t, since, until time.Time
		want            bool
	}{
		{at("2016-10-15T09:00:00Z"), time.Time{}, d("2016-10-15"), true}, // the whole last day
		{at("2016-10-15T23:59:59Z"), d("2016-10-15"), d("2016-10-15"), true},
		{at("2016-10-16T00:00:00Z"), time.Time{}, d("2016-10-15"), false},
		{at("2016-10-14T23:59:59Z"), d("2016-10-15"), time.Time{}, false},
		{at("2016-10-15T00:00:00Z"), d("2016-10-15"), time.Time{}, true},
		{at("2016-10-15T09:00:00+05:00"), d("2016-10-15"), d("2016-10-15"), true}, // 04:00 UTC
		{time.Time{}, time.Time{}, time.Time{}, true},
		{time.Time{}, d("2016-10-15"), time.Time{}, false}, // undated: outside any bound
	}
	for _, tt := range tests {
		if got := InDays(tt.t, tt.since, tt.until); got != tt.want {
			t.Errorf("InDays(%v, %v, %v) = %v, want %v", tt.t, tt.since, tt.until, got, tt.want)
		}
	}
}
