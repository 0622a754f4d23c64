package ner

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// Model is a trained tagger. It is read-only after Train or Read returns.
type Model struct {
	scheme   Scheme
	ls       *labelSet
	rows     map[uint64]int32 // feature hash -> weight row
	w        []float32        // len(rows) x labels
	trans    []float32        // (labels+1) x labels; row 0 is the sentence start
	clusters Clusters
	gaz      Gazetteer

	// read-only lookup tables built by freeze, used when tagging
	frozen  bool
	index   table // feature hash -> row
	clIndex table // word key -> index into clIDs
	clIDs   [][nGran]uint16
	gazIdx  table // sequence key -> type mask

	decoders sync.Pool // of *decoder, to reuse their buffers between calls
}

// freeze builds the fast lookup tables. The model must not change after.
func (m *Model) freeze() {
	m.index = newTable(len(m.rows))
	for k, r := range m.rows {
		m.index.put(k, r)
	}
	m.clIndex = newTable(len(m.clusters))
	m.clIDs = make([][nGran]uint16, 0, len(m.clusters))
	for k, ids := range m.clusters {
		m.clIndex.put(k, int32(len(m.clIDs)))
		m.clIDs = append(m.clIDs, ids)
	}
	m.gazIdx = newTable(len(m.gaz))
	for k, v := range m.gaz {
		m.gazIdx.put(k, int32(v))
	}
	m.frozen = true
}

func (m *Model) row(h uint64) (int32, bool) {
	if m.frozen {
		return m.index.get(h)
	}
	r, ok := m.rows[h]
	return r, ok
}

func newModel(s Scheme, c Clusters, g Gazetteer) *Model {
	ls := newLabelSet(s)
	return &Model{
		scheme:   s,
		ls:       ls,
		rows:     make(map[uint64]int32),
		trans:    make([]float32, (ls.n()+1)*ls.n()),
		clusters: c,
		gaz:      g,
	}
}

// Stats describes a model's size.
type Stats struct {
	Features, Labels, ClusterWords, GazetteerEntries int
}

// Stats returns the model's size.
func (m *Model) Stats() Stats {
	return Stats{len(m.rows), m.ls.n(), len(m.clusters), len(m.gaz)}
}

// Labelled returns the types the training data gave the words as one
// whole name, as a mask with bit 1<<i for Types[i]; 0 when they never
// named anything there (or only in lower case, see Gazetteer.Add).
func (m *Model) Labelled(words ...string) uint8 {
	if len(words) == 0 || len(words) > gazMaxLen {
		return 0
	}
	h := uint64(offset64)
	for k, w := range words {
		h = seqKey(h, k, lowerForm(Normalize(w)))
	}
	if m.frozen {
		v, _ := m.gazIdx.get(h)
		return uint8(v)
	}
	return m.gaz[h]
}

// prepare computes the per-token information of a sentence. gaz is the
// gazetteer to mark (nil for the model's own).
func (m *Model) prepare(words []string, gaz Gazetteer, out []tok) []tok {
	out = out[:0]
	for _, w := range words {
		form := Normalize(w)
		t := tok{form: form, lower: lowerForm(form)}
		t.shape, t.short, t.cap = shapes(form)
		if m.frozen {
			if i, ok := m.clIndex.get(WordKey(t.lower)); ok {
				t.cl = m.clIDs[i]
			}
		} else if m.clusters != nil {
			t.cl = m.clusters[WordKey(t.lower)]
		}
		out = append(out, t)
	}
	switch {
	case gaz != nil:
		mark(out, func(k uint64) uint8 { return gaz[k] })
	case m.frozen:
		mark(out, func(k uint64) uint8 { v, _ := m.gazIdx.get(k); return uint8(v) })
	default:
		mark(out, func(k uint64) uint8 { return m.gaz[k] })
	}
	return out
}

// decoder holds the scratch space of one tagging or training pass.
type decoder struct {
	m     *Model
	doc   *docInfo
	sents [][]tok // the prepared sentences of the current document
	toks  []tok   // the sentence being tagged
	feats []uint64
	em    []float32 // emission scores, tokens x labels
	delta []float32
	back  []int32
	path  []int
	types []uint8
	out   []string
}

func (m *Model) newDecoder() *decoder {
	return &decoder{m: m, doc: newDocInfo()}
}

// emissions fills d.em for the prepared sentence d.toks.
func (d *decoder) emissions() {
	m := d.m
	L := m.ls.n()
	n := len(d.toks)
	d.em = slices.Grow(d.em[:0], n*L)[:n*L]
	clear(d.em)
	allCaps := isAllCaps(d.toks)
	for i := range d.toks {
		d.feats = features(d.feats[:0], d.toks, i, allCaps, d.doc)
		em := d.em[i*L : i*L+L]
		for _, h := range d.feats {
			r, ok := m.row(h)
			if !ok {
				continue
			}
			for l, x := range m.w[int(r)*L : int(r)*L+L] {
				em[l] += x
			}
		}
	}
}

