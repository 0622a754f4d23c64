package rouge

// L returns ROUGE-L of a peer against references, both given sentence by
// sentence as Sentences returns them (F with alpha 0.5).
func L(peer [][]string, refs [][][]string) Score {
	return LCounts(peer, refs).Score()
}

// LCounts returns the counts behind ROUGE-L, summed over references as
// NCounts does. For each reference sentence, the tokens on a longest
// common subsequence with any peer sentence are marked (the union LCS);
// a marked token is a hit while both the reference and the peer still
// have an unused occurrence of it, so that no token is credited more often
// than it occurs (ROUGE-1.5.5's clipping). Model counts the reference's
// tokens, Peer the peer's tokens once per reference.
func LCounts(peer [][]string, refs [][][]string) Counts {
	var v vocabulary
	p := make([][]uint32, len(peer))
	peerUnigrams := map[uint32]int{}
	peerTotal := 0
	for i, s := range peer {
		p[i] = v.ids(s)
		for _, id := range p[i] {
			peerUnigrams[id]++
		}
		peerTotal += len(s)
	}
	var c Counts
	var table lcsTable
	for _, ref := range refs {
		sentences := make([][]uint32, len(ref))
		refUnigrams := map[uint32]int{}
		for i, s := range ref {
			sentences[i] = v.ids(s)
			for _, id := range sentences[i] {
				refUnigrams[id]++
			}
			c.Model += len(s)
		}
		peerLeft := make(map[uint32]int, len(peerUnigrams))
		for id, n := range peerUnigrams {
			peerLeft[id] = n
		}
		for _, s := range sentences {
			hits := make([]bool, len(s))
			for _, ps := range p {
				table.mark(s, ps, hits)
			}
			for j, hit := range hits {
				if id := s[j]; hit && refUnigrams[id] > 0 && peerLeft[id] > 0 {
					c.Hit++
					refUnigrams[id]--
					peerLeft[id]--
				}
			}
		}
		c.Peer += peerTotal
	}
	return c
}

// lcsTable is the dynamic-programming table of one LCS computation, kept
// to be reused.
type lcsTable []int32

// mark sets hits[i] for every token model[i] on the longest common
// subsequence of model and peer that ROUGE-1.5.5's back-trace picks: a
// diagonal step wherever the tokens are equal, otherwise up (dropping a
// model token) when that keeps as long a subsequence, else left.
func (t *lcsTable) mark(model, peer []uint32, hits []bool) {
	m, n := len(model), len(peer)
	if m == 0 || n == 0 {
		return
	}
	w := n + 1
	if cap(*t) < (m+1)*w {
		*t = make(lcsTable, (m+1)*w)
	}
	c := (*t)[:(m+1)*w]
	clear(c[:w])
	for i := 1; i <= m; i++ {
		row, prev := c[i*w:(i+1)*w], c[(i-1)*w:i*w]
		row[0] = 0
		for j := 1; j <= n; j++ {
			switch {
			case model[i-1] == peer[j-1]:
				row[j] = prev[j-1] + 1
			case prev[j] >= row[j-1]:
				row[j] = prev[j]
			default:
				row[j] = row[j-1]
			}
		}
	}
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case model[i-1] == peer[j-1]:
			i--
			j--
			hits[i] = true
		case c[(i-1)*w+j] >= c[i*w+j-1]:
			i--
		default:
			j--
		}
	}
}
