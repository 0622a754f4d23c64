package lang

import "testing"

func TestDatelinePlace(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"NEW HAVEN (Wire) - Ivo Kral's company has worked the bay since 1876.", "NEW HAVEN"},
		{"NEW HAVEN | Mon Jul 12, 2010 7:47 pm EDT NEW HAVEN (Wire) - The bay was closed.", "NEW HAVEN"},
		{"CAIRO, Egypt (AP) -- Crowds filled the square.", "CAIRO, Egypt"},
		{"WASHINGTON -- The Senate voted on Tuesday.", "WASHINGTON"},
		{"The Senate (in Washington) voted - narrowly.", ""},
		{"Ivo Kral said the bay was closed.", ""},
		// a promotional line before the story's first paragraph
		{"See all our flood maps and photographs.\n\nPORT ELLEN -- The ferry ran late.", "PORT ELLEN"},
		{"The pier reopened.\nHARBOURTON residents cheered.", ""},
	} {
		s, e, ok := DatelinePlace(c.s)
		got := ""
		if ok {
			got = c.s[s:e]
		}
		if got != c.want {
			t.Errorf("DatelinePlace(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestStampParts(t *testing.T) {
	for w, want := range map[string]bool{"17.53": true, "9:05": true, "1753": false, "17.5": false, "123.45": false, "a.bc": false} {
		if got := ClockTime(w); got != want {
			t.Errorf("ClockTime(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"BST": true, "ET": true, "GMT": true, "bst": false, "PST": false} {
		if got := StampZone(w); got != want {
			t.Errorf("StampZone(%q) = %v, want %v", w, got, want)
		}
	}
}