// viterbi finds the best allowed label sequence for the emissions in d.em.
func (d *decoder) viterbi() []int {
	m := d.m
	ls := m.ls
	L := ls.n()
	n := len(d.toks)
	d.path = slices.Grow(d.path[:0], n)[:n]
	if n == 0 {
		return d.path
	}
	d.delta = slices.Grow(d.delta[:0], n*L)[:n*L]
	d.back = slices.Grow(d.back[:0], n*L)[:n*L]
	inf := float32(math.Inf(-1))
	for l := 0; l < L; l++ {
		if ls.allowed[0][l] {
			d.delta[l] = m.trans[l] + d.em[l]
		} else {
			d.delta[l] = inf
		}
	}
	for i := 1; i < n; i++ {
		prev := d.delta[(i-1)*L : i*L]
		cur := d.delta[i*L : i*L+L]
		for l := 0; l < L; l++ {
			best, bp := inf, int32(0)
			for _, p := range ls.prevs[l] {
				if s := prev[p] + m.trans[(p+1)*L+l]; s > best {
					best, bp = s, int32(p)
				}
			}
			cur[l] = best + d.em[i*L+l]
			d.back[i*L+l] = bp
		}
	}
	last := d.delta[(n-1)*L : n*L]
	best := -1
	for l := 0; l < L; l++ {
		if ls.final[l] && last[l] != inf && (best < 0 || last[l] > last[best]) {
			best = l
		}
	}
	if best < 0 {
		best = 0
	}
	for i := n - 1; i >= 0; i-- {
		d.path[i] = best
		best = int(d.back[i*L+best])
	}
	return d.path
}

// tagSentence labels sentence i of the current document and records it in
// the document history.
func (d *decoder) tagSentence(i int) []int {
	d.toks = d.sents[i]
	d.emissions()
	path := d.viterbi()
	d.remember(path)
	return path
}

func (d *decoder) remember(path []int) {
	d.types = slices.Grow(d.types[:0], len(path))[:len(path)]
	for i, l := range path {
		d.types[i] = d.m.ls.typ[l]
	}
	d.doc.record(d.toks, d.types)
}

// startDoc prepares the sentences of a document, resets the document
// state and scans the capitalisation of its words.
func (d *decoder) startDoc(ctx context.Context, doc [][]string, gaz Gazetteer) error {
	d.doc.reset()
	for len(d.sents) < len(doc) {
		d.sents = append(d.sents, nil)
	}
	d.sents = d.sents[:len(doc)]
	for i, s := range doc {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		d.sents[i] = d.m.prepare(s, gaz, d.sents[i])
		d.doc.scan(d.sents[i])
	}
	return nil
}

// checkEvery is how many sentences TagDocContext tags between two looks
// at its context: about a millisecond's work.
const checkEvery = 64

// TagDoc returns IOB2 tags for every sentence of a document. Words are
// tokens as in CoNLL (punctuation and "'s" split off). Context from the
// whole document (capitalisation, earlier predictions) is used, so tag a
// document at once rather than sentence by sentence.
func (m *Model) TagDoc(doc [][]string) [][]string {
	tags, _ := m.TagDocContext(context.Background(), doc)
	return tags
}

// TagDocContext is TagDoc that gives up with ctx's error when ctx is
// done.
func (m *Model) TagDocContext(ctx context.Context, doc [][]string) ([][]string, error) {
	d, _ := m.decoders.Get().(*decoder)
	if d == nil {
		d = m.newDecoder()
	}
	defer m.decoders.Put(d)
	if err := d.startDoc(ctx, doc, nil); err != nil {
		return nil, err
	}
	out := make([][]string, len(doc))
	for i, s := range doc {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		path := d.tagSentence(i)
		out[i] = m.ls.iob2(path, make([]string, 0, len(s)))
	}
	return out, nil
}

// Tag returns IOB2 tags for one sentence taken as a document on its own.
func (m *Model) Tag(words []string) []string {
	return m.TagDoc([][]string{words})[0]
}

// File format (gzip-compressed, little-endian):
//
//	magic "DLNER\x00", uint16 format version, uint16 FeatureVersion
//	byte scheme, uint32 labels
//	float32 weight scale
//	uint32 rows; per row sorted by key: uvarint key delta, then labels x
//	  varint quantised weight (weight = q * scale)
//	(labels+1) x labels float32 transitions
//	uint32 cluster words; per word: uint64 key, nGran x uint16
//	uint32 gazetteer entries; per entry: uint64 key, byte type mask
const (
	magic         = "DLNER\x00"
	formatVersion = 1
)

