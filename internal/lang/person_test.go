package lang

import (
	"strings"
	"testing"
)

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

// TestGivenNameBothSexes: a name given to both sexes is a known given
// name of no gender, so that "Kim Varnow" and a later "Mrs. Varnow" or
// "Mr. Varnow" may be one person; a name of one sex keeps its gender.
func TestGivenNameBothSexes(t *testing.T) {
	for _, c := range []struct {
		full   string
		gender byte
		known  bool
	}{
		{"Kim Varnow", 0, true},
		{"Jordan Pellish", 0, true},
		{"Terry Oakhame", 0, true},
		{"Lee Quarrington", 0, true},
		{"alex Drummel", 0, true},
		{"Kelly Ostrowe", 0, true},
		{"Lynn Abernook", 0, true},
		{"Sam Farrowgate", 0, true},
		{"Jamie Coldridge", 0, true},
		{"Ruth Quillan", 'f', true},
		{"Paul Ennisford", 'm', true},
		{"Bill Trasker", 'm', true}, // a short form has its full name's gender
		{"Zorblat Venn", 0, false},
	} {
		given := strings.Fields(c.full)[0]
		if g := GivenGender(given); g != c.gender {
			t.Errorf("GivenGender(%q) of %q = %q, want %q", given, c.full, g, c.gender)
		}
		if k := KnownGivenName(given); k != c.known {
			t.Errorf("KnownGivenName(%q) of %q = %v, want %v", given, c.full, k, c.known)
		}
	}
}

func TestMiddleInitials(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"George H.W. Bush", "HW"},
		{"George H. W. Bush", "HW"},
		{"President George W. Bush", "W"},
		{"George W Bush", "W"},
		{"John S. McCain", "S"},
		{"John McCain", ""},
		{"Sen. John McCain", ""},
		{"A. It", ""}, // no word between given name and surname
		{"Timothy F. Geithner", "F"},
		{"Tom J. Reed Jr.", "J"},
		{"Ivo VAN Kral", ""}, // a capitalised word is no initial
		{"Mary-Kate O. Lind", "O"},
		{"former U.S. President Bill Clinton", ""},
		{"U.S. Treasury Secretary Timothy F. Geithner", "F"},
		{"George W. Bush Jr.", "W"},
		{"J. Edgar Hoover", ""}, // a first initial is the given name's
	} {
		if got := MiddleInitials(c.name); got != c.want {
			t.Errorf("MiddleInitials(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestShouted(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{{"LIAM REYES", true}, {"Liam Reyes", false}, {"UN", true}, {"A", false}, {"McCAIN", false}, {"O'BRIEN", true}} {
		if got := Shouted(c.s); got != c.want {
			t.Errorf("Shouted(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
