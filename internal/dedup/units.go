package dedup

import (
	"cmp"
	"github.com/dateline-news/dateline/internal/lang"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

// Kind is the granularity of a passage unit.
type Kind string

const (
	KindParagraph Kind = "paragraph"
	KindSentence  Kind = "sentence"
	// KindClause is a part of a sentence between clause punctuation (", "
	// "; " ": " and spaced dashes). Outlets often share a clause inside
	// otherwise different sentences ("…, which left 20 aid workers dead as
	// …"), so clauses are matched against sentences and other clauses.
	KindClause Kind = "clause"
)

// Level returns the index level units of this kind are matched in.
func (k Kind) Level() Level {
	if k == KindParagraph {
		return LevelParagraph
	}
	return LevelSentence
}

// ClauseMinWords is the fewest tokens a clause unit has: shorter pieces
// ("he said", "John Woodcock") are merged into their neighbour, and a
// sentence that does not split into two such clauses yields no clauses.
const ClauseMinWords = 5

// Unit is one passage of a post: a paragraph, sentence or clause, with its
// byte offsets into the post text.
type Unit struct {
	Kind Kind
	domain.Span
}

// Units returns the passage units of a post text, given its paragraph and
// sentence spans (domain.Post.Paragraphs and .Sentences): every sentence;
// every paragraph that is not a single sentence; and the clauses of every
// sentence with at least two clauses of ClauseMinWords words. Spans are
// trimmed of surrounding white space; empty or out-of-range spans are
// ignored. Without sentence spans each paragraph counts as one sentence;
// without either, the whole text does.
//
// Units come paragraphs first, then sentences, then clauses, each in text
// order: the order Passages.Assign matches them in, so that a whole
// sentence claims a cluster before its own clauses can.
func Units(text string, paragraphs, sentences []domain.Span) []Unit {
	paras := trimSpans(text, paragraphs)
	sents := trimSpans(text, sentences)
	if len(paras) == 0 {
		paras = trimSpans(text, []domain.Span{{Start: 0, End: len(text)}})
	}
	if len(sents) == 0 {
		sents = paras
	}
	isSentence := make(map[domain.Span]bool, len(sents))
	for _, s := range sents {
		isSentence[s] = true
	}
	var out []Unit
	for _, p := range paras {
		if !isSentence[p] {
			out = append(out, Unit{Kind: KindParagraph, Span: p})
		}
	}
	for _, s := range sents {
		out = append(out, Unit{Kind: KindSentence, Span: s})
	}
	for _, s := range sents {
		for _, c := range clauses(text, s) {
			out = append(out, Unit{Kind: KindClause, Span: c})
		}
	}
	return out
}

// trimSpans returns the valid spans trimmed of white space, sorted and
// without duplicates.
func trimSpans(text string, spans []domain.Span) []domain.Span {
	var out []domain.Span
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		s = trim(text, s)
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b domain.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return slices.Compact(out)
}

func trim(text string, s domain.Span) domain.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.Start < s.End {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// clauses splits sentence s of text at clause punctuation followed by white
// space (", " "; " ": ") and at dashes with white space on both sides,
// merges pieces shorter than ClauseMinWords into their neighbours, and
// returns the pieces if there are at least two.
func clauses(text string, s domain.Span) []domain.Span {
	var pieces []domain.Span
	start := s.Start
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		split := false
		switch r {
		case ',', ';', ':':
			next, _ := utf8.DecodeRuneInString(text[i+n : s.End])
			split = unicode.IsSpace(next)
		case '-', '\u2013', '\u2014':
			prev, _ := utf8.DecodeLastRuneInString(text[s.Start:i])
			next, _ := utf8.DecodeRuneInString(text[i+n : s.End])
			split = unicode.IsSpace(prev) && unicode.IsSpace(next)
		}
		if split {
			if p := trim(text, domain.Span{Start: start, End: i}); p.Start < p.End {
				pieces = append(pieces, p)
			}
			start = i + n
		}
		i += n
	}
	if p := trim(text, domain.Span{Start: start, End: s.End}); p.Start < p.End {
		pieces = append(pieces, p)
	}
	if len(pieces) < 2 {
		return nil
	}
	// Merge short pieces forward; a short last piece joins the one before.
	var out []domain.Span
	cur := pieces[0]
	for _, p := range pieces[1:] {
		if wordCount(text[cur.Start:cur.End]) < ClauseMinWords {
			cur.End = p.End
			continue
		}
		out = append(out, cur)
		cur = p
	}
	if wordCount(text[cur.Start:cur.End]) < ClauseMinWords && len(out) > 0 {
		out[len(out)-1].End = cur.End
	} else {
		out = append(out, cur)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

func wordCount(s string) int {
	n := 0
	lang.ForEachWord(s, func([]byte) { n++ })
	return n
}
