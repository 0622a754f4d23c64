package lang

import "strings"

// PrimaryLanguage returns the primary subtag of a language tag, lower
// case ("en-GB" and "EN_us" give "en", "eng" stays "eng"): two or three
// letters, "" for anything else.
func PrimaryLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 || strings.Trim(tag, "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	return tag
}

// English reports whether a document of language tag is read as English:
// "en" and "eng" with any region, and an unknown language (""), since
// text files and most feeds do not say.
func English(tag string) bool {
	if strings.TrimSpace(tag) == "" {
		return true
	}
	p := PrimaryLanguage(tag)
	return p == "en" || p == "eng"
}
