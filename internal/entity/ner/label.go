package ner

import "strings"

// Types are the entity types, in label order. Index 0 of a type array is
// "no entity".
var Types = [...]string{"", "PER", "ORG", "LOC", "MISC"}

const nTypes = len(Types)

// Scheme is how entity spans are encoded as one label per token.
//
// Internally the model may use BILOU (Begin, Inside, Last, Unit, Outside),
// which Ratinov & Roth found to beat IOB2 for the same features; Tag always
// returns IOB2.
type Scheme uint8

const (
	IOB2  Scheme = 1
	BILOU Scheme = 2
)

// label positions
const (
	posO = iota
	posB
	posI
	posL
	posU
)

// labelSet maps label indexes to (position, type) pairs.
type labelSet struct {
	scheme Scheme
	pos    []uint8
	typ    []uint8
	// allowed[prev+1][cur] says whether cur may follow prev (prev -1 =
	// sentence start); final[l] whether a sentence may end with l.
	allowed [][]bool
	final   []bool
	prevs   [][]int // prevs[cur]: the labels that may precede cur
}

func newLabelSet(s Scheme) *labelSet {
	ls := &labelSet{scheme: s}
	ls.pos = append(ls.pos, posO)
	ls.typ = append(ls.typ, 0)
	positions := []uint8{posB, posI}
	if s == BILOU {
		positions = []uint8{posB, posI, posL, posU}
	}
	for t := 1; t < nTypes; t++ {
		for _, p := range positions {
			ls.pos = append(ls.pos, p)
			ls.typ = append(ls.typ, uint8(t))
		}
	}
	n := len(ls.pos)
	// open reports whether a label leaves an entity open (the next label
	// must continue it).
	open := func(l int) bool {
		if s == IOB2 {
			return false
		}
		return ls.pos[l] == posB || ls.pos[l] == posI
	}
	cont := func(l int) bool { return ls.pos[l] == posI || ls.pos[l] == posL }
	ls.allowed = make([][]bool, n+1)
	for prev := -1; prev < n; prev++ {
		row := make([]bool, n)
		for cur := 0; cur < n; cur++ {
			switch {
			case prev >= 0 && open(prev):
				row[cur] = cont(cur) && ls.typ[cur] == ls.typ[prev]
			case cont(cur):
				// IOB2: I-T continues B-T or I-T of the same type.
				row[cur] = s == IOB2 && prev >= 0 && ls.typ[prev] == ls.typ[cur] && ls.pos[prev] != posO
			default:
				row[cur] = true
			}
		}
		ls.allowed[prev+1] = row
	}
	ls.prevs = make([][]int, n)
	for cur := 0; cur < n; cur++ {
		for prev := 0; prev < n; prev++ {
			if ls.allowed[prev+1][cur] {
				ls.prevs[cur] = append(ls.prevs[cur], prev)
			}
		}
	}
	ls.final = make([]bool, n)
	for l := 0; l < n; l++ {
		ls.final[l] = !open(l)
	}
	return ls
}

func (ls *labelSet) n() int { return len(ls.pos) }

// encode turns IOB2 tags (or IOB1, or bare types) into label indexes.
func (ls *labelSet) encode(tags []string) []int {
	types := make([]uint8, len(tags))
	begin := make([]bool, len(tags))
	for i, t := range tags {
		prefix, typ, ok := strings.Cut(t, "-")
		if !ok {
			typ, prefix = t, "I"
		}
		types[i] = typeIndex(typ)
		begin[i] = prefix == "B" || i == 0 || types[i-1] != types[i]
	}
	out := make([]int, len(tags))
	for i := range tags {
		t := types[i]
		if t == 0 {
			out[i] = 0
			continue
		}
		last := i+1 == len(tags) || types[i+1] != t || begin[i+1]
		p := posI
		switch {
		case ls.scheme == BILOU && begin[i] && last:
			p = posU
		case begin[i]:
			p = posB
		case ls.scheme == BILOU && last:
			p = posL
		}
		out[i] = ls.index(p, int(t))
	}
	return out
}

func (ls *labelSet) index(pos, typ int) int {
	for l := range ls.pos {
		if int(ls.pos[l]) == pos && int(ls.typ[l]) == typ {
			return l
		}
	}
	return 0
}

// iob2 renders label indexes as IOB2 tags.
func (ls *labelSet) iob2(labels []int, out []string) []string {
	out = out[:0]
	for _, l := range labels {
		t := ls.typ[l]
		switch {
		case t == 0:
			out = append(out, "O")
		case ls.pos[l] == posB || ls.pos[l] == posU:
			out = append(out, bTags[t])
		default:
			out = append(out, iTags[t])
		}
	}
	return out
}

var (
	bTags = [...]string{"O", "B-PER", "B-ORG", "B-LOC", "B-MISC"}
	iTags = [...]string{"O", "I-PER", "I-ORG", "I-LOC", "I-MISC"}
)

func typeIndex(s string) uint8 {
	for i := 1; i < nTypes; i++ {
		if Types[i] == s {
			return uint8(i)
		}
	}
	return 0
}
