package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// Kinds:
//   - scare: marks that label rather than report: after "so-called",
//     "dubbed", "titled"…; a title-cased work after a possessive or "on"
//     ("CNN's 'State of the Union'"); a nickname inside a name; a short
//     phrase in a sentence with no reporting verb and no speaker of its own
//     (one whose only "speaker" is no name counts as none), or whose only
//     speaker is the sentence's subject ("we wait while the 'pause' …"),
//     unless it is a sentence itself ("Why not?"); a term under
//     discussion: after "the category of", "the notion of"…, or given as
//     the subject of a verb ("said 'bird flu' led to"); one capitalised
//     word ("Bobby") with no reporting verb next to it; a short term
//     after "known as", "so called", "such" or a label noun ("the term
//     'flare'"), or a slogan before a brand (shortterm.go); anything after
//     a hyphenated naming word ("grandly-titled"); a capitalised name
//     that "call it" gives ("call it 'Mexico flu'"); a term after "a"
//     that the participle after its comma defines ("a 'junk shot',
//     shooting debris into the well"); a title-cased work before its
//     publisher or year in brackets ("'One Hundred Myths' (Saqi)"); a
//     title-cased name with its article inside a sentence with no cue
//     before it ("fawning over 'The Darth Vader Kid'"); one or two words
//     with no speaker found and no cue near them, though the sentence
//     has one further off ("after the 'top kill' strategy failed, BP
//     said").
//   - scare, too: in readers' comments (lang.CommentThread), a short
//     phrase inside its sentence with no reporting verb near; readers
//     mark words they mock far more often than words anyone said.
//   - direct: the quotation opens its clause (sentence start, after a
//     colon, comma, "that", "if" or a reporting verb) and its first clause
//     has a finite verb outside any relative clause.
//   - partial: everything else.

// quoteToks returns the word and punctuation tokens inside quotation qi.
func (f *field) quoteToks(qi int) []*token {
	var out []*token
	for k := f.qOpen[qi]; k < f.qClose[qi]; k++ {
		if t := f.tok(k); !t.mark {
			out = append(out, t)
		}
	}
	return out
}

func wordCount(ts []*token) int {
	n := 0
	for _, t := range ts {
		if t.kind == tWord {
			n++
		}
	}
	return n
}

// kindOf classifies quotation qi given its attribution.
func (f *field) kindOf(qi int, a attr) domain.QuoteKind {
	ts := f.quoteToks(qi)
	n := wordCount(ts)
	open := f.qOpen[qi]
	prev := f.prevWord(open)
	if lp := f.prevWord(f.qOpen[f.listHead(qi)]); lp != nil && (scareCues[lp.lower] || scareCompound(lp.lower)) {
		return domain.QuoteScare // (the list's: "dubbed 'toxic Tony' and 'wayward Hayward'")
	}
	if f.isWorkTitle(qi, ts, n) || f.isNickname(qi, ts, n) || f.titleList(qi) {
		return domain.QuoteScare
	}
	termLike := n <= 3 && f.termLike(qi, ts) // asked of short quotations only
	if n <= 3 && !a.cueInSent && (!a.has || a.inherited || a.cue == "" && termLike) && f.name != domain.FieldHeadline {
		return domain.QuoteScare
	}
	if n <= 3 && termLike && a.passive {
		return domain.QuoteScare // a name given by no one said: "a joint of what is called 'tool joint'"
	}
	if n <= 3 && !a.has && prev != nil && determiners[prev.lower] && termLike {
		if pp := f.prevWord(open - 1); pp != nil && namingVerbs[pp.lower] {
			return domain.QuoteScare // a thing named, no one speaking: "a bar called an 'iron'"
		}
	}
	if n <= 4 && f.name != domain.FieldHeadline && (f.isTerm(qi, ts) || f.isLabel(qi, ts, n)) {
		return domain.QuoteScare
	}
	if n >= 2 && n <= 8 && f.name != domain.FieldHeadline && ts[0].kind == tWord && ts[0].lower == "the" && titleCased(ts[1:]) && !clause(ts) && f.sentenceStart(open) != open && !f.cueBetween(f.sentenceStart(open), open) {
		return domain.QuoteScare // a name with its article, inside a sentence: "fawning over 'The Darth Vader Kid'"
	}
	if n <= 4 && f.name != domain.FieldHeadline && !clause(ts) && f.titlesName(qi, ts) {
		return domain.QuoteScare // a title set before its holder's name: "the administration's “pay czar,” Kenneth Feinberg"
	}
	if n <= 3 && f.definedAfter(qi, ts) {
		return domain.QuoteScare // a term and its definition: "considering a 'junk shot', shooting debris into the well"
	}
	if n >= 3 && titleCased(ts) && f.qClose[qi] < len(f.toks) && f.free(f.qClose[qi]) && f.tok(f.qClose[qi]).text == "(" {
		return domain.QuoteScare // a work and its publisher or year: "'One Hundred Myths About the Middle East' (Saqi)"
	}
	if n <= 4 && titleCased(ts) && f.addressed(qi) {
		return domain.QuoteScare // a name spoken to: "OK, 'American Idol,' you got us"
	}
	if sayingNouns[f.nameNounOf(open)] || n <= 6 && f.ownCoinage(open) || f.namesEvent(qi, ts) {
		return domain.QuoteScare // a saying, whatever its length; the writer's own coinage; an event's name
	}
	if n <= 3 && (f.nameGiven(open, ts) || f.nameCalled(open)) {
		return domain.QuoteScare // a name given: "Israel opted to call it 'Mexico flu'"
	}
	if n == 1 && len(ts) <= 2 && scandalName(ts[0].lower) {
		return domain.QuoteScare // a scandal's coined name: "boobgate"
	}
	if prev != nil && prev.lower == "for" && open >= 2 {
		if pp := f.prevWord(open - 1); pp != nil && (pp.lower == "stands" || pp.lower == "stand" || pp.lower == "short") {
			return domain.QuoteScare // what an acronym stands for
		}
	}
	if n >= 2 && n <= 8 && titleCased(ts) && f.thingNamed(open) {
		return domain.QuoteScare // a name given to a thing: "a Facebook group called 'We Are All Khaled Said'"
	}
	if prev != nil && prev.lower == "on" && !clause(ts) {
		if pp := f.prevWord(open - 1); pp != nil && sessionNouns[pp.lower] {
			return domain.QuoteScare // a session's title: "a subcommittee hearing on 'the role of BP in the explosion'"
		}
	}
	if after := f.qClose[qi]; n <= 4 && after < len(f.toks) && f.free(after) && signNouns[f.tok(after).lower] && f.tok(after).para == f.tok(open).para && f.sentenceStart(after) != after {
		return domain.QuoteScare // words written on things: "where 'Sold Out' signs are becoming more common"
	}
	if n >= 2 && n <= 8 && f.spellsAcronym(qi, ts) {
		return domain.QuoteScare // a name and its acronym: "a model called 'value at risk' (VaR)", "CINC ('Costner in Nevada Corporation')"
	}
	if n <= 6 && f.name != domain.FieldHeadline && !clause(ts) && f.knownAs(open) {
		return domain.QuoteScare // a longer name: "known as a 'lower marine riser package'"
	}
	if n <= 2 && termLike && !a.has && f.name != domain.FieldHeadline && !f.cueNear(open, f.qClose[qi]) {
		// one or two words that no one is found to have said, no cue
		// near them: "during the ill-fated 'top kill' attempt", "surface
		// 'sheen'" (a term far more often than an unattributed fragment)
		return domain.QuoteScare
	}
	if n <= 3 && f.name != domain.FieldHeadline && !clause(ts) && f.alternative(qi) {
		return domain.QuoteScare // options offered: "an 'underperform' or 'sell' rating", "a 'poor' or 'very poor' job"
	}
	if f.isField(qi, ts) || f.name != domain.FieldHeadline && f.shortTerm(qi, ts, n) {
		return domain.QuoteScare
	}
	if f.thread && termLike && !f.cueNear(open, f.qClose[qi]) && !(prev == nil && open > 0 && f.tok(open-1).text == ":") {
		return domain.QuoteScare // a reader's mocking marks: "this 'news' item"
	}
	if f.opensClause(open) && (clause(ts) || sentenceLike(ts)) {
		return domain.QuoteDirect
	}
	return domain.QuotePartial
}

