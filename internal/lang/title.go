package lang

import (
	"strings"
	"unicode"
)

// Opening is the first n words of text, with " …" when there are more:
// what stands for a title when there is none.
func Opening(text string, n int) string {
	ws := strings.Fields(text)
	if len(ws) <= n {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:n], " ") + " …"
}

// Title is headline, else the headline run into the start of text before
// a time stamp, else the opening words of text after its page furniture
// (see Furniture).
func Title(headline, text string) string {
	if h := strings.TrimSpace(headline); h != "" {
		return h
	}
	cut := Furniture(text)
	if k := HeadlineBefore(text, cut); k > 0 {
		return Opening(text[:k], TitleWords)
	}
	return Opening(text[cut:], TitleWords)
}

// TitleWords is how many opening words stand for a missing title.
const TitleWords = 12

// Shouted reports whether s is written in capitals: it has two letters or
// more and none in lower case ("LIAM DONALDSON", a transcript's speaker
// label or a headline in capitals).
func Shouted(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
