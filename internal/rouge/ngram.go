package rouge

import "encoding/binary"

// N returns ROUGE-N of a peer against references (F with alpha 0.5).
func N(peer []string, refs [][]string, n int) Score {
	return NCounts(peer, refs, n).Score()
}

// NCounts returns the n-gram counts behind ROUGE-N: for each reference,
// the n-grams shared with the peer (each clipped to the smaller of its two
// counts), the reference's n-grams and the peer's n-grams, summed over
// references. With no reference, or n < 1, all counts are 0.
func NCounts(peer []string, refs [][]string, n int) Counts {
	if n < 1 {
		return Counts{}
	}
	var v vocabulary
	p := v.ids(peer)
	rs := make([][]uint32, len(refs))
	for i, r := range refs {
		rs[i] = v.ids(r)
	}
	if n <= packedN {
		return matchGrams(p, rs, n, packedGram)
	}
	return matchGrams(p, rs, n, joinedGram)
}

// vocabulary numbers tokens so that n-grams can be compared as numbers.
type vocabulary map[string]uint32

func (v *vocabulary) ids(tokens []string) []uint32 {
	if *v == nil {
		*v = vocabulary{}
	}
	out := make([]uint32, len(tokens))
	for i, t := range tokens {
		id, ok := (*v)[t]
		if !ok {
			id = uint32(len(*v))
			(*v)[t] = id
		}
		out[i] = id
	}
	return out
}

// packedN is the longest n-gram kept in a fixed-size map key.
const packedN = 4

func packedGram(g []uint32) [packedN]uint32 {
	var k [packedN]uint32
	copy(k[:], g)
	return k
}

// joinedGram keys longer n-grams by their bytes.
func joinedGram(g []uint32) string {
	b := make([]byte, 4*len(g))
	for i, id := range g {
		binary.LittleEndian.PutUint32(b[4*i:], id)
	}
	return string(b)
}

// matchGrams sums clipped n-gram matches and totals over references.
func matchGrams[K comparable](peer []uint32, refs [][]uint32, n int, key func([]uint32) K) Counts {
	peerGrams := countGrams(peer, n, key)
	peerTotal := gramTotal(peer, n)
	var c Counts
	for _, ref := range refs {
		for g, m := range countGrams(ref, n, key) {
			c.Hit += min(m, peerGrams[g])
		}
		c.Model += gramTotal(ref, n)
		c.Peer += peerTotal
	}
	return c
}

func countGrams[K comparable](ids []uint32, n int, key func([]uint32) K) map[K]int {
	grams := make(map[K]int, gramTotal(ids, n))
	for i := 0; i+n <= len(ids); i++ {
		grams[key(ids[i:i+n])]++
	}
	return grams
}

func gramTotal(ids []uint32, n int) int {
	return max(len(ids)-n+1, 0)
}