// sentenceLike reports quoted tokens written as a whole sentence with a
// verb that clause may not find: a capital first word, at least four
// words, a full stop, question or exclamation mark at the end, and
// either eight words or more or a past or third-person form among the
// second to fifth ("Prices rose sharply last year.", "Fraud always slows
// the process down.", "Both teams deserve credit for staying in the
// room."; not "A fight from start to finish.").
func sentenceLike(ts []*token) bool {
	n := wordCount(ts)
	if len(ts) == 0 || ts[0].kind != tWord || !ts[0].capitalised() || n < 4 {
		return false
	}
	if last := ts[len(ts)-1]; last.kind != tPunct || last.text != "." && last.text != "?" && last.text != "!" {
		return false
	}
	if n >= 8 {
		return true
	}
	w := 0
	for i, t := range ts {
		if t.kind != tWord {
			continue
		}
		listed := i+1 < len(ts) && ts[i+1].text == "," // "Mexicans, illegal immigrants, Obama."
		if w++; w >= 2 && w <= 5 && isLowerWord(t) && !listed && (lang.PastForm(t.lower) || len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !determiners[t.lower] && !prepositions[t.lower]) {
			return true
		}
	}
	return false
}

// alternative reports whether quotation qi and a short quotation next to
// it are options qualifying a noun, "an 'underperform' or 'sell'
// rating": labels, not words reported. (Options alone, "rated it 'false'
// or 'pants on fire'", "told her not to 'moan' or 'nag'", are often
// someone's words: PolNeAR marks them.)
func (f *field) alternative(qi int) bool {
	or := func(a, b int) bool { // quotation a, "or", quotation b
		if a < 0 || b >= len(f.qOpen) || f.qClose[a]+1 != f.qOpen[b] {
			return false
		}
		if t := f.tok(f.qClose[a]); t.kind != tWord || t.lower != "or" {
			return false
		}
		other := f.quoteToks(b)
		if a == qi {
			other = f.quoteToks(a)
		}
		if wordCount(other) > 3 || clause(other) {
			return false
		}
		// both qualify the noun after them: "a 'poor' or 'very poor' job"
		det := f.prevWord(f.qOpen[a])
		after := f.qClose[b]
		return det != nil && determiners[det.lower] && after < len(f.toks) && f.free(after) && isLowerWord(f.tok(after))
	}
	return or(qi, qi+1) || or(qi-1, qi)
}

// titleList reports a quotation in a run of three or more title-cased
// ones of up to eight words, none a cry or a question, joined by commas, "and" or "or" only
// (inside the marks or outside): titles listed, of songs, books or films
// ("including 'Listen To The Music,' 'Black Water,' 'China Grove' and
// others"), not words anyone said.
func (f *field) titleList(qi int) bool {
	titled := func(q int) bool {
		ts := f.quoteToks(q)
		for _, t := range ts {
			if t.kind == tPunct && strings.ContainsAny(t.text, "!?") {
				return false // a slogan cried: "Egypt's Struggle Is Our Struggle!"
			}
		}
		n := wordCount(ts)
		return n >= 1 && n <= 8 && titleCased(ts)
	}
	if !titled(qi) {
		return false
	}
	lo, hi := qi, qi
	for lo > 0 && f.listed(lo-1, lo) && titled(lo-1) {
		lo--
	}
	for hi+1 < len(f.qOpen) && f.listed(hi, hi+1) && titled(hi+1) {
		hi++
	}
	return hi-lo >= 2
}

// listHead returns the first quotation of the list quotation qi ends,
// items joined by commas, "and" or "or" and nothing else ("'toxic
// Tony' and 'wayward Hayward'"): qi itself when it follows no other.
func (f *field) listHead(qi int) int {
	for qi > 0 && f.listed(qi-1, qi) && f.qClose[qi-1] < f.qOpen[qi] {
		qi--
	}
	return qi
}

// listed reports whether quotations a and b, one after the other, are
// items of one list: nothing between them but up to two commas, "and"
// or "or" (nothing at all when the comma is inside the marks).
func (f *field) listed(a, b int) bool {
	s, e := f.qClose[a], f.qOpen[b]
	if s > e || e-s > 2 {
		return false
	}
	for k := s; k < e; k++ {
		if t := f.tok(k); !f.free(k) || t.text != "," && t.lower != "and" && t.lower != "or" {
			return false
		}
	}
	return true
}

// termLike: a short quotation inside its sentence that is no sentence
// of its own: no clause, no question or exclamation mark.
func (f *field) termLike(qi int, ts []*token) bool {
	if f.sentenceStart(f.qOpen[qi]) == f.qOpen[qi] || clause(ts) {
		return false
	}
	for _, t := range ts {
		if t.kind == tPunct && strings.ContainsAny(t.text, "?!") {
			return false
		}
	}
	return true
}

