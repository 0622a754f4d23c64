package quote

import (
	"strings"
	"unicode"
)

// Reports of the same words by several outlets or posts are grouped.
// Two quotations are the same when their keys are equal, or when one is
// a near variant of the other: words may differ by a typo (one edit in a
// word of four letters or more, two in one of eight or more), by one
// word in ten, or by a truncation at either end provided the shorter
// keeps five words or half of the longer. Quotations of different
// speakers are never grouped (an unknown speaker fits any).

// Key returns the normalised text of a quotation: lower case, letters
// and digits only, words separated by one space. Typographic variants
// (curly or straight marks, dashes, ellipses, punctuation) vanish.
func Key(text string) string {
	return strings.Join(keyWords(text), " ")
}

func keyWords(text string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// apostrophes join: "don't" = "dont"
		default:
			flush()
		}
	}
	flush()
	return words
}

// Similar reports whether two quotation texts report the same words,
// exactly or as a near variant (typo, punctuation, truncation).
func Similar(a, b string) bool {
	return similarWords(keyWords(a), keyWords(b))
}

func similarWords(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 5 && 2*len(a) < len(b) {
		return false
	}
	return semiGlobal(a, b) <= len(a)/10
}

// sameWord: equal, or a typo apart.
func sameWord(x, y string) bool {
	if x == y {
		return true
	}
	if len(x) < 4 || len(y) < 4 {
		return false
	}
	d := damerau(x, y)
	return d <= 1 || (d <= 2 && len(x) >= 8 && len(y) >= 8)
}

// semiGlobal returns the word edit distance between the shorter sequence
// a and the best-matching stretch of b (free ends in b).
func semiGlobal(a, b []string) int {
	prev := make([]int, len(b)+1) // row 0: empty a matches anywhere
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if sameWord(a[i-1], b[j-1]) {
				cost = 0
			}
			cur[j] = min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	best := prev[0]
	for _, v := range prev {
		best = min(best, v)
	}
	return best
}

// damerau returns the optimal-string-alignment distance of two strings
// (insertions, deletions, substitutions, adjacent transpositions).
func damerau(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) > 2 {
		return 3
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// SameSpeaker reports whether two canonical speaker names may be the
// same person: equal (ignoring case), either unknown, or one the
// surname of the other ("Kerry", "John Kerry").
func SameSpeaker(a, b string) bool {
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 1 || len(fb) == 1 {
		return strings.EqualFold(surnameKey(fa[len(fa)-1]), surnameKey(fb[len(fb)-1]))
	}
	return false
}

// Grouper assigns quotations to groups of reports of the same words, in
// the order they arrive. The zero value is ready to use. A store can
// rebuild one from its saved groups by adding their members again.
type Grouper struct {
	groups []group
	exact  map[string][]int // key → groups holding that exact key
	words  map[string][]int // rare-ish word → groups (candidates for near variants)
}

type group struct {
	speaker  string
	variants []string   // distinct texts, in arrival order
	keys     [][]string // their key words
}

// Add places a quotation by its text and canonical speaker and returns
// its group id (ids count from 0 in order of creation) and whether the
// group is new.
func (g *Grouper) Add(text, speaker string) (id int, isNew bool) {
	if g.exact == nil {
		g.exact = make(map[string][]int)
		g.words = make(map[string][]int)
	}
	kw := keyWords(text)
	key := strings.Join(kw, " ")
	for _, id := range g.exact[key] {
		if SameSpeaker(g.groups[id].speaker, speaker) {
			g.join(id, text, kw, speaker)
			return id, false
		}
	}
	seen := make(map[int]bool)
	for _, w := range indexWords(kw) {
		for _, id := range g.words[w] {
			if seen[id] {
				continue
			}
			seen[id] = true
			gr := &g.groups[id]
			if !SameSpeaker(gr.speaker, speaker) {
				continue
			}
			for _, v := range gr.keys {
				if similarWords(kw, v) {
					g.join(id, text, kw, speaker)
					return id, false
				}
			}
		}
	}
	g.groups = append(g.groups, group{})
	id = len(g.groups) - 1
	g.join(id, text, kw, speaker)
	return id, true
}

func (g *Grouper) join(id int, text string, kw []string, speaker string) {
	gr := &g.groups[id]
	if gr.speaker == "" || (len(strings.Fields(speaker)) > len(strings.Fields(gr.speaker))) {
		gr.speaker = speaker
	}
	key := strings.Join(kw, " ")
	for _, v := range gr.variants {
		if v == text {
			return
		}
	}
	gr.variants = append(gr.variants, text)
	if _, ok := g.exact[key]; !ok || !contains(g.exact[key], id) {
		g.exact[key] = append(g.exact[key], id)
	}
	gr.keys = append(gr.keys, kw)
	for _, w := range indexWords(kw) {
		if l := g.words[w]; len(l) == 0 || l[len(l)-1] != id {
			g.words[w] = append(l, id)
		}
	}
}

func contains(ids []int, id int) bool {
	for _, v := range ids {
		if v == id {
			return true
		}
	}
	return false
}

// indexWords picks the words a quotation is indexed under: all words of
// four letters or more (a near variant shares most of them).
func indexWords(kw []string) []string {
	var out []string
	for _, w := range kw {
		if len(w) >= 4 {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		out = kw
	}
	return out
}

// Variants returns the distinct texts reported for a group, in arrival
// order.
func (g *Grouper) Variants(id int) []string { return g.groups[id].variants }

// Speaker returns the fullest speaker name seen for a group.
func (g *Grouper) Speaker(id int) string { return g.groups[id].speaker }

// Len returns the number of groups.
func (g *Grouper) Len() int { return len(g.groups) }