// Write encodes the model.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	L := m.ls.n()
	var maxAbs float32
	for _, x := range m.w {
		maxAbs = max(maxAbs, abs32(x))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	var vb [binary.MaxVarintLen64]byte
	putUvarint := func(x uint64) {
		if err == nil {
			_, err = bw.Write(vb[:binary.PutUvarint(vb[:], x)])
		}
	}
	putVarint := func(x int64) {
		if err == nil {
			_, err = bw.Write(vb[:binary.PutVarint(vb[:], x)])
		}
	}
	if _, err = bw.WriteString(magic); err != nil {
		return err
	}
	put(uint16(formatVersion))
	put(uint16(FeatureVersion))
	put(byte(m.scheme))
	put(uint32(L))
	put(scale)
	keys := make([]uint64, 0, len(m.rows))
	for k := range m.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	put(uint32(len(keys)))
	var prev uint64
	for _, k := range keys {
		putUvarint(k - prev)
		prev = k
		r := int(m.rows[k])
		for _, x := range m.w[r*L : r*L+L] {
			putVarint(int64(math.Round(float64(x / scale))))
		}
	}
	put(m.trans)
	ckeys := make([]uint64, 0, len(m.clusters))
	for k := range m.clusters {
		ckeys = append(ckeys, k)
	}
	slices.Sort(ckeys)
	put(uint32(len(ckeys)))
	for _, k := range ckeys {
		put(k)
		put(m.clusters[k])
	}
	gkeys := make([]uint64, 0, len(m.gaz))
	for k := range m.gaz {
		gkeys = append(gkeys, k)
	}
	slices.Sort(gkeys)
	put(uint32(len(gkeys)))
	for _, k := range gkeys {
		put(k)
		put(m.gaz[k])
	}
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return zw.Close()
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// ErrFormat is returned by Read for data that is not a model of this
// version.
var ErrFormat = errors.New("not a Dateline NER model of this version")

// Read decodes a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m.freeze()
	return m, nil
}

// decoder of the uncompressed model bytes; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		r.err = ErrFormat
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u16() uint16  { return binary.LittleEndian.Uint16(r.next(2)) }
func (r *reader) u32() uint32  { return binary.LittleEndian.Uint32(r.next(4)) }
func (r *reader) u64() uint64  { return binary.LittleEndian.Uint64(r.next(8)) }
func (r *reader) f32() float32 { return math.Float32frombits(r.u32()) }

func (r *reader) uvarint() uint64 {
	x, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = ErrFormat
		return 0
	}
	r.b = r.b[n:]
	return x
}

func (r *reader) varint() int64 {
	x, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = ErrFormat
		return 0
	}
	r.b = r.b[n:]
	return x
}

func decode(data []byte) (*Model, error) {
	r := &reader{b: data}
	if string(r.next(len(magic))) != magic {
		return nil, ErrFormat
	}
	fv, featv := r.u16(), r.u16()
	scheme := Scheme(r.next(1)[0])
	L := int(r.u32())
	scale := r.f32()
	if r.err != nil || fv != formatVersion || featv != FeatureVersion || (scheme != IOB2 && scheme != BILOU) {
		return nil, ErrFormat
	}
	m := newModel(scheme, nil, nil)
	if m.ls.n() != L {
		return nil, ErrFormat
	}
	n := int(r.u32())
	if r.err != nil || n > len(r.b) {
		return nil, ErrFormat
	}
	m.w = make([]float32, n*L)
	m.rows = make(map[uint64]int32, n)
	var key uint64
	for i := 0; i < n && r.err == nil; i++ {
		key += r.uvarint()
		m.rows[key] = int32(i)
		for l := 0; l < L; l++ {
			m.w[i*L+l] = float32(r.varint()) * scale
		}
	}
	for i := range m.trans {
		m.trans[i] = r.f32()
	}
	n = int(r.u32())
	if r.err != nil || n*(8+2*nGran) > len(r.b) {
		return nil, ErrFormat
	}
	m.clusters = make(Clusters, n)
	for i := 0; i < n; i++ {
		k := r.u64()
		var ids [nGran]uint16
		for g := range ids {
			ids[g] = r.u16()
		}
		m.clusters[k] = ids
	}
	n = int(r.u32())
	if r.err != nil || n*9 > len(r.b) {
		return nil, ErrFormat
	}
	m.gaz = make(Gazetteer, n)
	for i := 0; i < n; i++ {
		k := r.u64()
		m.gaz[k] = r.next(1)[0]
	}
	if r.err != nil {
		return nil, r.err
	}
	return m, nil
}