// scareCompound: a hyphenated naming word, "grandly-titled",
// "aptly-named", "officially-dubbed".
func scareCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	last := w[i+1:]
	return scareCues[last] || last == "named" || last == "called"
}

// prevWord returns the free word token just before token i in its
// paragraph, or nil.
func (f *field) prevWord(i int) *token {
	if i-1 >= 0 && f.free(i-1) && f.tok(i-1).kind == tWord && (i >= len(f.toks) || f.tok(i-1).para == f.tok(i).para) {
		return f.tok(i - 1)
	}
	return nil
}

// opensClause reports whether a quotation opening at token open starts
// a clause of its own.
func (f *field) opensClause(open int) bool {
	if open == 0 || f.sentenceStart(open) == open {
		return true
	}
	p := f.tok(open - 1)
	if p.para != f.tok(open).para {
		return true
	}
	if p.quote >= 0 {
		return false
	}
	if p.kind == tPunct {
		return strings.Contains(":,—–-(•;", p.text) || f.sentenceStart(open) == open-1
	}
	switch p.lower {
	case "that", "if", "whether", "because":
		return true
	}
	return lang.ReportingVerb(p.lower) && !participleCue(p.lower) || p.lower == "saying" || p.lower == "adding"
}

// clause reports whether quoted tokens start with a clause of their own:
// a finite verb in the first segment (up to a comma, at least three
// words long), outside a relative clause, and no fragment-like start.
func clause(ts []*token) bool {
	var first *token
	for _, t := range ts {
		if t.kind == tWord {
			first = t
			break
		}
	}
	if first == nil {
		return false
	}
	if isLowerWord(first) && (fragmentStarts[first.lower] || strings.HasSuffix(first.lower, "ing") || first.lower == "and" || first.lower == "or") {
		return false
	}
	words := 0
	relative := false
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.kind == tPunct {
			if strings.Contains(",;:—–(", t.text) && words >= 3 {
				return false
			}
			continue
		}
		words++
		w := t.lower
		if relativeWords[w] && words > 1 {
			relative = true
			continue
		}
		sign := verbSigns[w] || strings.Contains(w, "'") && (strings.HasSuffix(w, "'s") && words == 1 && isPronounLike(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "'ve") || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'m") || strings.HasSuffix(w, "'d")) ||
			strings.Contains(w, "’") && (strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "’re") || strings.HasSuffix(w, "’ve") || strings.HasSuffix(w, "’ll") || strings.HasSuffix(w, "’m") || strings.HasSuffix(w, "’d") || strings.HasSuffix(w, "’s") && isPronounLike(w))
		if subjectPronouns[w] && w != "you" || w == "you" {
			// a subject pronoun and the word after it make a clause: "we think"
			if i+1 < len(ts) && ts[i+1].kind == tWord {
				sign = true
				i++
				words++
			}
		}
		if sign {
			if relative {
				relative = false
				continue
			}
			return true
		}
	}
	return false
}

// isPronounLike: "it's", "that's", "there's", "he's" contract a verb.
func isPronounLike(w string) bool {
	base := strings.TrimRightFunc(w, func(r rune) bool { return r == 's' || r == '\'' || r == '’' })
	switch base {
	case "it", "that", "there", "he", "she", "what", "who", "here", "this", "let":
		return true
	}
	return false
}

