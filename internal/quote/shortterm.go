package quote

import (
	"strings"

	"github.com/dateline-news/dateline/internal/lang"
)

// shortTerm reports whether a quotation of one to three words, with no
// clause and no sentence end inside, is a term or a name used as a noun
// phrase rather than words reported:
//   - named: after "known as" (and a determiner) or "so called" ("the
//     hacker known as 'X'", "a dome known as a 'top hat'"), after a label
//     noun ("the term 'flare'"), or between dashes after a determiner ("a
//     blast of debris -- a 'junk shot' -- to clog it");
//   - a premodifier after "such": "such 'top secret' information", "no
//     such thing as 'foreign' oil", with no reporting verb near;
//   - a title-cased name after "the" that a verb follows ("The 'Harbour
//     Daily News' ran the story"), with no reporting verb near;
//   - a slogan before a brand word: "the bank's 'Here For You' Campaign",
//     a title-cased phrase between a lower-case word and a capitalised
//     one, with no reporting verb near.
//
// Broader rules (any quotation after "the"/"a", any title-cased name
// after a determiner, any premodifier) were measured on PolNeAR and
// dropped: its annotators mark "the 'Gang of Eight' bill" and "a 'very
// dangerous' situation" as quotations.
func (f *field) shortTerm(qi int, ts []*token, n int) bool {
	if n == 0 || n > 3 || clause(ts) {
		return false
	}
	for _, t := range ts {
		if t.kind == tPunct && strings.ContainsAny(t.text, ".!?") {
			return false
		}
	}
	open, after := f.qOpen[qi], f.qClose[qi]
	p := f.prevWord(open)
	if p == nil {
		return false
	}
	pp := f.prevWord(open - 1)
	if f.knownAs(open) {
		return true
	}
	if open >= 2 && determiners[p.lower] && dash(f.tok(open-2)) && after < len(f.toks) && dash(f.tok(after)) {
		return true // a name in apposition: "a blast of debris -- a 'junk shot' -- to clog it"
	}
	if p.lower == "the" && n >= 2 && titled(ts) && ts[0].capitalised() && after < len(f.toks) && f.free(after) && f.verbAfter(after) && !f.cueNear(open, after) {
		return true // a name as a subject: "The 'Harbour Daily News' ran the story"
	}
	if labelNouns[p.lower] {
		return true // "the term 'plume'", "a sign reading 'closed'"
	}
	if f.cueNear(open, after) || after >= len(f.toks) || !f.free(after) || f.tok(after).para != f.tok(open).para {
		return false
	}
	nx := f.tok(after)
	if nx.kind != tWord {
		return false
	}
	if (p.lower == "such" || p.lower == "as" && pp != nil && (pp.lower == "thing" || pp.lower == "things")) && premodified(nx) {
		return true
	}
	return titled(ts) && n >= 2 && ts[0].capitalised() && ts[len(ts)-1].kind == tWord && isLowerWord(p) && !determiners[p.lower] && nx.capitalised()
}

// knownAs reports whether the quotation opening at open follows "known
// as" or "referred to as", with or without a determiner: "the hacker
// known as 'X'", "a dome known as a 'top hat'", "what the coast guard
// refers to as 'rainbow sheen'". What follows is a name, however long:
// "a cap known as a 'lower marine riser package'".
func (f *field) knownAs(open int) bool {
	p := f.prevWord(open)
	if p != nil && determiners[p.lower] {
		open--
		p = f.prevWord(open)
	}
	if p == nil || p.lower != "as" {
		return false
	}
	pp := f.prevWord(open - 1)
	if pp != nil && pp.lower == "to" {
		ppp := f.prevWord(open - 2)
		return ppp != nil && (ppp.lower == "refer" || ppp.lower == "refers" || ppp.lower == "referred" || ppp.lower == "referring")
	}
	return pp != nil && pp.lower == "known"
}

// dash: a dash token, or a run of them ("--", "—").
func dash(t *token) bool {
	return t.kind == tPunct && t.text != "" && strings.Trim(t.text, "―—–-") == ""
}

// labelNouns name the words after them as words: "the term 'plume'".
var labelNouns = set("term terms label slogan motto nickname sign tag jargon")

// cueNear reports whether a reporting cue lies within four words before
// the quotation open..after or three after it, in its sentence.
func (f *field) cueNear(open, after int) bool {
	for k := max(open-4, f.sentenceStart(open)); k < min(after+3, len(f.toks)); k++ {
		if (k < open || k >= after) && f.cueAt(k) {
			return true
		}
	}
	return false
}

// premodified: a lower-case word that can be the noun a quoted
// premodifier qualifies (not a verb, adverb or function word).
func premodified(t *token) bool {
	w := t.lower
	return isLowerWord(t) && !auxiliaries[w] && !smallWords[w] && !relativeWords[w] && !lang.IrregularPast(w) &&
		!strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed")
}

// titled: every word capitalised but for small words ("Drill, Baby, Drill").
func titled(ts []*token) bool {
	for _, t := range ts {
		if t.kind == tWord && !t.capitalised() && !smallWords[t.lower] {
			return false
		}
	}
	return true
}
