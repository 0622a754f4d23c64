// Package people scores entity resolution against a people gold such as
// ../shared/eval/ner/polnear-people/dev.json: after the gold's texts are
// ingested, are all the strings of one person held by one entity (splits),
// does an entity hold two people's strings (merges), are roles attached to
// the right person (role errors), and are names of non-people stored as
// people (not_people as PER)? The rules are those of the gold's README
// ("Scoring rules"); Score applies them to any list of entities, Run
// ingests the texts first.
package people

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// Gold is a people gold file.
type Gold struct {
	Corpus    string      `json:"corpus"`
	People    []Person    `json:"people"`
	NotPeople []NotPerson `json:"not_people"`
}

// Person is one gold person.
type Person struct {
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	NotAliases []string `json:"not_aliases"`
	Roles      []string `json:"roles"`
	NotRoles   []string `json:"not_roles"`
}

// NotPerson is a capitalised string that names no person.
type NotPerson struct {
	String string `json:"string"`
	Type   string `json:"type"`
}

// Entity is what Score reads of a system entity.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Mentions int      `json:"mentions"`
}

// Result is the score of one run.
type Result struct {
	People, Found, Splits, Merges, RoleErrors, NotPeopleAsPER int
	AliasRecall, AliasRecallMacro, RolePrecision              float64
	// Details, one line per problem, for the report.
	Details []string
}

// Pass reports whether the run passes the gold's own bar.
func (r Result) Pass() bool {
	return r.Splits <= r.People/10 && r.Merges == 0 && r.RoleErrors <= 2 && r.NotPeopleAsPER <= 2 && r.AliasRecall >= 0.8
}

// fold is the comparison form of a string: case folded, white space
// collapsed, ’ read as '.
func fold(s string) string {
	s = strings.ReplaceAll(s, "\u2019", "'")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// roleForm is the comparison form of a role: folded, dots dropped,
// hyphens as spaces.
func roleForm(s string) string {
	s = strings.ReplaceAll(fold(s), ".", "")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " ")
}

// containsWords reports whether role holds phrase as whole words.
func containsWords(role, phrase string) bool {
	if phrase == "" {
		return false
	}
	return regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(phrase) + `(\s|$)`).MatchString(role)
}

// Score applies the gold's scoring rules to entities.
func Score(g Gold, entities []Entity) Result {
	var per []Entity
	holds := make([]map[string]bool, 0, len(entities))
	for _, e := range entities {
		if t := strings.ToUpper(e.Type); t != "PER" && t != "PERSON" {
			continue
		}
		set := map[string]bool{fold(e.Name): true}
		for _, a := range e.Aliases {
			set[fold(a)] = true
		}
		per = append(per, e)
		holds = append(holds, set)
	}
	strs := make([][]string, len(g.People)) // each person's strings, folded
	owner := map[string]int{}               // string -> person
	for i, p := range g.People {
		seen := map[string]bool{}
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			if f := fold(s); !seen[f] {
				seen[f] = true
				strs[i] = append(strs[i], f)
				owner[f] = i
			}
		}
	}
	r := Result{People: len(g.People)}
	held, total := 0, 0
	var macro float64
	var roleOK, roleAll int
	for i, p := range g.People {
		var holders []int
		for k := range per {
			for _, s := range strs[i] {
				if holds[k][s] {
					holders = append(holders, k)
					break
				}
			}
		}
		if len(holders) > 1 {
			r.Splits += len(holders) - 1
			r.Details = append(r.Details, fmt.Sprintf("split: %s in %d entities", p.Name, len(holders)))
		}
		// merges: a holder with a not_alias or another person's string
		not := map[string]bool{}
		for _, s := range p.NotAliases {
			not[fold(s)] = true
		}
		for _, k := range holders {
			for s := range holds[k] {
				if o, ok := owner[s]; (ok && o != i) || not[s] {
					r.Merges++
					r.Details = append(r.Details, fmt.Sprintf("merge: %s's entity %q also holds %q", p.Name, per[k].Name, s))
					break
				}
			}
		}
		count := func(k int) int {
			n := 0
			for _, s := range strs[i] {
				if holds[k][s] {
					n++
				}
			}
			return n
		}
		found := -1
		for _, k := range holders {
			if !holds[k][fold(p.Name)] {
				continue
			}
			if found < 0 || count(k) > count(found) || (count(k) == count(found) && per[k].Mentions > per[found].Mentions) {
				found = k
			}
		}
		if found < 0 {
			for _, k := range holders {
				if found < 0 || count(k) > count(found) {
					found = k
				}
			}
			if found >= 0 && 2*count(found) <= len(p.Aliases) {
				found = -1
			}
		}
		total += len(strs[i])
		if found < 0 {
			r.Details = append(r.Details, "not found: "+p.Name)
			continue
		}
		r.Found++
		held += count(found)
		macro += float64(count(found)) / float64(len(strs[i]))
		for _, role := range per[found].Roles {
			rf := roleForm(role)
			bad := false
			for _, nr := range p.NotRoles {
				if containsWords(rf, roleForm(nr)) {
					bad = true
					r.RoleErrors++
					r.Details = append(r.Details, fmt.Sprintf("role error: %s has %q", p.Name, role))
					break
				}
			}
			roleAll++
			if bad {
				continue
			}
			for _, gr := range p.Roles {
				if gf := roleForm(gr); strings.Contains(rf, gf) || strings.Contains(gf, rf) {
					roleOK++
					break
				}
			}
		}
	}
	for _, np := range g.NotPeople {
		for _, e := range per {
			if fold(e.Name) == fold(np.String) {
				r.NotPeopleAsPER++
				r.Details = append(r.Details, fmt.Sprintf("not a person, stored as one: %q", e.Name))
				break
			}
		}
	}
	if total > 0 {
		r.AliasRecall = float64(held) / float64(total)
	}
	if len(g.People) > 0 {
		r.AliasRecallMacro = macro / float64(len(g.People))
	}
	if roleAll > 0 {
		r.RolePrecision = float64(roleOK) / float64(roleAll)
	}
	sort.Strings(r.Details)
	return r
}