// isWorkTitle: title-cased words after a possessive, a work noun or "on"
// ("MSNBC's 'Morning Joe'", "the book 'Crippled America'").
func (f *field) isWorkTitle(qi int, ts []*token, n int) bool {
	if n == 0 || n > 10 {
		return false
	}
	titled := true
	for _, t := range ts {
		if t.kind != tWord {
			continue
		}
		r := firstRune(t.text)
		if unicode.IsLower(r) && (len(t.text) > 3 || t == ts[0]) && !smallWords[t.lower] {
			titled = false
			break
		}
	}
	if !titled {
		return false
	}
	if outletName(ts) {
		return true // "“The Washington Post” followed up on the story"
	}
	if n >= 2 && bodyName(ts) {
		return true // a body's name: "dubbed themselves the 'Harbour Casualty Coalition'"
	}
	if open := f.qOpen[qi]; open > 0 && (f.tok(open-1).text == "," || f.tok(open-1).text == ":") {
		// in apposition to a work: "his film on the flood, 'When the Levees Broke'"
		for k := open - 2; k >= 0 && k >= open-7 && f.free(k); k-- {
			if workNouns[f.tok(k).lower] && isLowerWord(f.tok(k)) {
				return true
			}
		}
	}
	if after := f.qClose[qi]; after < len(f.toks) && f.free(after) && isLowerWord(f.tok(after)) && (workNouns[f.tok(after).lower] || nameModifies[f.tok(after).lower] || f.modifiesNoun(qi, after)) {
		if r, _ := utf8.DecodeLastRuneInString(f.text[f.quotes[qi].start():f.quotes[qi].end()]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && f.modifiesNoun(qi, after) {
			// a name qualifying the noun after it: "“The View” host",
			// "“Reuters” news agency", "an “America's Wetlands” hat"
			return true
		}
	}
	if last := ts[len(ts)-1]; n >= 2 && last.kind == tWord && !last.allCaps() && (workNouns[last.lower] || programmeWords[last.lower]) {
		return true // a programme's or a work's own name: "the '360 News and Business Bulletin'"
	}
	if c, ok := f.afterComma(qi, ts); ok && c+1 < len(f.toks) && indefinites[f.tok(c).lower] {
		// a work in apposition after it: "'If God Is Willing …,' a film
		// by Spike Lee"
		for k := c + 1; k < len(f.toks) && k <= c+3 && f.free(k); k++ {
			if workNouns[f.tok(k).lower] && isLowerWord(f.tok(k)) {
				return true
			}
		}
	}
	if last := ts[len(ts)-1]; n >= 3 && last.kind == tWord && documentNames[last.lower] {
		return true // a document's own name: "a 'Transfer, Withdrawal, Release and Indemnity Agreement'"
	}
	if f.nameApostrophe(f.qOpen[qi] - 1) {
		return true // after a possessive with a bare apostrophe: "ABC News' 'This Week'"
	}
	head := f.qOpen[f.listHead(qi)]
	prev := f.prevWord(head) // the list's: "tunes like 'Margaritaville' and 'Cheeseburger in Paradise'"
	if prev == nil {
		return false
	}
	if prev.lower == "like" || prev.lower == "including" {
		// "tunes like 'Margaritaville'", "films including 'Jaws'"
		for k := head - 2; k >= 0 && k >= head-4 && f.free(k); k-- {
			if t := f.tok(k); isLowerWord(t) && workNouns[t.lower] {
				return true
			}
		}
	}
	if workNouns[prev.lower] || isPossessive(prev.text) || prev.lower == "on" || prev.lower == "titled" {
		return true
	}
	if v := f.qOpen[qi] - 1; titleVerbs[prev.lower] && f.tok(v) == prev {
		// a thing or work named: "a book by Ivo Kral called 'The Flood
		// Year'", "a cake called 'Paradise Slice'", "the cheaper design
		// -- called 'long string'" (not "Reyes called Kral 'Little
		// Ivo'", a nickname someone gave)
		w := v - 1
		for k := 0; k < 2 && w > 0 && f.free(w) && (dash(f.tok(w)) || f.tok(w).text == ","); k++ {
			w-- // ("--" is two tokens)
		}
		if w >= 0 && f.free(w) && f.plainNoun(w, false) && !roleNouns[f.tok(w).lower] && !personRoles[f.tok(w).lower] {
			return true
		}
		for k := v - 1; k >= 0 && k >= v-7 && f.free(k); k-- {
			if workNouns[f.tok(k).lower] && isLowerWord(f.tok(k)) {
				return true
			}
		}
	}
	if (prev.lower == "told" || prev.lower == "to" || prev.lower == "from") && n >= 2 {
		return true // "told 'Fox and Friends'": people are not quoted after "told"
	}
	if prev.lower == "of" || prev.lower == "in" || prev.lower == "with" {
		if pp := f.prevWord(f.qOpen[qi] - 1); pp != nil && (workNouns[pp.lower] || pp.lower == "broadcast" || pp.lower == "edition" || prev.lower == "in" && publishedVerbs[pp.lower] || pp.lower == "interview" || pp.lower == "episode" || pp.lower == "appearance" || (pp.lower == "author" || nameModifies[pp.lower] && isLowerWord(pp)) && prev.lower == "of") {
			return true
		}
	}
	return false
}

// modifiesNoun reports a quotation set between a determiner and the
// noun it names, the noun being no verb: "an “America's Wetlands” hat",
// "the “Perception” course", "his “D-minus” rating". (Asked of
// title-cased words only: "a “full and fair” inquiry" quotes someone.)
func (f *field) modifiesNoun(qi, after int) bool {
	open := f.qOpen[qi]
	if open == 0 || !f.free(open-1) || !determiners[f.tok(open-1).lower] {
		return false
	}
	return f.plainNoun(after, false) && !prepositions[f.tok(after).lower] && !f.verbAfter(after)
}

// publishedVerbs put a publication after "in": "an article published in
// 'Foreign Policy'", "writing in 'The Nation'".
var publishedVerbs = set("published appeared appearing printed writing wrote written")

// programmeWords end the names of broadcast programmes: "Newsnight",
// "the 6 O'Clock News", "Business Bulletin".
var programmeWords = set("bulletin news tonight today hour live update")

// documentNames end the names of documents: "the 'Transfer, Withdrawal,
// Release and Indemnity Agreement'".
var documentNames = set("agreement agreements accord accords treaty protocol memorandum charter convention act bill resolution")

// glossMarks introduce a word glossed: "(ie 'consider')".
var glossMarks = set("ie i.e eg e.g viz")

// nameModifies are nouns a work's or outlet's name qualifies: "the
// “Today” presenter", "“Reuters” news agency".
var nameModifies = set("host hosts co-host anchor presenter star stars creator producer correspondent reporter editor columnist writer author fans viewers readers agency network channel station news team staff crew cast")

// titleVerbs name a thing after them: "a book called 'Fear'".
var titleVerbs = set("called calling named entitled dubbed")

// definedAfter reports a short term that an indefinite article opens and
// a participle after its comma defines: "considering a 'junk shot',
// shooting a mix of debris into the well" (a reporting participle
// attributes it instead: "a 'disaster', saying …").
func (f *field) definedAfter(qi int, ts []*token) bool {
	open, after := f.qOpen[qi], f.qClose[qi]
	if p := f.prevWord(open); p == nil || p.lower != "a" && p.lower != "an" || clause(ts) {
		return false
	}
	if f.cueBetween(f.sentenceStart(open), open) {
		return false // someone's label: "the media considered him a 'fringe candidate,' making air quotes"
	}
	if pp := f.prevWord(open - 1); pp != nil && (namingVerbs[pp.lower] || callVerbs[pp.lower] || pp.lower == "him" || pp.lower == "her" || pp.lower == "it") {
		return false // "what he called a 'revolutionary mood,' alluding to …"
	}
	k := after
	if k < len(f.toks) && f.free(k) && f.tok(k).text == "," {
		k++
	} else if last := ts[len(ts)-1]; !(last.kind == tPunct && last.text == ",") {
		return false
	}
	if k >= len(f.toks) || !f.free(k) {
		return false
	}
	w := f.tok(k)
	return isLowerWord(w) && strings.HasSuffix(w.lower, "ing") && len(w.lower) > 5 && !lang.ReportingVerb(w.lower) && !f.cueAt(k) && !notDefining[w.lower]
}

// notDefining are participles that go on about a term rather than say
// what it does: "a 'process of transformation,' including free
// elections", "a 'Bill Buckner,' referring to the first baseman".
var notDefining = set("including referring occurring involving according")

// nameNounOf returns the noun for a name or a saying that a quotation
// opening at open follows, opened by a determiner or a possessive within
// three words, with at most a comma or colon between ("the name 'swine
// flu'", "the old idiom 'in like a lion'", "a better term, 'the American
// system'"), or "".
func (f *field) nameNounOf(open int) string {
	k := open - 1
	if k >= 0 && f.free(k) && (f.tok(k).text == "," || f.tok(k).text == ":") {
		k--
	}
	if k < 0 || !f.free(k) || !isLowerWord(f.tok(k)) || !nameNouns[f.tok(k).lower] && !sayingNouns[f.tok(k).lower] || f.tok(k).para != f.tok(open).para {
		return ""
	}
	if k > 0 && f.tok(k).lower == "saying" && !sayingOpeners[f.tok(k-1).lower] {
		return "" // a verb: "by saying '…'", "a statement saying '…'", "praising one another saying '…'"
	}
	for d := k - 1; d >= 0 && d >= k-3 && f.free(d) && f.tok(d).kind == tWord; d-- {
		if t := f.tok(d); determiners[t.lower] || isPossessive(t.text) {
			return f.tok(k).lower
		}
		if !isLowerWord(f.tok(d)) || verbSigns[f.tok(d).lower] || lang.ReportingVerb(f.tok(d).lower) {
			return ""
		}
	}
	return ""
}

// sayingNouns name a saying, which no one in the story says: "the old
// adage '…'". ("The phrase '…'" is more often someone's words: "Hayward
// went for the phrase 'absolutely gutted'".)
var sayingNouns = set("idiom idioms adage adages saying proverb proverbs maxim aphorism cliche cliché")

// sayingOpeners make "saying" a noun: "an old saying".
var sayingOpeners = set("a an the old common famous")

// ownCoinage reports a quotation the writer names with a calling verb
// in the first person: "what we have called 'civilisation'", "what I
// call 'the long con'" (a coinage of the text's own voice, no one's
// words it reports).
func (f *field) ownCoinage(open int) bool {
	v := f.prevWord(open)
	if v == nil || !callVerbs[v.lower] && v.lower != "term" && v.lower != "termed" {
		return false
	}
	k := open - 2
	for k >= 0 && f.free(k) && (f.tok(k).lower == "have" || f.tok(k).lower == "'ve" || f.tok(k).lower == "’ve" || f.tok(k).lower == "might" || f.tok(k).lower == "would" || f.tok(k).lower == "could" || f.tok(k).lower == "often" || f.tok(k).lower == "once") {
		k--
	}
	return k >= 0 && f.free(k) && (f.tok(k).lower == "we" || f.tok(k).text == "I") && f.tok(k).para == f.tok(open).para
}

// nameGiven reports a capitalised name that a calling verb gives a
// thing: "call it 'Mexico flu'", "dubbed them 'the Gang of Four'" (but
// an opinion is someone's words: "called it 'a disaster'").
func (f *field) nameGiven(open int, ts []*token) bool {
	if wordCount(ts) < 2 || ts[0].kind != tWord || !ts[0].capitalised() && !(determiners[ts[0].lower] && ts[1].capitalised()) {
		return false // (one capitalised word may be an opinion: "called it 'Unacceptable'")
	}
	p := f.prevWord(open)
	if p == nil || p.lower != "it" && p.lower != "them" {
		return false
	}
	v := f.prevWord(open - 1)
	return v != nil && callVerbs[v.lower]
}

// nameCalled reports a short name given with "the" by "dubbed" or "known
// as": "a smaller box, dubbed the 'top hat'", "whom he identified only
// as the 'company man'". ("What he calls the 'cosy relationship'" is his
// coinage, a quotation of his words.)
func (f *field) nameCalled(open int) bool {
	p := f.prevWord(open)
	if p == nil || p.lower != "the" {
		return false
	}
	v := f.prevWord(open - 1)
	if v != nil && v.lower == "as" {
		w := f.prevWord(open - 2)
		if w != nil && w.lower == "only" {
			w = f.prevWord(open - 3)
		}
		return w != nil && (w.lower == "known" || w.lower == "identified" || w.lower == "referred")
	}
	return v != nil && (v.lower == "dubbed" || v.lower == "nicknamed" || v.lower == "christened")
}

// callVerbs give a thing a name: "call it", "dubbed it".
var callVerbs = set("call calls called calling dub dubs dubbed dubbing name names named naming christened")

// addressed reports a quotation that a comma, inside its marks or after
// them, and "you" follow: a name spoken to ("OK, 'American Idol,' you got
// us").
func (f *field) addressed(qi int) bool {
	after := f.qClose[qi]
	ts := f.quoteToks(qi)
	comma := len(ts) > 0 && ts[len(ts)-1].text == ","
	for k := after; k < len(f.toks) && k <= after+1; k++ {
		t := f.tok(k)
		if t.mark {
			continue
		}
		if !comma && t.text == "," {
			comma = true
			continue
		}
		return comma && t.lower == "you"
	}
	return false
}

// scandalName reports a word coined to name a scandal: "Watergate"'s
// heirs ("Climategate", "bridgegate").
func scandalName(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "gate") && !strings.HasSuffix(w, "egate") // not "delegate", "relegate"
}

