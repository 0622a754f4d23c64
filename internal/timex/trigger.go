package timex

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Triggers make the tagger fast: Go's regexp engine runs a large pattern
// with submatches at well under a megabyte a second, so each rule runs only
// on windows of text around the words that any of its matches must
// contain. A window reaches far enough either side of its trigger for the
// longest prefix and suffix a rule allows ("the beginning of early …",
// "…, 2016").
//
// Tokens are maximal runs of letters and digits, lower-cased ("third" and
// "quarter" in "third-quarter", "a" and "m" in "a.m."). Classes: "#digit"
// is any token starting with a digit, "#year" a four-digit number,
// "#dpunct" a number followed by one of "/.:-" and a digit ("10/31",
// "14:30", "2016-10"), "#ampm" a number glued to its meridiem ("7pm"),
// "#decade" a number with a plural s ("1990s", "'90s", "1990's").
//
// Month and weekday names count as triggers only when capitalised, as a
// match needs them (capitalsOK): "may", "march" and "sun" in lower case
// are most often a verb or a noun, and are indexed apart (lowerName).

const windowBefore, windowAfter = 64, 64

// narrowWindows are tighter windows for rules whose trigger is the last
// word of a match or close to it (a unit, "ago"), which are also the most
// expensive patterns.
var narrowWindows = map[string][2]int{
	// the first word of a holiday is its trigger ("Martin Luther King
	// Jr. Day, 2016")
	"holiday":      {24, 48},
	"duration":     {48, 24},
	"ago":          {56, 8},
	"vague-plural": {24, 12},
	"bare-plural":  {4, 8},
	"half-unit":    {8, 16},
	"adj-long":     {12, 4},
	// month and weekday names: the longest prefix is a weekday, "the"
	// and "the beginning of", or a relative word; the longest suffix a
	// day and year (", twenty-seventh, 2016") or "afternoon of next week"
	"mdy":           {40, 28},
	"dmy":           {40, 16},
	"month-year":    {24, 16},
	"month-relyear": {24, 24},
	"month":         {32, 8},
	"weekday":       {24, 28},
}

var (
	monthWords   = []string{"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec"}
	weekdayWords = []string{"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun"}
	unitWords    = []string{"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries", "millennium", "millennia", "weekend", "weekends", "yearlong", "daylong", "monthlong", "weeklong", "hourlong", "decadelong"}
	seasonWords  = []string{"spring", "summer", "fall", "autumn", "winter"}
	podWords     = []string{"morning", "afternoon", "evening", "night"}
)

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var triggerWords = map[string][]string{
	"iso":           {"#dpunct"},
	"ymd-slash":     {"#dpunct"},
	"numeric":       {"#dpunct"},
	"mdy":           monthWords,
	"dmy":           monthWords,
	"month-year":    monthWords,
	"month-relyear": monthWords,
	"month":         monthWords,
	"year":          {"#year", "fy"},
	"year-spelled":  {"nineteen", "twenty", "thousand"},
	"decade":        {"#decade", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
	"century":       {"century"},
	"quarter":       {"quarter", "half"},
	"year-period":   {"#year"},
	"week-of":       {"week"},
	"day-before":    {"day"},
	"quarter-ref":   {"quarter", "period"},
	"year-earlier":  {"year"},
	"rel-unit":      join(unitWords, seasonWords),
	"period-end":    {"year", "month", "week", "decade", "century", "day", "end"},
	"season":        seasonWords,
	"the-year":      {"year"},
	"the-weekend":   {"weekend"},
	"day-rel":       join([]string{"today", "yesterday", "tomorrow", "tonight", "day"}, podWords),
	"weekday":       weekdayWords,
	"day-anaphor":   join([]string{"day"}, podWords),
	"ago":           {"ago", "earlier", "later", "before", "after", "now", "hence", "back", "previously", "afterward", "afterwards"},
	"duration":      unitWords,
	"half-unit":     {"half"},
	"vague-plural":  {"years", "months", "weeks", "days", "decades", "hours", "quarters"},
	"bare-plural":   {"years", "months", "weeks", "decades", "centuries", "hours", "minutes", "days"},
	"adj-long":      {"long", "daylong", "weeklong", "monthlong", "yearlong", "decadelong", "hourlong"},
	"set-adverb":    {"daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "biweekly", "bimonthly", "semiannually", "biannually"},
	"set-every":     {"every", "each", "per", "once", "twice", "times"},
	"set-weekdays":  {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mornings", "afternoons", "evenings", "nights"},
	"clock":         {"#ampm", "am", "pm", "m"},
	"clock-24":      {"#dpunct"},
	"clock-word":    {"noon", "midnight", "midday", "clock", "morning", "afternoon", "evening"},
	"holiday":       {"christmas", "new", "thanksgiving", "easter", "good", "independence", "halloween", "valentine", "labor", "labour", "memorial", "election", "boxing", "bastille", "veterans", "armistice", "remembrance", "king", "presidents", "president", "mother", "father", "patrick", "fawkes"},
	"ref-word":      {"now", "currently", "presently", "present", "nowadays", "days", "recently", "lately", "past", "future", "term", "moment"},
}

// requiredWords are words of which a rule's every match contains one as
// well as a trigger: a window without one is not searched. "ago" is
// triggered by common words ("after", "back", "now") but needs a unit
// ("three years ago").
var requiredWords = map[string][]string{
	"ago": unitWords,
	// holidays are triggered by their first words, many of them common
	// ("new", "good", "president"); all but Halloween end in one of these
	"holiday": {"day", "eve", "christmas", "thanksgiving", "easter", "halloween", "friday", "night", "sunday", "monday", "year"},
}

// leads narrow the triggers of rules whose trigger is the last word of a
// match but one of a few kinds of word must come just before it: a
// duration's unit follows a number ("two years", "a few days", "1,000
// consecutive trading days", "two and a half years"), a relative unit's
// its determiner ("last year", "the coming fiscal year"). An occurrence of
// the trigger counts only when the word before it, past any skip words
// and separated by white space or hyphens only, is one of words (or a
// number, when number is set). Most units in news are not durations
// ("this year's budget", "the day after"), and the duration pattern was a
// third of the tagger's time.
type lead struct {
	words, skip map[string]bool
	number      bool
}

var leads = map[string]lead{
	"duration": {
		words:  wordSet(numWord, "a|an|hundred|few|several|couple|of|dozen|some|many|half"),
		skip:   wordSet("more|additional|full|straight|consecutive|long|short|trading|business|working|calendar"),
		number: true,
	},
	"rel-unit": {
		words: wordSet("last|this|next|past|coming|previous|prior|current|following|same|that|present|latest|recent"),
		skip:  wordSet("fiscal|financial|calendar"),
	},
}

// wordSet is the set of the words of "|"-separated lists.
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Split(l, "|") {
			m[w] = true
		}
	}
	return m
}

// admits reports whether the trigger at text[start:] has a lead word.
func (l lead) admits(text string, start int) bool {
	for {
		w, at := tokenBefore(text, start)
		if w == "" {
			return false
		}
		lw := strings.ToLower(w)
		switch {
		case l.words[lw], l.number && lw[0] >= '0' && lw[0] <= '9':
			return true
		case !l.skip[lw]:
			return false
		}
		start = at
	}
}

// tokenBefore returns the token (a run of letters and digits, as in
// indexTokens) that ends just before text[at:], separated from it by
// ASCII white space or hyphens only (what the patterns allow between
// words), and where it starts; "" if there is none.
func tokenBefore(text string, at int) (string, int) {
	j := at
	for j > 0 && strings.IndexByte(" \t\n\f\r-", text[j-1]) >= 0 {
		j--
	}
	if j == at {
		return "", 0
	}
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	return text[i:j], i
}

// within reports whether one of words occurs inside window w.
func (idx tokenIndex) within(words []string, w [2]int) bool {
	for _, t := range words {
		// a word's occurrences are in text order and do not overlap: the
		// first starting in w is the one that may also end in it
		spans := idx[t]
		k := sort.Search(len(spans), func(k int) bool { return spans[k][0] >= w[0] })
		if k < len(spans) && spans[k][1] <= w[1] {
			return true
		}
	}
	return false
}

// tokenIndex maps each trigger word to the spans of its occurrences.
type tokenIndex map[string][][2]int

func indexTokens(text string) tokenIndex {
	idx := tokenIndex{}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			j += n2
		}
		tok := strings.ToLower(text[i:j])
		span := [2]int{i, j}
		if lowerName[tok] && unicode.IsLower(r) {
			tok = "~" + tok
		}
		idx[tok] = append(idx[tok], span)
		if tok[0] >= '0' && tok[0] <= '9' {
			for _, c := range numberClasses(text, tok, j) {
				idx[c] = append(idx[c], span)
			}
		}
		i = j
	}
	return idx
}

