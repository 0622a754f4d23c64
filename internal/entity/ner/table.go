package ner

import "math/bits"

// table is a read-only open-addressing hash table from feature hashes to
// small integers: faster than a Go map for the lookups that dominate
// tagging, with key and value in one slot so that a probe touches one
// cache line. Key 0 marks an empty slot (a feature hashing to 0 is simply
// never found).
type table struct {
	slots []slot
	shift uint
}

type slot struct {
	key uint64
	val int32
}

func newTable(n int) table {
	size := 1 << bits.Len(uint(n*2+1)) // load factor ≤ 0.5
	return table{slots: make([]slot, size), shift: uint(64 - bits.Len(uint(size-1)))}
}

func (t *table) start(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

func (t *table) put(k uint64, v int32) {
	if k == 0 {
		return
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.start(k); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.key == 0 || s.key == k {
			s.key, s.val = k, v
			return
		}
	}
}

func (t *table) get(k uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.start(k); ; i = (i + 1) & mask {
		s := t.slots[i]
		switch s.key {
		case k:
			return s.val, true
		case 0:
			return 0, false
		}
	}
}
