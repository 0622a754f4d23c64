package lang

import "testing"

func TestParseDateline(t *testing.T) {
	for _, c := range []struct {
		s, place, date, rest string
	}{
		{"HARBOURTON (Wire) - The pier reopened.", "HARBOURTON", "", "The pier reopened."},
		{"MILLBRIDGE, N.J. (AP) — Voters queued early.", "MILLBRIDGE, N.J.", "", "Voters queued early."},
		{"LAKE CITY, Aug. 11, 2010 (Newswire) -- The dam held.", "LAKE CITY", "Aug. 11, 2010", "The dam held."},
		{"LAKE CITY, 11 August 2010 (Newswire) - The dam held.", "LAKE CITY", "11 August 2010", "The dam held."},
		{"PORT ELLEN, Monday (Wire) - Ferries ran.", "PORT ELLEN", "Monday", "Ferries ran."},
		{"WILKES-BARRE, Pa. -- Snow closed roads.", "WILKES-BARRE, Pa.", "", "Snow closed roads."},
		{"OSLO _ The court ruled.", "OSLO", "", "The court ruled."},
		{"HARBOURTON (Wire) --", "HARBOURTON", "", ""},
		{"PORT ELLEN, New Varrow (Wire) _", "PORT ELLEN, New Varrow", "", ""},
		{"PORT ELLEN, Varrow Monday (Wire) - Ferries ran.", "PORT ELLEN, Varrow", "Monday", "Ferries ran."},
		// not datelines
		{"The Senate (in session) voted - narrowly.", "", "", ""},
		{"NASA said on Monday the launch would go ahead.", "", "", ""},
		{"WASHINGTON, April 29 The Senate voted.", "", "", ""}, // no dash: OpensLikeDateline only
		{"A - B", "", "", ""},
	} {
		d, ok := ParseDateline(c.s)
		var place, date, rest string
		if ok {
			place, rest = c.s[d.PlaceStart:d.PlaceEnd], c.s[d.End:]
			date = c.s[d.DateStart:d.DateEnd]
		}
		if place != c.place || date != c.date || rest != c.rest {
			t.Errorf("ParseDateline(%q) = place %q, date %q, rest %q; want %q, %q, %q", c.s, place, date, rest, c.place, c.date, c.rest)
		}
	}
	for s, want := range map[string]bool{
		"WASHINGTON, April 29 The Senate voted.": true,
		"CAIRO -- Crowds filled the square.":     true,
		"Senate votes on dam repairs":            false,
		"NASA launches a probe":                  false,
	} {
		if got := OpensLikeDateline(s); got != want {
			t.Errorf("OpensLikeDateline(%q) = %v, want %v", s, got, want)
		}
	}
}
