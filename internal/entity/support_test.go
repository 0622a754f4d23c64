package entity

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// TestSupport: a person the archive knows well is not split by one
// document's wrong title, while namesakes and relatives stay apart.
func TestSupport(t *testing.T) {
	// doc is a document of day n naming one person with titles, each in
	// a mention of its own ("Arizona senator Dana Whitlock")
	doc := func(n int, name string, titles ...string) domain.Post {
		p := domain.Post{DocID: fmt.Sprintf("d%d-%s", n, name), Published: time.Date(2030, 3, n, 9, 0, 0, 0, time.UTC)}
		p.Mentions = append(p.Mentions, domain.Mention{Text: name, Type: domain.PER, Name: name})
		for _, ti := range titles {
			p.Mentions = append(p.Mentions, domain.Mention{Text: ti + " " + name, Type: domain.PER, Name: name, Role: ti})
		}
		return p
	}
	// dominant is a person mentioned dominantMentions times in as many
	// documents, titled on three days
	dominant := func(name, title string) []domain.Post {
		var ps []domain.Post
		for n := 1; 2*len(ps) < dominantMentions; n++ {
			ps = append(ps, doc(n, name, title))
		}
		return append(ps, doc(2, name, "party leader"))
	}
	const w = "Dana Whitlock"
	known := []domain.Post{ // established: titles on three days, two of them on two
		doc(1, w, "Republican nominee", "Arizona senator"),
		doc(2, w, "Republican nominee", "Arizona senator"),
		doc(3, w, "Republican nominee"),
	}
	tests := []struct {
		name  string
		posts []domain.Post
		want  int      // entities named like the last document's person
		gone  []string // titles the entities must not hold
	}{
		{"a wrong party in one document joins, without it",
			append(slices.Clone(known), doc(4, w, "Democratic nominee", "Arizona senator")), 1, []string{"Democratic nominee"}},
		{"the wrong title came first: the parts join once one is established",
			[]domain.Post{doc(1, w, "Democratic nominee", "Arizona senator"), doc(2, w, "Republican nominee", "Arizona senator"),
				doc(3, w, "Republican nominee", "Arizona senator"), doc(4, w, "Republican nominee")}, 1, []string{"Democratic nominee"}},
		{"a conflict with a person of one document keeps them apart",
			[]domain.Post{doc(1, w, "Republican nominee", "Arizona senator"), doc(2, w, "Democratic nominee", "Arizona senator")}, 2, nil},
		{"a namesake corroborating nothing stays apart",
			append(slices.Clone(known), doc(4, w, "Democratic nominee", "Vermont governor")), 2, nil},
		{"a senator of another state is not made one by the title of senator",
			append(slices.Clone(known), doc(4, w, "Oregon senator", "Sen.")), 2, nil},
		{"a stray country joins when the document also names the person's office and country",
			[]domain.Post{doc(1, "Ivo Kral", "Egyptian president"), doc(2, "Ivo Kral", "Egyptian president", "party leader"), doc(3, "Ivo Kral", "Egyptian president"),
				doc(4, "Ivo Kral", "Egyptian president", "American president")}, 1, []string{"American president"}},
		{"a president of another country alone is a namesake",
			[]domain.Post{doc(1, "Ivo Kral", "Egyptian president"), doc(2, "Ivo Kral", "Egyptian president", "party leader"), doc(3, "Ivo Kral", "Egyptian president"),
				doc(4, "Ivo Kral", "American president")}, 2, nil},
		{"a dominant person takes in one document's wrongly read country beside the title alone",
			append(dominant("Ivo Kral", "Egyptian president"), doc(28, "Ivo Kral", "President", "Tunisian president")), 1, []string{"Tunisian president"}},
		{"but not one document's president of another country alone",
			append(dominant("Ivo Kral", "Egyptian president"), doc(28, "Ivo Kral", "Tunisian president")), 2, nil},
		{"nor a person of fewer mentions",
			[]domain.Post{doc(1, "Ivo Kral", "Egyptian president"), doc(2, "Ivo Kral", "Egyptian president", "party leader"), doc(3, "Ivo Kral", "Egyptian president"),
				doc(4, "Ivo Kral", "President", "Tunisian president")}, 2, nil},
		{"an MP for another seat is a namesake, whatever party",
			[]domain.Post{doc(1, "Tom Reyes", "MP for Leeds", "Labour MP"), doc(2, "Tom Reyes", "MP for Leeds", "Labour MP"),
				doc(3, "Tom Reyes", "Labour MP"), doc(4, "Tom Reyes", "MP for York", "Labour MP")}, 2, nil},
		{"one body under its initials and in full is one person's",
			[]domain.Post{doc(1, "Mara Lind", "WHO chief"), doc(2, "Mara Lind", "World Health Organization chief")}, 1, nil},
		{"a person's offices over the years are one person's",
			[]domain.Post{doc(1, "Ruth Kessel", "health secretary"), doc(2, "Ruth Kessel", "defence secretary")}, 1, nil},
		{"the vice president who became president is one person",
			[]domain.Post{doc(1, "Omar Hadad", "Vice President"), doc(2, "Omar Hadad", "President"), doc(3, "Omar Hadad", "Vice President")}, 1, nil},
		{"capitalised portfolios are one person's offices too",
			[]domain.Post{doc(1, "Ruth Kessel", "Health Secretary"), doc(2, "Ruth Kessel", "Defence Secretary")}, 1, nil},
		{"presidents of two named bodies are namesakes",
			[]domain.Post{doc(1, "Tom Ashby", "Morehouse President"), doc(2, "Tom Ashby", "president of the National Venture Capital Association")}, 2, nil},
		{"a document naming the body both ways joins the parts its two names split",
			[]domain.Post{doc(1, "Kit Moran", "DHS Secretary"), doc(2, "Kit Moran", "Homeland Security Secretary"),
				doc(3, "Kit Moran", "secretary of the Department of Homeland Security")}, 1, nil},
		{"two supported titles in conflict keep two established people apart",
			[]domain.Post{doc(1, "Tom Reyes", "MP for Leeds", "Labour MP"), doc(2, "Tom Reyes", "MP for York", "Labour MP"),
				doc(3, "Tom Reyes", "MP for Leeds", "Labour MP"), doc(4, "Tom Reyes", "MP for York", "Labour MP"),
				doc(5, "Tom Reyes", "MP for Leeds"), doc(6, "Tom Reyes", "MP for York")}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			last := tt.posts[len(tt.posts)-1].Mentions[0].Name
			for how, ents := range bothWays(tt.posts) {
				n := 0
				for _, e := range ents {
					if Key(e.Type, e.Name) != Key(domain.PER, last) {
						continue
					}
					n++
					for _, r := range e.Roles {
						if slices.Contains(tt.gone, r.Title) {
							t.Errorf("%s: %s holds %q", how, e.Name, r.Title)
						}
					}
					for _, al := range e.Aliases {
						for _, g := range tt.gone {
							if al == g+" "+e.Name {
								t.Errorf("%s: %s has the alias %q", how, e.Name, al)
							}
						}
					}
				}
				if n != tt.want {
					t.Errorf("%s: %d entities %s, want %d", how, n, last, tt.want)
				}
			}
		})
	}
}

