package lang

import "testing"

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"John Kerry", "john kerry", true},
		{"Kerry", "John Kerry", true},
		{"John Kerry", "John Forbes Kerry", true},
		{"Bashar al-Assad", "Assad", true},
		{"Kerry's", "John Kerry", true},
		{"Bill Clinton", "Hillary Clinton", false},
		{"George W. Bush", "George Bush", true},
		{"Jeb Bush", "George W. Bush", false},
		{"Kerry", "Johnson", false},
		{"", "Kerry", false},
	}
	for _, tt := range tests {
		if got := SamePerson(tt.a, tt.b); got != tt.same {
			t.Errorf("SamePerson(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
		if got := SamePerson(tt.b, tt.a); got != tt.same {
			t.Errorf("SamePerson(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.same)
		}
	}
}

func TestPersonKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Tom Reed", "Thomas Reed", true},
		{"Tom J. Reed", "Thomas Reed", true},
		{"Mr. Thomas Reed", "Tom Reed", true},
		{"Liz Marlow", "Elizabeth Marlow", true},
		{"Sergei Orlov", "Sergey Orlov", true},
		{"Bashar al-Assad", "Bashar Assad", true},
		{"Ana Pires", "Anna Pires", true}, // doubled letters fold
		{"George Hale", "George Hale Jr.", false},
		{"George Hale, Jr.", "George Hale Jr", true},
		{"Paul Vance", "Ruth Vance", false},
		{"Tom Reed", "Tim Reed", false},
	}
	for _, tt := range tests {
		if got := PersonKey(tt.a) == PersonKey(tt.b); got != tt.same {
			t.Errorf("PersonKey(%q) = %q, PersonKey(%q) = %q: same %v, want %v", tt.a, PersonKey(tt.a), tt.b, PersonKey(tt.b), got, tt.same)
		}
	}
	if k := PersonKey("Walter F. Drake Jr."); k != "walter jr drake" {
		t.Errorf("PersonKey: %q, want the suffix before the surname", k)
	}
	if base, sfx := KeyWithoutSuffix("walter jr drake"); base != "walter drake" || sfx != "jr" {
		t.Errorf("KeyWithoutSuffix = %q, %q", base, sfx)
	}
}

func TestSameGivenName(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Joe", "Joseph", true},
		{"bill", "William", true},
		{"J.", "John", true},
		{"Sergei", "Sergey", true},
		{"", "Mark", true},
		{".", "J", true}, // no name left once the full stop is off
		{"Mark", "Mary", false},
		{"Joseph", "John", false},
	}
	for _, tt := range tests {
		if got := SameGivenName(tt.a, tt.b); got != tt.same {
			t.Errorf("SameGivenName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestGender(t *testing.T) {
	if GivenGender("Ruth") != 'f' || GivenGender("paul") != 'm' || GivenGender("Zorblat") != 0 {
		t.Error("GivenGender")
	}
	if !KnownGivenName("Ruth") || !KnownGivenName("bill") || KnownGivenName("Hapless") || KnownGivenName("") {
		t.Error("KnownGivenName")
	}
	if HonorificGender("Mrs.") != 'f' || HonorificGender("Mr") != 'm' || HonorificGender("Dr.") != 0 {
		t.Error("HonorificGender")
	}
}