// titleCased reports whether a quotation is written as a title: its
// first word and every word but short function words capitalised ("One
// Hundred Myths About the Middle East").
func titleCased(ts []*token) bool {
	first := true
	for _, t := range ts {
		if t.kind != tWord {
			continue
		}
		if !t.capitalised() && (first || !titleSmallWords[t.lower]) {
			return false
		}
		first = false
	}
	return !first
}

// titleSmallWords stay lower-case inside a title.
var titleSmallWords = set("a an the of and or in on at to for by with from as but nor")

// allCapitalised reports whether every word of a quotation is
// capitalised: a title ("Mad Money").
func allCapitalised(ts []*token) bool {
	n := 0
	for _, t := range ts {
		if t.kind == tWord {
			if !t.capitalised() {
				return false
			}
			n++
		}
	}
	return n > 0
}

var smallWords = set("a an the and or of for to in on at by with from v vs")

// isNickname: one capitalised word quoted inside a name ("Robert C.
// 'Bobby' Scott"), or two after a given name or an initial ("Harry 'Chu
// Chu' Cheramie").
func (f *field) isNickname(qi int, ts []*token, n int) bool {
	if n < 1 || n > 2 || len(ts) != n {
		return false
	}
	for _, t := range ts {
		if !t.capitalised() {
			return false
		}
	}
	open, after := f.qOpen[qi], f.qClose[qi]
	if open == 0 || after >= len(f.toks) {
		return false
	}
	p, nx := f.tok(open-1), f.tok(after)
	if n == 2 && !lang.KnownGivenName(p.lower) && !f.abbrevDot(open-1) {
		return false // two title-cased words in a headline: "Who He 'Would Love' To See"
	}
	return (p.capitalised() || f.abbrevDot(open-1)) && nx.capitalised() && p.quote < 0 && nx.quote < 0 && !titleTok(p)
}

// termNouns introduce a term under discussion: "the category of 'X'".
// ("The word 'X'" and "the phrase 'X'" often quote someone's words.)
var termNouns = set("category categories notion concept")

// procedureNouns follow the quoted name of a method, a device or a
// policy: "the 'top kill' attempt", "a 'junk shot' technique", "the 'one
// country, two systems' formula".
var procedureNouns = set(`attempt attempts technique techniques procedure procedures method methods operation operations
	maneuver manoeuvre device effort efforts formula policy policies principle doctrine slogan mantra motto strategy
	label`)