// TestSupportRelatives: father and son are two people however well the
// archive knows them, and whatever titles they share.
func TestSupportRelatives(t *testing.T) {
	var posts []domain.Post
	for n := 1; n <= 4; n++ {
		for _, name := range []string{"Carl Dunmore", "Carl Dunmore Jr.", "Carl Dunmore III"} {
			posts = append(posts, domain.Post{DocID: fmt.Sprintf("d%d-%s", n, name), Published: time.Date(2030, 3, n, 9, 0, 0, 0, time.UTC),
				Mentions: []domain.Mention{{Text: "Admiral " + name, Type: domain.PER, Name: name, Role: "Admiral"}}})
		}
	}
	names := map[string]int{}
	for _, e := range Entities(posts) {
		names[e.Name]++
	}
	for _, name := range []string{"Carl Dunmore", "Carl Dunmore Jr.", "Carl Dunmore III"} {
		if names[name] != 1 {
			t.Errorf("%s in %d entities, want 1 (all: %v)", name, names[name], names)
		}
	}
}

// TestMiddleInitials: names of one key with different middle initials
// are a father and a son, even in one document; a name with an initial
// and one without are one person.
func TestMiddleInitials(t *testing.T) {
	post := func(n int, names ...string) domain.Post {
		p := domain.Post{DocID: fmt.Sprintf("d%d", n), Published: time.Date(2030, 3, n, 9, 0, 0, 0, time.UTC)}
		for _, name := range names {
			p.Mentions = append(p.Mentions, domain.Mention{Text: "President " + name, Type: domain.PER, Name: name, Role: "President"})
		}
		return p
	}
	tests := []struct {
		name   string
		posts  []domain.Post
		want   map[string]int // entities holding each name form
		people int
	}{
		{"father and son in one document",
			[]domain.Post{post(1, "Carl H.W. Dunmore", "Carl W. Dunmore")}, map[string]int{"Carl H.W. Dunmore": 1, "Carl W. Dunmore": 1}, 2},
		{"father and son in two documents",
			[]domain.Post{post(1, "Carl H.W. Dunmore"), post(2, "Carl W. Dunmore"), post(3, "Carl H. W. Dunmore")}, map[string]int{"Carl H.W. Dunmore": 1, "Carl W. Dunmore": 1}, 2},
		{"an initial is a variant of the name without",
			[]domain.Post{post(1, "Dana S. Whitlock"), post(2, "Dana Whitlock"), post(3, "Dana S. Whitlock")}, map[string]int{"Dana S. Whitlock": 1, "Dana Whitlock": 1}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for how, ents := range bothWays(tt.posts) {
				held := map[string]int{}
				people := 0
				for _, e := range ents {
					if e.Type != domain.PER {
						continue
					}
					people++
					for form := range tt.want {
						if e.Name == form || slices.Contains(e.Aliases, form) || slices.Contains(e.Aliases, "President "+form) {
							held[form]++
						}
					}
				}
				for form, n := range tt.want {
					if held[form] != n {
						t.Errorf("%s: %q in %d entities, want %d (%d people)", how, form, held[form], n, people)
					}
				}
				if people != tt.people {
					t.Errorf("%s: %d people, want %d", how, people, tt.people)
				}
			}
		})
	}
}

// bothWays returns the entities of posts made at once (Entities) and
// document by document, as the pipeline merges (Merge).
func bothWays(posts []domain.Post) map[string][]domain.Entity {
	var step []domain.Entity
	for _, p := range posts {
		step = Merge(step, []domain.Post{p}).Entities
	}
	return map[string][]domain.Entity{"at once": Entities(posts), "step by step": step}
}
