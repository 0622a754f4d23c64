package lang

import (
	"strconv"
	"strings"
)

// Count writes n of a thing in English: "1 post", "2 posts", "0 posts".
// what is the singular of a noun whose plural adds "s".
func Count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// Opening is the first n words of text, with " …" when there are more:
// what stands for a title when there is none.
func Opening(text string, n int) string {
	ws := strings.Fields(text)
	if len(ws) <= n {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:n], " ") + " …"
}

// Title is headline, else the opening words of text.
func Title(headline, text string) string {
	if h := strings.TrimSpace(headline); h != "" {
		return h
	}
	return Opening(text, TitleWords)
}

// TitleWords is how many opening words stand for a missing title.
const TitleWords = 12
