package annotate

import (
	"strings"
	"testing"
)

func FuzzNormSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", "  a  b\t\nc ", "x\u00a0y\u2003 z", "\xff \xfe\x80a", "é  ü\u3000漢字 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
