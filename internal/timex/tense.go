package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tense is what the verbs near an expression say about its direction from
// the document time: "said on Friday" is the last Friday, "will meet on
// Saturday" the coming one. HeidelTime reads the tense off POS tags; without
// a tagger we read it off a closed list of auxiliaries and past forms,
// taking the cue nearest to the expression in its sentence.
type tense int

const (
	tenseUnknown tense = iota
	tensePast
	tensePresent
	tenseFuture
)

func (t tense) String() string {
	return [...]string{"unknown", "past", "present", "future"}[t]
}

var futureCues = map[string]bool{
	"will": true, "shall": true, "won't": true, "wont": true, "'ll": true,
	"tomorrow": true, "upcoming": true, "scheduled": true,
	"expected": true, "expects": true, "plans": true, "intends": true,
	"would": true, "might": true, "planned": true, "planning": true,
}

var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true,
	"told": true, "went": true, "came": true, "took": true, "made": true,
	"gave": true, "met": true, "saw": true, "got": true, "began": true,
	"left": true, "held": true, "sold": true, "rose": true, "fell": true,
	"won": true, "lost": true, "paid": true, "sent": true, "spent": true,
	"brought": true, "bought": true, "thought": true, "found": true,
	"ran": true, "became": true, "knew": true, "wrote": true, "spoke": true,
	"broke": true, "hit": false, "put": false, "shot": true, "struck": true,
	"fled": true, "flew": true, "fought": true, "led": true, "kept": true,
	"felt": true, "heard": true, "meant": true, "stood": true, "set": false,
	"agreed": true, "yesterday": true, "ago": true, "last": true,
	"earlier": true, "didn't": true, "wasn't": true, "weren't": true,
	"hadn't": true, "died": true, "killed": true, "tried": true,
	"cried": true, "denied": true, "replied": true, "carried": true,
	"sought": true, "taught": true, "caught": true, "bound": true, "chose": true,
	"drove": true, "drew": true, "ate": true, "forgot": true, "froze": true,
	"grew": true, "hung": true, "hid": true, "laid": true, "lay": true,
	"lent": true, "rode": true, "rang": true, "sang": true, "sank": true,
	"sat": true, "slept": true, "slid": true, "stole": true, "stuck": true,
	"swore": true, "swept": true, "swam": true, "threw": true, "understood": true,
	"woke": true, "wore": true, "withdrew": true, "overthrew": true,
	"undertook": true, "upheld": true, "won't": false, "dealt": true,
	"dug": true, "fed": true, "forbade": true, "forgave": true, "gotten": true,
	"quit": false, "read": false, "arose": true, "awoke": true, "beat": false,
	"bent": true, "bled": true, "blew": true, "built": true, "burnt": true,
	"lit": true, "mistook": true, "overcame": true, "oversaw": true,
	"proved": true, "shook": true, "shut": false,
	"spun": true, "split": false, "spread": false, "strove": true, "tore": true,
}

var presentCues = map[string]bool{
	"is": true, "are": true, "am": true, "says": true, "has": true,
	"have": true, "does": true, "isn't": true, "aren't": true,
}

// notPastEd lists frequent words ending in -ed that are not past forms.
var notPastEd = map[string]bool{
	"need": true, "speed": true, "feed": true, "seed": true, "indeed": true,
	"hundred": true, "red": true, "bed": true, "shed": true, "bled": false,
	"fred": true, "ted": true, "ned": true, "united": true, "deed": true,
	"breed": true, "greed": true, "weed": true, "proceed": true,
	"exceed": true, "succeed": true, "creed": true, "heed": true, "wed": true,
	"expected": true, "scheduled": true, "proposed": true,
	"related": true, "limited": true, "based": true, "armed": true,
	"detailed": true, "advanced": true, "concerned": true, "interested": true,
	"supposed": true, "used": true, "so-called": true, "called": false,
}