// namesEvent reports a title-cased quotation between a determiner and a
// noun for an event or a campaign: the name of the thing, whatever its
// length: "the 'You Don't Speak For Us, Cindy!' tour", "a 'Stop Trump'
// movement".
func (f *field) namesEvent(qi int, ts []*token) bool {
	open, after := f.qOpen[qi], f.qClose[qi]
	p := f.prevWord(open)
	return p != nil && determiners[p.lower] && p.lower != "that" && wordCount(ts) >= 2 && titleCased(ts) &&
		after < len(f.toks) && f.free(after) && f.tok(after).para == f.tok(open).para && isLowerWord(f.tok(after)) && eventNouns[f.tok(after).lower]
}

// eventNouns follow the title-cased name of an event or a campaign: "the
// 'You Don't Speak For Us, Cindy!' tour", "the 'Yes We Can' campaign".
var eventNouns = set("tour tours campaign campaigns rally rallies march concert festival initiative movement programme program project act bill summit conference")

// isTerm: a short quotation that a term noun introduces ("the category
// of 'enemy fighter'"), or that a reporting verb gives as the subject of
// a clause ("said 'bird flu' led to …"): words talked about, not said.
func (f *field) isTerm(qi int, ts []*token) bool {
	open, after := f.qOpen[qi], f.qClose[qi]
	if f.titleAsSubject(open, after, ts) || f.nameAsSubject(open, after, ts) {
		return true
	}
	p := f.prevWord(open)
	if p == nil {
		return false
	}
	if len(ts) == 1 && wordsMentioned[ts[0].lower] && determiners[p.lower] {
		return true // a word mentioned: "the 'where' of the panic"
	}
	if wordCount(ts) <= 3 && glossMarks[p.lower] {
		return true // a word glossed: "the language of the clause (ie 'consider')"
	}
	if pp := f.prevWord(open - 1); pp != nil && p.lower == "in" && (pp.lower == "believe" || pp.lower == "believes" || pp.lower == "believed" || pp.lower == "believing") {
		return true // a creed: "believe in 'live and let live'"
	}
	if f.nameNounOf(open) != "" {
		return true // "the name 'swine flu'", "the term 'junk shot'", "the word 'could'" (a clause or not)
	}
	if clause(ts) {
		return false
	}
	if f.listedAsWords(open) {
		return true
	}
	if pp := f.prevWord(open - 1); pp != nil && p.lower == "by" && meanWords[pp.lower] || after < len(f.toks) && f.free(after) && meanWords[f.tok(after).lower] && wordCount(ts) <= 3 {
		return true // a word asked about: "what do we mean by 'orderly'?", "what does 'orderly' mean"
	}
	if f.namedInList(open) || f.thingInList(qi, ts) {
		return true
	}
	if pp := f.prevWord(open - 1); p.lower == "to" && pp != nil && (pp.lower == "reference" || pp.lower == "references" || pp.lower == "allusion") {
		return true // a word referred to: "the reference to 'crackling'"
	}
	if (p.lower == "if" || p.lower == "whether" || p.lower == "unless") && after < len(f.toks) && f.free(after) && auxiliaries[f.tok(after).lower] {
		return true // a term as a clause's subject: "if 'gross negligence' is not proven"
	}
	indefinite := (p.lower == "a" || p.lower == "an") && f.sentenceStart(open-1) == open-1
	if (p.lower == "the" || p.lower == "those" || p.lower == "these" || indefinite) && f.tok(open-1) == p && wordCount(ts) <= 3 && after < len(f.toks) && f.free(after) && (auxiliaries[f.tok(after).lower] || indefinite && lang.PastForm(f.tok(after).lower)) && !f.cueBetween(f.sentenceStart(open), open) && !(indefinite && f.cueBetween(after+1, f.sentenceEnd(after))) {
		// a thing's name as a clause's subject: "The 'top hat' is meant
		// to siphon oil", "those 'in charge' have admitted", "A
		// 'reporter' thought of a headline" (but a
		// speaker's coinage after a cue: "Cruz warned that the
		// 'Washington cartel' is nervous")
		return true
	}
	if pp := f.prevWord(open - 1); p.lower == "of" && pp != nil && termNouns[pp.lower] {
		return true
	}
	if (p.lower == "a" || p.lower == "an") && open >= 3 && titleVerbs[f.tok(open-2).lower] && f.free(open-3) && f.plainNoun(open-3, false) && !roleNouns[f.tok(open-3).lower] && !personRoles[f.tok(open-3).lower] {
		return true // a thing named: "a plan called a 'top kill'"
	}
	if wordCount(ts) >= 2 && after < len(f.toks) && f.free(after) && f.tok(after).para == f.tok(open).para && isLowerWord(f.tok(after)) && procedureNouns[f.tok(after).lower] && !f.cueBetween(f.sentenceStart(open), open) {
		lower := true
		for _, t := range ts {
			lower = lower && (t.kind != tWord || isLowerWord(t))
		}
		if lower {
			return true // a method's name before its noun, whatever qualifies it: "a high-stakes 'top kill' operation", "the company's 'top kill' effort"
		}
	}
	if wordCount(ts) >= 2 && determiners[p.lower] && p.lower != "that" && after < len(f.toks) && f.free(after) && f.tok(after).para == f.tok(open).para && isLowerWord(f.tok(after)) {
		// the name of a method or a show before its noun: "the 'top
		// kill' attempt", "the 'Mad Money' host"
		if w := f.tok(after).lower; procedureNouns[w] || allCapitalised(ts) && (roleNouns[w] || personRoles[w]) {
			return true
		}
	}
	if !f.cueAt(open-1) || after >= len(f.toks) || !f.free(after) || f.tok(after).para != f.tok(open).para || !isLowerWord(f.tok(after)) {
		return false
	}
	w := f.tok(after).lower
	return auxiliaries[w] || lang.IrregularPast(w) || strings.HasSuffix(w, "ed") && !adjectiveLike(w)
}

