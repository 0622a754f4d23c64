package dedup

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Level names a kind of text an Index deduplicates. Each level has its own
// defaults and its own band-key namespace, so one Buckets table can hold
// every level without texts of different levels meeting.
type Level string

const (
	// LevelSentence holds sentences and clauses: a clause of one post can
	// match a whole sentence of another.
	LevelSentence Level = "sentence"
	// LevelParagraph holds paragraphs of two or more sentences.
	LevelParagraph Level = "paragraph"
	// LevelPost holds whole posts (headline and text).
	LevelPost Level = "post"
	// LevelDocument holds whole documents (all their posts).
	LevelDocument Level = "document"
)

func (l Level) tag() byte {
	switch l {
	case LevelSentence:
		return 's'
	case LevelParagraph:
		return 'p'
	case LevelPost:
		return 'o'
	case LevelDocument:
		return 'd'
	}
	if l == "" {
		return 'x'
	}
	return l[0]
}

// Options configure an Index. The zero value works: every zero field takes
// the level's default (see Defaults).
type Options struct {
	// Level selects the defaults and the band-key namespace; "" means
	// LevelSentence.
	Level Level
	// Threshold is the Jaccard similarity (see Jaccard) a text needs with a
	// cluster's representative to join the cluster.
	Threshold float64
	// MinWords: texts with fewer tokens are neither indexed nor matched;
	// they are deduplicated only exactly, through their ID. Short lines
	// ("He added:") are too generic for near matching.
	MinWords int
}

// Defaults returns the default options of a level. The thresholds were
// chosen by measurement (docs/bench/dedup.md):
//
//   - sentence and paragraph 0.5: on Timeline17, sentence pairs above 0.5
//     are edited copies or templated lines, below 0.4 mostly different
//     statements on the same story; the seeds' near-verbatim shared
//     sentences score 0.51–0.66.
//   - post and document 0.8: pairs of whole articles between 0.5 and 0.8
//     are successive versions of a wire story with new paragraphs, which
//     users want to see as separate posts; above 0.8 the differences are
//     corrections and boilerplate.
func Defaults(level Level) Options {
	if level == "" {
		level = LevelSentence
	}
	o := Options{Level: level, Threshold: 0.5, MinWords: 4}
	switch level {
	case LevelPost, LevelDocument:
		o.Threshold = 0.8
		o.MinWords = 8
	}
	return o
}

func (o Options) withDefaults() Options {
	d := Defaults(o.Level)
	if o.Level == "" {
		o.Level = d.Level
	}
	if o.Threshold == 0 {
		o.Threshold = d.Threshold
	}
	if o.MinWords == 0 {
		o.MinWords = d.MinWords
	}
	return o
}

// Entry is what the index stores per distinct text: its ID, its cluster
// and a sketch of its shingles for verifying candidates. The sketch is
// opaque to Buckets implementations (store it as a BLOB / bytea).
type Entry struct {
	ID      string
	Cluster string // the cluster's ID: its representative's ID (ID itself for a representative)
	Sketch  []byte
}

// Buckets is the storage of an LSH index: entries filed under 64-bit band
// keys. Memory implements it in memory; the store implements it with a table
// of (band key, entry) rows so that the index survives between runs.
// Implementations need not be safe for concurrent use; Index calls them from
// one goroutine.
type Buckets interface {
	// Candidates returns every entry filed under at least one of keys, each
	// entry once, in any order. No entries is not an error. It may return
	// a few other entries too (an implementation may compare fewer key
	// bits): the index verifies every candidate.
	Candidates(keys []uint64) ([]Entry, error)
	// Add files e under every one of keys. If an entry with e.ID is already
	// stored, Add changes nothing and returns nil, so adding is idempotent.
	Add(e Entry, keys []uint64) error
}

// Print is everything the index needs to know about one text: computed once
// by NewPrint, then used to match and to add.
type Print struct {
	Words    int      // number of tokens
	Shingles []uint64 // sorted distinct shingle fingerprints
	sig      *Signature
}

// NewPrint tokenises and shingles text.
func NewPrint(text string) *Print {
	sh, n := shingles(text)
	return &Print{Words: n, Shingles: sh}
}

// Signature returns the MinHash signature of the print's shingles,
// computing it on first use.
func (p *Print) Signature() *Signature {
	if p.sig == nil {
		s := Sign(p.Shingles)
		p.sig = &s
	}
	return p.sig
}

