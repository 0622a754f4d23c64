package quote

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

// The seed test measures quotes and speakers on ../shared/seeds against
// its hand-checked gold.json. Until the cleaner and segmenter exist,
// posts are built from gold.json itself by seedPosts; swap that helper
// for the real pipeline output when it lands.

type goldQuote struct {
	Text           string  `json:"text"`
	Speaker        *string `json:"speaker"`
	SpeakerMention *string `json:"speaker_mention"`
	Kind           string  `json:"kind"`
}

type goldPost struct {
	Headline   *string     `json:"headline"`
	Caption    *string     `json:"caption"`
	Credit     *string     `json:"credit"`
	Commentary []string    `json:"commentary"`
	Quotes     []goldQuote `json:"quotes"`
}

type goldDoc struct {
	File         string     `json:"file"`
	Boilerplate  []string   `json:"boilerplate"`
	RawSpansNote string     `json:"raw_spans_note"`
	Posts        []goldPost `json:"posts"`
}

type goldRef struct {
	File     string `json:"file"`
	Headline string `json:"headline"`
}

type goldFile struct {
	Documents  []goldDoc `json:"documents"`
	Duplicates []struct {
		A goldRef `json:"a"`
		B goldRef `json:"b"`
	} `json:"duplicates"`
}

func loadGold(t testing.TB) (goldFile, string) {
	var g goldFile
	dir := sharedtest.Gold(t, &g)
	return g, dir
}

var (
	wsRe   = regexp.MustCompile(`\s+`)
	linkRe = regexp.MustCompile(`\s*<[^>]*>`)
	spRe   = regexp.MustCompile(` ([,.;:])`)
)

func ws(s string) string { return strings.TrimSpace(wsRe.ReplaceAllString(s, " ")) }

// seedPosts builds one document's posts from its seed file and the gold
// annotation: the file is cut between consecutive gold headlines; lines
// that are boilerplate, caption (+credit) or commentary are dropped; for
// hard-wrapped files with inline links (raw_spans_note) links are removed
// and wrapped lines joined. Every other line is a paragraph.
func seedPosts(t testing.TB, dir string, d goldDoc) []domain.Post {
	raw, err := os.ReadFile(filepath.Join(dir, d.File))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	wrapped := d.RawSpansNote != ""
	boiler := map[string]bool{}
	for _, b := range d.Boilerplate {
		boiler[ws(b)] = true
	}
	// where each post starts (the line after its headline)
	starts := make([]int, len(d.Posts))
	pos := 0
	for i, p := range d.Posts {
		starts[i] = -1
		if p.Headline == nil {
			continue
		}
		for k := pos; k < len(lines); k++ {
			if ws(lines[k]) == ws(*p.Headline) {
				starts[i] = k + 1
				pos = k + 1
				break
			}
		}
	}
	var posts []domain.Post
	for i, p := range d.Posts {
		lo, hi := 0, len(lines)
		if starts[i] >= 0 {
			lo = starts[i]
			for j := i + 1; j < len(d.Posts); j++ {
				if starts[j] >= 0 {
					hi = starts[j] - 1
					break
				}
			}
		}
		drop := func(line string) bool {
			l := ws(line)
			if boiler[l] {
				return true
			}
			for _, c := range p.Commentary {
				if l == ws(c) {
					return true
				}
			}
			if p.Caption != nil {
				c := ws(*p.Caption)
				if l == c || p.Credit != nil && strings.Contains(l, c) && strings.Contains(l, ws(*p.Credit)) {
					return true
				}
				if wrapped && p.Credit != nil && len(l) >= 10 && strings.Contains(c+" Photograph: "+ws(*p.Credit), l) {
					return true
				}
			}
			return false
		}
		var paras []string
		var cur []string
		flush := func() {
			if len(cur) > 0 {
				para := ws(strings.Join(cur, " "))
				if wrapped {
					para = spRe.ReplaceAllString(para, "$1")
				}
				paras = append(paras, para)
				cur = nil
			}
		}
		for _, line := range lines[lo:hi] {
			if ws(line) == "" || drop(line) {
				flush()
				continue
			}
			if wrapped {
				line = linkRe.ReplaceAllString(line, "")
				if ws(line) == "" || drop(line) {
					flush()
					continue
				}
				cur = append(cur, line)
				continue
			}
			cur = append(cur, line)
			flush()
		}
		flush()
		post := domain.Post{Index: i, Text: strings.Join(paras, "\n\n")}
		if p.Headline != nil {
			post.Headline = *p.Headline
		}
		if p.Caption != nil {
			post.Caption = *p.Caption
		}
		posts = append(posts, post)
	}
	return posts
}

