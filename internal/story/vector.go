package story

import (
	"math"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/zeebo/xxh3"
)

// Term is one component of a vector: a hashed word or entity (WordKey,
// EntityKey) and its weight.
type Term struct {
	Key    uint64
	Weight float64
}

// Vector is a sparse term vector, sorted by key.
type Vector []Term

// Bag is what a post says, before weighting: term frequencies by key.
type Bag map[uint64]float64

// PostsKey is the key no word or entity hashes to, under which a caller
// keeping document frequencies may keep the number of posts counted.
const PostsKey = 0

// Weights within a post: a headline says what the post is about, and the
// names of people and places tell one event from another on a subject.
const (
	headlineWeight = 2
	entityWeight   = 2
)

// WordKey is the key of a normalised word.
func WordKey(w string) uint64 { return key("w " + w) }

// EntityKey is the key of an entity (by its store ID, else its name).
func EntityKey(id string) uint64 { return key("e " + id) }

// PassageKey is the key of a stored passage (by its ID).
func PassageKey(id string) uint64 { return key("p " + id) }

func key(s string) uint64 {
	if k := xxh3.HashString(s); k != PostsKey {
		return k
	}
	return PostsKey + 1
}

// BagOf returns the terms of a post: the words of its headline (counted
// headlineWeight times), caption and text, and the entities it mentions.
func BagOf(p domain.Post) Bag {
	b := Bag{}
	addWords(b, p.Headline, headlineWeight)
	addWords(b, p.Caption, 1)
	addWords(b, p.Text, 1)
	for _, m := range p.Mentions {
		if id := mentionID(m); id != "" {
			b[EntityKey(id)] += entityWeight
		}
	}
	return b
}

// mentionID names a mention's entity: its store ID, else its name.
func mentionID(m domain.Mention) string {
	if m.Entity != "" {
		return m.Entity
	}
	return strings.ToLower(m.Name)
}

// addWords adds the content words of text. (Pairs of words were tried:
// on news articles they add many terms no other article has, which lowers
// the similarity of reports of one event more than it helps.)
func addWords(b Bag, text string, weight float64) {
	lang.ForEachWord(text, func(w []byte) {
		if len(w) >= 2 && !lang.Stopword(string(w)) {
			b[WordKey(stem(string(w)))] += weight
		}
	})
}

// stem folds a plural onto its singular the simple way ("protests" →
// "protest"), so that a report in the plural meets one in the singular.
func stem(w string) string {
	if len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
		return w[:len(w)-1]
	}
	return w
}

// Keys returns the bag's keys in ascending order: those whose document
// frequencies Weigh needs.
func (b Bag) Keys() []uint64 {
	ks := make([]uint64, 0, len(b))
	for k := range b {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// Weigh returns the bag as a unit tf-idf vector: (1 + ln tf) × idf, with
// idf = ln((n+1)/(df+1)) + 1 over n posts counted before, df[k] of which
// had the term k (missing: none).
func Weigh(b Bag, n int64, df map[uint64]int64) Vector {
	v := make(Vector, 0, len(b))
	for _, k := range b.Keys() {
		tf := b[k]
		idf := math.Log(float64(n+1)/float64(df[k]+1)) + 1
		v = append(v, Term{k, (1 + math.Log(tf)) * idf})
	}
	return v.unit()
}

func (v Vector) norm() float64 {
	var s float64
	for _, t := range v {
		s += t.Weight * t.Weight
	}
	return math.Sqrt(s)
}

func (v Vector) unit() Vector {
	n := v.norm()
	if n == 0 {
		return v
	}
	for i := range v {
		v[i].Weight /= n
	}
	return v
}

// Cosine returns the cosine similarity of two vectors.
func Cosine(a, b Vector) float64 {
	na, nb := a.norm(), b.norm()
	if na == 0 || nb == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].Key < b[j].Key:
			i++
		case a[i].Key > b[j].Key:
			j++
		default:
			dot += a[i].Weight * b[j].Weight
			i++
			j++
		}
	}
	return dot / (na * nb)
}

// add returns a + b, sorted by key.
func add(a, b Vector) Vector {
	out := make(Vector, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i].Key < b[j].Key):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].Key < a[i].Key:
			out = append(out, b[j])
			j++
		default:
			out = append(out, Term{a[i].Key, a[i].Weight + b[j].Weight})
			i++
			j++
		}
	}
	return out
}

// heaviest returns the n heaviest terms of v (ties: the smaller key), in
// that order.
func (v Vector) heaviest(n int) Vector {
	h := slices.Clone(v)
	slices.SortFunc(h, func(a, b Term) int {
		switch {
		case a.Weight > b.Weight:
			return -1
		case a.Weight < b.Weight:
			return 1
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	return h[:min(n, len(h))]
}

// truncate keeps the n heaviest terms of v, sorted by key.
func (v Vector) truncate(n int) Vector {
	if len(v) <= n {
		return v
	}
	h := v.heaviest(n)
	slices.SortFunc(h, func(a, b Term) int {
		if a.Key < b.Key {
			return -1
		}
		return 1
	})
	return h
}
