package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// gold is the part of ../shared/seeds/gold.json these tests check.
type gold struct {
	Documents []struct {
		File        string   `json:"file"`
		Kind        string   `json:"kind"`
		Boilerplate []string `json:"boilerplate"`
		ShareTitle  string   `json:"share_title"`
		Posts       []struct {
			Headline   *string  `json:"headline"`
			Caption    *string  `json:"caption"`
			Credit     *string  `json:"credit"`
			Commentary []string `json:"commentary"`
		} `json:"posts"`
	} `json:"documents"`
	Duplicates []struct {
		A, B struct{ File, Headline string }
	} `json:"duplicates"`
}

type exported struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	URL        string   `json:"url"`
	Kind       string   `json:"kind"`
	Headline   *string  `json:"headline"`
	Caption    *string  `json:"caption"`
	Credit     *string  `json:"credit"`
	Text       string   `json:"text"`
	Commentary []string `json:"commentary"`
	Sources    []struct {
		Source string `json:"source"`
	} `json:"sources"`
}

func ws(s string) string { return strings.Join(strings.Fields(s), " ") }

// run runs the CLI in process and returns stdout, stderr and the exit code.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, Err: &errb})
	return out.String(), errb.String(), code
}

func exportPosts(t *testing.T, db string) []exported {
	t.Helper()
	out, stderr, code := run(t, "--db", db, "export", "--what", "posts", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	var posts []exported
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var p exported
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		posts = append(posts, p)
	}
	return posts
}

func TestSeedsAgainstGold(t *testing.T) {
	seeds := sharedtest.Dir(t, "seeds")
	checkGold(t, filepath.Join(seeds, "gold.json"), seeds, 18)
}

// TestExamplesAgainstExpected checks the bundled example corpus against its
// hand annotation, written independently of the cleaner.
func TestExamplesAgainstExpected(t *testing.T) {
	dir := filepath.Join("..", "..", "examples")
	checkGold(t, filepath.Join(dir, "expected.json"), dir, 0)
}

