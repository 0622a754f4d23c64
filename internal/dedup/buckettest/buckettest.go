// Package buckettest is the conformance suite for dedup.Buckets
// implementations: the in-memory one and each store's. Every backend runs
// the same Run, so the index behaves the same on all of them.
package buckettest

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/dedup"
)

// Run checks the Buckets contract on fresh instances from newBuckets.
func Run(t *testing.T, newBuckets func(t *testing.T) dedup.Buckets) {
	t.Run("Empty", func(t *testing.T) {
		b := newBuckets(t)
		got, err := b.Candidates([]uint64{1, 2, 3})
		if err != nil || len(got) != 0 {
			t.Errorf("Candidates on empty = %v, %v", got, err)
		}
		got, err = b.Candidates(nil)
		if err != nil || len(got) != 0 {
			t.Errorf("Candidates(nil) = %v, %v", got, err)
		}
	})

	t.Run("AddThenFind", func(t *testing.T) {
		b := newBuckets(t)
		e := dedup.Entry{ID: "s1", Cluster: "s1", Sketch: []byte{1, 0, 9, 8, 7, 6}}
		m := dedup.Entry{ID: "s2", Cluster: "s1", Sketch: []byte{1, 0, 9, 8, 7, 5}}
		mustAdd(t, b, e, 10, 20, 30)
		mustAdd(t, b, m, 40)
		expect(t, b, []uint64{40, 10}, e, m)
		expect(t, b, []uint64{20}, e)
		expect(t, b, []uint64{99, 30}, e)
		expect(t, b, []uint64{99})
	})

	t.Run("EachEntryOnce", func(t *testing.T) {
		b := newBuckets(t)
		e := dedup.Entry{ID: "s1", Sketch: []byte{1, 0}}
		mustAdd(t, b, e, 1, 2, 3)
		expect(t, b, []uint64{1, 2, 3, 3}, e)
	})

	t.Run("SharedKeys", func(t *testing.T) {
		b := newBuckets(t)
		var all []dedup.Entry
		for i := range 5 {
			e := dedup.Entry{ID: fmt.Sprintf("s%d", i), Sketch: []byte{1, 0, byte(i), 0, 0, 0}}
			all = append(all, e)
			mustAdd(t, b, e, 7, uint64(100+i))
		}
		expect(t, b, []uint64{7}, all...)
		expect(t, b, []uint64{102, 104}, all[2], all[4])
	})

	t.Run("AddIsIdempotent", func(t *testing.T) {
		b := newBuckets(t)
		e := dedup.Entry{ID: "s1", Sketch: []byte{1, 0, 1, 2, 3, 4}}
		mustAdd(t, b, e, 1, 2)
		mustAdd(t, b, e, 1, 2)
		// A second Add with the same ID changes nothing, even with other
		// keys or sketch.
		mustAdd(t, b, dedup.Entry{ID: "s1", Sketch: []byte{1, 0, 9, 9, 9, 9}}, 3)
		expect(t, b, []uint64{1, 2}, e)
		expect(t, b, []uint64{3})
	})

	t.Run("FullKeyRange", func(t *testing.T) {
		// SQL stores keep keys as signed 64-bit integers: the bit pattern
		// must survive, high bit included. (The keys differ in their low
		// 32 bits too, which is all Memory keeps.)
		b := newBuckets(t)
		keys := []uint64{0, 1, 1<<63 | 2, 1<<64 - 1, 0x8000000000000003}
		for i, k := range keys {
			mustAdd(t, b, dedup.Entry{ID: fmt.Sprint(i), Sketch: []byte{1, 0}}, k)
		}
		for i, k := range keys {
			expect(t, b, []uint64{k}, dedup.Entry{ID: fmt.Sprint(i), Sketch: []byte{1, 0}})
		}
	})

	t.Run("Index", func(t *testing.T) {
		// The index over these buckets finds near duplicates and nothing else.
		b := newBuckets(t)
		ps := dedup.NewPassages(b)
		text := "The harbour minister said she wants to see talks on the quayside over the port's role in the strike."
		first, err := ps.Assign(text, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ps.Assign("The harbour minister said she wants to see \u201ctalks on the quayside\u201d over the port\u2019s role in the strike, she told reporters.", nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		other, err := ps.Assign("Ferries resumed early on Monday with forty passengers on the first sailing.", nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(first) != 1 || len(again) != 1 || len(other) != 1 {
			t.Fatalf("units: %d %d %d", len(first), len(again), len(other))
		}
		if !first[0].New || again[0].New || again[0].Passage != first[0].Passage {
			t.Errorf("near duplicate not joined: %+v then %+v", first[0], again[0])
		}
		if !other[0].New {
			t.Errorf("unrelated sentence joined %s", other[0].Passage)
		}
	})
}

func mustAdd(t *testing.T, b dedup.Buckets, e dedup.Entry, keys ...uint64) {
	t.Helper()
	if err := b.Add(e, keys); err != nil {
		t.Fatalf("Add(%s): %v", e.ID, err)
	}
}

func expect(t *testing.T, b dedup.Buckets, keys []uint64, want ...dedup.Entry) {
	t.Helper()
	got, err := b.Candidates(keys)
	if err != nil {
		t.Fatalf("Candidates(%v): %v", keys, err)
	}
	byID := func(a, b dedup.Entry) int {
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	}
	slices.SortFunc(got, byID)
	want = slices.Clone(want)
	slices.SortFunc(want, byID)
	if !slices.EqualFunc(got, want, func(a, b dedup.Entry) bool {
		return a.ID == b.ID && a.Cluster == b.Cluster && bytes.Equal(a.Sketch, b.Sketch)
	}) {
		t.Errorf("Candidates(%v) = %v, want %v", keys, got, want)
	}
}
