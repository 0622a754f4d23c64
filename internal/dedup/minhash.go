package dedup

import "github.com/zeebo/xxh3"

// MinHash and banding parameters. They are part of the stored index (band
// keys depend on all three): changing one means rebuilding the index.
//
// Candidates are always verified by exact Jaccard, so K only needs to be
// large enough for banding: K = Bands × Rows. A pair with Jaccard J becomes
// a candidate with probability 1-(1-J^Rows)^Bands:
//
//	J     0.3   0.4   0.5   0.6   0.7   0.8
//	P     0.59  0.88  0.986 0.999 1.000 1.000
//
// Rows = 3 puts the curve's steep part below the default sentence
// threshold (0.5), so pairs just above it are still found; Rows = 4 with 32
// bands would find only 87% of pairs at J = 0.5. The price is more
// candidates to verify for pairs sharing a few common phrases, which the
// exact check rejects cheaply (docs/bench/dedup.md measures candidates per
// query).
const (
	Bands = 32
	Rows  = 3
	K     = Bands * Rows
)

// Signature is the MinHash signature of a shingle set: for each of K hash
// functions, the minimum over the set's shingles.
type Signature [K]uint32

// seeds are the keys of the K/2 hash functions; each 64-bit hash yields two
// 32-bit MinHash values. Fixed, so signatures are stable across runs.
var seeds = func() (s [K / 2]uint64) {
	x := uint64(0x6a09e667f3bcc908) // SplitMix64 from a fixed start
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix64(x)
	}
	return s
}()

// Sign returns the MinHash signature of a set of shingle fingerprints (see
// Shingles). An empty set has a signature of all 0xffffffff.
func Sign(shingles []uint64) Signature {
	var sig Signature
	for i, s := range seeds {
		// One multiply-xorshift-multiply round per pair of values: h is
		// already a strong hash, so this only has to decorrelate the
		// functions. Seeds outside, shingles inside keeps the minima in
		// registers.
		lo, hi := ^uint32(0), ^uint32(0)
		for _, h := range shingles {
			x := (h ^ s) * 0xbf58476d1ce4e5b9
			x ^= x >> 31
			x *= 0x94d049bb133111eb
			hi = min(hi, uint32(x>>32))
			lo = min(lo, uint32(x))
		}
		sig[2*i], sig[2*i+1] = hi, lo
	}
	return sig
}

// BandKeys returns the Bands LSH keys of the signature for the given level:
// key b hashes rows [b·Rows, (b+1)·Rows) with b and the level, so indexes of
// different levels can share one table and equal rows in different bands do
// not collide.
func (s *Signature) BandKeys(level Level) []uint64 {
	keys := make([]uint64, Bands)
	salt := xxh3.HashString(string(level))
	for b := range keys {
		k := mix64(salt + uint64(b))
		for _, v := range s[b*Rows : (b+1)*Rows] {
			k = mix64(k ^ uint64(v))
		}
		keys[b] = k
	}
	return keys
}
