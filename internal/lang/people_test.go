package lang

import "testing"

func TestBodyOfGuards(t *testing.T) {
	for _, tc := range []struct {
		before, w string
		want      bool
	}{
		{"coast", "guard", true}, {"national", "guard", true}, {"republican", "guard", true},
		{"security", "guard", false}, {"prison", "guard", false}, {"coast", "pilot", false},
	} {
		if got := BodyOfGuards(tc.before, tc.w); got != tc.want {
			t.Errorf("BodyOfGuards(%q, %q) = %v, want %v", tc.before, tc.w, got, tc.want)
		}
	}
}