// lowerName holds the month and weekday names, which trigger only when
// capitalised.
var lowerName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range join(monthWords, weekdayWords) {
		m[w] = true
	}
	return m
}()

// numberClasses returns the classes of tok, a token starting with a digit
// that ends at text[j].
func numberClasses(text, tok string, j int) []string {
	cs := []string{"#digit"}
	if len(tok) == 4 && (tok[0] == '1' || tok[0] == '2' && tok[1] == '0') {
		cs = append(cs, "#year")
	}
	switch {
	case strings.HasSuffix(tok, "s"):
		cs = append(cs, "#decade")
	case strings.HasSuffix(tok, "am") || strings.HasSuffix(tok, "pm"):
		cs = append(cs, "#ampm")
	case strings.HasPrefix(text[j:], "'s") || strings.HasPrefix(text[j:], "’s"):
		cs = append(cs, "#decade")
	}
	if j+1 < len(text) && strings.IndexByte("/.:-", text[j]) >= 0 && text[j+1] >= '0' && text[j+1] <= '9' {
		cs = append(cs, "#dpunct")
	}
	return cs
}

// maxWindow bounds a merged window. Text dense in triggers (a huge
// document without paragraphs) would otherwise make one window of it all,
// which a rule's expression would search in one call, beyond the reach of
// cancellation. Past the bound a new window starts, overlapping the last:
// a match in both is found twice, and the second copy loses the overlap
// resolution of tagWith. Articles are shorter than the bound.
const maxWindow = 64 << 10

// windows returns the merged windows around the occurrences of triggers,
// cut at rune boundaries of text.
func (idx tokenIndex) windows(triggers []string, text string, before, after int, l *lead) [][2]int {
	n := len(text)
	var spans [][2]int
	for _, t := range triggers {
		for _, s := range idx[t] {
			if l == nil || l.admits(text, s[0]) {
				spans = append(spans, s)
			}
		}
	}
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out [][2]int
	for _, s := range spans {
		lo, hi := max(0, s[0]-before), min(n, s[1]+after)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < n && !utf8.RuneStart(text[hi]) {
			hi++
		}
		if len(out) > 0 && lo <= out[len(out)-1][1] && hi-out[len(out)-1][0] <= maxWindow {
			out[len(out)-1][1] = max(out[len(out)-1][1], hi)
			continue
		}
		out = append(out, [2]int{lo, hi})
	}
	return out
}
