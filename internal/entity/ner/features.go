package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. A feature is the FNV-1a hash of its template byte and
// its value(s); the model keeps a weight row only for features seen in
// training. Changing a template or its value invalidates trained models:
// bump FeatureVersion.
const (
	fBias byte = iota + 1
	fForm
	fLower
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fBigramM
	fBigramP
	fShape
	fShort
	fShortM1
	fShortP1
	fShort3
	fPrefix // + length 1..4
	fSuffix = fPrefix + 4
	fCap    = fSuffix + 4
	fCapCtx = fCap + 1
	fClust  = fCapCtx + 1 // + granularity
	fClustM1
	fClustP1
	fGaz
	fGazM1
	fGazP1
	fDocCase
	fHist
	fHistLower
	fAllCaps
	fFormM1
	fFormP1
	fClustLower
	fTitleM1
)

// FeatureVersion identifies the feature set a model was trained with.
const FeatureVersion = 3

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * prime64
}

func f1(t byte, s string) uint64 { return hashStr(hashByte(offset64, t), s) }

func f2(t byte, a, b string) uint64 {
	return hashStr(hashByte(hashStr(hashByte(offset64, t), a), 0xff), b)
}

func f3(t byte, a, b, c string) uint64 {
	return hashStr(hashByte(f2(t, a, b), 0xff), c)
}

func fn(t byte, n ...byte) uint64 {
	h := hashByte(offset64, t)
	for _, b := range n {
		h = hashByte(h, b)
	}
	return h
}

// WordKey is the hash under which clusters and gazetteer entries are stored
// for a word (its normalised lower-case form).
func WordKey(lower string) uint64 { return hashStr(offset64, lower) }

// capitalisation classes
const (
	capNone  byte = iota // no letters
	capLower             // all lower case
	capInit              // Xxxx
	capAll               // XXXX (two letters or more)
	capOne               // X
	capMixed             // McDonald, iPhone
)

// tok is a token with everything the features need, computed once.
type tok struct {
	form  string // normalised (ASCII quotes and dashes)
	lower string // lower case, digits mapped to 0
	shape string
	short string
	cap   byte
	cl    [nGran]uint16 // cluster ids + 1; 0 = unknown word
	gaz   [nTypes]byte  // per type, bit set of gazetteer positions (gazB, gazI, gazL, gazU)
}

const (
	gazB = 1 << iota
	gazI
	gazL
	gazU
)

// Normalize maps typographic variants to the ASCII forms the training data
// uses, so that curly quotes and dashes in web text look like Reuters.
func Normalize(s string) string {
	if isASCII(s) {
		switch s {
		case "``", "''":
			return `"`
		case "-LRB-":
			return "("
		case "-RRB-":
			return ")"
		case "-LSB-":
			return "["
		case "-RSB-":
			return "]"
		}
		return s
	}
	return typo.Replace(s)
}

var typo = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2013", "-", "\u2014", "--", "\u2212", "-", "\u00a0", " ", "\u2026", "...",
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerForm lower-cases s and maps every digit to 0.
func lowerForm(s string) string {
	ascii, plain := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if ('A' <= c && c <= 'Z') || ('1' <= c && c <= '9') {
			plain = false
		}
	}
	if ascii {
		if plain {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '1' <= c && c <= '9':
				c = '0'
			}
			b[i] = c
		}
		return string(b)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return unicode.ToLower(r)
	}, s)
}

// shapes returns the word shape with runs capped at three (Xxxx, dd.dd)
// and the short shape with every run collapsed (Xx, d.d).
func shapes(s string) (shape, short string, class byte) {
	var full, sh [24]byte
	nf, ns := 0, 0
	var last byte
	run := 0
	upper, lower := 0, 0
	firstUpper := false
	for i, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			if i == 0 {
				firstUpper = true
			}
		case unicode.IsLower(r):
			c = 'x'
			lower++
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '?'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		if run <= 3 && nf < len(full) {
			full[nf] = c
			nf++
		}
		if run == 1 && ns < len(sh) {
			sh[ns] = c
			ns++
		}
		last = c
	}
	switch {
	case upper == 0 && lower == 0:
		class = capNone
	case upper == 0:
		class = capLower
	case lower == 0 && upper == 1:
		class = capOne
	case lower == 0:
		class = capAll
	case firstUpper && upper == 1:
		class = capInit
	default:
		class = capMixed
	}
	return internShape(full[:nf]), internShape(sh[:ns]), class
}

