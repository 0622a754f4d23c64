package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentence bounds the tokens given to the tagger at once; longer runs
// (lists, tables, text without punctuation) are cut.
const maxSentence = 120

// sentenceBounds splits tokens into sentences, returned as [start, end)
// token index pairs: after . ? ! (and closing quotes or brackets) when the
// next token does not start lower case, at blank lines, and before
// bullets.
func sentenceBounds(text string, toks []Token) [][2]int {
	var out [][2]int
	start := 0
	cut := func(end int) {
		if end > start {
			out = append(out, [2]int{start, end})
		}
		start = end
	}
	for i := range toks {
		if i > start {
			gap := text[toks[i-1].End:toks[i].Start]
			if strings.Count(gap, "\n") >= 2 || (strings.Contains(gap, "\n") && (endsSentence(toks[i-1].Text) || isBullet(toks[i].Text))) || isBullet(toks[i].Text) {
				cut(i)
			}
		}
		if i-start >= maxSentence {
			cut(i)
		}
		if !endsSentence(toks[i].Text) {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(toks[j].Text)
		if unicode.IsLower(r) {
			continue
		}
		cut(j)
	}
	cut(len(toks))
	return out
}

func endsSentence(s string) bool {
	switch s {
	case ".", "?", "!", "...", "…", "?!", "!!", "??":
		return true
	}
	return strings.Trim(s, ".?!") == "" && s != ""
}

func isCloser(s string) bool {
	switch s {
	case `"`, "'", "\u201d", "\u2019", ")", "]", "}", "\u00bb":
		return true
	}
	return false
}

func isBullet(s string) bool {
	switch s {
	case "\u2022", "\u25cf", "\u25aa", "\u2023", "\u25e6":
		return true
	}
	return false
}
