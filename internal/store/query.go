package store

import (
	"fmt"
	"strings"
	"unicode"
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
// backend's own query parser. A query with no words is an error wrapping
// ErrBadQuery.
func ParseQuery(q string) ([]Term, error) {
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
	if !positive {
		return nil, fmt.Errorf("%w: no words to search for in %q", ErrBadQuery, q)
	}
	return terms, nil
}

// Words splits text into the letter-and-digit runs search engines index.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
