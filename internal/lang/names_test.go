package lang

import "testing"

func TestNameEndsInS(t *testing.T) {
	for next, want := range map[string]bool{
		"said": true, "also": true, "warned": false, "stated": false, "has": true, ".": true, ",": true, "": true,
		"outlook": false, "report": false, "reports": false, "chief": false, "new": false, "-": false,
	} {
		if got := NameEndsInS(next); got != want {
			t.Errorf("NameEndsInS(%q) = %v, want %v", next, got, want)
		}
	}
}

func TestPlaceBased(t *testing.T) {
	for w, want := range map[string]bool{"texas-based": true, "u.s.-based": true, "london-headquartered": true, "-based": false, "based": false, "well-known": false} {
		if got := PlaceBased(w); got != want {
			t.Errorf("PlaceBased(%q) = %v, want %v", w, got, want)
		}
	}
}
