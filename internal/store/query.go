package store

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Query limits. The cost of a full-text query grows with its terms (two
// thousand words took half a minute, twenty thousand never finished), so
// a query is refused above these, after repeated terms are dropped.
const (
	MaxQueryBytes = 1000
	MaxQueryWords = 64 // words of distinct terms, a phrase's each counted
)

// Term is one element of a parsed search query: a word, a prefix or a
// phrase, possibly negated, joined to the term before it by AND (the
// default) or OR.
type Term struct {
	Words  []string // one word, or a phrase of several
	Prefix bool     // the last word matches as a prefix ("bomb*")
	Not    bool     // the term must not match
	Or     bool     // joined to the previous term by OR rather than AND
}

// ParseQuery parses the search syntax every backend understands: bare
// words must all match; "a phrase" matches words in order; OR between two
// terms matches either; -word or NOT word excludes; word* is a prefix.
// Punctuation inside words only separates them, so no input can break a
// backend's own query parser, except that an acronym ("F.B.I.") is one
// word of its letters (see Words). A term repeated among terms joined by
// AND, or a repeated OR alternative, is dropped. A query with no words to
// search for (only exclusions, or no letters or digits), longer than
// MaxQueryBytes or with more than MaxQueryWords words is an error
// wrapping ErrBadQuery.
func ParseQuery(q string) ([]Term, error) {
	if len(q) > MaxQueryBytes {
		return nil, fmt.Errorf("%w: the query is %d bytes long, at most %d", ErrBadQuery, len(q), MaxQueryBytes)
	}
	var terms []Term
	var not, or bool
	add := func(t Term) {
		if len(t.Words) == 0 {
			return
		}
		t.Not, t.Or = not, or && len(terms) > 0 && !not
		not, or = false, false
		terms = append(terms, t)
	}
	rs := []rune(q)
	for i := 0; i < len(rs); {
		switch r := rs[i]; {
		case unicode.IsSpace(r):
			i++
		case r == '"' || r == '“' || r == '”':
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' && rs[j] != '“' {
				j++
			}
			add(Term{Words: Words(string(rs[i+1 : min(j, len(rs))]))})
			i = j + 1
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) {
				j++
			}
			tok := string(rs[i:j])
			i = j
			switch {
			case tok == "OR":
				or = true
			case tok == "AND":
			case tok == "NOT":
				not = true
			case strings.HasPrefix(tok, "-") && len(tok) > 1:
				not = true
				add(Term{Words: Words(tok[1:])})
			default:
				// "U.S." or "al-Assad" is one term of several words
				add(Term{Words: Words(tok), Prefix: strings.HasSuffix(tok, "*")})
			}
		}
	}
	positive := false
	for _, t := range terms {
		positive = positive || !t.Not
	}
	switch {
	case len(terms) == 0:
		return nil, fmt.Errorf("%w: no words to search for in %q", ErrBadQuery, q)
	case !positive:
		return nil, fmt.Errorf("%w: %q only excludes words (-word, NOT word): give a word to search for", ErrBadQuery, q)
	}
	terms = dedup(terms)
	words := 0
	for _, t := range terms {
		words += len(t.Words)
	}
	if words > MaxQueryWords {
		return nil, fmt.Errorf("%w: the query has %d distinct words, at most %d", ErrBadQuery, words, MaxQueryWords)
	}
	return terms, nil
}

// dedup drops a term repeated in its group (terms joined by AND; OR
// starts a new group) and a group with the terms of an earlier one:
// "a a OR a" is "a", and "a b OR b a" is "a b".
func dedup(terms []Term) []Term {
	var out, group []Term
	var keys []string
	groups := map[string]bool{}
	flush := func() {
		slices.Sort(keys)
		if k := strings.Join(keys, "\x00"); !groups[k] {
			groups[k] = true
			out = append(out, group...)
		}
		group, keys = nil, nil
	}
	for _, t := range terms {
		if t.Or {
			flush()
		}
		k := fmt.Sprintf("%t %t %s", t.Not, t.Prefix, strings.ToLower(strings.Join(t.Words, " ")))
		if !slices.Contains(keys, k) {
			group, keys = append(group, t), append(keys, k)
		}
	}
	flush()
	return out
}
