package rouge

// Porter's suffix-stripping algorithm (M. F. Porter, "An algorithm for
// suffix stripping", Program 14(3), 1980), written from the paper, in the
// variant ROUGE-1.5.5 runs:
//
//   - Step 2 has "bli" -> "ble" in place of the paper's "abli" -> "able",
//     and the extra rule "logi" -> "log" (both from Porter's own later
//     revision of the algorithm).
//   - Step 4 is C.-Y. Lin's 2004 change: the suffixes other than -ment,
//     -ent and -ion are tried first (longest match, removed when m > 1);
//     then -ment; then -ent, or else -ion after s or t. Each later test
//     sees the word as the earlier one left it, so -ement words are not
//     cut twice but "-ments" and "-ent" chains can be.
//
// A consonant is a letter other than a, e, i, o, u, and other than a y
// that follows a consonant; anything that is not a letter counts as a
// consonant. m is the number of vowel-consonant runs in a stem,
// [C](VC)^m[V].

// Stem returns the stem of a lower-case word. Words shorter than three
// bytes are returned unchanged. ROUGE-1.5.5 itself only stems tokens
// longer than three bytes; Tokens applies that rule.
func Stem(word string) string {
	if len(word) < 3 {
		return word
	}
	w := stemmer(word)
	w = w.step1a()
	w = w.step1b()
	w = w.step1c()
	w = w.replaceLongest(step2, 0)
	w = w.replaceLongest(step3, 0)
	w = w.step4()
	w = w.step5()
	return string(w)
}

// stemmer is a word being stemmed.
type stemmer []byte

// consonant reports whether w[i] is a consonant.
func (w stemmer) consonant(i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !w.consonant(i-1)
	}
	return true
}

// measure returns m of the stem w[:n].
func (w stemmer) measure(n int) int {
	i := 0
	for i < n && w.consonant(i) {
		i++
	}
	m := 0
	for i < n {
		for i < n && !w.consonant(i) {
			i++
		}
		if i == n {
			break
		}
		for i < n && w.consonant(i) {
			i++
		}
		m++
	}
	return m
}

// hasVowel reports whether the stem w[:n] contains a vowel (*v*).
func (w stemmer) hasVowel(n int) bool {
	for i := 0; i < n; i++ {
		if !w.consonant(i) {
			return true
		}
	}
	return false
}

// doubleConsonant reports whether the stem w[:n] ends with two equal
// consonants (*d).
func (w stemmer) doubleConsonant(n int) bool {
	return n >= 2 && w[n-1] == w[n-2] && w.consonant(n-1) && w.consonant(n-2)
}

// endsCVC reports whether the stem w[:n] ends consonant-vowel-consonant
// with the last consonant not w, x or y (*o).
func (w stemmer) endsCVC(n int) bool {
	if n < 3 || !w.consonant(n-3) || w.consonant(n-2) || !w.consonant(n-1) {
		return false
	}
	switch w[n-1] {
	case 'w', 'x', 'y':
		return false
	}
	return true
}

func (w stemmer) hasSuffix(s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// step1a removes plurals: sses -> ss, ies -> i, s -> "" (but not ss).
func (w stemmer) step1a() stemmer {
	switch {
	case w.hasSuffix("sses"), w.hasSuffix("ies"):
		return w[:len(w)-2]
	case w.hasSuffix("ss"):
		return w
	case w.hasSuffix("s"):
		return w[:len(w)-1]
	}
	return w
}

// step1b removes -eed, -ed and -ing, then tidies the stem so that
// "hopping" gives "hop" and "hoping" "hope".
func (w stemmer) step1b() stemmer {
	if w.hasSuffix("eed") {
		if w.measure(len(w)-3) > 0 {
			return w[:len(w)-1]
		}
		return w
	}
	var n int
	switch {
	case w.hasSuffix("ed"):
		n = len(w) - 2
	case w.hasSuffix("ing"):
		n = len(w) - 3
	default:
		return w
	}
	if !w.hasVowel(n) {
		return w
	}
	w = w[:n]
	switch {
	case w.hasSuffix("at"), w.hasSuffix("bl"), w.hasSuffix("iz"):
		return append(w, 'e')
	case w.doubleConsonant(n):
		switch w[n-1] {
		case 'l', 's', 'z':
			return w
		}
		return w[:n-1]
	case w.measure(n) == 1 && w.endsCVC(n):
		return append(w, 'e')
	}
	return w
}

// step1c turns a final y into i when the stem has a vowel.
func (w stemmer) step1c() stemmer {
	if w.hasSuffix("y") && w.hasVowel(len(w)-1) {
		w[len(w)-1] = 'i'
	}
	return w
}

// suffixRule replaces a suffix by another.
type suffixRule struct{ suffix, replacement string }

var step2 = []suffixRule{
	{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
	{"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"},
	{"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
	{"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
	{"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
	{"logi", "log"},
}

var step3 = []suffixRule{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
	{"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

// step4a are the suffixes of step 4 tried before -ment, -ent and -ion.
var step4a = []suffixRule{
	{"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""},
	{"able", ""}, {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""},
	{"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""},
}

// replaceLongest applies the rule with the longest suffix of w, if the
// stem left has m > minMeasure; when it has not, no shorter suffix is
// tried.
func (w stemmer) replaceLongest(rules []suffixRule, minMeasure int) stemmer {
	best := -1
	for i, r := range rules {
		if w.hasSuffix(r.suffix) && (best < 0 || len(r.suffix) > len(rules[best].suffix)) {
			best = i
		}
	}
	if best < 0 {
		return w
	}
	n := len(w) - len(rules[best].suffix)
	if w.measure(n) <= minMeasure {
		return w
	}
	return append(w[:n], rules[best].replacement...)
}

// step4 removes suffixes when m > 1, in Lin's order (see above).
func (w stemmer) step4() stemmer {
	w = w.replaceLongest(step4a, 1)
	w = w.replaceLongest([]suffixRule{{"ment", ""}}, 1)
	switch {
	case w.hasSuffix("ent"):
		return w.replaceLongest([]suffixRule{{"ent", ""}}, 1)
	case w.hasSuffix("sion"), w.hasSuffix("tion"):
		return w.replaceLongest([]suffixRule{{"ion", ""}}, 1)
	}
	return w
}

// step5 removes a final e (m > 1, or m = 1 without *o) and turns a final
// ll into l when m > 1.
func (w stemmer) step5() stemmer {
	if w.hasSuffix("e") {
		n := len(w) - 1
		if m := w.measure(n); m > 1 || m == 1 && !w.endsCVC(n) {
			w = w[:n]
		}
	}
	if w.hasSuffix("ll") && w.measure(len(w)) > 1 {
		w = w[:len(w)-1]
	}
	return w
}
