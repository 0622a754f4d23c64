package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// field is one analysed post field (headline, caption or text): its
// paragraphs, quotations, tokens and sentences.
type field struct {
	name   domain.Field
	text   string
	paras  []domain.Span
	quotes []qspan
	toks   []token
	sents  [][2]int // token ranges [start, end)
	sentOf []int    // sentence index of each token
	qOpen  []int    // per quote: token index of its opening mark
	qClose []int    // per quote: token index just after the quote (after its closing mark)
	pToks  [][2]int // per paragraph: token range [start, end)
	// words seen in lower case outside quotations, and words seen
	// capitalised there other than as a sentence's first word: a
	// sentence-initial capital alone does not make a name ("Last", "Time")
	lowerUse, midCap map[string]bool
	labels           int  // paragraphs opening with a transcript label ("BUSH:"), -1 until counted
	thread           bool // the text holds readers' comments (lang.CommentThread)
}

func newField(name domain.Field, text string) *field {
	f := &field{name: name, text: text, labels: -1, thread: lang.CommentThread(text)}
	f.paras = paragraphs(text)
	f.quotes = pairMarks(text, f.paras, findMarks(text, f.paras))
	f.toks = tokenize(text, f.paras)
	f.pToks = make([][2]int, len(f.paras))
	for k := range f.toks {
		pi := f.toks[k].para
		if f.pToks[pi][1] == 0 {
			f.pToks[pi][0] = k
		}
		f.pToks[pi][1] = k + 1
	}
	f.markQuotes()
	f.splitSentences()
	f.wordUses()
	return f
}

// wordUses fills lowerUse and midCap.
func (f *field) wordUses() {
	f.lowerUse, f.midCap = make(map[string]bool), make(map[string]bool)
	for i := range f.toks {
		t := &f.toks[i]
		if t.kind != tWord || t.quote >= 0 {
			continue
		}
		switch {
		case isLowerWord(t):
			f.lowerUse[t.lower] = true
		case t.capitalised() && !f.sentenceInitial(i):
			f.midCap[t.lower] = true
		}
	}
}

// sentenceInitial reports whether token i is the first word of its
// sentence (after any punctuation) or of a quotation.
func (f *field) sentenceInitial(i int) bool {
	for k := i - 1; k >= f.sentenceStart(i); k-- {
		if f.toks[k].kind == tWord {
			return false
		}
		if f.toks[k].mark {
			return true
		}
	}
	return true
}

// nonName reports a word that does not start or make a name: a
// function word or month ("The", "Monday"), a contraction ("It's",
// "I'm", "Don't"), or a common word capitalised only because it opens a
// sentence ("Last", "Please"): seen in lower case elsewhere in the field
// and never capitalised mid-sentence, unless it may head a description of
// people ("Officials", "Protesters").
func (f *field) nonName(i int) bool {
	t := &f.toks[i]
	if t.text == "A" && i > 0 && i+1 < len(f.toks) && f.toks[i-1].capitalised() && f.abbrevDot(i+1) {
		return false // an initial, not the article: "Candace A. Ridgway"
	}
	if t.allCaps() && len(t.text) >= 2 && i > 0 && f.toks[i-1].lower == "the" && !f.toks[i-1].allCaps() {
		return false // an acronym after "the", whatever word it spells: "the WHO said"
	}
	if t.lower == "watch" && i > 0 && f.free(i-1) && f.toks[i-1].capitalised() && !f.sentenceInitial(i) {
		return false // the last word of a body's name: "Human Rights Watch", "Judicial Watch"
	}
	if nonNames[t.lower] || contraction(t.lower) || sentenceAdverbs[t.lower] || verbWords[t.lower] || lang.HeadlineVerb(t.lower) || f.pullQuoteMark(i) {
		return true
	}
	if t.capitalised() && (prepositions[t.lower] || leadIns[t.lower]) && f.sentenceInitial(i) {
		return true // "Along Bayou Hopedale, …", "Near Cairo, …"
	}
	if t.capitalised() && f.sentenceInitial(i) && (questionVerbs[t.lower] || lang.ReportingVerb(t.lower) && strings.HasSuffix(t.lower, "s")) {
		return true // a question or a live blog's verb: "Does Hayward accept …", "Accuses Reyes of …"
	}
	if roleNouns[t.lower] || pluralNoun(t.lower) || titleTok(t) {
		return false // a title, a description or a group: "Justice", "Officials", "Protesters"
	}
	return t.capitalised() && !t.allCaps() && f.lowerUse[t.lower] && !f.midCap[t.lower] && f.sentenceInitial(i)
}

// pullQuoteMark reports token i in the words a page prints around a
// pulled-out quotation ("… ” End Quote Tony Hayward BP's former chief
// executive"): never part of a name.
func (f *field) pullQuoteMark(i int) bool {
	t := &f.toks[i]
	switch t.text {
	case "Quote":
		return i > 0 && (f.toks[i-1].text == "End" || f.toks[i-1].text == "Start")
	case "End", "Start":
		return i+1 < len(f.toks) && f.toks[i+1].text == "Quote"
	}
	return false
}

// questionVerbs open questions and never names ("Will" and "May" can).
var questionVerbs = set("do does did is are was were has have had would could should must")

// verbWords are verbs that open sentences ("Says Peter Orszag, …", "Give
// McCain credit", a promo line's "Watch Reyes on …") and never start or
// make a name.
var verbWords = set("say says said tell tells told ask asks asked add adds added write writes wrote see give let get make take go come look thank thanks posted watch click listen")

