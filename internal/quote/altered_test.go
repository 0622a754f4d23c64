package quote

import (
	"reflect"
	"testing"
)

func TestAltered(t *testing.T) {
	for _, tt := range []struct {
		name     string
		variants []string
		want     []WordDiff
	}{
		{"one report", []string{"We will rebuild the pier."}, nil},
		{"typography only", []string{"We will rebuild the pier.", "we will rebuild the pier,", "We will rebuild  the pier\u2026"}, nil},
		{"a changed word", []string{"We will rebuild the pier by spring.", "We will rebuild the pier by summer."},
			[]WordDiff{{Variant: "We will rebuild the pier by summer.", Removed: []string{"spring"}, Added: []string{"summer"}}}},
		{"a word left out", []string{"We will certainly rebuild the pier.", "We will rebuild the pier."},
			[]WordDiff{{Variant: "We will rebuild the pier.", Removed: []string{"certainly"}, Added: []string{}}}},
		{"only the altered of several", []string{"The pier is safe.", "The pier is safe!", "The pier is not safe."},
			[]WordDiff{{Variant: "The pier is not safe.", Removed: []string{}, Added: []string{"not"}}}},
		{"excerpts are not alterations", []string{"We will rebuild the north pier before spring.", "rebuild the north pier", "We will rebuild the north pier before spring, and the south one too."}, nil},
		{"reordered", []string{"safe and sound", "sound and safe"},
			[]WordDiff{{Variant: "sound and safe", Removed: []string{"safe", "and"}, Added: []string{"and", "safe"}}}},
	} {
		if got := Altered(tt.variants); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Altered = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func FuzzAltered(f *testing.F) {
	f.Add("We will rebuild the pier.", "We will not rebuild the pier!")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := Altered([]string{a, b})
		if Key(a) == Key(b) && d != nil {
			t.Errorf("same words, a diff: %+v", d)
		}
		ka, kb := keyWords(a), keyWords(b)
		if Key(a) != Key(b) && !excerpt(ka, kb) && !excerpt(kb, ka) && len(d) != 1 {
			t.Errorf("different words, no diff")
		}
	})
}
