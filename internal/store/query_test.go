package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
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
		{"U.S. al-Assad", []Term{{Words: []string{"US"}}, {Words: []string{"al", "Assad"}}}},
		{`"the F.B.I. said" f.b.i.*`, []Term{{Words: []string{"the", "FBI", "said"}}, {Words: []string{"fbi"}, Prefix: true}}},
		{"J. R. Smith", []Term{{Words: []string{"J"}}, {Words: []string{"R"}}, {Words: []string{"Smith"}}}},
		// repeats dropped: in a group of ANDs, and a repeated alternative
		{"kerry Kerry kerry", []Term{{Words: []string{"kerry"}}}},
		{"a b OR b a OR c OR a b", []Term{{Words: []string{"a"}}, {Words: []string{"b"}}, {Words: []string{"c"}, Or: true}}},
		{"a OR b a", []Term{{Words: []string{"a"}}, {Words: []string{"b"}, Or: true}, {Words: []string{"a"}}}},
		{"kerry -kerry kerry* kerry", []Term{{Words: []string{"kerry"}}, {Words: []string{"kerry"}, Not: true}, {Words: []string{"kerry"}, Prefix: true}}},
		{strings.Repeat("trump ", 160), []Term{{Words: []string{"trump"}}}},
		{`"unclosed phrase`, []Term{{Words: []string{"unclosed", "phrase"}}}},
		{"OR kerry", []Term{{Words: []string{"kerry"}}}},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.in)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
	var many []string
	for i := range MaxQueryWords + 1 {
		many = append(many, fmt.Sprint("w", i))
	}
	for _, in := range []string{"", "!!", `"`, "-kerry", "NOT x", "OR AND",
		strings.Repeat("a", MaxQueryBytes+1), strings.Join(many, " "), `"` + strings.Join(many, " ") + `"`} {
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
