package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \t b\n\nc  ", "a b c"},
		{"no\u00a0break\u2009thin\u3000wide", "no break thin wide"},
		{"zero\u200bwidth soft\u00adhyphen \ufeffbom", "zerowidth softhyphen bom"},
		{"\u200b \u200b", ""},
		{"", ""},
		{"caf\u00e9 na\u00efve", "caf\u00e9 na\u00efve"},
	}
	for _, tt := range tests {
		if got := Space(tt.in); got != tt.want {
			t.Errorf("Space(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// the same post from a feed (zero-width joiners in its text) and a page
	if Space("Kerry\u200b said") != Space("Kerry said") {
		t.Error("invisible characters change the normalised form")
	}
}

func TestSpaceLines(t *testing.T) {
	tests := []struct{ in, want string }{
		{" one  line \n\n two\u00a0 lines \n", "one line\ntwo lines"},
		{"\n\n", ""},
		{"a\n\u200b\nb", "a\nb"},
	}
	for _, tt := range tests {
		if got := SpaceLines(tt.in); got != tt.want {
			t.Errorf("SpaceLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMapSpace(t *testing.T) {
	if got := strings.Map(MapSpace, "a\u00a0b\tc\u200bd\n e"); got != "a b cd\n e" {
		t.Errorf("MapSpace: %q", got)
	}
}

func FuzzSpace(f *testing.F) {
	for _, s := range []string{"a  b", "\u200b\u00a0x", "\xff\xfe", " \n\t", "x\u00a0y\u2003 z", "\xff \xfe\x80a", "é  ü\u3000漢字 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Space(s)
		// strings.Fields and unicode.IsSpace agree on what white space is
		var visible []byte // s without invisible characters, bytes kept as they are
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !Invisible(r) {
				visible = append(visible, s[i:i+n]...)
			}
			i += n
		}
		if want := strings.Join(strings.Fields(string(visible)), " "); got != want {
			t.Errorf("Space(%q) = %q, want %q", s, got, want)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Errorf("Space(%q) = %q: spaces at the ends or doubled", s, got)
		}
		if Space(got) != got {
			t.Errorf("Space is not idempotent on %q", s)
		}
	})
}
