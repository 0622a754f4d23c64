package quote

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/zeebo/xxh3"
)

// Reports of the same words by several outlets or posts are grouped.
// Two quotations are the same when their keys are equal, or when one is
// a near variant of the other: words may differ by a typo (one edit in a
// word of four letters or more, two in one of eight or more), by one
// word in ten, or by a truncation at either end provided the shorter
// keeps five words or half of the longer. Quotations of different
// speakers are never grouped (an unknown speaker fits any, except in a
// weak match of a few words: see weakMatch).

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
// (insertions, deletions, substitutions, adjacent transpositions), or 3
// when it is plainly more than 2.
func damerau(a, b string) int {
	var bufA, bufB [32]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if abs(len(ra)-len(rb)) > 2 {
		return 3
	}
	// three rows suffice: the transposition looks two rows back
	var buf [3 * 33]int
	w := len(rb) + 1
	rows := buf[:]
	if 3*w > len(buf) {
		rows = make([]int, 3*w)
	}
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// SameSpeaker reports whether two canonical speaker names may be the
// same person: either unknown, lang.SamePerson ("Kerry", "John Kerry"),
// a name and a longer one it opens ("Citigroup", "Citigroup Global
// Markets": a body under two forms), or two descriptions of one head
// ("distressed Californian commuter" and "distressed California
// commuter": no names to tell apart).
func SameSpeaker(a, b string) bool {
	return a == "" || b == "" || lang.SamePerson(a, b) || opensName(a, b) || opensName(b, a) || described(a) && described(b) && lastWord(a) == lastWord(b)
}

// opensName reports a name that opens a longer name, word for word.
func opensName(short, long string) bool {
	return !described(short) && strings.HasPrefix(long, short+" ")
}

// described reports a speaker that is a description, not a name: it
// opens in lower case ("distressed commuter", "officials").
func described(s string) bool { return unicode.IsLower(firstRune(s)) }

// Grouping across a store. A quotation is filed under keys (GroupKeys):
// the hash of its whole key, and a winnowed sample of the hashes of its
// adjacent word pairs (Schleimer, Wilkerson and Aiken's winnowing: the
// smallest hash of every window of winnow pairs). Winnowing guarantees
// that two quotations sharing a run of winnow+1 words share a key,
// whatever surrounds the run, and a truncated report keeps at least five
// words; near variants share most keys, different quotations few. Short
// quotations keep every pair, so that a typo does not lose them.
// Candidates looks only at the groups a GroupIndex returns for those keys
// (at most PerKey per key, and the best MaxCandidates of them), so the
// cost of placing a quotation does not grow with the number of groups.

// PerKey is the most groups a GroupIndex returns per key: those with the
// smallest IDs, so that the answer depends only on what is filed, not on
// the order it was filed in. A pair of words shared by more groups than
// this tells nothing.
const PerKey = 16

// MaxCandidates is the most groups Place compares a quotation with.
const MaxCandidates = 8

// MaxVariants bounds the distinct texts a group keeps for matching.
const MaxVariants = 16

// winnow is the window of pair hashes winnowing takes a minimum of.
const winnow = 4

// GroupKeys returns the keys a quotation is filed under and looked up by,
// distinct: its whole key first, then the winnowed pair keys, sorted.
func GroupKeys(text string) []uint64 {
	return groupKeys(keyWords(text))
}

func groupKeys(kw []string) []uint64 {
	keys := []uint64{xxh3.HashString("=" + strings.Join(kw, " "))}
	if len(kw) < 2 {
		return keys
	}
	pairs := make([]uint64, len(kw)-1)
	for i := range pairs {
		if len(kw[i]) < 4 && len(kw[i+1]) < 4 {
			pairs[i] = math.MaxUint64 // "of the": never chosen but as a last resort
			continue
		}
		pairs[i] = xxh3.HashString(kw[i] + " " + kw[i+1])
	}
	// a short quotation keeps every pair, so that one typo leaves a key
	w := winnow
	if len(pairs) <= 2*winnow {
		w = 1
	}
	for i := 0; i+w <= len(pairs); i++ {
		if m := slices.Min(pairs[i : i+w]); m != math.MaxUint64 {
			keys = append(keys, m)
		}
	}
	slices.Sort(keys[1:])
	return slices.Compact(keys)
}

// Candidate is a group found by key, with how many of the looked-up keys
// it is filed under.
type Candidate struct {
	domain.QuoteGroup
	Shared int
}

// GroupIndex finds quote groups by key.
type GroupIndex interface {
	// Lookup returns, for each key, the IDs of the PerKey groups with
	// the smallest IDs filed under it (or all of them, or more: Candidates
	// keeps the PerKey smallest).
	Lookup(keys []uint64) (map[uint64][]string, error)
	// Groups returns the states of groups by ID.
	Groups(ids []string) ([]domain.QuoteGroup, error)
}

// Candidates returns the groups a quotation with keys (from GroupKeys)
// may join, for Place: every group filed under its whole key, and the
// MaxCandidates groups sharing most keys with it (ties by ID). Only the
// PerKey smallest IDs under each key count, so the answer depends on what
// is filed, not on the order it was filed in.
func Candidates(ix GroupIndex, keys []uint64) ([]Candidate, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	byKey, err := ix.Lookup(keys)
	if err != nil {
		return nil, err
	}
	want, shared := CandidateIDs(byKey, keys)
	states, err := ix.Groups(want)
	if err != nil {
		return nil, err
	}
	out := make([]Candidate, 0, len(states))
	for _, g := range states {
		out = append(out, Candidate{g, shared[g.ID]})
	}
	sortCandidates(out)
	return out, nil
}

// CandidateIDs returns the IDs of the groups Candidates asks for, given
// what a GroupIndex filed under each of keys, and how many keys each
// group found shares.
func CandidateIDs(byKey map[uint64][]string, keys []uint64) (want []string, shared map[string]int) {
	shared = map[string]int{}
	if len(keys) == 0 {
		return nil, shared
	}
	for _, k := range keys {
		ids := slices.Clone(byKey[k])
		slices.Sort(ids)
		ids = slices.Compact(ids)
		for _, id := range ids[:min(len(ids), PerKey)] {
			shared[id]++
		}
	}
	ranked := make([]Candidate, 0, len(shared))
	for id, n := range shared {
		ranked = append(ranked, Candidate{domain.QuoteGroup{ID: id}, n})
	}
	sortCandidates(ranked)
	exact := map[string]bool{}
	for _, id := range byKey[keys[0]] {
		exact[id] = true
	}
	for i, c := range ranked {
		if i < MaxCandidates || exact[c.ID] {
			want = append(want, c.ID)
		}
	}
	return want, shared
}

func sortCandidates(cs []Candidate) {
	slices.SortFunc(cs, func(a, b Candidate) int {
		if c := cmp.Compare(b.Shared, a.Shared); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// Place returns the index of the group among cands (from Candidates)
// that a quotation by speaker, published at when, joins, or -1 when it
// starts a new group. A group holding the exact words comes first, then
// near variants among the first MaxCandidates. Speakers must be
// compatible (SameSpeaker); a weak match (weakMatch) needs more.
func Place(text, speaker string, when time.Time, cands []Candidate) int {
	kw := keyWords(text)
	if len(kw) == 0 {
		return -1
	}
	key := strings.Join(kw, " ")
	for i, c := range cands {
		if !SameSpeaker(c.Speaker, speaker) {
			continue
		}
		for _, v := range c.Variants {
			if Key(v) == key && !weakMatch(kw, kw, speaker, when, c.QuoteGroup) {
				return i
			}
		}
	}
	for i, c := range cands[:min(len(cands), MaxCandidates)] {
		if !SameSpeaker(c.Speaker, speaker) {
			continue
		}
		for _, v := range c.Variants {
			vw := keyWords(v)
			if similarWords(kw, vw) && !weakMatch(kw, vw, speaker, when, c.QuoteGroup) {
				return i
			}
		}
	}
	return -1
}

// weakMatch reports whether words a of a quotation by speaker at when
// match words b of group g too weakly to join it. Short quotations say
// little on their own: one or two words in marks ("unprecedented",
// "really bad") are said by many people about many things, and a few
// words ("the right thing to do") turn up inside many long statements.
// So when the two share fewer than five words, or fewer than fullMatch
// words of a longer quotation, an unknown speaker on either side (which
// SameSpeaker lets through) is allowed only for three words or more
// published within weakWindow of the group's first report; one or two
// words need both speakers known.
func weakMatch(a, b []string, speaker string, when time.Time, g domain.QuoteGroup) bool {
	short := min(len(a), len(b))
	if short >= fullMatch || len(a) == len(b) && short >= 5 || speaker != "" && g.Speaker != "" {
		return false
	}
	if short < 3 || when.IsZero() || g.Published.IsZero() {
		return true
	}
	d := when.Sub(g.Published)
	return d > weakWindow || d < -weakWindow
}

// fullMatch is the fewest shared words that group two reports whatever
// their speakers and dates; weakWindow is how far apart in time reports
// of fewer words may be when a speaker is unknown (weakMatch).
const (
	fullMatch  = 8
	weakWindow = 7 * 24 * time.Hour
)

// Join adds a report published at when to a group: its speaker, if
// fuller than the group's, its date, if earlier, and its text, if new.
// It returns the keys to file the group under for that text (nil when
// the text was known or the group is full).
func Join(g *domain.QuoteGroup, text, speaker string, when time.Time) []uint64 {
	if !when.IsZero() && (g.Published.IsZero() || when.Before(g.Published)) {
		g.Published = when
	}
	if g.Speaker == "" || len(strings.Fields(speaker)) > len(strings.Fields(g.Speaker)) {
		g.Speaker = speaker
	}
	if slices.Contains(g.Variants, text) || len(g.Variants) >= MaxVariants {
		return nil
	}
	g.Variants = append(g.Variants, text)
	return GroupKeys(text)
}

// MemoryGroups is an in-memory GroupIndex with groups numbered in order
// of creation, for tests, evaluation and one-off grouping. The zero value
// is ready to use.
type MemoryGroups struct {
	groups []domain.QuoteGroup
	byKey  map[uint64][]string
}

// Lookup implements GroupIndex.
func (m *MemoryGroups) Lookup(keys []uint64) (map[uint64][]string, error) {
	out := make(map[uint64][]string, len(keys))
	for _, k := range keys {
		if ids := m.byKey[k]; len(ids) > 0 {
			out[k] = ids
		}
	}
	return out, nil
}

// Groups implements GroupIndex.
func (m *MemoryGroups) Groups(ids []string) ([]domain.QuoteGroup, error) {
	out := make([]domain.QuoteGroup, 0, len(ids))
	for _, id := range ids {
		out = append(out, m.groups[m.number(id)])
	}
	return out, nil
}

// Add places a quotation by its text, canonical speaker and publication
// time and returns its group number (counting from 0 in order of
// creation) and whether the group is new.
func (m *MemoryGroups) Add(text, speaker string, when time.Time) (id int, isNew bool) {
	if m.byKey == nil {
		m.byKey = make(map[uint64][]string)
	}
	cands, _ := Candidates(m, GroupKeys(text))
	if i := Place(text, speaker, when, cands); i >= 0 {
		id = m.number(cands[i].ID)
	} else {
		id, isNew = len(m.groups), true
		m.groups = append(m.groups, domain.QuoteGroup{ID: fmt.Sprintf("%08d", id)})
	}
	for _, k := range Join(&m.groups[id], text, speaker, when) {
		m.byKey[k] = append(m.byKey[k], m.groups[id].ID)
	}
	return id, isNew
}

func (m *MemoryGroups) number(id string) int {
	n, _ := strconv.Atoi(id)
	return n
}

// Variants returns the distinct texts reported for a group, in arrival
// order.
func (m *MemoryGroups) Variants(id int) []string { return m.groups[id].Variants }

// Speaker returns the fullest speaker name seen for a group.
func (m *MemoryGroups) Speaker(id int) string { return m.groups[id].Speaker }

// Len returns the number of groups.
func (m *MemoryGroups) Len() int { return len(m.groups) }
