package people

import (
	"os"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// gold is an invented people gold in the shape of the shared one.
var gold = Gold{
	People: []Person{
		{Name: "Mara Holt", Aliases: []string{"Holt", "Ms. Holt", "Mara"}, NotAliases: []string{"Peter Holt"},
			Roles: []string{"harbour master"}, NotRoles: []string{"port director"}},
		{Name: "Peter Holt", Aliases: []string{"Mr. Holt"}, NotAliases: []string{"Mara Holt"}, Roles: []string{"ferry captain"}},
		{Name: "Tomas Reddick", Aliases: []string{"Reddick", "Prime Minister Reddick"}, Roles: []string{"prime minister"},
			NotRoles: []string{"finance minister"}},
	},
	NotPeople: []NotPerson{{String: "Holt Shipping", Type: "ORG"}},
}

func TestScorePerfect(t *testing.T) {
	perfect := []Entity{
		{ID: "1", Name: "Mara Holt", Type: "PER", Aliases: []string{"Holt", "Ms. Holt", "Mara", "the harbour master"}, Roles: []string{"Harbour Master"}, Mentions: 9},
		{ID: "2", Name: "Peter Holt", Type: "PER", Aliases: []string{"Mr. Holt"}, Roles: []string{"ferry captain"}, Mentions: 3},
		{ID: "3", Name: "Tomas Reddick", Type: "PER", Aliases: []string{"Reddick", "Prime Minister Reddick"}, Roles: []string{"prime minister"}},
		{ID: "4", Name: "Holt Shipping", Type: "ORG"},
	}
	r := Score(gold, perfect)
	if r.Found != 3 || r.Splits != 0 || r.Merges != 0 || r.RoleErrors != 0 || r.NotPeopleAsPER != 0 || r.AliasRecall != 1 || !r.Pass() {
		t.Errorf("perfect list: %+v", r)
	}
}

func TestScoreCorrupted(t *testing.T) {
	corrupted := []Entity{
		// Mara and Peter merged; Mara's surname form split off
		{ID: "1", Name: "Mara Holt", Type: "PER", Aliases: []string{"Mara", "Mr. Holt"}, Roles: []string{"port director", "harbour master"}, Mentions: 9},
		{ID: "2", Name: "Holt", Type: "PER", Aliases: []string{"Ms. Holt"}},
		// Reddick found under his name only, with a role error
		{ID: "3", Name: "Tomas Reddick", Type: "PER", Roles: []string{"Finance-Minister"}},
		// a firm typed as a person
		{ID: "4", Name: "holt  shipping", Type: "PER"},
	}
	r := Score(gold, corrupted)
	// Mara: holders 1 and 2 (split 1); 1 holds "mr. holt" of Peter (merge).
	// Peter: holder 1 (merge: holds Mara's strings); found there, as it
	// holds his one alias, more than half of his aliases. Reddick: found,
	// one role error (Mara's entity has the other). Holt Shipping: a
	// non-person as PER.
	if r.Splits != 1 || r.Merges != 2 || r.RoleErrors != 2 || r.NotPeopleAsPER != 1 || r.Found != 3 || r.Pass() {
		t.Errorf("corrupted list: %+v", r)
	}
	// alias recall: Mara 2 of 4 ("mara holt", "mara"), Peter 1 of 2,
	// Reddick 1 of 3
	if want := 4.0 / 9; r.AliasRecall != want {
		t.Errorf("alias recall %.3f, want %.3f", r.AliasRecall, want)
	}
}

// TestDev runs the scorer on the shared gold when DATELINE_EVAL_PEOPLE is
// set (it ingests 84 articles).
func TestDev(t *testing.T) {
	if os.Getenv("DATELINE_EVAL_PEOPLE") == "" {
		t.Skip("set DATELINE_EVAL_PEOPLE=1 to ingest the PolNeAR dev texts and score them")
	}
	path := sharedtest.Dir(t, "eval", "ner", "polnear-people", "dev.json")
	var b strings.Builder
	r, err := Run(path, &b)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(b.String())
	if r.People != 52 || r.Found == 0 {
		t.Errorf("%+v", r)
	}
}
