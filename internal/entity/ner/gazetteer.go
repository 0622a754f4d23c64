package ner

// Gazetteer maps lower-case token sequences (as hashes, see seqKey) to the
// set of entity types (bit 1<<type) they were labelled with in training.
type Gazetteer map[uint64]uint8

// gazMaxLen bounds the entries and the lookups.
const gazMaxLen = 6

// seqKey hashes tokens[i:j] joined by single spaces.
func seqKey(h uint64, k int, lower string) uint64 {
	if k > 0 {
		h = hashByte(h, ' ')
	}
	return hashStr(h, lower)
}

// Add records an entity of type typ (1..4) spanning the given words.
func (g Gazetteer) Add(words []string, typ uint8) {
	if len(words) == 0 || len(words) > gazMaxLen || typ == 0 {
		return
	}
	// A single word is only useful as an entry when it was capitalised:
	// lower-case words ("minister", "german") say nothing the word
	// features do not.
	if len(words) == 1 {
		_, _, c := shapes(Normalize(words[0]))
		if c == capLower || c == capNone {
			return
		}
	}
	h := uint64(offset64)
	for k, w := range words {
		h = seqKey(h, k, lowerForm(Normalize(w)))
	}
	g[h] |= 1 << typ
}

// mark sets the gazetteer position bits of every token of sent covered by
// an entry; lookup returns the type mask of a sequence key.
func mark(sent []tok, lookup func(uint64) uint8) {
	for i := range sent {
		h := uint64(offset64)
		for j := i; j < len(sent) && j-i < gazMaxLen; j++ {
			h = seqKey(h, j-i, sent[j].lower)
			m := lookup(h)
			if m == 0 {
				continue
			}
			for ty := 1; ty < nTypes; ty++ {
				if m&(1<<ty) == 0 {
					continue
				}
				if j == i {
					sent[i].gaz[ty] |= gazU
					continue
				}
				sent[i].gaz[ty] |= gazB
				for k := i + 1; k < j; k++ {
					sent[k].gaz[ty] |= gazI
				}
				sent[j].gaz[ty] |= gazL
			}
		}
	}
}