// contraction reports a word that contracts a verb or "not": "it's",
// "I'm", "they're", "we've", "I'd", "you'll", "don't", "let's".
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, suf := range []string{"'m", "'re", "'ve", "'d", "'ll", "n't"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "'s") && (isPronounLike(w) || w == "let's" || w == "where's" || w == "how's" || w == "why's" || w == "when's")
}

// markQuotes ties tokens to the quotations that contain them.
func (f *field) markQuotes() {
	f.qOpen = make([]int, len(f.quotes))
	f.qClose = make([]int, len(f.quotes))
	k := 0
	for qi := range f.quotes {
		q := &f.quotes[qi]
		for k < len(f.toks) && f.toks[k].start < q.open {
			k++
		}
		f.qOpen[qi] = k
		end := q.outerEnd()
		mi := 0
		for k < len(f.toks) && f.toks[k].start < end {
			t := &f.toks[k]
			t.quote = qi
			for mi < len(q.marks) && q.marks[mi] < t.start {
				mi++
			}
			if mi < len(q.marks) && q.marks[mi] == t.start {
				t.mark = true
			}
			k++
		}
		f.qClose[qi] = k
	}
}

// splitSentences finds sentence boundaries outside quotations. A closing
// mark ends a sentence when the quotation ends with . ! or ? and the next
// word starts with a capital.
func (f *field) splitSentences() {
	f.sentOf = make([]int, len(f.toks))
	start := 0
	for i := range f.toks {
		f.sentOf[i] = len(f.sents)
		if f.boundaryAfter(i) {
			f.sents = append(f.sents, [2]int{start, i + 1})
			start = i + 1
		}
	}
}

func (f *field) boundaryAfter(i int) bool {
	t := &f.toks[i]
	if i+1 >= len(f.toks) || f.toks[i+1].para != t.para {
		return true
	}
	next := &f.toks[i+1]
	startsSentence := next.capitalised() || (next.kind == tPunct && (isQuoteRune(firstRune(next.text)) || next.text == "(" || next.text == "•"))
	if next.kind == tWord && unicode.IsDigit(firstRune(next.text)) {
		startsSentence = true
	}
	if !startsSentence {
		return false
	}
	if t.quote >= 0 {
		// only the closing mark of a quotation can end a sentence
		q := &f.quotes[t.quote]
		if !t.mark || t.start != q.close {
			return false
		}
		if next.quote == t.quote {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(f.text[q.start():q.end()])
		if strings.ContainsRune("!?", last) && f.cueFollows(i+1) {
			return false // "…, who knows?” Reyes told a radio station …"
		}
		return strings.ContainsRune(".!?…", last)
	}
	if t.kind != tPunct {
		// a page's time stamp ends the headline run into it: "… will
		// bounce back Thursday 6 May 2010 17.53 BST The Gulf …"
		return t.kind == tWord && lang.StampZone(t.text) && i >= 3 && f.toks[i-1].kind == tWord && lang.ClockTime(f.toks[i-1].text) && next.kind == tWord
	}
	switch t.text {
	case "!", "?", "…":
		return true
	case ".":
		if i > 0 && f.toks[i-1].kind == tWord && f.toks[i-1].end == t.start {
			w := f.toks[i-1].lower
			if abbreviations[w] || strings.Contains(w, ".") {
				return false
			}
			if utf8.RuneCountInString(w) == 1 && f.toks[i-1].capitalised() {
				return false // an initial
			}
		}
		return true
	}
	// closing brackets or stray marks after a full stop
	if (t.text == ")" || isQuoteRune(firstRune(t.text))) && i > 0 && strings.Contains(".!?", f.toks[i-1].text) && f.toks[i-1].kind == tPunct {
		return true
	}
	return false
}

// cueFollows reports a short name followed by a reporting verb from
// token i on: a question or an exclamation closed by its mark is
// attributed in the same sentence ("…?” Reyes asked the crowd …").
func (f *field) cueFollows(i int) bool {
	para := f.toks[i].para
	for k := i; k < len(f.toks) && k < i+6 && f.toks[k].para == para; k++ {
		t := &f.toks[k]
		if t.kind != tWord {
			if t.text == "." || isApostrophe(firstRune(t.text)) {
				continue // "Mr." or "Reyes’"
			}
			return false
		}
		if isLowerWord(t) {
			return k > i && lang.ReportingVerb(t.lower)
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// sentenceStart returns the first token of the sentence containing token i.
func (f *field) sentenceStart(i int) int {
	if i >= len(f.toks) {
		if len(f.sents) == 0 {
			return 0
		}
		return f.sents[len(f.sents)-1][0]
	}
	return f.sents[f.sentOf[i]][0]
}

// sentenceEnd returns the token just after the sentence containing token i.
func (f *field) sentenceEnd(i int) int {
	if i >= len(f.toks) {
		return len(f.toks)
	}
	return f.sents[f.sentOf[i]][1]
}

// free reports whether token i is outside every quotation.
// sentencesBack returns the first token of the sentence n sentences
// before token i's (n = 0: i's own), or of the field's first sentence.
func (f *field) sentencesBack(i, n int) int {
	s := f.sentenceStart(i)
	for ; n > 0 && s > 0; n-- {
		s = f.sentenceStart(s - 1)
	}
	return s
}

func (f *field) free(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].quote < 0 }

// firstComma returns the first comma from token k on outside
// quotations, or -1.
func (f *field) firstComma(k int) int {
	for ; k < len(f.toks) && f.free(k); k++ {
		if f.tok(k).text == "," {
			return k
		}
	}
	return -1
}

// afterQuotation reports whether token i follows a quotation's closing
// mark: "“…,” Carol Browner, the energy adviser said".
func (f *field) afterQuotation(i int) bool {
	return i > 0 && !f.free(i-1)
}
