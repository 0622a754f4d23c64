package story

import (
	"cmp"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/zeebo/xxh3"
)

// Parameters, chosen on the Timeline17 development collections
// (internal/eval/storyeval): long articles about one event share a
// smaller part of their words than short live-blog posts do, so the
// threshold is low and the centroid and keys are generous.
const (
	// Threshold is the least cosine similarity of a post to a story's
	// centroid for it to join, once many posts have been counted; until
	// then idf cannot tell common words from telling ones, and the
	// threshold is higher by up to youngBonus (see ThresholdAt).
	Threshold  = 0.18
	youngBonus = 0.15
	youngPosts = 200
	// Window is how many days a post's day may lie after a story's last
	// day, or before its first, for it to join.
	Window = 3
	// MaxSpan is the most days from a story's first day to its last.
	MaxSpan = 10
	// CentroidTerms is the most terms a story's centroid keeps.
	CentroidTerms = 200
	// KeyTerms is how many of its heaviest terms a post looks stories up
	// by, and a story is filed under (at each change).
	KeyTerms = 30
	// PerKey is the most stories a lookup returns per key: those with the
	// latest last days.
	PerKey = 8
	// People is the most people a story lists.
	People = 5
	// peopleKept is the most people whose mentions a story counts.
	peopleKept = 20
	// PassageThreshold replaces ThresholdAt for a story one of whose
	// posts has a passage of the post: a sentence or paragraph repeated
	// from another post tells the same event better than the words around
	// it, which in short live-blog posts are few and mostly the
	// speaker's; the words need only not tell another event.
	PassageThreshold = 0.1
	// PassagePosts is the most posts counted before with a passage for it
	// to count as shared: one found in many is boilerplate or a stock
	// phrase, not a report of the same event.
	PassagePosts = 3
	// passageBytes is the least length of a passage that counts.
	passageBytes = 40
)

// Story is the state of one story: what placing a post needs, and what
// the story shows.
type Story struct {
	ID          string
	Label       string
	First, Last time.Time // UTC days; zero while no post was dated
	Size        int       // posts
	Centroid    Vector    // the sum of its posts' vectors, cut to CentroidTerms
	People      []Count   // people (entity IDs) by mentions, most first
}

// Count is an entity ID with a number of mentions.
type Count struct {
	ID string
	N  int
}

// Post is what placing needs of a post.
type Post struct {
	ID       string
	Headline string // for the label
	Text     string
	Day      time.Time // UTC day; zero when unknown
	Vector   Vector    // Weigh(BagOf(post), …); nil for a near copy, which adds no terms
	People   []Count
	Passages []uint64 // PassageKey of its passages of passageBytes or more, sorted
	// spans are its passages in text order, for SkipBoilerplate
	spans []passageSpan
	// Occasions are its occasion keys (Occasions), sorted.
	Occasions []uint64
	Seen      int64 // the number of posts the term counts of Vector had counted
}

// ThresholdAt is the similarity a post needs to join a story when the
// term counts have counted n posts: Threshold, plus youngBonus at first,
// which decays by a factor e every youngPosts posts.
func ThresholdAt(n int64) float64 {
	return Threshold + youngBonus*math.Exp(-float64(n)/youngPosts)
}