// checkGold ingests dir and checks the stored posts against a gold.json-
// style annotation: posts with their headlines, captions, credits and
// commentary; no boilerplate or links in post text; no hard line breaks
// inside paragraphs; exact duplicates stored once with both sources.
func checkGold(t *testing.T, goldPath, seeds string, wantPosts int) {
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	var inputs []string
	for _, d := range g.Documents {
		inputs = append(inputs, filepath.Join(seeds, d.File))
	}
	if _, stderr, code := run(t, append([]string{"--db", db, "ingest"}, inputs...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	posts := exportPosts(t, db)
	if wantPosts > 0 && len(posts) != wantPosts {
		t.Errorf("%d posts stored, want %d", len(posts), wantPosts)
	}

	// index our posts by (file, headline) over all their sources
	type key struct{ file, headline string }
	byKey := map[key]exported{}
	articles := map[string]exported{}
	for _, p := range posts {
		for _, s := range p.Sources {
			f := filepath.Base(s.Source)
			h := ""
			if p.Headline != nil {
				h = *p.Headline
			}
			byKey[key{f, h}] = p
			if p.Kind == "article" {
				articles[f] = p
			}
		}
	}
	str := func(p *string) string {
		if p == nil {
			return "<null>"
		}
		return ws(*p)
	}
	for _, d := range g.Documents {
		for i, gp := range d.Posts {
			var p exported
			var ok bool
			if gp.Headline != nil {
				p, ok = byKey[key{d.File, *gp.Headline}]
			} else {
				p, ok = articles[d.File] // articles: the recovered headline or null
			}
			if !ok {
				t.Errorf("%s post %d %q: not found", d.File, i, str(gp.Headline))
				continue
			}
			if str(p.Caption) != str(gp.Caption) {
				t.Errorf("%s %q: caption %q, want %q", d.File, str(gp.Headline), str(p.Caption), str(gp.Caption))
			}
			if str(p.Credit) != str(gp.Credit) {
				t.Errorf("%s %q: credit %q, want %q", d.File, str(gp.Headline), str(p.Credit), str(gp.Credit))
			}
			for _, c := range gp.Commentary {
				found := false
				for _, pc := range p.Commentary {
					found = found || ws(pc) == ws(c)
				}
				if !found {
					t.Errorf("%s: commentary %q missing from commentary %q", d.File, c, p.Commentary)
				}
				if strings.Contains(ws(p.Text), ws(c)) || strings.Contains(ws(p.Text), strings.TrimPrefix(ws(c), "Comment: ")) {
					t.Errorf("%s: commentary %q mixed into the post text", d.File, c)
				}
			}
			if gp.Headline == nil && d.ShareTitle != "" && str(p.Headline) != ws(d.ShareTitle) {
				t.Errorf("%s: headline %q, want the share links' title %q", d.File, str(p.Headline), d.ShareTitle)
			}
			if d.Kind == "article" && strings.Contains(p.Text, "\n") {
				for _, para := range strings.Split(p.Text, "\n\n") {
					if strings.Contains(para, "\n") {
						t.Errorf("%s: hard line break inside a paragraph: %q", d.File, para)
					}
				}
			}
		}
		for _, b := range d.Boilerplate {
			for _, p := range posts {
				if strings.Contains(ws(p.Text), ws(b)) {
					t.Errorf("boilerplate %q left in post %q", b, str(p.Headline))
				}
			}
		}
	}
	for _, p := range posts {
		if strings.Contains(p.Text, "<http") {
			t.Errorf("post %q keeps a link: %q", str(p.Headline), p.Text)
		}
	}
	for _, dup := range g.Duplicates {
		p, ok := byKey[key{dup.A.File, dup.A.Headline}]
		if !ok {
			t.Errorf("duplicate %q not found", dup.A.Headline)
			continue
		}
		files := map[string]bool{}
		for _, s := range p.Sources {
			files[filepath.Base(s.Source)] = true
		}
		if len(p.Sources) != 2 || !files[dup.A.File] || !files[dup.B.File] {
			t.Errorf("duplicate %q: sources %+v, want %s and %s", dup.A.Headline, p.Sources, dup.A.File, dup.B.File)
		}
	}
}

// ingestSeeds decodes ../shared/seeds/gold.json into gold, ingests the
// seeds into a new database and returns its path.
func ingestSeeds(t *testing.T, gold any) string {
	t.Helper()
	seeds := sharedtest.Gold(t, gold)
	db := filepath.Join(t.TempDir(), "seeds.db")
	if _, stderr, code := run(t, "--db", db, "ingest", seeds); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	return db
}

// exportLines returns the JSON lines of `export --what what`.
func exportLines(t *testing.T, db, what string) [][]byte {
	t.Helper()
	out, stderr, code := run(t, "--db", db, "export", "--what", what)
	if code != 0 {
		t.Fatalf("export %s: exit %d: %s", what, code, stderr)
	}
	var lines [][]byte
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l != "" {
			lines = append(lines, []byte(l))
		}
	}
	return lines
}

// TestSeedsSharedPassages checks near-duplicate passages end to end: every
// gold shared sentence is one passage carrying all its occurrences, and no
// other passage joins two different posts.
func TestSeedsSharedPassages(t *testing.T) {
	var g struct {
		Shared []struct {
			Text string `json:"text"`
			In   []struct {
				File     string `json:"file"`
				Headline string `json:"headline"`
				Exact    string `json:"exact"`
			} `json:"in"`
		} `json:"shared_sentences"`
	}
	db := ingestSeeds(t, &g)
	headline := map[string]string{}
	for _, p := range exportPosts(t, db) {
		if p.Headline != nil {
			headline[p.ID] = *p.Headline
		}
	}
	type place struct{ file, headline string }
	type passage struct {
		text   string
		places map[place]bool
		posts  map[string]bool
	}
	var passages []passage
	for _, line := range exportLines(t, db, "passages") {
		var r struct {
			Text    string `json:"text"`
			Sources []struct {
				Source string `json:"source"`
				PostID string `json:"post_id"`
			} `json:"sources"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		p := passage{text: r.Text, places: map[place]bool{}, posts: map[string]bool{}}
		for _, s := range r.Sources {
			p.places[place{filepath.Base(s.Source), headline[s.PostID]}] = true
			p.posts[s.PostID] = true
		}
		passages = append(passages, p)
	}
	explained := map[int]bool{}
	for _, s := range g.Shared {
		found := false
		for i, p := range passages {
			all := true
			for _, in := range s.In {
				all = all && p.places[place{in.File, in.Headline}]
			}
			if all && strings.Contains(ws(s.Text), ws(p.text)) || all && strings.Contains(ws(p.text), ws(s.Text)) {
				found, explained[i] = true, true
			}
		}
		if !found {
			t.Errorf("shared sentence %q: no passage with all %d occurrences", s.Text, len(s.In))
		}
	}
	for i, p := range passages {
		if len(p.posts) > 1 && !explained[i] {
			t.Errorf("passage %q joins %d posts but is no gold shared sentence", p.text, len(p.posts))
		}
	}
}

// TestSeedsQuoteGroups checks that a quotation reported by several posts
// or outlets is one quote group with all its sources: every quote of the
// duplicated posts, and "demonstrations outside the Russian embassy",
// reported in three posts.
func TestSeedsQuoteGroups(t *testing.T) {
	var g struct {
		Documents []struct {
			File  string `json:"file"`
			Posts []struct {
				Headline *string `json:"headline"`
				Quotes   []struct {
					Text string `json:"text"`
					Kind string `json:"kind"`
				} `json:"quotes"`
			} `json:"posts"`
		} `json:"documents"`
		Duplicates []struct {
			A, B struct{ File, Headline string }
		} `json:"duplicates"`
	}
	db := ingestSeeds(t, &g)
	type group struct {
		Text     string   `json:"text"`
		Variants []string `json:"variants"`
		Sources  []struct {
			Source string `json:"source"`
		} `json:"sources"`
	}
	var groups []group
	for _, line := range exportLines(t, db, "quotes") {
		var gr group
		if err := json.Unmarshal(line, &gr); err != nil {
			t.Fatal(err)
		}
		groups = append(groups, gr)
	}
	// find the group reporting text, and the files of its sources
	find := func(text string) (map[string]int, bool) {
		for _, gr := range groups {
			for _, v := range append([]string{gr.Text}, gr.Variants...) {
				if ws(v) == ws(text) {
					files := map[string]int{}
					for _, s := range gr.Sources {
						files[filepath.Base(s.Source)]++
					}
					return files, true
				}
			}
		}
		return nil, false
	}
	for _, dup := range g.Duplicates {
		for _, d := range g.Documents {
			if d.File != dup.A.File {
				continue
			}
			for _, p := range d.Posts {
				if p.Headline == nil || *p.Headline != dup.A.Headline {
					continue
				}
				for _, q := range p.Quotes {
					if q.Kind == "scare" {
						continue
					}
					files, ok := find(q.Text)
					if !ok {
						t.Errorf("quote %q of a duplicated post: no group", q.Text)
					} else if files[dup.A.File] == 0 || files[dup.B.File] == 0 {
						t.Errorf("quote %q: sources %v, want both %s and %s", q.Text, files, dup.A.File, dup.B.File)
					}
				}
			}
		}
	}
	files, ok := find("demonstrations outside the Russian embassy")
	n := 0
	for _, c := range files {
		n += c
	}
	if !ok || n != 3 || len(files) != 2 {
		t.Errorf(`"demonstrations outside the Russian embassy": sources %v, want 3 reports in 2 files`, files)
	}
}

// TestSeedsEntities checks the stored entities against gold.json's people:
// each is one entity under its canonical name, most aliases resolve to it,
// most roles are attached to it, and no two gold people are merged.
func TestSeedsEntities(t *testing.T) {
	var g struct {
		People []struct {
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
			Roles   []string `json:"roles"`
		} `json:"people"`
	}
	db := ingestSeeds(t, &g)
	type ent struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
		Roles   []string `json:"roles"`
	}
	var ents []ent
	for _, line := range exportLines(t, db, "entities") {
		var e ent
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatal(err)
		}
		ents = append(ents, e)
	}
	lower := func(ss []string) map[string]bool {
		m := map[string]bool{}
		for _, s := range ss {
			m[strings.ToLower(ws(s))] = true
		}
		return m
	}
	owner := map[int]string{}
	aliasHit, aliasAll, roleHit, roleAll := 0, 0, 0, 0
	for _, p := range g.People {
		var found *ent
		for i := range ents {
			if ents[i].Type == "PER" && ents[i].Name == p.Name {
				if prev, ok := owner[i]; ok {
					t.Errorf("gold people %q and %q merged", prev, p.Name)
				}
				owner[i], found = p.Name, &ents[i]
				break
			}
		}
		if found == nil {
			// the text may spell a name without its hyphen
			for i := range ents {
				if ents[i].Type == "PER" && strings.ReplaceAll(ents[i].Name, " ", "-") == strings.ReplaceAll(p.Name, " ", "-") {
					found = &ents[i]
				}
			}
		}
		if found == nil {
			t.Errorf("person %q: no entity of that name", p.Name)
			continue
		}
		al, ro := lower(found.Aliases), lower(found.Roles)
		for _, a := range p.Aliases {
			aliasAll++
			if al[strings.ToLower(ws(a))] {
				aliasHit++
			}
		}
		for _, r := range p.Roles {
			roleAll++
			if ro[strings.ToLower(ws(r))] {
				roleHit++
			}
		}
	}
	if a := float64(aliasHit) / float64(aliasAll); a < 0.9 {
		t.Errorf("aliases resolved: %d/%d = %.2f, want ≥ 0.90", aliasHit, aliasAll, a)
	}
	if r := float64(roleHit) / float64(roleAll); r < 0.8 {
		t.Errorf("roles attached: %d/%d = %.2f, want ≥ 0.80", roleHit, roleAll, r)
	}
	t.Logf("aliases %d/%d, roles %d/%d", aliasHit, aliasAll, roleHit, roleAll)
}

// TestIncrementalDedup ingests two pages in separate runs: the second
// run must match its passages against the index stored by the first.
func TestIncrementalDedup(t *testing.T) {
	dir := filepath.Join("..", "..", "examples")
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Shared []struct {
			Text string `json:"text"`
			In   []struct {
				File string `json:"file"`
			} `json:"in"`
			ViaDuplicatePost bool   `json:"via_duplicate_post"`
			Match            string `json:"match"`
		} `json:"shared_sentences"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	// a near (not exact) shared sentence between two different files
	for _, s := range g.Shared {
		files := map[string]bool{}
		for _, in := range s.In {
			files[in.File] = true
		}
		if s.ViaDuplicatePost || s.Match != "near" || len(files) != 2 {
			continue
		}
		db := filepath.Join(t.TempDir(), "inc.db")
		for f := range files {
			if _, stderr, code := run(t, "--db", db, "ingest", filepath.Join(dir, f)); code != 0 {
				t.Fatalf("ingest %s: %s", f, stderr)
			}
		}
		out, _, _ := run(t, "--db", db, "export", "--what", "passages")
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var p struct {
				Text    string `json:"text"`
				Sources []struct {
					Source string `json:"source"`
				} `json:"sources"`
			}
			json.Unmarshal([]byte(line), &p)
			seen := map[string]bool{}
			for _, src := range p.Sources {
				seen[filepath.Base(src.Source)] = true
			}
			if len(seen) == 2 {
				return // matched across the two runs
			}
		}
		t.Fatalf("shared sentence %q: no passage carried by both files after two runs", s.Text)
	}
	t.Fatal("examples/expected.json has no near shared sentence between two files")
}
