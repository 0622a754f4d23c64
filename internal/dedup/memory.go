package dedup

// Memory is an in-memory Buckets, for `analyze`, tests and evaluation. It
// keeps each entry once and files a 4-byte entry number under each band
// key. Most band keys hold a single entry, so those live in a flat map and
// only shared keys get a slice (docs/bench/dedup.md has the measured bytes
// per entry).
type Memory struct {
	first   map[uint64]uint32   // band key -> first entry filed under it
	more    map[uint64][]uint32 // band key -> further entries
	entries []Entry
	byID    map[string]uint32
	seen    []uint32 // per entry: the query number that last returned it
	query   uint32
}

// NewMemory returns an empty in-memory Buckets.
func NewMemory() *Memory {
	return &Memory{
		first: make(map[uint64]uint32),
		more:  make(map[uint64][]uint32),
		byID:  make(map[string]uint32),
	}
}

// Len returns the number of entries.
func (m *Memory) Len() int { return len(m.entries) }

// Candidates implements Buckets.
func (m *Memory) Candidates(keys []uint64) ([]Entry, error) {
	m.query++
	if m.query == 0 { // wrapped: forget old marks
		clear(m.seen)
		m.query = 1
	}
	var out []Entry
	take := func(n uint32) {
		if m.seen[n] != m.query {
			m.seen[n] = m.query
			out = append(out, m.entries[n])
		}
	}
	for _, k := range keys {
		n, ok := m.first[k]
		if !ok {
			continue
		}
		take(n)
		for _, n := range m.more[k] {
			take(n)
		}
	}
	return out, nil
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
		f, ok := m.first[k]
		switch {
		case !ok:
			m.first[k] = n
		case f == n: // a key repeated in keys
		default:
			b := m.more[k]
			if len(b) > 0 && b[len(b)-1] == n {
				continue
			}
			m.more[k] = append(b, n)
		}
	}
	return nil
}
