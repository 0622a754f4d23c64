package lang

import "testing"

func TestParty(t *testing.T) {
	for _, c := range []struct{ w, want string }{
		{"republican", "republican"},
		{"gop", "republican"},
		{"democrat", "democratic"},
		{"tory", "conservative"},
		{"labour", "labour"},
		{"progressive", ""},
		{"Republican", ""}, // lower-case words only
		{"senator", ""},
	} {
		if got := Party(c.w); got != c.want {
			t.Errorf("Party(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}
