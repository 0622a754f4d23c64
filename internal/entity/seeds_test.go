package entity

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

var (
	linkRE     = regexp.MustCompile(`\s*<[^>]*>`)
	spaceComma = regexp.MustCompile(` ([,.;:])`)
)

// seedPosts is a stand-in for the cleaner and segmenter, small on purpose:
// it drops inline links and a few boilerplate lines, joins hard-wrapped
// lines, and for live blogs starts a post at every short paragraph without
// final punctuation (a headline), taking a following "… Credit: …"
// paragraph as its caption.
func seedPosts(raw string, liveblog bool) []domain.Post {
	raw = linkRE.ReplaceAllString(raw, "")
	var paras []string
	for _, block := range regexp.MustCompile(`\n\s*\n`).Split(raw, -1) {
		p := strings.Join(strings.Fields(block), " ")
		p = spaceComma.ReplaceAllString(p, "$1")
		switch p {
		case "", "Live updates", "Load more updates", "Read more", "Sorry, this content isn't available on your device.":
			continue
		}
		paras = append(paras, p)
	}
	if !liveblog {
		return []domain.Post{{Text: strings.Join(paras, "\n\n")}}
	}
	var posts []domain.Post
	var text []string
	flush := func() {
		if len(posts) > 0 {
			posts[len(posts)-1].Text = strings.Join(text, "\n\n")
		}
		text = nil
	}
	for i, p := range paras {
		end := strings.TrimRight(p, "'\"”’")
		headline := len(p) < 120 && end != "" && !strings.ContainsRune(".?!:", rune(end[len(end)-1])) && !strings.HasPrefix(p, "–") && !strings.HasPrefix(p, "•")
		switch {
		case headline && !strings.Contains(p, "Credit:"):
			flush()
			posts = append(posts, domain.Post{Headline: p, Index: len(posts)})
		case len(posts) > 0 && len(text) == 0 && posts[len(posts)-1].Caption == "" && (strings.Contains(p, "Credit:") || i > 0 && len(p) < 90):
			caption, _, _ := strings.Cut(p, " Credit:")
			posts[len(posts)-1].Caption = caption
		default:
			if len(posts) == 0 {
				posts = append(posts, domain.Post{})
			}
			text = append(text, p)
		}
	}
	flush()
	return posts
}

type goldPerson struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles"`
}

type goldFile struct {
	Documents []struct {
		File string `json:"file"`
		Kind string `json:"kind"`
	} `json:"documents"`
	People []goldPerson `json:"people"`
}

func loadSeeds(t testing.TB) (goldFile, []domain.Post) {
	var g goldFile
	dir := sharedtest.Gold(t, &g)
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var all []domain.Post
	for _, d := range g.Documents {
		raw, err := os.ReadFile(filepath.Join(dir, d.File))
		if err != nil {
			t.Fatal(err)
		}
		posts := seedPosts(string(raw), d.Kind == "liveblog")
		ms := tg.Annotate(posts)
		for i := range posts {
			posts[i].DocID = d.File
			posts[i].Mentions = ms[i]
		}
		all = append(all, posts...)
	}
	return g, all
}

func TestSeeds(t *testing.T) {
	g, posts := loadSeeds(t)
	ents := Entities(posts)
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	owner := make(map[string]int) // entity index of each gold person
	totalAliases, okAliases, totalRoles, okRoles := 0, 0, 0, 0
	for _, p := range g.People {
		idx := -1
		for i, e := range ents {
			if e.Type == domain.PER && Key(domain.PER, e.Name) == Key(domain.PER, p.Name) {
				idx = i
				break
			}
		}
		if idx < 0 {
			t.Errorf("%s: no entity", p.Name)
			continue
		}
		e := ents[idx]
		if e.Name != p.Name {
			t.Logf("%s: canonical name is %q", p.Name, e.Name)
		}
		for q, o := range owner {
			if o == idx {
				t.Errorf("%s and %s merged into %q", q, p.Name, e.Name)
			}
		}
		owner[p.Name] = idx
		aliases := make(map[string]bool)
		for _, al := range e.Aliases {
			aliases[norm(al)] = true
		}
		ok := 0
		for _, al := range p.Aliases {
			if aliases[norm(al)] {
				ok++
			} else {
				t.Logf("%s: alias %q not resolved", p.Name, al)
			}
		}
		totalAliases += len(p.Aliases)
		okAliases += ok
		if float64(ok) < 0.9*float64(len(p.Aliases)) {
			t.Errorf("%s: %d of %d aliases resolved (want ≥ 90%%); entity aliases %q", p.Name, ok, len(p.Aliases), e.Aliases)
		}
		roles := make(map[string]bool)
		for _, r := range e.Roles {
			roles[norm(r.Title)] = true
		}
		for _, r := range p.Roles {
			totalRoles++
			if roles[norm(r)] {
				okRoles++
			} else {
				t.Logf("%s: role %q not attached", p.Name, r)
			}
		}
	}
	t.Logf("aliases %d/%d, roles %d/%d", okAliases, totalAliases, okRoles, totalRoles)
	if float64(okRoles) < 0.8*float64(totalRoles) {
		t.Errorf("roles: %d of %d attached (want ≥ 80%%)", okRoles, totalRoles)
	}
}
