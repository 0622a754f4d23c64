package dedup

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/dateline-news/dateline/internal/domain"
)

type seedGold struct {
	Documents []struct {
		File        string   `json:"file"`
		Kind        string   `json:"kind"`
		Boilerplate []string `json:"boilerplate"`
		Posts       []struct {
			Headline *string `json:"headline"`
			Caption  *string `json:"caption"`
		} `json:"posts"`
	} `json:"documents"`
	Duplicates []struct {
		A, B seedPostRef
	} `json:"duplicates"`
	SharedSentences []struct {
		Text string `json:"text"`
		In   []struct {
			seedPostRef
			Exact string `json:"exact"`
		} `json:"in"`
	} `json:"shared_sentences"`
}

type seedPostRef struct {
	File     string `json:"file"`
	Headline string `json:"headline"`
}

type seedPost struct {
	ref         seedPostRef
	headline    string
	text        string
	paras, sens []domain.Span
}

var (
	linkRE = regexp.MustCompile(`\s*<[^>]*>`)
	wsRE   = regexp.MustCompile(`\s+`)
)

func squash(s string) string { return strings.TrimSpace(wsRE.ReplaceAllString(s, " ")) }

// seedPosts cuts a seed file into posts. This stands in for the clean and
// segment stages, which are not this package's concern: it uses the gold
// headlines, captions and boilerplate only to cut, never to decide what is
// a duplicate.
func seedPosts(raw string, doc int, g *seedGold) []seedPost {
	d := g.Documents[doc]
	drop := map[string]bool{}
	for _, b := range d.Boilerplate {
		drop[squash(linkRE.ReplaceAllString(b, ""))] = true
	}
	headlines := map[string]bool{}
	var captions []string
	for _, p := range d.Posts {
		if p.Headline != nil {
			headlines[*p.Headline] = true
		}
		if p.Caption != nil {
			captions = append(captions, squash(*p.Caption))
		}
	}
	// Paragraphs: blank lines, dropped lines and bullets break them.
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, squash(strings.Join(cur, " ")))
			cur = nil
		}
	}
	for _, line := range strings.Split(raw, "\n") {
		clean := squash(linkRE.ReplaceAllString(line, ""))
		switch {
		case clean == "" || drop[clean]:
			flush()
		case strings.HasPrefix(clean, "•"):
			flush()
			cur = append(cur, strings.TrimSpace(strings.TrimPrefix(clean, "•")))
		default:
			cur = append(cur, clean)
		}
	}
	flush()

	var posts []seedPost
	var body []string
	headline := ""
	emit := func() {
		if len(body) == 0 {
			return
		}
		p := seedPost{ref: seedPostRef{File: d.File, Headline: headline}, headline: headline}
		for i, para := range body {
			if i > 0 {
				p.text += "\n\n"
			}
			start := len(p.text)
			p.text += para
			p.paras = append(p.paras, domain.Span{Start: start, End: len(p.text)})
			for _, s := range naiveSentences(para) {
				p.sens = append(p.sens, domain.Span{Start: start + s.Start, End: start + s.End})
			}
		}
		posts = append(posts, p)
		body = nil
	}
	for _, para := range paras {
		if d.Kind == "liveblog" && headlines[para] {
			emit()
			headline = para
			continue
		}
		if d.Kind == "liveblog" && headline == "" {
			continue // before the first post
		}
		if strings.HasPrefix(para, "Comment:") || strings.Contains(para, "Credit:") ||
			strings.HasPrefix(para, "©") || strings.HasPrefix(para, "Photograph:") {
			continue
		}
		isCaption := false
		for _, c := range captions {
			// The caption line, alone or followed by its credit.
			if strings.HasPrefix(para, c) && len(para)-len(c) < 60 || para == strings.TrimSuffix(c, ".") {
				isCaption = true
			}
		}
		if !isCaption {
			body = append(body, para)
		}
	}
	emit()
	return posts
}

// naiveSentences splits at . ! ? (and closing quotes) before white space
// and a capital, digit or quote, except after titles and initials.
func naiveSentences(s string) []domain.Span {
	var out []domain.Span
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		end := i + 1
		for end < len(s) && strings.ContainsRune("\"'”’)", rune(s[end])) {
			end++
		}
		if end >= len(s) || s[end] != ' ' || end+1 >= len(s) {
			continue
		}
		next := []rune(s[end+1:])[0]
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“'‘", next) {
			continue
		}
		words := strings.Fields(s[start:i])
		if s[i] == '.' && len(words) > 0 {
			last := words[len(words)-1]
			if len([]rune(last)) == 1 || last == "Mr" || last == "Mrs" || last == "Ms" || last == "Dr" || last == "Rep" || strings.Contains(last, ".") {
				continue
			}
		}
		out = append(out, domain.Span{Start: start, End: end})
		start = end + 1
	}
	if start < len(s) {
		out = append(out, domain.Span{Start: start, End: len(s)})
	}
	return out
}