// Match is a cluster a text may join.
type Match struct {
	ID         string  // the cluster: its representative's ID
	Similarity float64 // Jaccard similarity of the text to the representative
	Nearest    float64 // Jaccard similarity to the most similar indexed text of the cluster (≥ Similarity)
	filed      int     // indexed texts of the cluster among the query's candidates
}

// Index assigns texts to clusters of near duplicates. Each cluster has a
// representative, its first text; a text may join a cluster only if its
// Jaccard similarity to the representative reaches Threshold, so clusters
// cannot chain: every member is within Threshold of its representative,
// whatever the other members look like.
//
// Among the clusters a text may join, it joins the one holding the text
// most similar to it (its nearest neighbour), not simply the most similar
// representative: two copies of one text then land in the same cluster
// even when a closer representative appeared between their arrivals.
// Therefore every distinct text is indexed, representatives and members;
// texts identical (after normalisation) to an indexed one are not, so the
// index grows with the number of distinct texts, not with how often they
// are carried.
type Index struct {
	b   Buckets
	opt Options
}

// NewIndex returns an index over b with the given options (zero fields take
// the level's defaults).
func NewIndex(b Buckets, opt Options) *Index {
	return &Index{b: b, opt: opt.withDefaults()}
}

// Options returns the options in effect, defaults filled in.
func (x *Index) Options() Options { return x.opt }

// Matches returns the clusters p may join: those whose representative has
// Jaccard similarity at least Threshold to p, the cluster holding p's
// nearest indexed text first (ties: more similar representative, then
// smaller ID). A text with fewer than MinWords tokens matches nothing.
func (x *Index) Matches(p *Print) ([]Match, error) {
	if !x.indexable(p) {
		return nil, nil
	}
	cands, err := x.b.Candidates(p.Signature().BandKeys(x.opt.Level))
	if err != nil {
		return nil, fmt.Errorf("dedup %s candidates: %w", x.opt.Level, err)
	}
	own := sketchOf(p.Shingles)
	nearest := map[string]float64{}
	filed := map[string]int{}
	var out []Match
	for _, c := range cands {
		sim, err := sketchSimilarity(own, c.Sketch)
		if err != nil {
			return nil, fmt.Errorf("dedup %s candidate %s: %w", x.opt.Level, c.ID, err)
		}
		cluster := cmp.Or(c.Cluster, c.ID)
		nearest[cluster] = max(nearest[cluster], sim)
		filed[cluster]++
		if c.ID == cluster && sim >= x.opt.Threshold {
			out = append(out, Match{ID: c.ID, Similarity: sim})
		}
	}
	for i := range out {
		out[i].Nearest = nearest[out[i].ID]
		out[i].filed = filed[out[i].ID]
	}
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Nearest, a.Nearest), cmp.Compare(b.Similarity, a.Similarity), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// Add files p as the representative of a new cluster with the given id.
// Adding an id twice changes nothing. Texts with fewer than MinWords tokens
// are not filed.
func (x *Index) Add(id string, p *Print) error {
	return x.file(id, id, p)
}

func (x *Index) file(id, cluster string, p *Print) error {
	if !x.indexable(p) {
		return nil
	}
	e := Entry{ID: id, Cluster: cluster, Sketch: encodeSketch(sketchOf(p.Shingles))}
	if err := x.b.Add(e, p.Signature().BandKeys(x.opt.Level)); err != nil {
		return fmt.Errorf("dedup %s add %s: %w", x.opt.Level, id, err)
	}
	return nil
}

// Assign puts a text in a cluster: the first of Matches whose cluster skip
// does not reject (skip may be nil), else a new cluster with p as
// representative and id as its ID. The text is indexed unless an identical
// one already is. It returns the cluster (Similarity and Nearest are 1 for
// a new cluster) and whether it is new. Assigning the same id and text
// again returns the same cluster and adds nothing.
func (x *Index) Assign(id string, p *Print, skip func(cluster string) bool) (Match, bool, error) {
	ms, err := x.Matches(p)
	if err != nil {
		return Match{}, false, err
	}
	for _, m := range ms {
		if m.ID == id || skip == nil || !skip(m.ID) {
			if m.Nearest < FileBelow && m.filed < MaxFiled {
				if err := x.file(id, m.ID, p); err != nil {
					return Match{}, false, err
				}
			}
			return m, false, nil
		}
	}
	if err := x.Add(id, p); err != nil {
		return Match{}, false, err
	}
	return Match{ID: id, Similarity: 1, Nearest: 1}, true, nil
}

