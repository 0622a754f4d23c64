package lang

import (
	"slices"
	"strings"
)

// Person names. One rule says whether two names may be one person, for
// every stage that compares names as text: PersonKey (entity merging and
// the names of a document), SameGivenName (the quote speakers of a
// document) and SamePerson (quote groups, the speaker filters of the
// store). Stages that know more (titles, roles, gender) refine them,
// never replace them.

// SurnameKey is the form a surname is compared in: lower case, without a
// possessive or a final full stop, and without an Arabic article
// ("al-Assad" is "assad").
func SurnameKey(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "’s")
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return rest
		}
	}
	return w
}

// SamePerson reports whether two names may name one person: the same
// surname (SurnameKey of the last word), and every other word of the
// shorter name a word of the longer ("Kerry", "John Kerry" and "John
// Forbes Kerry" are one; "Bill Clinton" and "Hillary Clinton" are not).
// Case does not count. An empty name is no one.
func SamePerson(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if SurnameKey(fa[len(fa)-1]) != SurnameKey(fb[len(fb)-1]) {
		return false
	}
	for _, w := range fa[:len(fa)-1] {
		found := false
		for _, v := range fb[:len(fb)-1] {
			if strings.EqualFold(strings.TrimSuffix(w, "."), strings.TrimSuffix(v, ".")) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nameMarks are dropped from names before folding (built once: a
// replacer is costly to build and keys are made for every mention).
var nameMarks = strings.NewReplacer("-", " ", ".", " ", ",", " ", "'", "", "\u2019", "", "\u2018", "")

// PersonKeyVersion numbers the rules of PersonKey (see there).
const PersonKeyVersion = 2

// PersonKey folds a person's name into the key that decides, for every
// stage, whether two written names are one name: lower case; honorifics,
// particles (al-, bin, de …), middle initials, dots and hyphens dropped;
// a given name's short form as its full name ("Joe Biden" is "joseph
// biden"); common transliteration variants made equal (Sergei/Sergey,
// Mohammed/Mohamed). A generational suffix ("Jr.", "III") is kept, just
// before the surname, so that the key's last word is always the surname
// ("Joseph R. Biden Jr." is "joseph jr biden") and a son is not his
// father.
//
// Stores keep these keys: change PersonKeyVersion whenever a change makes
// PersonKey give another key for some name, so that they are made anew.
func PersonKey(name string) string {
	name = nameMarks.Replace(strings.ToLower(name))
	var out []string
	suffix := ""
	words := strings.Fields(name)
	for i, w := range words {
		switch {
		case honorifics[w] || particles[w]:
			continue
		case i > 0 && suffixes[w]:
			suffix = w
			continue
		case i > 0 && i < len(words)-1 && len([]rune(w)) == 1:
			continue // a middle initial: George W Bush is George Bush
		}
		out = append(out, w)
	}
	for i, w := range out {
		if i == 0 && len(out) >= 2 {
			out[i] = GivenName(w)
		} else {
			out[i] = foldLetters(w)
		}
	}
	if suffix != "" && len(out) >= 2 {
		out = append(out[:len(out)-1], suffix, out[len(out)-1])
	}
	return strings.Join(out, " ")
}

// MiddleInitials returns the middle initials of a written name, upper
// case and without dots ("George H.W. Bush" and "George H. W. Bush" give
// "HW", "John S. McCain" "S", "John McCain" ""): the letters PersonKey
// drops. They are the initials just before the surname (the last word,
// after a generational suffix is set aside), with a given name before
// them: "U.S." in "former U.S. President Bill Clinton" is none. Two names
// of one key with different initials name two people (a father and a
// son); one without initials may be either.
func MiddleInitials(name string) string {
	words := strings.Fields(name)
	if n := len(words); n > 0 && suffixes[strings.ToLower(strings.Trim(words[n-1], ",."))] {
		words = words[:n-1]
	}
	var parts []string
	i := len(words) - 2
	for ; i >= 1; i-- {
		letters, ok := initialLetters(strings.TrimRight(words[i], ","))
		if !ok {
			break
		}
		parts = append(parts, letters)
	}
	if len(parts) == 0 || i < 0 {
		return ""
	}
	slices.Reverse(parts)
	return strings.Join(parts, "")
}

// Initials reports whether w is one or more capital initials: "C", "C.",
// "P.J", "H.W.".
func Initials(w string) bool {
	_, ok := initialLetters(w)
	return ok
}

// initialLetters returns the letters of w when w is one or more initials
// ("W", "W.", "H.W.").
func initialLetters(w string) (string, bool) {
	var out []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if i+1 < len(w) && w[i+1] != '.' {
				return "", false // a word, not an initial
			}
			out = append(out, c)
		case c == '.' && i > 0:
		default:
			return "", false
		}
	}
	return string(out), len(out) > 0
}

// KeyWithoutSuffix is a PersonKey without its generational suffix, and
// the suffix ("joseph jr biden" is "joseph biden", "jr").
func KeyWithoutSuffix(key string) (base, suffix string) {
	ws := strings.Fields(key)
	if len(ws) >= 3 && suffixes[ws[len(ws)-2]] {
		return strings.Join(append(ws[:len(ws)-2:len(ws)-2], ws[len(ws)-1]), " "), ws[len(ws)-2]
	}
	return key, ""
}

// foldLetters maps y to i, kh to h and doubled letters to one.
func foldLetters(w string) string {
	w = strings.ReplaceAll(w, "kh", "h")
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r == 'y' {
			r = 'i'
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
