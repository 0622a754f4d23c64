package dedup

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/dateline-news/dateline/internal/domain"
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
	sk       *sketch
}

// Prepared computes p's signature and sketch now rather than on first
// use, so that a print made on one goroutine can be matched on another
// without further work there (see PrepareUnits). It returns p.
func (p *Print) Prepared() *Print {
	p.Signature()
	p.sketch()
	return p
}

func (p *Print) sketch() sketch {
	if p.sk == nil {
		s := sketchOf(p.Shingles)
		p.sk = &s
	}
	return *p.sk
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
	// assigned remembers the cluster of every text this Index assigned,
	// by ID, so that an exact repeat (most of what a news archive holds)
	// skips the LSH lookup and always lands where its first copy did.
	assigned memo
}

// memoSize bounds each generation of an Index's memo of assigned texts.
const memoSize = 1 << 18

// memo maps IDs to their match with bounded memory: two generations, the
// older dropped when the younger fills. Like Memory it holds no pointer
// (an ID is found by its domain.IDKey, the cluster's ID is kept in a byte slice),
// so that the garbage collector need not follow half a million of them.
type memo struct{ young, old memoGen }

type memoGen struct {
	matches map[domain.IDKey]memoMatch
	ids     []byte // the clusters' IDs, back to back
}

type memoMatch struct {
	off, n     uint32 // the cluster's ID in memoGen.ids
	similarity float64
}

func (g *memoGen) get(h domain.IDKey) (Match, bool) {
	c, ok := g.matches[h]
	if !ok {
		return Match{}, false
	}
	return Match{ID: string(g.ids[c.off : c.off+c.n]), Similarity: c.similarity}, true
}

func (m *memo) get(id string) (Match, bool) {
	h := domain.KeyOf(id)
	if c, ok := m.young.get(h); ok {
		return c, true
	}
	return m.old.get(h)
}

func (m *memo) put(id string, match Match) {
	if len(m.young.matches) >= memoSize {
		m.old, m.young = m.young, memoGen{}
	}
	if m.young.matches == nil {
		m.young.matches = make(map[domain.IDKey]memoMatch)
	}
	c := memoMatch{off: uint32(len(m.young.ids)), n: uint32(len(match.ID)), similarity: match.Similarity}
	m.young.ids = append(m.young.ids, match.ID...)
	m.young.matches[domain.KeyOf(id)] = c
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
	own := p.sketch()
	// First the representatives: only their clusters can be joined. Then
	// the other candidates of those clusters, for the nearest neighbour.
	var out []Match
	var buf []uint32
	for _, c := range cands {
		if c.Cluster != "" && c.Cluster != c.ID || !mayReach(own, c.Sketch, x.opt.Threshold) {
			continue
		}
		var sim float64
		sim, buf, err = sketchSimilarityBuf(own, c.Sketch, buf)
		if err != nil {
			return nil, fmt.Errorf("dedup %s candidate %s: %w", x.opt.Level, c.ID, err)
		}
		if sim >= x.opt.Threshold {
			out = append(out, Match{ID: c.ID, Similarity: sim, Nearest: sim, filed: 1})
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	for _, c := range cands {
		if c.Cluster == "" || c.Cluster == c.ID {
			continue
		}
		k := slices.IndexFunc(out, func(m Match) bool { return m.ID == c.Cluster })
		if k < 0 {
			continue
		}
		out[k].filed++
		if !mayReach(own, c.Sketch, out[k].Nearest) {
			continue
		}
		var sim float64
		sim, buf, err = sketchSimilarityBuf(own, c.Sketch, buf)
		if err != nil {
			return nil, fmt.Errorf("dedup %s candidate %s: %w", x.opt.Level, c.ID, err)
		}
		out[k].Nearest = max(out[k].Nearest, sim)
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
	e := Entry{ID: id, Cluster: cluster, Sketch: encodeSketch(p.sketch())}
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
	if m, ok := x.assigned.get(id); ok && (m.ID == id || skip == nil || !skip(m.ID)) {
		m.Nearest = 1 // its first copy is in the cluster
		return m, false, nil
	}
	m, isNew, err := x.assign(id, p, skip)
	if err == nil {
		x.assigned.put(id, m)
	}
	return m, isNew, err
}

func (x *Index) assign(id string, p *Print, skip func(cluster string) bool) (Match, bool, error) {
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

// decodeSketch decodes b, into buf's storage when it has room.
func decodeSketch(b []byte, buf []uint32) (sketch, error) {
	if len(b) < 2 || b[0] != sketchVersion || (len(b)-2)%4 != 0 {
		return sketch{}, errSketch
	}
	n := (len(b) - 2) / 4
	if cap(buf) < n {
		buf = make([]uint32, n)
	}
	s := sketch{truncated: b[1]&1 != 0, vals: buf[:n]}
	for i := range s.vals {
		s.vals[i] = binary.LittleEndian.Uint32(b[2+4*i:])
	}
	return s, nil
}

// mayReach reports whether a sketch and an encoded one can have
// similarity floor or more: exact Jaccard is at most the ratio of the
// smaller set to the larger. Truncated sketches are estimates: always
// compared.
func mayReach(a sketch, enc []byte, floor float64) bool {
	if a.truncated || len(enc) < 2 || enc[1]&1 != 0 {
		return true
	}
	na, nb := len(a.vals), (len(enc)-2)/4
	return float64(min(na, nb)) >= floor*float64(max(na, nb))
}

// sketchSimilarity compares a sketch with an encoded one: exact Jaccard when
// neither is truncated, else the bottom-k estimate over the k smallest
// values of the union.
func sketchSimilarity(a sketch, enc []byte) (float64, error) {
	sim, _, err := sketchSimilarityBuf(a, enc, nil)
	return sim, err
}

// sketchSimilarityBuf is sketchSimilarity decoding into buf; it returns
// the buffer for the next call.
func sketchSimilarityBuf(a sketch, enc []byte, buf []uint32) (float64, []uint32, error) {
	b, err := decodeSketch(enc, buf)
	if err != nil {
		return 0, buf, err
	}
	return similarity(a, b), b.vals, nil
}

func similarity(a, b sketch) float64 {
	if !a.truncated && !b.truncated {
		return jaccardSorted(a.vals, b.vals)
	}
	k := SketchSize
	both, seen := 0, 0
	for i, j := 0, 0; seen < k && (i < len(a.vals) || j < len(b.vals)); seen++ {
		switch {
		case j >= len(b.vals) || i < len(a.vals) && a.vals[i] < b.vals[j]:
			if b.truncated && len(b.vals) > 0 && a.vals[i] > b.vals[len(b.vals)-1] {
				return ratio(both, seen) // b's sketch says nothing beyond its last value
			}
			i++
		case i >= len(a.vals) || b.vals[j] < a.vals[i]:
			if a.truncated && len(a.vals) > 0 && b.vals[j] > a.vals[len(a.vals)-1] {
				return ratio(both, seen)
			}
			j++
		default:
			both++
			i++
			j++
		}
	}
	return ratio(both, seen)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
