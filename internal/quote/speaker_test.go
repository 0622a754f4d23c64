package quote

import "testing"

func TestNotAName(t *testing.T) {
	for w, want := range map[string]bool{
		"Meanwhile": true, "Don't": true, "However": true, "Clearly": true, "Instead,": true, "The": true,
		"He": false, "She": false, "They": false, "McNally": false, "Kelly": false, "Reilly": false,
		"Maria Lopez": false, "Kerry": false, "": false,
	} {
		if got := notAName(w); got != want {
			t.Errorf("notAName(%q) = %v, want %v", w, got, want)
		}
	}
}
