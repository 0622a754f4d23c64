package lang

import "strings"

// Person names. One rule says whether two names may be one person, for
// every stage that compares names as text (quote groups, the speaker
// filters of the store): stages that know more (titles, roles, gender)
// refine it, never replace it.

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
