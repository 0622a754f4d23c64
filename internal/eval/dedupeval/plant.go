package dedupeval

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/dedup"
)

// planter makes edited copies of passages, the way outlets rework copy:
// typos, words added, removed or replaced, punctuation, quote-mark and case
// changes, sentences reordered inside a paragraph.
type planter struct {
	rng   *rand.Rand
	vocab []string // words to add or substitute, drawn from the corpus
}

// draft is a passage being edited: sentences of whitespace-separated words.
type draft [][]string

func newDraft(sentences []string) draft {
	d := make(draft, len(sentences))
	for i, s := range sentences {
		d[i] = strings.Fields(s)
	}
	return d
}

func (d draft) clone() draft {
	c := make(draft, len(d))
	for i, s := range d {
		c[i] = append([]string(nil), s...)
	}
	return c
}

func (d draft) String() string {
	parts := make([]string, 0, len(d))
	for _, s := range d {
		if len(s) > 0 {
			parts = append(parts, strings.Join(s, " "))
		}
	}
	return strings.Join(parts, " ")
}

func (d draft) words() int {
	n := 0
	for _, s := range d {
		n += len(s)
	}
	return n
}

// pick returns a random (sentence, word) position.
func (p *planter) pick(d draft) (int, int) {
	n := p.rng.IntN(d.words())
	for i, s := range d {
		if n < len(s) {
			return i, n
		}
		n -= len(s)
	}
	panic("unreachable")
}

// copyOf returns an edited copy of the sentences whose Jaccard similarity
// to the original (dedup.Jaccard) is at most target, reached by applying
// one content edit at a time until it drops to or below target, after zero
// to three presentation edits that never change the similarity. With
// target ≥ 1 only presentation edits are made. It also returns the edits'
// names.
func (p *planter) copyOf(sentences []string, target float64) (string, []string) {
	orig := strings.Join(sentences, " ")
	d := newDraft(sentences)
	var edits []string
	for range p.rng.IntN(4) {
		edits = append(edits, p.presentation(d))
	}
	if target >= 1 {
		return d.String(), edits
	}
	for range 400 {
		if dedup.Jaccard(orig, d.String()) <= target {
			break
		}
		name := p.content(d)
		edits = append(edits, name)
	}
	return d.String(), edits
}

// presentation applies an edit that normalisation undoes.
func (p *planter) presentation(d draft) string {
	i, j := p.pick(d)
	w := d[i][j]
	switch p.rng.IntN(4) {
	case 0: // quote marks: straight <-> curly, double <-> single
		r := strings.NewReplacer(`"`, "\u201c", "\u201c", `"`, "\u201d", `"`, "'", "\u2019", "\u2019", "'")
		for _, s := range d {
			for k := range s {
				s[k] = r.Replace(s[k])
			}
		}
		return "quotes"
	case 1: // a comma added or removed after a word
		if strings.HasSuffix(w, ",") {
			d[i][j] = strings.TrimSuffix(w, ",")
		} else if j < len(d[i])-1 && isWordEnd(w) {
			d[i][j] = w + ","
		}
		return "comma"
	case 2: // case of a word
		r, size := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			d[i][j] = string(unicode.ToLower(r)) + w[size:]
		} else {
			d[i][j] = string(unicode.ToUpper(r)) + w[size:]
		}
		return "case"
	default: // a dash or full stop changed
		switch {
		case w == "-":
			d[i][j] = "\u2014"
		case strings.HasSuffix(w, "."):
			d[i][j] = strings.TrimSuffix(w, ".") + "!"
		case j < len(d[i])-1 && isWordEnd(w):
			d[i][j] = w + " \u2013"
		}
		return "dash"
	}
}

// isWordEnd reports whether w ends in a letter or digit, so that adding
// punctuation after it cannot join it to a neighbour ("78" "," "000").
func isWordEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsLetter(r)
}

// content applies an edit that changes words or their order.
func (p *planter) content(d draft) string {
	if len(d) > 1 && p.rng.IntN(6) == 0 {
		a := p.rng.IntN(len(d))
		b := (a + 1 + p.rng.IntN(len(d)-1)) % len(d)
		d[a], d[b] = d[b], d[a]
		return "reorder"
	}
	i, j := p.pick(d)
	switch p.rng.IntN(4) {
	case 0:
		if typo, ok := p.typo(d[i][j]); ok {
			d[i][j] = typo
			return "typo"
		}
		fallthrough
	case 1:
		d[i][j] = p.vocab[p.rng.IntN(len(p.vocab))]
		return "replace"
	case 2:
		if d.words() > 3 {
			d[i] = append(d[i][:j], d[i][j+1:]...)
			return "remove"
		}
		fallthrough
	default:
		w := p.vocab[p.rng.IntN(len(p.vocab))]
		d[i] = append(d[i][:j], append([]string{w}, d[i][j:]...)...)
		return "add"
	}
}

// typo swaps, drops or doubles a letter of a word of at least four
// letters.
func (p *planter) typo(w string) (string, bool) {
	rs := []rune(w)
	var letters []int
	for k, r := range rs {
		if unicode.IsLetter(r) {
			letters = append(letters, k)
		}
	}
	if len(letters) < 4 {
		return w, false
	}
	k := letters[1+p.rng.IntN(len(letters)-2)]
	switch p.rng.IntN(3) {
	case 0:
		if k+1 < len(rs) && rs[k] != rs[k+1] {
			rs[k], rs[k+1] = rs[k+1], rs[k]
			break
		}
		fallthrough
	case 1:
		rs = append(rs[:k], rs[k+1:]...)
	default:
		rs = append(rs[:k+1], rs[k:]...)
	}
	return string(rs), true
}