// shapeCache avoids allocating the common shapes; it is filled at package
// initialisation and only read afterwards.
var shapeCache = func() map[string]string {
	m := make(map[string]string)
	for _, s := range []string{"x", "xx", "xxx", "X", "Xx", "Xxx", "Xxxx", "XX", "XXX", "d", "dd", "ddd",
		"Xx", "X.", "X.X.", ",", ".", "\"", "'", "(", ")", "-", ":", ";", "x-x", "xxx-xxx", "Xxx-Xxx", "dd.dd", "d.d", "'x", "ddd,ddd"} {
		m[s] = s
	}
	return m
}()

func internShape(b []byte) string {
	if s, ok := shapeCache[string(b)]; ok {
		return s
	}
	return string(b)
}

// affixes returns the byte offsets of the first and last four rune
// boundaries of s.
func affixes(s string) (pre, suf [4]int, n int) {
	i := 0
	for k := 0; k < 4 && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
		pre[k] = i
		n++
	}
	j := len(s)
	for k := 0; k < 4 && j > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:j])
		j -= w
		suf[k] = j
	}
	return pre, suf, n
}

// docInfo is what the features know about the whole document.
type docInfo struct {
	lowerMid map[string]bool // lower-case form seen in lower case, not sentence-initial
	capMid   map[string]bool // seen capitalised, not sentence-initial, in a mixed-case sentence
	hist     map[string][nTypes]uint16
	histLow  map[string][nTypes]uint16
}

func newDocInfo() *docInfo {
	return &docInfo{
		lowerMid: make(map[string]bool),
		capMid:   make(map[string]bool),
		hist:     make(map[string][nTypes]uint16),
		histLow:  make(map[string][nTypes]uint16),
	}
}

func (d *docInfo) reset() {
	clear(d.lowerMid)
	clear(d.capMid)
	clear(d.hist)
	clear(d.histLow)
}

// scan records the capitalisation of every word of a sentence.
func (d *docInfo) scan(sent []tok) {
	allCaps := isAllCaps(sent)
	for i := 1; i < len(sent); i++ {
		t := &sent[i]
		switch t.cap {
		case capLower:
			d.lowerMid[t.lower] = true
		case capInit, capMixed:
			if !allCaps {
				d.capMid[t.lower] = true
			}
		}
	}
}

// record adds the types a sentence was given to the history.
func (d *docInfo) record(sent []tok, types []uint8) {
	for i := range sent {
		t := &sent[i]
		if t.cap == capLower || t.cap == capNone {
			continue
		}
		h := d.hist[t.form]
		h[types[i]]++
		d.hist[t.form] = h
		hl := d.histLow[t.lower]
		hl[types[i]]++
		d.histLow[t.lower] = hl
	}
}

func isAllCaps(sent []tok) bool {
	n := 0
	for i := range sent {
		switch sent[i].cap {
		case capLower, capInit, capMixed:
			if len(sent[i].lower) > 1 {
				return false
			}
		case capAll:
			n++
		}
	}
	return n >= 2
}

// histFeature names the majority type in a history entry: "" when the
// entry is empty, else the type letter, lower case when O outweighed it.
func histFeature(h [nTypes]uint16, ok bool) byte {
	if !ok {
		return 0
	}
	best, bn := 0, uint16(0)
	for t := 1; t < nTypes; t++ {
		if h[t] > bn {
			best, bn = t, h[t]
		}
	}
	if bn == 0 {
		return 'o'
	}
	c := "?PLOM"[best]
	if h[0] > bn {
		c += 'a' - 'A'
	}
	return c
}