// Run ingests the gold's texts (a PolNeAR split's text folder, found from
// the gold file's place in ../shared/eval: ../../quotes/polnear/dev/text)
// into a temporary database, scores its entities and writes a report.
func Run(goldPath string, w io.Writer) (Result, error) {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return Result{}, err
	}
	var g Gold
	if err := json.Unmarshal(raw, &g); err != nil {
		return Result{}, fmt.Errorf("%s: %w", goldPath, err)
	}
	split := strings.TrimSuffix(filepath.Base(goldPath), ".json")
	texts := filepath.Join(filepath.Dir(goldPath), "..", "..", "quotes", "polnear", split, "text")
	if _, err := os.Stat(texts); err != nil {
		return Result{}, fmt.Errorf("people: the gold's texts: %w", err)
	}
	entities, err := ingestEntities(texts)
	if err != nil {
		return Result{}, err
	}
	r := Score(g, entities)
	for _, d := range r.Details {
		fmt.Fprintln(w, d)
	}
	fmt.Fprintf(w, "people %d found %d splits %d merges %d role_errors %d not_people_as_PER %d alias_recall %.3f (macro %.3f) role_precision %.3f\n",
		r.People, r.Found, r.Splits, r.Merges, r.RoleErrors, r.NotPeopleAsPER, r.AliasRecall, r.AliasRecallMacro, r.RolePrecision)
	return r, nil
}

func ingestEntities(texts string) ([]Entity, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "dateline-people-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "people.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	tagger, err := entity.Default()
	if err != nil {
		return nil, err
	}
	inputs, errs := ingest.Expand([]string{texts}, nil)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	if _, err := pipeline.Ingest(ctx, st, inputs, pipeline.Config{Annotate: annotate.Options{Tagger: tagger, Now: time.Now()}}); err != nil {
		return nil, err
	}
	var out []Entity
	err = st.Entities(ctx, func(e domain.Entity) error {
		seen := map[string]bool{}
		var roles []string
		for _, ro := range e.Roles {
			if !seen[ro.Title] {
				seen[ro.Title] = true
				roles = append(roles, ro.Title)
			}
		}
		out = append(out, Entity{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Roles: roles, Mentions: e.Mentions})
		return nil
	})
	return out, err
}
