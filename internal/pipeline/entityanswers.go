package pipeline

import (
	"slices"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// entityAnswers holds what the store answered to entity lookups
// (store.Store.EntitiesByKey), key by key and surname by surname, so that
// a later lookup of keys and surnames already asked is answered here: the
// store's answer for a set of keys and surnames is the union of its
// answers for each. It is a cache of the store, right only while the
// entities it holds are unchanged there: forget drops what a change makes
// stale.
type entityAnswers struct {
	keys, surnames map[string]bool // asked
	entities       map[string]domain.Entity
	byKey          map[string][]string // entity key → IDs
	bySurname      map[string][]string // surname → IDs of people, sorted
}

func newEntityAnswers() *entityAnswers {
	return &entityAnswers{keys: map[string]bool{}, surnames: map[string]bool{},
		entities: map[string]domain.Entity{}, byKey: map[string][]string{}, bySurname: map[string][]string{}}
}

// len is the number of entities held.
func (a *entityAnswers) len() int { return len(a.entities) }

// add records got, the store's answer to lk.
func (a *entityAnswers) add(lk domain.EntityKeys, got []domain.Entity) {
	for _, k := range lk.Keys {
		a.keys[k] = true
	}
	for _, s := range lk.Surnames {
		a.surnames[s] = true
	}
	for _, e := range got {
		if old, ok := a.entities[e.ID]; ok {
			a.unindex(old)
		}
		a.entities[e.ID] = e
		a.byKey[e.Key] = append(a.byKey[e.Key], e.ID)
		if s := store.Surname(e); s != "" {
			i, _ := slices.BinarySearch(a.bySurname[s], e.ID)
			a.bySurname[s] = slices.Insert(a.bySurname[s], i, e.ID)
		}
	}
}

// unindex takes e out of the lists of its key and surname.
func (a *entityAnswers) unindex(e domain.Entity) {
	if a.byKey[e.Key] = slices.DeleteFunc(a.byKey[e.Key], func(x string) bool { return x == e.ID }); len(a.byKey[e.Key]) == 0 {
		delete(a.byKey, e.Key)
	}
	if s := store.Surname(e); s != "" {
		if a.bySurname[s] = slices.DeleteFunc(a.bySurname[s], func(x string) bool { return x == e.ID }); len(a.bySurname[s]) == 0 {
			delete(a.bySurname, s)
		}
	}
}

// answer returns the entities lk selects among the keys and surnames
// asked before (copies the caller may change), and the keys and surnames
// never asked, for the store.
func (a *entityAnswers) answer(lk domain.EntityKeys) (out []domain.Entity, missing domain.EntityKeys) {
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			e := a.entities[id]
			e.Aliases, e.Roles = slices.Clone(e.Aliases), slices.Clone(e.Roles)
			out = append(out, e)
		}
	}
	for _, key := range lk.Keys {
		if !a.keys[key] {
			missing.Keys = append(missing.Keys, key)
			continue
		}
		for _, id := range a.byKey[key] {
			add(id)
		}
	}
	for _, s := range lk.Surnames {
		if !a.surnames[s] {
			missing.Surnames = append(missing.Surnames, s)
			continue
		}
		for _, id := range a.byKey[s] { // people known by the surname alone
			if a.entities[id].Type == domain.PER {
				add(id)
			}
		}
		ids := a.bySurname[s]
		for _, id := range ids[:min(len(ids), store.SurnamePeople)] {
			add(id)
		}
	}
	return out, missing
}

// forget drops every answer a change to e may have made stale once
// stored: those for the key and surname it had and has (a person keyed
// by a surname alone is in that surname's answer too; an answer for a
// surname names only its first people, so a new one may change it).
func (a *entityAnswers) forget(e domain.Entity) {
	var ks []string
	for _, x := range []domain.Entity{e, a.entities[e.ID]} {
		if x.ID != "" {
			ks = append(ks, x.Key, store.Surname(x))
		}
	}
	for _, k := range ks {
		a.drop(k, false)
		a.drop(k, true)
	}
}

// drop forgets the answer for a key (or, surname set, a surname), and
// the entities no answer still asked holds.
func (a *entityAnswers) drop(k string, surname bool) {
	asked, index := a.keys, a.byKey
	if surname {
		asked, index = a.surnames, a.bySurname
	}
	if !asked[k] {
		return
	}
	delete(asked, k)
	// (the lists stay for entities another answer holds: an entity listed
	// under a key or surname is one of it, whether asked or not)
	ids := slices.Clone(index[k])
	if surname {
		ids = append(ids, a.byKey[k]...) // people keyed by the surname alone answered it too
	}
	for _, id := range ids {
		e, ok := a.entities[id]
		if !ok {
			continue
		}
		s := store.Surname(e)
		if a.keys[e.Key] || s != "" && a.surnames[s] || e.Type == domain.PER && a.surnames[e.Key] {
			continue
		}
		delete(a.entities, id)
		a.unindex(e)
	}
}