var padTok = tok{form: "<s>", lower: "<s>", shape: "<s>", short: "<s>", cap: capNone}
var endTok = tok{form: "</s>", lower: "</s>", shape: "</s>", short: "</s>", cap: capNone}

// features appends the feature hashes of token i of sent to buf.
func features(buf []uint64, sent []tok, i int, allCaps bool, d *docInfo) []uint64 {
	at := func(j int) *tok {
		switch {
		case j < 0:
			return &padTok
		case j >= len(sent):
			return &endTok
		}
		return &sent[j]
	}
	t, p1, m1, p2, m2 := &sent[i], at(i+1), at(i-1), at(i+2), at(i-2)

	buf = append(buf,
		f1(fBias, ""),
		f1(fForm, t.form),
		f1(fLower, t.lower),
		f1(fLowerM1, m1.lower),
		f1(fLowerP1, p1.lower),
		f1(fLowerM2, m2.lower),
		f1(fLowerP2, p2.lower),
		f2(fBigramM, m1.lower, t.lower),
		f2(fBigramP, t.lower, p1.lower),
		f1(fShape, t.shape),
		f1(fShort, t.short),
		f1(fShortM1, m1.short),
		f1(fShortP1, p1.short),
		f3(fShort3, m1.short, t.short, p1.short),
		f1(fFormM1, m1.form),
		f1(fFormP1, p1.form),
	)
	pre, suf, n := affixes(t.lower)
	for k := 0; k < n; k++ {
		buf = append(buf, f1(fPrefix+byte(k), t.lower[:pre[k]]), f1(fSuffix+byte(k), t.lower[suf[k]:]))
	}
	first := byte(0)
	if i == 0 || (i == 1 && m1.cap == capNone) {
		first = 1
	}
	ac := byte(0)
	if allCaps {
		ac = 1
		buf = append(buf, f1(fAllCaps, t.lower))
	}
	buf = append(buf, fn(fCap, t.cap, first, ac), fn(fCapCtx, m1.cap, t.cap, p1.cap, ac))
	for g := 0; g < nGran; g++ {
		if t.cl[g] != 0 {
			buf = append(buf, fn(fClust+byte(g), byte(t.cl[g]), byte(t.cl[g]>>8)))
			buf = append(buf, fn(fClustLower, byte(g), byte(t.cl[g]), byte(t.cl[g]>>8), t.cap, first))
		}
	}
	if m1.cl[1] != 0 {
		buf = append(buf, fn(fClustM1, byte(m1.cl[1]), byte(m1.cl[1]>>8)))
	}
	if p1.cl[1] != 0 {
		buf = append(buf, fn(fClustP1, byte(p1.cl[1]), byte(p1.cl[1]>>8)))
	}
	for ty := 1; ty < nTypes; ty++ {
		if g := t.gaz[ty]; g != 0 {
			buf = append(buf, fn(fGaz, byte(ty), g), fn(fGaz, byte(ty), 0, t.cap))
		}
		if g := m1.gaz[ty]; g != 0 {
			buf = append(buf, fn(fGazM1, byte(ty), g))
		}
		if g := p1.gaz[ty]; g != 0 {
			buf = append(buf, fn(fGazP1, byte(ty), g))
		}
	}
	if d != nil && t.cap != capLower && t.cap != capNone {
		var dc byte
		if d.lowerMid[t.lower] {
			dc |= 1
		}
		if d.capMid[t.lower] {
			dc |= 2
		}
		buf = append(buf, fn(fDocCase, dc, first, ac))
		if h := histFeature(lookup(d.hist, t.form)); h != 0 {
			buf = append(buf, fn(fHist, h))
		}
		if h := histFeature(lookup(d.histLow, t.lower)); h != 0 {
			buf = append(buf, fn(fHistLower, h, ac))
		}
	}
	return buf
}

func lookup(m map[string][nTypes]uint16, k string) ([nTypes]uint16, bool) {
	h, ok := m[k]
	return h, ok
}
