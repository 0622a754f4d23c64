// Package timex finds temporal expressions in news text and normalises
// them to TimeML values against the document creation time (DCT):
// "on Saturday" in an article of Monday 31 October 2016 is 2016-10-29,
// "will meet on Saturday" is 2016-11-05, "October 3" is 2016-10-03,
// "earlier this month" is 2016-10, "the past three years" is P3Y.
//
// # Design
//
// The tagger follows HeidelTime's design: a list of rules, each a regular
// expression over the raw text plus a normalisation function (rules.go).
// All rules run over the text; overlapping matches are resolved longest
// first; the survivors are normalised in text order, so that anaphoric
// expressions ("a year earlier", "the quarter", "the following week") can
// refer to the last calendar value mentioned. Underspecified expressions
// are anchored on the DCT, with the tense of the clause deciding direction
// where English leaves it open: a bare weekday, a month or a day without a
// year ("said on Friday" is the last Friday, "will meet on Saturday" the
// next). Tense is read off auxiliaries and past forms near the expression
// (tense.go), since no part-of-speech tagger is involved.
//
// # Determinism
//
// Output depends only on the text and the DCT: the DCT's own wall-clock
// date is used (whatever its location), arithmetic is done in UTC, and the
// package never reads the clock or time.Local. With a zero DCT, values that
// need an anchor are "" or TimeML's X forms ("XXXX-10-03", "XXXX-WXX-6").
//
// # Conventions
//
// Tag follows Dateline's own annotation convention (see Dateline);
// TagTimeML the TimeML guidelines used by TempEval-3 (see TimeML).
package timex

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// Tag returns the temporal expressions of text under the Dateline
// convention, in text order, with byte offsets into text. Value is "" when
// an expression cannot be normalised (or needs an anchor and dct is zero).
// Field is left empty: the caller knows which post field text came from.
func Tag(text string, dct time.Time) []domain.DateRef {
	return tag(text, dct, Dateline)
}

// TagTimeML returns the temporal expressions of text under the TimeML
// convention (TempEval-3): extents without prepositions, reference words
// (PRESENT_REF …), every duration and set, no merged ranges.
func TagTimeML(text string, dct time.Time) []domain.DateRef {
	return tag(text, dct, TimeML)
}

// calendarWord reports whether an expression names a calendar unit, which
// makes a reference value ("in recent months") a period anchored to the
// writing time rather than a bare adverb ("recently").
func calendarWord(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"day", "week", "fortnight", "month", "year", "quarter", "decade", "century", "night", "morning", "evening", "afternoon", "weekend", "summer", "winter", "spring", "autumn", "hour"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// anchoredWords mark a duration as a period ending or starting now.
var anchoredWords = []string{"past", "last", "next", "coming", "recent", "previous", "following", "ahead", "first"}

// govPreps are prepositions taken into a span under the Dateline
// convention, as the project's gold annotation does ("on Saturday", "in
// September", "over the past three days", "for a fortnight"); "on" stays
// out before an explicit date ("on October 3" → "October 3").
var govPreps = map[string]bool{
	"on": true, "in": true, "over": true, "for": true, "during": true,
	"throughout": true, "since": true, "until": true, "till": true, "at": true,
	"from": true,
}

// explicitDate names the rules of full calendar dates.
var explicitDate = map[string]bool{"mdy": true, "dmy": true, "iso": true, "ymd-slash": true, "numeric": true}

// dateline applies the Dateline convention to the TimeML-style mentions
// of d: it drops bare reference adverbs and unanchored durations, merges
// "from X until Y" into one range and extends spans over a governing
// preposition.
func dateline(d *doc) []domain.DateRef {
	text := d.text
	var kept []mention
	for _, mm := range d.prior {
		s := text[mm.start:mm.end]
		switch {
		case strings.HasSuffix(mm.value, "_REF") && !calendarWord(s):
			continue
		case mm.typ == domain.DateTypeDuration && !anchoredDuration(text, mm):
			continue
		}
		kept = append(kept, mm)
	}
	kept = mergeRanges(text, kept)
	out := make([]domain.DateRef, 0, len(kept))
	for i, mm := range kept {
		start := mm.start
		w := words(text, max(0, start-20), start)
		if len(w) > 0 {
			last := w[len(w)-1]
			between := text[last.end:start]
			prevEnd := 0
			if i > 0 {
				prevEnd = kept[i-1].end
			}
			if govPreps[last.s] && strings.TrimSpace(between) == "" && between != "" && last.start >= prevEnd && !(last.s == "on" && explicitDate[mm.rule]) {
				start = last.start
			}
		}
		out = append(out, domain.DateRef{Text: text[start:mm.end], Type: mm.typ, Value: mm.value, Start: start, End: mm.end})
	}
	return out
}

// anchoredDuration keeps "the past three days", "for a fortnight", "in
// recent months" and drops "a five-year conflict", "decades after".
func anchoredDuration(text string, mm mention) bool {
	s := strings.ToLower(text[mm.start:mm.end])
	for _, w := range anchoredWords {
		if strings.HasPrefix(s, w+" ") || strings.Contains(s, " "+w+" ") {
			return true
		}
	}
	if strings.Contains(s, "-") {
		return false // adjectival: "five-year conflict", "day-long"
	}
	switch wordBefore(text, mm.start) {
	case "for", "over", "within", "in", "throughout", "during":
		nw := strings.ToLower(wordAfter(text, mm.end))
		return nw != "now" && nw != "after" && nw != "before" && nw != "of"
	}
	return false
}

// mergeRanges joins "from X until Y", "between X and Y", "X-Y" when both
// ends are calendar values of the same granularity.
func mergeRanges(text string, ms []mention) []mention {
	var out []mention
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.typ == domain.DateTypeDate && ms[i+1].typ == domain.DateTypeDate {
			b := ms[i+1]
			mid := strings.ToLower(strings.TrimSpace(text[a.end:b.start]))
			pre := wordBefore(text, a.start)
			ok := false
			switch mid {
			case "until", "till", "to", "through", "-", "–", "—", "and":
				ok = mid != "and" || pre == "between"
				if mid == "to" || mid == "-" || mid == "–" || mid == "—" {
					ok = ok && (pre == "from" || pre == "between" || mid != "to")
				}
			}
			pa, okA := parseValue(a.value)
			pb, okB := parseValue(b.value)
			if ok && (a.value == "" || b.value == "" || okA && okB && pa.g == pb.g) {
				start := a.start
				if pre == "from" || pre == "between" {
					ws := words(text, max(0, a.start-20), a.start)
					start = ws[len(ws)-1].start
				}
				v := ""
				if a.value != "" && b.value != "" {
					v = a.value + "/" + b.value
				}
				out = append(out, mention{start: start, end: b.end, typ: domain.DateTypeDate, value: v, rule: "range"})
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}
