package dedup

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// words returns a vocabulary of n invented lower-case words.
func words(rng *rand.Rand, n int) []string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		b := make([]byte, 3+rng.IntN(7))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		if w := string(b); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func randomText(rng *rand.Rand, vocab []string, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = vocab[rng.IntN(len(vocab))]
	}
	return strings.Join(ws, " ")
}

func TestIndexMatchesItself(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := words(rng, 2000)
	idx := NewIndex(NewMemory(), Options{})
	var texts []string
	for i := range 500 {
		text := randomText(rng, vocab, 4+rng.IntN(60))
		texts = append(texts, text)
		if err := idx.Add(fmt.Sprint(i), NewPrint(text)); err != nil {
			t.Fatal(err)
		}
	}
	for i, text := range texts {
		ms, err := idx.Matches(NewPrint(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 || ms[0].ID != fmt.Sprint(i) || ms[0].Similarity != 1 {
			t.Errorf("text %d does not match itself first: %v", i, ms)
		}
	}
}

func TestIndexUnrelatedNeverMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	vocab := words(rng, 5000)
	idx := NewIndex(NewMemory(), Options{})
	for i := range 3000 {
		text := randomText(rng, vocab, 5+rng.IntN(40))
		m, isNew, err := idx.Assign(fmt.Sprint(i), NewPrint(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !isNew {
			t.Fatalf("random text %d %q matched %v", i, text, m)
		}
	}
}

func TestIndexAddIdempotent(t *testing.T) {
	mem := NewMemory()
	idx := NewIndex(mem, Options{})
	p := NewPrint("the foreign secretary said he wants to see demonstrations")
	for range 3 {
		if err := idx.Add("a", p); err != nil {
			t.Fatal(err)
		}
	}
	if mem.Len() != 1 {
		t.Errorf("Len = %d after adding one id three times", mem.Len())
	}
	ms, err := idx.Matches(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 {
		t.Errorf("Matches = %v, want one", ms)
	}
	// Assign of the same id and text: same cluster, nothing added.
	for range 2 {
		m, isNew, err := idx.Assign("a", p, func(string) bool { return true })
		if err != nil || isNew || m.ID != "a" {
			t.Errorf("Assign again = %v, %v, %v", m, isNew, err)
		}
	}
	if mem.Len() != 1 {
		t.Errorf("Len = %d after re-assigning", mem.Len())
	}
}

func TestIndexNoChaining(t *testing.T) {
	// a ~ b and b ~ c above the threshold, a ~ c below: c must not join
	// a's cluster through b.
	a := "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18"
	b := "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 x16 x17 x18 x19 x20"
	c := "w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 x16 x17 x18 x19 x20 x21"
	if ab, bc, ac := Jaccard(a, b), Jaccard(b, c), Jaccard(a, c); ab < 0.5 || bc < 0.5 || ac >= 0.5 {
		t.Fatalf("fixture similarities ab=%.2f bc=%.2f ac=%.2f", ab, bc, ac)
	}
	idx := NewIndex(NewMemory(), Options{})
	for _, tt := range []struct {
		id, text, cluster string
		isNew             bool
	}{
		{"a", a, "a", true},
		{"b", b, "a", false},
		{"c", c, "c", true},
	} {
		m, isNew, err := idx.Assign(tt.id, NewPrint(tt.text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if m.ID != tt.cluster || isNew != tt.isNew {
			t.Errorf("Assign(%s) = %s new=%v, want %s new=%v", tt.id, m.ID, isNew, tt.cluster, tt.isNew)
		}
	}
}

func TestIndexNearestMember(t *testing.T) {
	// Two copies of one text, c1 and c2, arrive after representatives r1
	// and r2 with r2 closer to them than r1, but r2 appeared only after c1
	// joined r1's cluster. c2 must follow its twin c1 into r1's cluster.
	r1 := "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 a1 a2 a3 a4"
	c := "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20"
	r2 := "b1 b2 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20"
	if j1, j2, j12 := Jaccard(c, r1), Jaccard(c, r2), Jaccard(r1, r2); j1 < 0.5 || j2 <= j1 || j12 >= 0.5 {
		t.Fatalf("fixture: J(c,r1)=%.2f J(c,r2)=%.2f J(r1,r2)=%.2f", j1, j2, j12)
	}
	idx := NewIndex(NewMemory(), Options{})
	for _, tt := range []struct{ id, text, cluster string }{
		{"r1", r1, "r1"},
		{"c1", c, "r1"},
		{"r2", r2, "r2"},
		{"c2", c + ".", "r1"},
	} {
		m, _, err := idx.Assign(tt.id, NewPrint(tt.text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if m.ID != tt.cluster {
			t.Errorf("Assign(%s) joined %s (%+v), want %s", tt.id, m.ID, m, tt.cluster)
		}
	}
}

func TestIndexBestMatchAndSkip(t *testing.T) {
	idx := NewIndex(NewMemory(), Options{})
	x := "alpha beta gamma delta epsilon zeta eta theta iota kappa"
	y := "alpha beta gamma delta epsilon zeta eta theta iota lambda mu"
	z := "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda"
	for _, kv := range [][2]string{{"x", x}, {"y", y}} {
		if err := idx.Add(kv[0], NewPrint(kv[1])); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := idx.Matches(NewPrint(z))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].ID != "x" || ms[0].Similarity < ms[1].Similarity {
		t.Fatalf("Matches = %v, want x then y", ms)
	}
	m, _, err := idx.Assign("z", NewPrint(z), func(id string) bool { return id == "x" })
	if err != nil || m.ID != "y" {
		t.Errorf("Assign skipping x = %v, %v, want y", m, err)
	}
	m, isNew, err := idx.Assign("z", NewPrint(z), func(string) bool { return true })
	if err != nil || !isNew || m.ID != "z" {
		t.Errorf("Assign skipping all = %v new=%v, %v, want new z", m, isNew, err)
	}
}

func TestIndexMinWords(t *testing.T) {
	mem := NewMemory()
	idx := NewIndex(mem, Options{})
	short := "He said this."
	if err := idx.Add("s", NewPrint(short)); err != nil {
		t.Fatal(err)
	}
	if mem.Len() != 0 {
		t.Error("text below MinWords was indexed")
	}
	ms, _ := idx.Matches(NewPrint(short))
	if len(ms) != 0 {
		t.Errorf("text below MinWords matched %v", ms)
	}
}

func TestIndexThresholdOption(t *testing.T) {
	a := "one two three four five six seven eight nine ten"
	b := "one two three four five six seven eight nine eleven" // J = 7/9
	for _, tt := range []struct {
		threshold float64
		match     bool
	}{{0.7, true}, {0.78, false}, {0, true}} {
		idx := NewIndex(NewMemory(), Options{Threshold: tt.threshold})
		if err := idx.Add("a", NewPrint(a)); err != nil {
			t.Fatal(err)
		}
		ms, err := idx.Matches(NewPrint(b))
		if err != nil {
			t.Fatal(err)
		}
		if (len(ms) > 0) != tt.match {
			t.Errorf("threshold %.2f: matches %v, want match=%v", tt.threshold, ms, tt.match)
		}
	}
}

func TestDefaults(t *testing.T) {
	for _, tt := range []struct {
		level     Level
		threshold float64
	}{{"", 0.5}, {LevelSentence, 0.5}, {LevelParagraph, 0.5}, {LevelPost, 0.8}, {LevelDocument, 0.8}} {
		o := NewIndex(NewMemory(), Options{Level: tt.level}).Options()
		if o.Threshold != tt.threshold || o.MinWords == 0 || o.Level == "" {
			t.Errorf("defaults for %q = %+v", tt.level, o)
		}
	}
}

func TestSketchSimilarity(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, tt := range []struct {
		n int
		j float64
	}{{30, 0.5}, {256, 0.7}, {600, 0.5}, {2000, 0.85}, {2000, 0.2}} {
		a, b := setPair(rng, tt.n, tt.j)
		exact := jaccardSorted(sortedCopy(a), sortedCopy(b))
		got, err := sketchSimilarity(sketchOf(sortedCopy(a)), encodeSketch(sketchOf(sortedCopy(b))))
		if err != nil {
			t.Fatal(err)
		}
		tol := 1e-9
		if tt.n > SketchSize {
			tol = 4 * 0.5 / math.Sqrt(SketchSize)
		}
		if math.Abs(got-exact) > tol {
			t.Errorf("n=%d J=%.3f: sketch similarity %.4f", tt.n, exact, got)
		}
	}
	// One long text against a short one: the estimate must not claim
	// similarity from the long sketch's missing tail.
	a, _ := setPair(rng, 1000, 0)
	b := sortedCopy(a[:10])
	got, _ := sketchSimilarity(sketchOf(sortedCopy(a)), encodeSketch(sketchOf(b)))
	if want := 10.0 / 1000; math.Abs(got-want) > 0.05 {
		t.Errorf("long vs short: %.4f, want about %.4f", got, want)
	}
	if _, err := sketchSimilarity(sketchOf(b), []byte{9, 0, 1}); err == nil {
		t.Error("malformed sketch accepted")
	}
}

func sortedCopy(s []uint64) []uint64 {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}
