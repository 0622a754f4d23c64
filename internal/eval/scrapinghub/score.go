package scrapinghub

import (
	"regexp"
	"strings"
)

// tokenRE is Python's re `\w+` on str: letters, digits and other numeric
// characters, and the underscore. Python's \w does not include combining
// marks, so neither does this.
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

const shingleSize = 4

// shingles returns the multiset of 4-token shingles of text, as the
// benchmark's evaluate.py builds it: a text with fewer than four tokens
// gives one shorter shingle, an empty text none.
func shingles(text string) map[string]int {
	tokens := tokenRE.FindAllString(text, -1)
	out := make(map[string]int)
	n := max(1, len(tokens)-shingleSize+1)
	for i := 0; i < n; i++ {
		end := min(i+shingleSize, len(tokens))
		if i >= end {
			break
		}
		// \x00 cannot occur inside a token, so joined keys are unambiguous.
		out[strings.Join(tokens[i:end], "\x00")]++
	}
	return out
}

// counts is one page's shingle match, normalised so that its parts sum to 1
// (or all zero when both texts are empty), so every page weighs the same.
type counts struct{ tp, fp, fn float64 }

func match(truth, pred string) counts {
	ts, ps := shingles(truth), shingles(pred)
	var c counts
	for k, t := range ts {
		p := ps[k]
		c.tp += float64(min(t, p))
		c.fn += float64(max(0, t-p))
	}
	for k, p := range ps {
		c.fp += float64(max(0, p-ts[k]))
	}
	if s := c.tp + c.fp + c.fn; s > 0 {
		c.tp, c.fp, c.fn = c.tp/s, c.fp/s, c.fn/s
	}
	return c
}

func (c counts) precision() float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fp == 0:
		return 0
	}
	return c.tp / (c.tp + c.fp)
}

func (c counts) recall() float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fn == 0:
		return 0
	}
	return c.tp / (c.tp + c.fn)
}

// scores averages precision over the pages with a prediction and recall over
// the pages with a truth (as evaluate.py does), and returns F1 as the
// harmonic mean of the two means.
func scores(pages []counts) (p, r, f1 float64) {
	var np, nr int
	for _, c := range pages {
		if c.tp+c.fp > 0 {
			p += c.precision()
			np++
		}
		if c.tp+c.fn > 0 {
			r += c.recall()
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
