package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// TestEntityAnswersAsTheStore: lookups answered from the answers kept,
// the rest asked of the store, give what the store gives, also after the
// store changed and the changed entities were forgotten: a name that
// moves to another key, a new person among the first of a common
// surname, an entity merged away, a person known by the surname alone.
func TestEntityAnswersAsTheStore(t *testing.T) {
	ctx := context.Background()
	st := must(t, func() (store.Store, error) { return sqlite.Open(ctx, filepath.Join(t.TempDir(), "e.db")) })
	defer st.Close()
	person := func(id, name string) domain.Entity {
		return domain.Entity{ID: id, Name: name, Type: domain.PER, Key: entity.Key(domain.PER, name), Aliases: []string{name}, Mentions: 1}
	}
	var first []domain.Entity
	for i := range store.SurnamePeople + 3 { // more Lanes than a surname's answer holds
		first = append(first, person(fmt.Sprintf("p%02d", 10+i), fmt.Sprintf("Given%c Lane", 'A'+i)))
	}
	first = append(first, person("p50", "Ann Reyes"), person("p51", "Lane"), person("p52", "Carl Dunmore"),
		domain.Entity{ID: "o1", Name: "Lane", Type: domain.ORG, Key: entity.Key(domain.ORG, "Lane"), Mentions: 2})
	if _, err := st.Save(ctx, store.Batch{Entities: first}); err != nil {
		t.Fatal(err)
	}
	lookups := []domain.EntityKeys{
		{Keys: []string{entity.Key(domain.PER, "GivenA Lane"), "lane"}, Surnames: []string{"lane"}},
		{Keys: []string{entity.Key(domain.PER, "Ann Reyes")}, Surnames: []string{"reyes", "dunmore"}},
		{Surnames: []string{"lane", "reyes"}},
		{Keys: []string{"lane", entity.Key(domain.PER, "Carl Dunmore"), "nobody"}},
		{Keys: []string{entity.Key(domain.PER, "Ann Lane")}, Surnames: []string{"nobody"}},
	}
	a := newEntityAnswers()
	check := func(when string) {
		t.Helper()
		for i, lk := range lookups {
			got, missing := a.answer(lk)
			if len(missing.Keys) > 0 || len(missing.Surnames) > 0 {
				rest := get(st.EntitiesByKey(ctx, missing))
				a.add(missing, rest)
				got = append(got, rest...)
			}
			seen := map[string]bool{}
			var uniq []domain.Entity
			for _, e := range got {
				if !seen[e.ID] {
					seen[e.ID] = true
					uniq = append(uniq, e)
				}
			}
			same(t, fmt.Sprintf("%s, lookup %d", when, i), sortedEntities(uniq, nil), sortedEntities(st.EntitiesByKey(ctx, lk)))
		}
	}
	check("asked first")
	check("asked again")
	// the store changes: Reyes becomes Ann Lane, a Lane with a low ID
	// joins, one Lane is merged into another
	reyes := person("p50", "Ann Lane")
	changed := []domain.Entity{reyes, person("p00", "GivenZ Lane")}
	if _, err := st.Save(ctx, store.Batch{Entities: changed, Merges: []store.EntityMerge{{ID: "p11", Into: "p10"}}}); err != nil {
		t.Fatal(err)
	}
	for _, e := range append(changed, first[1]) { // p11, merged away
		a.forget(e)
	}
	check("after a change")
	check("asked again after it")
}
