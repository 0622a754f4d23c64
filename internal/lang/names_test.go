package lang

import "testing"

func TestNameEndsInS(t *testing.T) {
	for next, want := range map[string]bool{
		"said": true, "also": true, "warned": false, "stated": false, "has": true, ".": true, ",": true, "": true,
		"outlook": false, "report": false, "reports": false, "chief": false, "new": false, "-": false,
	} {
		if got := NameEndsInS(next); got != want {
			t.Errorf("NameEndsInS(%q) = %v, want %v", next, got, want)
		}
	}
}

func TestPlaceBased(t *testing.T) {
	for w, want := range map[string]bool{"texas-based": true, "u.s.-based": true, "london-headquartered": true, "-based": false, "based": false, "well-known": false} {
		if got := PlaceBased(w); got != want {
			t.Errorf("PlaceBased(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMoreGivenNames: names met in the news that once made people
// bodies ("Denis MacShane" typed an organisation lost "he") or left
// their pronouns unchecked.
func TestMoreGivenNames(t *testing.T) {
	for name, want := range map[string]byte{"Denis": 'm', "Thad": 'm', "Graeme": 'm', "Nicole": 'f', "Carolyn": 'f', "Hala": 'f', "Hilary": 0} {
		if !KnownGivenName(name) || GivenGender(name) != want {
			t.Errorf("%s: known %v, gender %q; want known, %q", name, KnownGivenName(name), GivenGender(name), want)
		}
	}
	if KnownGivenName("Lance") {
		t.Error(`"Lance" is known: "Lance Corporal" is a rank`)
	}
}

func TestSurname(t *testing.T) {
	for _, tt := range []struct {
		words []string
		want  string
	}{
		{[]string{"Patrick", "Carlineo", "Jr."}, "Carlineo"},
		{[]string{"Harry", "B.", "Harris", "Jr"}, "Harris"},
		{[]string{"John", "Kerry"}, "Kerry"},
		{[]string{"Jr."}, "Jr."},
		{nil, ""},
	} {
		if got := Surname(tt.words); got != tt.want {
			t.Errorf("Surname(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestOccupation(t *testing.T) {
	for w, want := range map[string]bool{
		"nurse": true, "deckhand": true, "fisherman": true, "chairwoman": true, "woman": true, "survivor": true,
		"human": false, "talisman": false, "contractor": false, "computer": false, "owner": false, "Nurse": false,
	} {
		if got := Occupation(w); got != want {
			t.Errorf("Occupation(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestDescribedAs(t *testing.T) {
	for _, tc := range []struct {
		next []string
		want string
	}{
		{[]string{",", "a", "nurse", ","}, "nurse"},
		{[]string{",", "44", ",", "a", "retired", "fisherman", "who"}, "fisherman"},
		{[]string{",", "the", "deckhand"}, "deckhand"},
		{[]string{",", "a", "maker", "of", "chips"}, ""},
		{[]string{",", "a", "Reuters", "reporter"}, "reporter"},
		{[]string{",", "a", "Nurse"}, ""},
		{[]string{",", "the", "coast", "guard", "commander", "overseeing"}, ""},
		{[]string{"said", "a", "nurse"}, ""},
		{[]string{",", "which", "is", "a", "nurse"}, ""},
	} {
		if got := DescribedAs(tc.next); got != tc.want {
			t.Errorf("DescribedAs(%q) = %q, want %q", tc.next, got, tc.want)
		}
	}
}