// FileBelow bounds which joining texts are indexed: only those less
// similar than this to every indexed text of their cluster. A near-copy of
// an indexed text adds almost nothing to what the index can find (Jaccard
// distance is a metric, so a text within d of the copy is within d+0.1 of
// the indexed original), while indexing every copy of a heavily syndicated
// text would make its buckets, and each lookup, grow with the archive.
const FileBelow = 0.9

// MaxFiled bounds how many texts of one cluster a query may find already
// indexed before a new member is no longer indexed: the cluster is then
// well covered, and its buckets stop growing with every copy.
const MaxFiled = 16

func (x *Index) indexable(p *Print) bool {
	return p.Words >= x.opt.MinWords && len(p.Shingles) > 0
}

// Sketches.
//
// A sketch is the bottom SketchSize of a text's shingle fingerprints cut to
// their top 32 bits, sorted. Encoded: one version byte (1), one flag byte
// (bit 0: the text had more distinct shingles than SketchSize), then the
// values as little-endian uint32.
//
// For texts of at most SketchSize distinct shingles (about SketchSize+2
// words: every sentence and nearly every paragraph) the sketch is the whole
// set and similarity is the exact Jaccard, up to 32-bit collisions (below
// one in a million comparisons for 40-word passages). Longer texts (posts,
// documents) are compared by the bottom-k estimator, whose standard error is
// at most 0.5/sqrt(SketchSize) ≈ 0.03.

// SketchSize caps the number of values in a sketch.
const SketchSize = 256

const sketchVersion = 1

type sketch struct {
	vals      []uint32
	truncated bool
}

// sketchOf takes sorted fingerprints, so their top halves come sorted too.
func sketchOf(shingles []uint64) sketch {
	vals := make([]uint32, len(shingles))
	for i, h := range shingles {
		vals[i] = uint32(h >> 32)
	}
	vals = slices.Compact(vals)
	s := sketch{vals: vals}
	if len(vals) > SketchSize {
		s.vals, s.truncated = vals[:SketchSize], true
	}
	return s
}

func encodeSketch(s sketch) []byte {
	b := make([]byte, 2, 2+4*len(s.vals))
	b[0] = sketchVersion
	if s.truncated {
		b[1] = 1
	}
	for _, v := range s.vals {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

var errSketch = errors.New("malformed sketch")

func decodeSketch(b []byte) (sketch, error) {
	if len(b) < 2 || b[0] != sketchVersion || (len(b)-2)%4 != 0 {
		return sketch{}, errSketch
	}
	s := sketch{truncated: b[1]&1 != 0, vals: make([]uint32, (len(b)-2)/4)}
	for i := range s.vals {
		s.vals[i] = binary.LittleEndian.Uint32(b[2+4*i:])
	}
	return s, nil
}

// sketchSimilarity compares a sketch with an encoded one: exact Jaccard when
// neither is truncated, else the bottom-k estimate over the k smallest
// values of the union.
func sketchSimilarity(a sketch, enc []byte) (float64, error) {
	b, err := decodeSketch(enc)
	if err != nil {
		return 0, err
	}
	if !a.truncated && !b.truncated {
		return jaccardSorted(a.vals, b.vals), nil
	}
	k := SketchSize
	both, seen := 0, 0
	for i, j := 0, 0; seen < k && (i < len(a.vals) || j < len(b.vals)); seen++ {
		switch {
		case j >= len(b.vals) || i < len(a.vals) && a.vals[i] < b.vals[j]:
			if b.truncated && len(b.vals) > 0 && a.vals[i] > b.vals[len(b.vals)-1] {
				return ratio(both, seen), nil // b's sketch says nothing beyond its last value
			}
			i++
		case i >= len(a.vals) || b.vals[j] < a.vals[i]:
			if a.truncated && len(a.vals) > 0 && b.vals[j] > a.vals[len(a.vals)-1] {
				return ratio(both, seen), nil
			}
			j++
		default:
			both++
			i++
			j++
		}
	}
	return ratio(both, seen), nil
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
