package dedup

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func windowIDs(t *testing.T, w *Window, keys ...uint64) []string {
	t.Helper()
	es, err := w.Candidates(keys)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	return ids
}

func TestWindowKeepsLastN(t *testing.T) {
	w := NewWindow(3)
	for i := 1; i <= 7; i++ {
		if err := w.Add(Entry{ID: fmt.Sprintf("e%d", i)}, []uint64{42, uint64(i)}); err != nil {
			t.Fatal(err)
		}
		want := []string{}
		for j := max(1, i-2); j <= i; j++ {
			want = append(want, fmt.Sprintf("e%d", j))
		}
		if got := windowIDs(t, w, 42); !slices.Equal(got, want) {
			t.Errorf("after e%d: %v, want %v", i, got, want)
		}
	}
	if w.held() > 3+1 {
		t.Errorf("the window holds %d entries, want at most N + N/generations", w.held())
	}
	if got := windowIDs(t, w, 3); len(got) != 0 {
		t.Errorf("e3 left the window, still found: %v", got)
	}
	// adding an entry in the window changes nothing; one that left comes back
	w.Add(Entry{ID: "e6"}, []uint64{42})
	if w.Added() != 7 {
		t.Errorf("re-adding e6 (in the window) counted: Added = %d", w.Added())
	}
	w.Add(Entry{ID: "e2"}, []uint64{2})
	if got := windowIDs(t, w, 2, 42); !slices.Equal(got, []string{"e2", "e6", "e7"}) {
		t.Errorf("after e2 came back: %v", got)
	}
}

// TestWindowSplit checks the property the pipeline relies on: a Window
// loaded with the last N entries a store holds answers every later query
// as the Window that saw the whole sequence.
func TestWindowSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	type add struct {
		id   string
		keys []uint64
	}
	var seq []add
	for range 400 {
		id := fmt.Sprintf("e%d", r.IntN(300)) // repeats, some inside the window
		seq = append(seq, add{id, []uint64{uint64(r.IntN(20)), uint64(r.IntN(20))}})
	}
	const n = 37
	for split := 0; split < len(seq); split += 50 {
		whole, part := NewWindow(n), NewWindow(n)
		var stored []add // a store: each ID once, moved last when added again
		for i, a := range seq {
			if i == split { // a new run: load the last n stored entries
				for _, s := range stored[max(0, len(stored)-n):] {
					part.Add(Entry{ID: s.id}, s.keys)
				}
			}
			before := whole.Added()
			whole.Add(Entry{ID: a.id}, a.keys)
			if whole.Added() > before {
				stored = slices.DeleteFunc(stored, func(s add) bool { return s.id == a.id })
				stored = append(stored, a)
			}
			if i < split {
				continue
			}
			part.Add(Entry{ID: a.id}, a.keys)
			for k := range uint64(20) {
				if got, want := windowIDs(t, part, k), windowIDs(t, whole, k); !slices.Equal(got, want) {
					t.Fatalf("split at %d, after %d adds, key %d: loaded window %v, whole %v", split, i+1, k, got, want)
				}
			}
		}
	}
}
