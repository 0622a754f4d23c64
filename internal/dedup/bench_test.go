package dedup

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// benchTexts returns n passages of the given number of words drawn from a
// Zipf-distributed vocabulary, so that common words and trigrams recur as
// in news text.
func benchTexts(n, length int) []string {
	rng := rand.New(rand.NewPCG(11, 12))
	vocab := words(rng, 30000)
	z := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	out := make([]string, n)
	var sb strings.Builder
	for i := range out {
		sb.Reset()
		for j := range length {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(vocab[z.Uint64()])
		}
		sb.WriteByte('.')
		out[i] = sb.String()
	}
	return out
}

// BenchmarkPassage measures the whole per-passage cost on one core:
// normalise and shingle, sign, query the index, verify, insert. The index
// is rebuilt whenever the pool of distinct texts wraps, so every passage is
// both a query and an insert.
func BenchmarkPassage(b *testing.B) {
	const pool = 100000
	texts := benchTexts(pool, 40)
	ids := make([]string, pool)
	for i := range ids {
		ids[i] = fmt.Sprintf("s%032x", i)
	}
	idx := NewIndex(NewMemory(), Options{})
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := range b.N {
		if i%pool == 0 && i > 0 {
			idx = NewIndex(NewMemory(), Options{})
		}
		if _, _, err := idx.Assign(ids[i%pool], NewPrint(texts[i%pool]), nil); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, "passages", cpuTime()-cpu)
}

// reportRate reports items per wall second and, where the platform tells,
// per CPU second of the process (which is what one free core would do).
func reportRate(b *testing.B, what string, cpu time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), what+"/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), what+"/cpu-s")
	}
}

func BenchmarkShingles(b *testing.B) {
	texts := benchTexts(1000, 40)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := range b.N {
		Shingles(texts[i%len(texts)])
	}
	reportRate(b, "texts", cpuTime()-cpu)
}

func BenchmarkSign(b *testing.B) {
	texts := benchTexts(1000, 40)
	sh := make([][]uint64, len(texts))
	for i, t := range texts {
		sh[i] = Shingles(t)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := range b.N {
		Sign(sh[i%len(sh)])
	}
	reportRate(b, "signatures", cpuTime()-cpu)
}

// BenchmarkIndexBytes reports the heap the in-memory index holds per
// 40-word passage (entries, band keys, sketches, IDs), and the candidates
// one query has to verify on average. The slot table doubles when three
// quarters full, so the figure depends on where n falls: 100k passages
// come just after a doubling (table a bit over a third full), 150k at
// about half full.
func BenchmarkIndexBytes(b *testing.B) {
	for _, n := range []int{100000, 150000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			texts := benchTexts(n, 40)
			prints := make([]*Print, n)
			for i, t := range texts {
				prints[i] = NewPrint(t)
				prints[i].Signature()
			}
			texts = nil
			for range b.N {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				mem := NewMemory()
				idx := NewIndex(mem, Options{})
				cands := 0
				for i, p := range prints {
					c, err := mem.Candidates(p.Signature().BandKeys(LevelSentence))
					if err != nil {
						b.Fatal(err)
					}
					cands += len(c)
					if err := idx.Add(fmt.Sprintf("s%032x", i), p); err != nil {
						b.Fatal(err)
					}
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "bytes/passage")
				b.ReportMetric(float64(cands)/float64(n), "candidates/query")
				runtime.KeepAlive(mem)
			}
		})
	}
}

// BenchmarkWindowCollect reports what a full default-size window costs
// each garbage collection of a long ingest: the time of one forced
// collection with the window live (an ingest of 3,600 real articles
// collects about a hundred times). Entries kept as strings and slices
// made it 12 ms a collection; pointer-free, 1.2 ms.
func BenchmarkWindowCollect(b *testing.B) {
	const n = 160_000
	w := NewWindow(n)
	idx := NewIndex(w, Options{})
	for i, t := range benchTexts(n, 40) {
		if _, _, err := idx.Assign(fmt.Sprintf("s%032x", i), NewPrint(t), nil); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	b.ResetTimer()
	for range b.N {
		runtime.GC()
	}
	b.StopTimer()
	runtime.KeepAlive(idx)
}