func TestSeeds(t *testing.T) {
	g, dir := loadGold(t)
	var nGold, nPred, nMatch, nSpk, nSpkOK, nKindOK int
	for _, d := range g.Documents {
		posts := seedPosts(t, dir, d)
		got := Find(posts)
		for pi, gp := range d.Posts {
			var golds []goldQuote
			for _, q := range gp.Quotes {
				if inCommentaryOnly(q.Text, gp.Commentary, posts[pi]) {
					continue // quotation marks in commentary are out of scope
				}
				golds = append(golds, q)
			}
			used := make([]bool, len(got[pi]))
			nGold += len(golds)
			nPred += len(got[pi])
			for _, gq := range golds {
				hit := -1
				for k, pq := range got[pi] {
					if !used[k] && ws(pq.Text) == ws(gq.Text) {
						hit = k
						break
					}
				}
				if hit < 0 {
					t.Logf("MISS %s post %d: %q (%s)", d.File, pi, gq.Text, gq.Kind)
					continue
				}
				used[hit] = true
				nMatch++
				pq := got[pi][hit]
				if pq.Kind == domain.QuoteKind(gq.Kind) {
					nKindOK++
				} else {
					t.Logf("KIND %s post %d: %q gold %s got %s", d.File, pi, gq.Text, gq.Kind, pq.Kind)
				}
				if gq.Speaker != nil {
					nSpk++
					if pq.Speaker == *gq.Speaker {
						nSpkOK++
					} else {
						t.Logf("SPEAKER %s post %d: %q gold %q got %q (mention %q)", d.File, pi, gq.Text, *gq.Speaker, pq.Speaker, pq.SpeakerMention)
					}
				}
			}
			for k, pq := range got[pi] {
				if !used[k] {
					t.Logf("EXTRA %s post %d: %q (%s, %s)", d.File, pi, pq.Text, pq.Kind, pq.Speaker)
				}
			}
		}
	}
	recall := float64(nMatch) / float64(nGold)
	precision := float64(nMatch) / float64(nPred)
	spk := float64(nSpkOK) / float64(nSpk)
	kind := float64(nKindOK) / float64(nMatch)
	t.Logf("gold %d predicted %d matched %d: recall %.3f precision %.3f speaker %.3f (%d/%d) kind %.3f",
		nGold, nPred, nMatch, recall, precision, spk, nSpkOK, nSpk, kind)
	if recall < 0.95 || precision < 0.95 || spk < 0.95 || kind < 0.85 {
		t.Errorf("seed acceptance not met: recall %.3f precision %.3f speaker %.3f kind %.3f (want ≥0.95, ≥0.95, ≥0.95, ≥0.85)", recall, precision, spk, kind)
	}
}

// inCommentaryOnly reports whether a gold quotation lies in the post's
// commentary and not in the text given to Find.
func inCommentaryOnly(text string, commentary []string, p domain.Post) bool {
	w := ws(text)
	if strings.Contains(ws(p.Text), w) || strings.Contains(ws(p.Headline), w) || strings.Contains(ws(p.Caption), w) {
		return false
	}
	for _, c := range commentary {
		if strings.Contains(ws(c), w) {
			return true
		}
	}
	return false
}

// TestSeedGroups checks that every quotation of the posts two seed pages
// share, and the "demonstrations outside the Russian embassy" quotation,
// each form one group holding all their sources.
func TestSeedGroups(t *testing.T) {
	g, dir := loadGold(t)
	type src struct{ file, headline string }
	var grouper MemoryGroups
	members := map[int][]src{}
	type placed struct {
		src
		text string
		id   int
	}
	var all []placed
	for _, d := range g.Documents {
		posts := seedPosts(t, dir, d)
		for pi, qs := range Find(posts) {
			for _, q := range qs {
				id, _ := grouper.Add(q.Text, q.Speaker, posts[pi].Published)
				s := src{d.File, posts[pi].Headline}
				members[id] = append(members[id], s)
				all = append(all, placed{s, q.Text, id})
			}
		}
	}
	has := func(id int, s src) bool {
		for _, m := range members[id] {
			if m == s {
				return true
			}
		}
		return false
	}
	for _, dup := range g.Duplicates {
		a, b := src{dup.A.File, dup.A.Headline}, src{dup.B.File, dup.B.Headline}
		n := 0
		for _, p := range all {
			if p.src != a {
				continue
			}
			n++
			if !has(p.id, b) {
				t.Errorf("quotation %q of %s is not grouped with its duplicate in %s", p.text, a.file, b.file)
			}
		}
		if n == 0 {
			t.Errorf("no quotations found in duplicated post %q", a.headline)
		}
	}
	const demo = "demonstrations outside the Russian embassy"
	ids := map[int]bool{}
	count := 0
	for _, p := range all {
		if Key(p.text) == Key(demo) {
			ids[p.id] = true
			count++
		}
	}
	if count < 3 || len(ids) != 1 {
		t.Errorf("%q: %d reports in %d groups, want 3 or more in one", demo, count, len(ids))
	}
}
