package dedup

// Memory is an in-memory Buckets, for `analyze`, tests and evaluation. It
// keeps each entry once and files a 4-byte entry number under each band
// key in an open-addressing multimap: one probe sequence per key for both
// lookup and insert, where a Go map of slices would take several cache
// misses. A slot keeps only the low 32 bits of its band key: keys that
// agree on them (about one lookup in 2^32/slots) just add a candidate that
// verification rejects. docs/bench/dedup.md has the measured bytes per
// entry.
type Memory struct {
	slots   []slot // linear probing; len is a power of two
	used    int
	entries []Entry
	byID    map[string]uint32
	seen    []uint32 // per entry: the query number that last returned it
	query   uint32
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
	return &Memory{slots: make([]slot, n), byID: make(map[string]uint32)}
}

// Len returns the number of entries.
func (m *Memory) Len() int { return len(m.entries) }

// Candidates implements Buckets.
func (m *Memory) Candidates(keys []uint64) ([]Entry, error) {
	return m.candidatesFrom(keys, 0, nil), nil
}

// Has reports whether an entry with the ID was added.
func (m *Memory) Has(id string) bool {
	_, ok := m.byID[id]
	return ok
}

// index returns the position (from 0) an entry was added at.
func (m *Memory) index(id string) int { return int(m.byID[id]) }

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
				out = append(out, m.entries[n])
			}
		}
	}
	return out
}

// Add implements Buckets.
func (m *Memory) Add(e Entry, keys []uint64) error {
	if _, ok := m.byID[e.ID]; ok {
		return nil
	}
	n := uint32(len(m.entries))
	m.byID[e.ID] = n
	m.entries = append(m.entries, e)
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
