package dedup

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestBandKeys(t *testing.T) {
	sig := Sign(Shingles("the quick brown fox jumps over the lazy dog"))
	keys := sig.BandKeys(LevelSentence)
	if len(keys) != Bands {
		t.Fatalf("len(keys) = %d, want %d", len(keys), Bands)
	}
	distinct := map[uint64]bool{}
	for _, k := range keys {
		distinct[k] = true
	}
	if len(distinct) != Bands {
		t.Errorf("band keys not distinct: %d of %d", len(distinct), Bands)
	}
	tests := []struct {
		name    string
		change  func(s *Signature)
		level   Level
		changed []int // bands whose key must change; all others must not
	}{
		{"same", func(*Signature) {}, LevelSentence, nil},
		{"first row", func(s *Signature) { s[0]++ }, LevelSentence, []int{0}},
		{"last row of band 0", func(s *Signature) { s[Rows-1]++ }, LevelSentence, []int{0}},
		{"first row of band 1", func(s *Signature) { s[Rows]++ }, LevelSentence, []int{1}},
		{"last row", func(s *Signature) { s[K-1]++ }, LevelSentence, []int{Bands - 1}},
		{"two bands", func(s *Signature) { s[4]++; s[3*Rows+1]++ }, LevelSentence, []int{1, 3}},
		{"other level", func(*Signature) {}, LevelParagraph, all(Bands)},
	}
	for _, tt := range tests {
		s := sig
		tt.change(&s)
		got := s.BandKeys(tt.level)
		want := map[int]bool{}
		for _, b := range tt.changed {
			want[b] = true
		}
		for b := range keys {
			if (got[b] != keys[b]) != want[b] {
				t.Errorf("%s: band %d changed = %v, want %v", tt.name, b, got[b] != keys[b], want[b])
			}
		}
	}
}

func all(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// TestSignatureEstimatesJaccard checks the hash functions are close enough to
// min-wise independent: the share of equal MinHash values estimates J.
func TestSignatureEstimatesJaccard(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, want := range []float64{0.2, 0.5, 0.8} {
		const trials = 200
		sum := 0.0
		for range trials {
			a, b := setPair(rng, 60, want)
			sa, sb := Sign(a), Sign(b)
			eq := 0
			for i := range sa {
				if sa[i] == sb[i] {
					eq++
				}
			}
			sum += float64(eq) / K
		}
		got := sum / trials
		// Standard error of the mean: sqrt(J(1-J)/K/trials) < 0.004.
		if math.Abs(got-want) > 0.015 {
			t.Errorf("J=%.2f: mean MinHash agreement %.4f", want, got)
		}
	}
}

// setPair returns two sets of random fingerprints of size n with Jaccard
// exactly j (rounded to whole elements).
func setPair(rng *rand.Rand, n int, j float64) (a, b []uint64) {
	// |A∩B| = s, |A|=|B|=n: J = s/(2n-s) => s = 2nJ/(1+J).
	s := int(math.Round(2 * float64(n) * j / (1 + j)))
	for range s {
		x := rng.Uint64()
		a, b = append(a, x), append(b, x)
	}
	for range n - s {
		a, b = append(a, rng.Uint64()), append(b, rng.Uint64())
	}
	return a, b
}

func TestCandidateProbability(t *testing.T) {
	// The banding curve documented on Bands/Rows.
	p := func(j float64) float64 { return 1 - math.Pow(1-math.Pow(j, Rows), Bands) }
	tests := []struct{ j, min, max float64 }{
		{0.3, 0.55, 0.65},
		{0.5, 0.98, 0.99},
		{0.6, 0.999, 1},
		{0.8, 0.9999999, 1},
	}
	for _, tt := range tests {
		if got := p(tt.j); got < tt.min || got > tt.max {
			t.Errorf("P(candidate | J=%.1f) = %.6f, want in [%g, %g]", tt.j, got, tt.min, tt.max)
		}
	}
	// And empirically, for pairs of sets at J = 0.5.
	rng := rand.New(rand.NewPCG(3, 4))
	const trials = 2000
	hit := 0
	for range trials {
		a, b := setPair(rng, 40, 0.5)
		sa, sb := Sign(a), Sign(b)
		ka, kb := sa.BandKeys(LevelSentence), sb.BandKeys(LevelSentence)
		for i := range ka {
			if ka[i] == kb[i] {
				hit++
				break
			}
		}
	}
	if got := float64(hit) / trials; got < 0.97 {
		t.Errorf("empirical P(candidate | J=0.5) = %.3f, want about %.3f", got, p(0.5))
	}
}
