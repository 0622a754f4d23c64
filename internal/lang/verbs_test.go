package lang

import "testing"

func TestReportingVerb(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"said", true},
		{"says", true},
		{"tweeted", true},
		{"argues", true},
		{"denies", true},  // -y after a consonant
		{"quipped", true}, // an irregular spelling given in full
		{"writing", true},
		{"persevered", true}, // "'…,' Goldsmith persevered"
		{"persists", false},  // "if the crisis persists": no speech
		{"walked", false},
		{"Said", false}, // lower-case words only
	} {
		if got := ReportingVerb(c.w); got != c.want {
			t.Errorf("ReportingVerb(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestHeadlineVerb(t *testing.T) {
	for w, want := range map[string]bool{"goes": true, "vows": true, "outlines": true, "unveils": true, "go": false, "gates": false, "jones": false, "banks": false, "marks": false} {
		if got := HeadlineVerb(w); got != want {
			t.Errorf("HeadlineVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