// PostOf returns what placing needs of p, but its Vector.
func PostOf(p domain.Post) Post {
	out := Post{ID: p.ID, Headline: p.Headline, Text: p.Text, Day: Day(p.Published)}
	n := map[string]int{}
	for _, m := range p.Mentions {
		if m.Type == domain.PER && m.Entity != "" {
			if n[m.Entity] == 0 {
				out.People = append(out.People, Count{ID: m.Entity})
			}
			n[m.Entity]++
		}
	}
	for i := range out.People {
		out.People[i].N = n[out.People[i].ID]
	}
	for _, r := range p.Passages {
		if r.End-r.Start >= passageBytes {
			out.Passages = append(out.Passages, PassageKey(r.ID))
			if r.Start >= 0 && r.Start <= r.End && r.End <= len(p.Text) {
				out.spans = append(out.spans, passageSpan{PassageKey(r.ID), r.Start, r.End})
			}
		}
	}
	// in text order, a sentence before the paragraph it opens
	slices.SortFunc(out.spans, func(a, b passageSpan) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	slices.Sort(out.Passages)
	out.Passages = slices.Compact(out.Passages)
	day := ""
	if !out.Day.IsZero() {
		day = out.Day.Format(time.DateOnly)
	}
	out.Occasions = Occasions(p, day)
	return out
}

// passageSpan is a passage of a post's text: its key and offsets.
type passageSpan struct {
	key        uint64
	start, end int
}

// SkipBoilerplate drops from the start of p's text, which labels a story
// it starts, the passages more than PassagePosts posts had before (df):
// the promotion of another article, a site's sign-in line, which pages of
// one site open with and which would label every story they start.
func (p *Post) SkipBoilerplate(df map[uint64]int64) {
	at := 0
	for _, sp := range p.spans {
		if strings.TrimSpace(p.Text[at:max(at, sp.start)]) != "" {
			break // text before it that is no passage of many
		}
		if df[sp.key] <= PassagePosts {
			break
		}
		at = max(at, sp.end)
	}
	if at > 0 && strings.TrimSpace(p.Text[at:]) != "" {
		p.Text = p.Text[at:]
	}
}

// Day returns t's UTC day (zero for zero).
func Day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// NewID is the ID of the story a post starts: "st" and 16 hex digits of
// the hash of the post's ID.
func NewID(postID string) string {
	const hex = "0123456789abcdef"
	h := xxh3.HashString("story " + postID)
	b := []byte("st")
	for i := 60; i >= 0; i -= 4 {
		b = append(b, hex[h>>uint(i)&0xf])
	}
	return string(b)
}

// New returns the story p starts.
func New(p Post) Story {
	s := Story{ID: NewID(p.ID)}
	Join(&s, p)
	return s
}

// Join adds p to s.
func Join(s *Story, p Post) {
	if s.Label == "" {
		s.Label = label(p)
	}
	if !p.Day.IsZero() {
		if s.First.IsZero() || p.Day.Before(s.First) {
			s.First = p.Day
		}
		if p.Day.After(s.Last) {
			s.Last = p.Day
		}
	}
	s.Size++
	if len(p.Vector) > 0 {
		s.Centroid = add(s.Centroid, p.Vector).truncate(CentroidTerms)
	}
	if len(p.People) > 0 {
		s.People = addPeople(s.People, p.People)
	}
}

// Eligible reports whether a post of day may join s: a dated post only a
// dated story whose days it lies near (Window) without stretching it past
// MaxSpan; an undated post any story.
func Eligible(s Story, day time.Time) bool {
	if day.IsZero() {
		return true
	}
	if s.Last.IsZero() {
		return false
	}
	first, last := s.First, s.Last
	if day.Before(first.AddDate(0, 0, -Window)) || day.After(last.AddDate(0, 0, Window)) {
		return false
	}
	if day.Before(first) {
		first = day
	}
	if day.After(last) {
		last = day
	}
	return !last.After(first.AddDate(0, 0, MaxSpan))
}

// Since is the earliest last day of a story p may join (zero: any).
func Since(p Post) time.Time {
	if p.Day.IsZero() {
		return time.Time{}
	}
	return p.Day.AddDate(0, 0, -Window)
}

// Until is the latest last day of a story p may join (zero: any): a story
// that ends more than MaxSpan days after p's day would span more than
// MaxSpan with p (Eligible). Posts read out of their days' order (an
// archive filled in after the news) look stories up between Since and
// Until, so that the stories of later days do not take every place a
// lookup bounded per key has.
func Until(p Post) time.Time {
	if p.Day.IsZero() {
		return time.Time{}
	}
	return p.Day.AddDate(0, 0, MaxSpan)
}

// Link is what ties a candidate story to a post besides its words;
// a stronger tie is a greater Link.
type Link uint8

const (
	// Words: nothing but the words (ThresholdAt).
	Words Link = iota
	// Passage: the story holds a post with a passage of the post (see
	// SharedPassages); it needs only PassageThreshold.
	Passage
	// Occasion: the story holds a post that reports the same sitting
	// (Occasions); it is preferred to every other candidate, at any
	// similarity.
	Occasion
)

// Place returns the index of the story in cands p joins, or -1 if it
// starts a story: of the eligible candidates, those of the same occasion
// if any, else those at least as similar as links[i] asks; the most
// similar of them (ties: the smaller ID). links may be shorter than cands
// (missing: Words).
func Place(p Post, cands []Story, links []Link) int {
	best, bestSim, bestLink := -1, 0.0, Words
	threshold := ThresholdAt(p.Seen)
	for i, s := range cands {
		if !Eligible(s, p.Day) {
			continue
		}
		link := Words
		if i < len(links) {
			link = links[i]
		}
		sim := Cosine(p.Vector, s.Centroid)
		switch {
		case link == Occasion:
		case sim >= threshold:
		case link == Passage && sim >= PassageThreshold:
		default:
			continue
		}
		if link == Occasion && bestLink != Occasion {
			best, bestSim, bestLink = i, sim, link
			continue
		}
		if link != Occasion && bestLink == Occasion {
			continue
		}
		if best < 0 || sim > bestSim || (sim == bestSim && s.ID < cands[best].ID) {
			best, bestSim, bestLink = i, sim, link
		}
	}
	return best
}

// Keys returns the keys to look p's candidate stories up by: its
// KeyTerms heaviest terms, its passages and its occasions.
func Keys(p Post) []uint64 {
	ks := append(keysOf(p.Vector), p.Passages...)
	ks = append(ks, p.Occasions...)
	slices.Sort(ks)
	return slices.Compact(ks)
}

// FileKeys returns the keys a story is to be filed under now that p
// joined it: its centroid's KeyTerms heaviest terms, p's passages and
// p's occasions. Keys filed before stay filed.
func FileKeys(s Story, p Post) []uint64 {
	ks := append(keysOf(s.Centroid), p.Passages...)
	ks = append(ks, p.Occasions...)
	slices.Sort(ks)
	return slices.Compact(ks)
}

// SharedPassages returns the passages of p that count as shared, given
// how many posts placed before had each (df): those some, but at most
// PassagePosts, had.
func SharedPassages(p Post, df map[uint64]int64) []uint64 {
	var out []uint64
	for _, k := range p.Passages {
		if n := df[k]; n > 0 && n <= PassagePosts {
			out = append(out, k)
		}
	}
	return out
}

func keysOf(v Vector) []uint64 {
	var ks []uint64
	for _, t := range v.heaviest(KeyTerms) {
		ks = append(ks, t.Key)
	}
	slices.Sort(ks)
	return ks
}

// TopPeople returns the IDs of the People most mentioned in s.
func TopPeople(s Story) []string {
	var ids []string
	for _, c := range s.People[:min(People, len(s.People))] {
		ids = append(ids, c.ID)
	}
	return ids
}

func addPeople(have, more []Count) []Count {
	out := slices.Clone(have)
	for _, c := range more {
		if i := slices.IndexFunc(out, func(o Count) bool { return o.ID == c.ID }); i >= 0 {
			out[i].N += c.N
		} else {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b Count) int {
		if a.N != b.N {
			return b.N - a.N
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out[:min(peopleKept, len(out))]
}

func label(p Post) string { return lang.Title(p.Headline, p.Text) }

// MarshalState encodes what a story's ID, label, days and size do not
// say (its centroid and people) for a store to keep opaque; weights are
// kept exactly, so that a story read back places posts as before.
func MarshalState(s Story) []byte {
	b := binary.AppendUvarint(nil, uint64(len(s.Centroid)))
	for _, t := range s.Centroid {
		b = binary.LittleEndian.AppendUint64(b, t.Key)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t.Weight))
	}
	b = binary.AppendUvarint(b, uint64(len(s.People)))
	for _, c := range s.People {
		b = binary.AppendUvarint(b, uint64(len(c.ID)))
		b = append(b, c.ID...)
		b = binary.AppendUvarint(b, uint64(c.N))
	}
	return b
}

var errState = errors.New("story: bad state")

// UnmarshalState decodes MarshalState's encoding into s.
func UnmarshalState(b []byte, s *Story) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < 16*n {
		return errState
	}
	b = b[k:]
	s.Centroid = make(Vector, n)
	for i := range s.Centroid {
		s.Centroid[i] = Term{binary.LittleEndian.Uint64(b), math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))}
		b = b[16:]
	}
	n, k = binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return errState
	}
	b = b[k:]
	s.People = make([]Count, 0, n)
	for range n {
		l, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < l {
			return errState
		}
		id := string(b[k : k+int(l)])
		b = b[k+int(l):]
		c, k := binary.Uvarint(b)
		if k <= 0 {
			return errState
		}
		b = b[k:]
		s.People = append(s.People, Count{id, int(c)})
	}
	return nil
}

// byID orders stories by ID.
func byID(a, b Story) int { return cmp.Compare(a.ID, b.ID) }

// SortByID sorts stories by ID, the order Place's ties follow.
func SortByID(ss []Story) { slices.SortFunc(ss, byID) }
