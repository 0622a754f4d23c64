package dedup

import "github.com/dateline-news/dateline/internal/domain"

// Memory is an in-memory Buckets, for `analyze`, tests and evaluation, and
// each generation of a Window. It keeps each entry once and files a 4-byte
// entry number under each band key in an open-addressing multimap: one
// probe sequence per key for both lookup and insert, where a Go map of
// slices would take several cache misses. A slot keeps only the low 32
// bits of its band key: keys that agree on them (about one lookup in
// 2^32/slots) just add a candidate that verification rejects.
// docs/bench/dedup.md has the measured bytes per entry.
//
// Nothing a Memory holds contains a pointer: the IDs and sketches of its
// entries are appended to one byte slice and found by offset, and entries
// are found by ID through its domain.IDKey. A window of 160,000
// entries kept as strings and slices was about a million pointers that
// the garbage collector followed at every cycle of a long ingest (a
// seventh of its CPU on real articles); the collector does not look
// inside pointer-free memory.
type Memory struct {
	slots   []slot // linear probing; len is a power of two
	used    int
	entries []record
	bytes   []byte // the entries' IDs, clusters and sketches, back to back
	byID    map[domain.IDKey]uint32
	seen    []uint32 // per entry: the query number that last returned it
	query   uint32
}

// record locates one entry's parts in Memory.bytes: the ID at off, then
// the cluster (nothing when it is the ID itself), then the sketch.
type record struct {
	off                          int
	idLen, clusterLen, sketchLen uint32
	clusterIsID                  bool
}

// slot files entry ref-1 under a band key's low 32 bits; ref 0 marks an
// empty slot.
type slot struct {
	key uint32
	ref uint32
}

// NewMemory returns an empty in-memory Buckets.
func NewMemory() *Memory { return newMemory(0) }

// newMemory returns an empty Memory with room for keys band keys before
// it grows: a window's generations know their size, and growing one
// slot by slot from empty was a twentieth of ingest's sequencer time
// (the pages of a large table that no entry touches are never written).
func newMemory(keys int) *Memory {
	n := 1024
	for 3*n < 4*keys {
		n *= 2
	}
	return &Memory{slots: make([]slot, n), byID: make(map[domain.IDKey]uint32)}
}

// Len returns the number of entries.
func (m *Memory) Len() int { return len(m.entries) }

// Candidates implements Buckets.
func (m *Memory) Candidates(keys []uint64) ([]Entry, error) {
	return m.candidatesFrom(keys, 0, nil), nil
}

// Has reports whether an entry with the ID was added.
func (m *Memory) Has(id string) bool {
	_, ok := m.at(domain.KeyOf(id))
	return ok
}

// at returns the position (from 0) the entry of an ID's key was added
// at, and whether it was.
func (m *Memory) at(k domain.IDKey) (int, bool) {
	n, ok := m.byID[k]
	return int(n), ok
}

// entry returns the n-th entry added. Its ID and cluster are new strings;
// its sketch shares m.bytes, which is only ever appended to.
func (m *Memory) entry(n uint32) Entry {
	r := m.entries[n]
	at := r.off
	id := string(m.bytes[at : at+int(r.idLen)])
	at += int(r.idLen)
	cluster := id
	if !r.clusterIsID {
		cluster = string(m.bytes[at : at+int(r.clusterLen)])
		at += int(r.clusterLen)
	}
	end := at + int(r.sketchLen)
	return Entry{ID: id, Cluster: cluster, Sketch: m.bytes[at:end:end]}
}

// PerKey bounds the entries one band key contributes to a lookup: a text
// repeated thousands of times (a wire service's sign-off, a huge page of
// recurring sentences) files thousands of entries under the same keys,
// and comparing each new copy with all of them would make the work per
// text grow with the archive. The earliest entries of a key are kept: a
// cluster's representative is its first member, so it is always among
// them.
const PerKey = 16

// candidatesFrom appends to out the entries filed under keys that were
// added as the first-th entry or later, at most PerKey of each key.
func (m *Memory) candidatesFrom(keys []uint64, first int, out []Entry) []Entry {
	m.query++
	if m.query == 0 { // wrapped: forget old marks
		clear(m.seen)
		m.query = 1
	}
	mask := uint32(len(m.slots) - 1)
	for _, k64 := range keys {
		k := uint32(k64)
		found := 0
		for i := k & mask; m.slots[i].ref != 0 && found < PerKey; i = (i + 1) & mask {
			if m.slots[i].key != k {
				continue
			}
			n := m.slots[i].ref - 1
			if int(n) < first {
				continue
			}
			found++
			if m.seen[n] != m.query {
				m.seen[n] = m.query
				out = append(out, m.entry(n))
			}
		}
	}
	return out
}

// Add implements Buckets.
func (m *Memory) Add(e Entry, keys []uint64) error {
	h := domain.KeyOf(e.ID)
	if _, ok := m.byID[h]; ok {
		return nil
	}
	n := uint32(len(m.entries))
	m.byID[h] = n
	r := record{off: len(m.bytes), idLen: uint32(len(e.ID)), sketchLen: uint32(len(e.Sketch)), clusterIsID: e.Cluster == e.ID}
	m.bytes = append(m.bytes, e.ID...)
	if !r.clusterIsID {
		r.clusterLen = uint32(len(e.Cluster))
		m.bytes = append(m.bytes, e.Cluster...)
	}
	m.bytes = append(m.bytes, e.Sketch...)
	m.entries = append(m.entries, r)
	m.seen = append(m.seen, 0)
	for _, k := range keys {
		m.insert(uint32(k), n+1)
	}
	return nil
}

func (m *Memory) insert(key, ref uint32) {
	if 4*(m.used+1) > 3*len(m.slots) {
		m.grow()
	}
	mask := uint32(len(m.slots) - 1)
	i := key & mask
	for ; m.slots[i].ref != 0; i = (i + 1) & mask {
		if m.slots[i] == (slot{key, ref}) { // a key repeated in one Add
			return
		}
	}
	m.slots[i] = slot{key, ref}
	m.used++
}

func (m *Memory) grow() {
	old := m.slots
	m.slots = make([]slot, 2*len(old))
	mask := uint32(len(m.slots) - 1)
	for _, s := range old {
		if s.ref == 0 {
			continue
		}
		i := s.key & mask
		for m.slots[i].ref != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = s
	}
}