// titleAsSubject reports a title in marks (title case or capitals, five
// words at most) that opens its sentence as the subject of a verb other
// than one of speech: "'John King USA' starts at the top of the hour",
// "'Yes We Can' became the slogan" (not "'Stop,' he said", nor "'No
// Comment' says the sign").
func (f *field) titleAsSubject(open, after int, ts []*token) bool {
	if sb := f.sentenceStart(open); sb != open && !(open-sb <= 3 && f.ownerOpens(sb, open)) || wordCount(ts) > 5 || !(titleCased(ts) || allCapitalised(ts)) ||
		after >= len(f.toks) || !f.free(after) || f.tok(after).para != f.tok(open).para || !isLowerWord(f.tok(after)) {
		return false
	}
	for _, t := range ts {
		if t.kind == tPunct && (t.text == "." || t.text == "," || t.text == "!" || t.text == "?") {
			return false
		}
	}
	w := f.tok(after).lower
	if lang.ReportingVerb(w) {
		return false
	}
	return auxiliaries[w] || lang.PastForm(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3
}

// nameAsSubject reports a short quotation inside a sentence, after a
// noun or a determiner, that a reporting verb follows with nothing
// between: the quoted name of the subject, no words spoken ("as the
// Web site gossip 'Cop' reported", "a 'Mr. Grimsdale' wrote",
// "Commenter 'littlesod' wrote").
func (f *field) nameAsSubject(open, after int, ts []*token) bool {
	if wordCount(ts) > 3 || after >= len(f.toks) || !f.free(after) || f.tok(after).para != f.tok(open).para || !finiteCues[f.tok(after).lower] || f.nounHead(after) ||
		after+1 < len(f.toks) && f.tok(after+1).lower == "by" {
		return false
	}
	if v := f.tok(after).lower; (v == "says" || v == "said") && after+1 < len(f.toks) && f.tok(after+1).kind == tWord && f.tok(after+1).lower != "that" && !prepositions[f.tok(after+1).lower] {
		return false // its speaker after the verb: "BP 'good value' says leading Libyan oil executive"
	}
	for _, t := range ts {
		if t.kind == tPunct && t.text != "." && t.text != "-" || t.kind == tPunct && t.text == "." && t == ts[len(ts)-1] {
			return false // "'…,' said": words spoken
		}
	}
	p := f.prevWord(open)
	if p == nil || f.cueAt(open-1) || prepositions[p.lower] || fragmentStarts[p.lower] {
		return false
	}
	if !titleCased(ts) && !determiners[p.lower] && !(len(ts) == 1 && p.capitalised()) {
		return false // words that qualify the verb: "the advertisement 'unmistakably and wrongfully' suggests"
	}
	return determiners[p.lower] || f.nounHead(open-1) || p.capitalised() && f.sentenceStart(open-1) == open-1
}

// signNouns are things words are written on: a quotation right before
// one is what it reads, no one's speech ("'Sold Out' signs").
var signNouns = set("sign signs poster posters banner banners placard placards sticker stickers label labels notice notices t-shirt t-shirts slogan slogans")

// finiteCues are reporting verbs in a form that is a finite verb after
// its subject more often than a noun ("wrote", "reports"; not "comment",
// "claims", "question").
var finiteCues = set(`said says wrote writes reported reports told tells added adds noted notes warned warns
	stressed suggested suggests recommended recommends complained complains insisted insists declared declares`)

// ownerOpens reports that tokens [sb, open) are a name's possessive,
// as a name opening its sentence has: "Helix' 'Deepwater Containment
// System' includes", "Harlow's 'Clean Seas Plan' calls for".
func (f *field) ownerOpens(sb, open int) bool {
	k := open - 1
	if k < sb || !f.free(k) {
		return false
	}
	if t := f.tok(k); t.kind == tWord && isPossessive(t.text) && t.capitalised() {
		return k == sb
	}
	a := f.tok(k)
	return k-1 == sb && a.kind == tPunct && isApostrophe(firstRune(a.text)) && f.free(sb) && f.tok(sb).capitalised() && a.start == f.tok(sb).end
}

// listedAsWords reports whether the quotation opening at token open is
// an example in a list of words: "words such as 'democracy', 'human
// rights' and 'freedom'", "terms like 'X'".
func (f *field) listedAsWords(open int) bool {
	k := open - 1
	for k >= 0 && (!f.free(k) || f.tok(k).text == "," || f.tok(k).lower == "and" || f.tok(k).lower == "or" || f.tok(k).kind == tPunct && isQuoteRune(firstRune(f.tok(k).text))) {
		k-- // the list's earlier examples
	}
	switch {
	case k >= 2 && f.tok(k).lower == "as" && f.tok(k-1).lower == "such":
		return wordNouns[f.tok(k-2).lower]
	case k >= 1 && (f.tok(k).lower == "like" || f.tok(k).lower == "including"):
		return wordNouns[f.tok(k-1).lower]
	}
	return false
}

// meanWords ask what a word means.
var meanWords = set("mean means meant")

// namedInList reports whether the quotation opening at token open is a
// second name a naming verb gives: "the new cap, called a capping stack
// or 'Top Hat 10'", "known as the spool or 'the flange'".
func (f *field) namedInList(open int) bool {
	for k, n := open-1, 0; k >= 0 && n < 8 && f.free(k) && f.tok(k).text != "." && f.tok(k).text != ";"; k, n = k-1, n+1 {
		t := f.tok(k)
		if titleVerbs[t.lower] || t.lower == "as" && k > 0 && f.tok(k-1).lower == "known" {
			between := f.tok(open - 1).lower
			return between == "or" || between == "and" || between == ","
		}
		if t.kind == tWord && f.cueAt(k) {
			return false
		}
	}
	return false
}

// thingInList reports a short quotation that is an item of a list of
// things, with its article: "a riser insertion tool, a 'top hat,' and
// flaring from a surface rig".
func (f *field) thingInList(qi int, ts []*token) bool {
	open := f.qOpen[qi]
	if wordCount(ts) > 3 || open < 2 || !f.free(open-1) || !f.free(open-2) {
		return false
	}
	if a := f.tok(open - 1).lower; a != "a" && a != "an" {
		return false
	}
	if p := f.tok(open - 2).text; p != "," && p != "--" && p != "—" && p != "–" {
		return false
	}
	c, ok := f.afterComma(qi, ts)
	if !ok {
		return false
	}
	w := f.tok(c).lower
	return w == "and" || w == "or" || w == "a" || w == "an"
}

// afterComma returns the token after the comma that closes quotation
// qi's phrase, inside its marks ("'top hat,' and") or after them ("'top
// hat', and"); false when no comma does, or nothing free follows it.
func (f *field) afterComma(qi int, ts []*token) (int, bool) {
	c := f.qClose[qi]
	comma := ts[len(ts)-1].text == ","
	if c < len(f.toks) && f.free(c) && f.tok(c).text == "," {
		c, comma = c+1, true
	}
	return c, comma && c < len(f.toks) && f.free(c)
}

// titlesName reports a quotation after a determiner or a possessive and
// before a comma and a name of two words or more: a title or a label
// for the person named ("the administration's “pay czar,” Kenneth
// Feinberg, who …", "the so-called “drug czar”, Ana Lind,").
func (f *field) titlesName(qi int, ts []*token) bool {
	open := f.qOpen[qi]
	if open == 0 || !f.free(open-1) {
		return false
	}
	if p := f.tok(open - 1); !determiners[p.lower] && !(isPossessive(p.text) && (isLowerWord(p) || p.capitalised())) {
		return false
	}
	c, ok := f.afterComma(qi, ts)
	if !ok || c+1 >= len(f.toks) {
		return false
	}
	k := c
	for k < len(f.toks) && f.free(k) && f.tok(k).kind == tWord && f.tok(k).capitalised() {
		k++
	}
	return k-c >= 2 && k < len(f.toks) && f.free(k) && (f.tok(k).text == "," || f.tok(k).text == "." || f.tok(k).text == ")")
}

// nameNouns introduce a name or term right after them: "the name 'X'".
var nameNouns = set("name term label nickname moniker acronym abbreviation markings marking inscription word phrase expression")

// wordNouns are words for words: "words such as …".
var wordNouns = set("word words term terms phrase phrases expression expressions slogan slogans label labels buzzword buzzwords euphemism euphemisms names nicknames monikers titles")

// wordsMentioned are words that a writer sets off as words after "the":
// "the 'where' of the panic".
var wordsMentioned = set("where why how what when who which if whether and or but not")

// bodyName reports whether title-cased words name an organisation: an
// organisation's head word last ("Casualty Coalition", "Tea Party").
func bodyName(ts []*token) bool {
	var last *token
	for _, t := range ts {
		if t.kind == tWord {
			last = t
		}
	}
	return last != nil && last.capitalised() && !last.allCaps() && bodyWords[last.lower]
}

// bodyWords end the names of organisations.
var bodyWords = set("coalition committee party alliance movement network project foundation association council caucus union league society institute")

// outletName reports whether title-cased words name a newspaper: a
// newspaper's head word last ("The Washington Post", "L.A. Times" set off
// by marks).
func outletName(ts []*token) bool {
	var words []*token
	for _, t := range ts {
		if t.kind == tWord {
			words = append(words, t)
		}
	}
	return len(words) >= 2 && len(words) <= 6 && newspaperHeads[words[len(words)-1].lower]
}

// newspaperHeads end newspapers' names.
var newspaperHeads = set("post times journal herald tribune guardian telegraph observer independent chronicle gazette mail express mirror globe examiner inquirer register standard economist courier")

// auxiliaries are finite verbs that follow a subject.
var auxiliaries = set("is are was were has have had will would can could may might must does did")

// isLabel: one capitalised word ("Bobby"), not opening its sentence,
// with no reporting verb within three words either side: a name or
// pseudonym set off by marks.
func (f *field) isLabel(qi int, ts []*token, n int) bool {
	if n != 1 || f.sentenceStart(f.qOpen[qi]) == f.qOpen[qi] {
		return false
	}
	for _, t := range ts {
		if t.kind == tPunct && strings.ContainsAny(t.text, ".!?") {
			return false
		}
		if t.kind == tWord && !t.capitalised() && !smallWords[t.lower] {
			return false
		}
	}
	open, after := f.qOpen[qi], f.qClose[qi]
	for k := max(open-3, f.sentenceStart(open)); k < min(after+3, len(f.toks)); k++ {
		if (k < open || k >= after) && f.cueAt(k) {
			return false
		}
	}
	return true
}

// isField: marks that belong to a label or a data field, not to speech:
// an upper-case programme name in a transcript label ("AMANPOUR, 'THIS
// WEEK': …"), or a value after a quoted key ('{"title": "…"').
func (f *field) isField(qi int, ts []*token) bool {
	open, after := f.qOpen[qi], f.qClose[qi]
	caps := true
	for _, t := range ts {
		if t.kind == tWord && !t.allCaps() && !unicode.IsDigit(firstRune(t.text)) {
			caps = false
			break
		}
	}
	if caps && wordCount(ts) > 0 && after < len(f.toks) && f.tok(after).text == ":" {
		return true
	}
	if open >= 2 && f.tok(open-1).text == ":" && f.tok(open-2).mark {
		if k := f.tok(open - 2).quote; k >= 0 && k < qi && wordCount(f.quoteToks(k)) <= 2 {
			return true // a quoted key and a colon
		}
	}
	return false
}

// spellsAcronym reports whether the initials of quotation qi's words
// spell an acronym in brackets right after it ("'value at risk' (VaR)"),
// or one right before its bracket ("CINC ('Costner in Nevada
// Corporation')"): a name spelled out, not words anyone said. The
// initials are of every word, or of every word but the small ones
// ("'Organisation for the Prohibition of Chemical Weapons' (OPCW)").
func (f *field) spellsAcronym(qi int, ts []*token) bool {
	open, after := f.qOpen[qi], f.qClose[qi]
	acronym := ""
	switch {
	case after+2 < len(f.toks) && f.tok(after).text == "(" && f.tok(after+2).text == ")":
		acronym = f.tok(after + 1).text
	case open >= 2 && f.tok(open-1).text == "(":
		acronym = f.tok(open - 2).text
	}
	if len(acronym) < 2 || len(acronym) > 8 || upperCount(acronym) < 2 {
		return false
	}
	var all, content strings.Builder
	for _, t := range ts {
		if t.kind != tWord {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		all.WriteRune(unicode.ToUpper(r))
		if !smallWords[t.lower] {
			content.WriteRune(unicode.ToUpper(r))
		}
	}
	a := strings.ToUpper(acronym)
	return a == all.String() || a == content.String()
}

// upperCount counts the upper-case letters of s.
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// sessionNouns are meetings and writings whose title may follow "on": "a
// hearing on '…'", "a seminar on '…'".
var sessionNouns = set("hearing hearings inquiry conference seminar symposium panel session lecture debate forum workshop briefing roundtable")

// thingNamed reports a quotation right after a past participle that
// names (namingVerbs) and a noun that is no one ("a Facebook group called
// '…'", "a campaign dubbed '…'"): the name of a thing, not words anyone
// said (not "the minister called it '…'").
func (f *field) thingNamed(open int) bool {
	v := f.prevWord(open)
	if v == nil || !namingVerbs[v.lower] || v.lower == "described" || v.lower == "known" {
		return false
	}
	n := f.prevWord(open - 1)
	if n == nil || !isLowerWord(n) || !f.plainNoun(open-2, false) || objectPronouns[n.lower] {
		return false
	}
	return groupRoles[n.lower] || !personNoun(n.lower) && !pluralPeople(n.lower)
}
