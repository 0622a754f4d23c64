package guard

import (
	"unicode/utf8"
)

// sampleBytes is the size of each part of a text the detector looks at: the
// start, the middle and the end, so that garbage after a text-like header
// is found without reading megabytes.
const sampleBytes = 4096

// Binary reports whether b, text already decoded to UTF-8 as far as its
// encoding allows, is binary data rather than text (see BinaryString).
func Binary(b []byte) bool {
	for _, w := range samples(len(b)) {
		if binarySample(string(b[w[0]:w[1]])) {
			return true
		}
	}
	return false
}

// BinaryString reports whether s is binary data rather than text: in any
// of the parts looked at, more than 1% NUL characters, more than 5%
// control characters (C0 other than tab, line ends and form feed; DEL;
// C1), or more than a quarter of characters that are not UTF-8 or were
// replaced as such (U+FFFD). A Western page in a legacy encoding read as
// UTF-8 has a few percent of those; text in UTF-16 read as bytes is half
// NULs; random bytes have about 12% controls whatever they are read as.
func BinaryString(s string) bool {
	for _, w := range samples(len(s)) {
		if binarySample(s[w[0]:w[1]]) {
			return true
		}
	}
	return false
}

// samples returns the byte ranges looked at in a text of n bytes.
func samples(n int) [][2]int {
	if n <= 3*sampleBytes {
		return [][2]int{{0, n}}
	}
	mid := n/2 - sampleBytes/2
	return [][2]int{{0, sampleBytes}, {mid, mid + sampleBytes}, {n - sampleBytes, n}}
}

func binarySample(s string) bool {
	var runes, nul, ctl, bad int
	// A range cut inside a character is not bad text.
	for len(s) > 0 && !utf8.RuneStart(s[0]) {
		s = s[1:]
	}
	for _, r := range s {
		runes++
		switch {
		case r == 0:
			nul++
		case r < 0x20:
			if r != '\t' && r != '\n' && r != '\r' && r != '\f' {
				ctl++
			}
		case r >= 0x7f && r <= 0x9f:
			ctl++
		case r == utf8.RuneError:
			bad++
		}
	}
	return nul*100 > runes || (nul+ctl)*20 > runes || bad*4 > runes
}
