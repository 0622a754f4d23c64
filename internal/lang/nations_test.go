package lang

import "testing"

func TestNation(t *testing.T) {
	for _, tc := range []struct {
		w, want string
	}{
		{"u.s.", "us"}, {"u.s", "us"}, {"american", "us"}, {"america", "us"},
		{"british", "uk"}, {"england", "uk"}, {"egyptian", "egypt"}, {"cairo", "egypt"},
		{"south-africa", "south-africa"}, {"cuban", "cuba"},
		{"swiss", ""}, // a demonym only
		{"harbour", ""}, {"", ""},
	} {
		if got := Nation(tc.w); got != tc.want {
			t.Errorf("Nation(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

func TestDemonym(t *testing.T) {
	for _, w := range []string{"american", "egyptian", "swiss", "mexican", "arab"} {
		if !Demonym(w) {
			t.Errorf("Demonym(%q) = false", w)
		}
	}
	// surnames that name a nation are no nationality before a name
	for _, w := range []string{"cuban", "jordan", "america", "cairo", "harbour"} {
		if Demonym(w) {
			t.Errorf("Demonym(%q) = true", w)
		}
	}
}