func TestSeeds(t *testing.T) {
	var g seedGold
	dir := sharedtest.Gold(t, &g)

	mem := NewMemory()
	ps := NewPassages(mem)
	postIdx := NewIndex(mem, Options{Level: LevelPost})

	type occ struct {
		post int
		a    Assignment
	}
	var posts []seedPost
	postCluster := map[int]string{}
	clusters := map[string][]occ{}
	for di, d := range g.Documents {
		text, err := os.ReadFile(filepath.Join(dir, d.File))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range seedPosts(string(text), di, &g) {
			pi := len(posts)
			posts = append(posts, p)
			full := p.headline + "\n\n" + p.text
			m, _, err := postIdx.Assign(ID(LevelPost, full), NewPrint(full), nil)
			if err != nil {
				t.Fatal(err)
			}
			postCluster[pi] = m.ID
			as, err := ps.Assign(p.text, p.paras, p.sens)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range as {
				clusters[a.Passage] = append(clusters[a.Passage], occ{pi, a})
			}
		}
	}
	if len(posts) < 20 {
		t.Fatalf("only %d posts cut from the seeds", len(posts))
	}
	postOf := func(r seedPostRef) int {
		for i, p := range posts {
			if p.ref == r {
				return i
			}
		}
		t.Fatalf("post %v not found", r)
		return -1
	}

	// Duplicate posts: one cluster each; no other post clusters merged.
	dupPartner := map[int]int{}
	for _, d := range g.Duplicates {
		a, b := postOf(d.A), postOf(d.B)
		dupPartner[a], dupPartner[b] = b, a
		if postCluster[a] != postCluster[b] {
			t.Errorf("duplicate posts %q not merged", d.A.Headline)
		}
	}
	for i := range posts {
		for j := i + 1; j < len(posts); j++ {
			if postCluster[i] == postCluster[j] && dupPartner[i] != j {
				t.Errorf("posts merged but not duplicates: %v and %v", posts[i].ref, posts[j].ref)
			}
		}
	}

	// Shared sentences: for each entry, one cluster holds a unit overlapping
	// every member's words.
	type member struct {
		post int
		span domain.Span
	}
	var entries [][]member
	for _, s := range g.SharedSentences {
		var ms []member
		for _, in := range s.In {
			pi := postOf(in.seedPostRef)
			i := strings.Index(posts[pi].text, squash(in.Exact))
			if i < 0 {
				t.Fatalf("%q not found in post %v", in.Exact, in.seedPostRef)
			}
			ms = append(ms, member{pi, domain.Span{Start: i, End: i + len(squash(in.Exact))}})
		}
		entries = append(entries, ms)
		found := false
		for _, occs := range clusters {
			all := true
			for _, m := range ms {
				has := false
				for _, o := range occs {
					if o.post == m.post && o.a.Kind != KindParagraph && covers(o.a.Span, m.span) {
						has = true
					}
				}
				all = all && has
			}
			if all {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("shared sentence not found as one passage: %q", s.Text)
		}
	}

	// No other passages merged: every pair of occurrences in a cluster comes
	// from a duplicate post pair or from the members of one shared entry.
	explained := func(x, y occ) bool {
		if dupPartner[x.post] == y.post && x.post != y.post {
			if _, ok := dupPartner[x.post]; ok {
				return true
			}
		}
		for _, ms := range entries {
			inX, inY := false, false
			for _, m := range ms {
				inX = inX || m.post == x.post && overlaps(x.a.Span, m.span)
				inY = inY || m.post == y.post && overlaps(y.a.Span, m.span)
			}
			if inX && inY {
				return true
			}
		}
		return false
	}
	merged := 0
	for id, occs := range clusters {
		if len(occs) > 1 {
			merged++
		}
		for i := range occs {
			for j := i + 1; j < len(occs); j++ {
				if !explained(occs[i], occs[j]) {
					t.Errorf("cluster %s merges unrelated passages:\n  %v: %q\n  %v: %q (J=%.2f)", id,
						posts[occs[i].post].ref, occs[i].a.Text, posts[occs[j].post].ref, occs[j].a.Text,
						Jaccard(occs[i].a.Text, occs[j].a.Text))
				}
			}
		}
	}
	t.Logf("%d posts, %d passage clusters, %d with more than one occurrence", len(posts), len(clusters), merged)
	for _, occs := range clusters {
		if len(occs) > 1 {
			for _, o := range occs[1:] {
				t.Logf("  J=%.3f %s %q ~ %q", o.a.Similarity, o.a.Kind, o.a.Text, occs[0].a.Text)
			}
		}
	}

	// Margin: the most similar pair of units of different posts that the
	// gold does not call shared.
	var all []occ
	for _, occs := range clusters {
		all = append(all, occs...)
	}
	best, bx, by := 0.0, occ{}, occ{}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			x, y := all[i], all[j]
			if x.post == y.post || x.a.Kind.Level() != y.a.Kind.Level() || explained(x, y) {
				continue
			}
			if sim := Jaccard(x.a.Text, y.a.Text); sim > best {
				best, bx, by = sim, x, y
			}
		}
	}
	t.Logf("most similar unrelated pair: J=%.3f\n  %q\n  %q", best, bx.a.Text, by.a.Text)
}

func covers(u, m domain.Span) bool {
	// The unit holds most of the member's words, or the member most of the
	// unit's (a clause inside a longer shared sentence).
	inter := min(u.End, m.End) - max(u.Start, m.Start)
	return inter > 0 && (float64(inter) >= 0.6*float64(m.Len()) || float64(inter) >= 0.6*float64(u.Len()))
}

func overlaps(a, b domain.Span) bool { return a.Start < b.End && b.Start < a.End }