// sentenceBounds returns the sentence around [start,end) in text: from
// after the last ". ", "? ", "! " or blank line before it to the next one.
func sentenceBounds(text string, start, end int) (int, int) {
	// Sentences longer than this either side are cut there, so that text
	// without punctuation costs linear time.
	const maxReach = 400
	s := start
	for s > 0 && start-s < maxReach {
		c := text[s-1]
		if c == '\n' && s >= 2 && text[s-2] == '\n' {
			break
		}
		if (c == ' ' || c == '\n') && s >= 2 && (text[s-2] == '.' || text[s-2] == '?' || text[s-2] == '!') {
			// "Dec. 10", "Mr. Kerry", "U.S. officials": an abbreviation, not an end.
			if !abbrevBefore(text, s-2) {
				break
			}
		}
		s--
	}
	e := end
	for e < len(text) && e-end < maxReach {
		c := text[e]
		if c == '\n' && e+1 < len(text) && text[e+1] == '\n' {
			break
		}
		if (c == '.' || c == '?' || c == '!') && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n') && !abbrevBefore(text, e) {
			e++
			break
		}
		e++
	}
	return s, e
}

// abbrevBefore reports whether the full stop at text[i] ends an
// abbreviation ("Dec.", "Mr.", "U.S.") rather than a sentence.
func abbrevBefore(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i
	for j > 0 && (isLetterByte(text[j-1]) || text[j-1] == '.') {
		j--
	}
	w := strings.ToLower(strings.TrimSuffix(text[j:i], "."))
	if strings.Contains(w, ".") { // U.S, a.m
		return true
	}
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
		"nov", "dec", "no", "co", "corp", "inc", "ltd", "jr", "sr", "vs", "prof",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return len(w) == 1 && w >= "a" && w <= "z" && text[j] >= 'A' && text[j] <= 'Z'
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

type word struct {
	s          string // lower case
	start, end int
	cap        bool // written with a capital
}

// words splits text[lo:hi] into lower-cased words with their offsets;
// apostrophe contractions stay attached ("won't", "'ll" split off).
func words(text string, lo, hi int) []word {
	var out []word
	i := lo
	for i < hi {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < hi {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < hi {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						// "won't", "didn't" stay whole; "'ll" splits off.
						rest := strings.ToLower(text[j+n2 : min(hi, j+n2+3)])
						if strings.HasPrefix(rest, "ll") || strings.HasPrefix(rest, "s ") || rest == "s" || strings.HasPrefix(rest, "d ") {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			w := strings.ToLower(strings.ReplaceAll(text[i:j], "’", "'"))
			out = append(out, word{w, i, j, unicode.IsUpper(r)})
			i = j
			continue
		}
		if (r == '\'' || r == '’') && i+n+2 <= hi && strings.EqualFold(text[i+n:i+n+2], "ll") {
			out = append(out, word{"'ll", i, i + n + 2, false})
			i += n + 2
			continue
		}
		i += n
	}
	return out
}

// tenseAt returns the tense of the clause around [start,end): the nearest
// cue word, looking alternately left and right, first within the clause
// (up to a comma, semicolon, colon, bracket or quotation mark: "will meet
// on Saturday, officials said"), then in the whole sentence.
func tenseAt(text string, start, end int) tense {
	lo, hi := sentenceBounds(text, start, end)
	clo, chi := clauseBounds(text, lo, hi, start, end)
	if t := nearestCue(text, clo, chi, start, end, true); t != tenseUnknown {
		return t
	}
	if clo == lo && chi == hi {
		return tenseUnknown
	}
	return nearestCue(text, lo, hi, start, end, false)
}

// clauseBounds narrows [lo,hi) to the punctuation-delimited stretch
// around [start,end).
func clauseBounds(text string, lo, hi, start, end int) (int, int) {
	const stops = ",;:()\"“”"
	cl := lo
	if i := strings.LastIndexAny(text[lo:start], stops); i >= 0 {
		cl = lo + i + 1
	}
	ch := hi
	if i := strings.IndexAny(text[end:hi], stops); i >= 0 {
		ch = end + i
	}
	return cl, ch
}

// nearestCue finds the cue nearest to [start,end) in text[lo:hi]; an
// infinitive "to" counts only inside the expression's own clause, before it.
func nearestCue(text string, lo, hi, start, end int, clause bool) tense {
	ws := words(text, lo, hi)
	// Split into before and after the expression.
	var before, after []word
	for _, w := range ws {
		switch {
		case w.end <= start:
			before = append(before, w)
		case w.start >= end:
			after = append(after, w)
		}
	}
	for k := 0; k < len(before) || k < len(after); k++ {
		if k < len(before) {
			w := before[len(before)-1-k]
			if w.s == "to" && !clause {
				continue
			}
			if t := cue(w.s, before, len(before)-1-k); t != tenseUnknown {
				return t
			}
		}
		if k < len(after) {
			if after[k].s == "to" {
				continue // "fell on Friday to close at": a purpose, not the tense
			}
			if t := cue(after[k].s, after, k); t != tenseUnknown {
				return t
			}
		}
	}
	return tenseUnknown
}

func cue(w string, ws []word, i int) tense {
	switch {
	case futureCues[w]:
		if w == "until" || w == "till" {
			return tenseUnknown
		}
		return tenseFuture
	case w == "going" && i+1 < len(ws) && ws[i+1].s == "to":
		return tenseFuture
	case w == "to" && i+1 < len(ws) && !ws[i+1].cap && infinitive(ws[i+1].s):
		return tenseFuture // "Kerry to meet Lavrov on Saturday", "agreed to meet Friday"
	case (w == "is" || w == "are") && i+1 < len(ws) && ws[i+1].s == "to":
		return tenseFuture // "is to resume trading Tuesday"
	case w == "soon" && i >= 2 && ws[i-1].s == "as" && i+1 < len(ws) && ws[i+1].s == "as":
		return tenseFuture // "as soon as Tuesday"
	case pastCues[w]:
		if w == "last" || w == "earlier" {
			return tenseUnknown
		}
		return participle(ws, i)
	case presentCues[w]:
		return tensePresent
	case strings.HasSuffix(w, "ed") && len(w) > 4 && !notPastEd[w] && !(i > 0 && nounDeterminers[ws[i-1].s]):
		return participle(ws, i) // but not a noun or adjective: "to the seabed", "the injured"
	}
	return tenseUnknown
}

// nounDeterminers open a noun phrase: a word in -ed right after one is
// no verb.
var nounDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "your": true, "my": true,
}

// notInfinitive lists frequent words after a prepositional "to".
var notInfinitive = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true, "that": true,
	"these": true, "those": true, "be": false, "date": true, "power": true,
	"office": true, "court": true, "death": true, "prison": true, "jail": true,
	"work": false, "him": true, "them": true, "us": true, "me": true, "it": true,
	"and": true, "or": true, "some": true, "all": true, "more": true, "about": true,
}

// infinitive guesses whether w, after "to", is a verb rather than a noun
// phrase: a lower-case word that is not a determiner or pronoun.
func infinitive(w string) bool {
	if w == "" || notInfinitive[w] || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s")
}

// auxiliaries may stand between a modal and its participle: "will be
// held", "would have been told", "is expected to be signed".
var auxiliaries = map[string]bool{
	"be": true, "been": true, "being": true, "have": true, "not": true,
	"also": true, "still": true, "never": true, "already": true, "now": true,
	"probably": true, "likely": true, "then": true, "soon": true,
}

// participle decides the tense of a past form at ws[i] from the verb
// group it ends: "will be held" is future, "is expected" present, "was
// held" and plain "held" past.
func participle(ws []word, i int) tense {
scan:
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := ws[j].s
		switch {
		case w == "will" || w == "shall" || w == "'ll" || w == "would" || w == "to" || w == "might" || w == "may" || w == "could" || w == "should" || w == "must" || w == "won't":
			if w == "to" && j > 0 && (ws[j-1].s == "due" || ws[j-1].s == "expected" || ws[j-1].s == "scheduled" || ws[j-1].s == "set") {
				return tenseFuture
			}
			if w == "to" {
				return tenseUnknown
			}
			if w == "may" || w == "could" || w == "should" || w == "must" {
				if j+1 < len(ws) && ws[j+1].s == "have" {
					return tensePast
				}
				return tenseUnknown
			}
			if j+1 < len(ws) && ws[j+1].s == "have" && w == "would" {
				return tensePast // "would have caused"
			}
			return tenseFuture
		case w == "is" || w == "are" || w == "am":
			return tensePresent
		case w == "was" || w == "were" || w == "had" || w == "has":
			return tensePast
		case auxiliaries[w]:
			continue
		}
		break scan
	}
	return tensePast
}
