package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// The rule set, in priority order (an earlier rule wins a tie between
// matches of equal length). Each pattern is compiled case-insensitive with
// leftmost-longest semantics; {NAME} splices a fragment from lexicon.go.
//
// Extents follow the TimeML guidelines: determiners and modifiers that
// belong to the expression are in ("the third quarter", "early next year",
// "more than four hours", "a year ago"), prepositions are out ("on
// Friday" → "Friday").

const (
	date = domain.DateTypeDate
	tim  = domain.DateTypeTime
	dur  = domain.DateTypeDuration
	set  = domain.DateTypeSet
)

// modPre is the optional "early/late/mid/the end of" before a calendar
// name; TimeML keeps it in the extent and the value unchanged.
const modPre = `(?:(?P<mod>early|late|mid|the\s+(?:beginning|start|end|middle|close|turn|rest|remainder)\s+of)[-\s]+)?`

var rules = []*rule{
	mk("iso", `(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?:T(?P<hh>[01][0-9]|2[0-3]):(?P<mm>[0-5][0-9])(?::[0-5][0-9](?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b`, normISO),
	mk("ymd-slash", `(?P<y>{YEAR})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12][0-9]|3[01])\b`, normISO),
	mk("numeric", `\b(?P<a>[0-3]?[0-9])(?P<sep>[/.])(?P<b>[0-3]?[0-9])[/.](?P<y>{YEAR}|\d\d)\b`, normNumeric),
	mk("mdy", `(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?`+modPre+`(?P<month>{MONTH})\s*(?P<day>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:`+ordWord+`))\b(?:(?:,\s*|\s+)(?P<year>{YEAR})\b)?`, normMDY),
	mk("dmy", `(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?\b(?P<day>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:`+ordWord+`))(?P<of>\s+of)?\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR})\b)?`, normMDY),
	mk("month-year", modPre+`(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b`, normMonthYear),
	mk("month-relyear", modPre+`(?P<month>{MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b`, normMonthYear),
	mk("month", modPre+`(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past|coming)\s+)?(?P<month>{MONTH})(?:\b|$)`, normMonth),
	mk("year", modPre+`(?:(?P<fy>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+(?:fiscal\s+)?year|FY|model\s+year)\s*)?(?P<year>{YEAR})\b`, normYear),
	mk("year-spelled", `(?:the\s+year\s+)?(?:(?P<month>{MONTH})\s+)?(?:(?P<c>nineteen|twenty)[-\s]+(?P<rest>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:`+tensWord+`)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|oh[-\s](?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+(?:and\s+)?(?P<k>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))?)\b`, normYearSpelled),
	mk("decade", `(?:the\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?:(?P<dy>(?:1[5-9]|20)[0-9]0)['’]?s|['’](?P<d2>[0-9]0)s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`, normDecade),
	mk("century", `(?:the\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[-\s]+century\b`, normCentury),
	mk("quarter", `(?:(?:the|its|their|a|his|her)\s+)?(?:(?:(?P<pyear>{YEAR})|fiscal|calendar|(?P<prel>this|last|next)\s+year['’]s|current|latest|(?P<ago>year-earlier|year-ago|year\s+earlier|year\s+ago)|comparable|same|corresponding)[-\s]+){0,3}(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)[-\s]+(?:(?:fiscal|calendar)[-\s]+)?(?P<unit>quarter|half)\b(?:\s+of\s+(?:(?:fiscal\s+)?(?P<oyear>{YEAR})|(?P<orel>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?`, normQuarter),
	mk("year-period", `the\s+(?P<year>{YEAR})\s+(?P<unit>period|quarter|fiscal\s+year|season)\b`, normYearPeriod),
	mk("week-of", `the\s+week\s+of\s+(?P<month>{MONTH})\s*(?P<day>[12][0-9]|3[01]|0?[1-9])\b(?:,?\s+(?P<year>{YEAR})\b)?`, normWeekOf),
	mk("day-before", `(?:the\s+)?day\s+(?P<dir>before|after)\s+(?P<rest>yesterday|tomorrow|(?:last\s+|next\s+)?{WD}|{MONTH}\s*(?:[12][0-9]|3[01]|0?[1-9])\b)`, normDayBefore),
	mk("quarter-ref", `(?P<det>the|its|their|this|that|last|next)\s+(?P<adj>(?:(?:latest|current|most\s+recent|previous|prior|recent|past|same|comparable|corresponding|year-earlier|year-ago|fiscal|coming)\s+){0,2})(?P<unit>quarter|period)\b(?P<ago>\s+a\s+year\s+(?:ago|earlier)|\s+(?:of\s+)?last\s+year)?`, normQuarterRef),
	mk("year-earlier", `(?:the\s+)?(?:year-earlier|year-ago|year\s+earlier)\b`, normYearEarlier),
	mk("rel-unit", `(?:(?P<mod>early|late|mid|earlier|later|the\s+(?:beginning|start|end|middle|rest|remainder|close|turn)\s+of|sometime)[-\s]+(?:in\s+)?)?(?P<rel>last|this|next|past|coming|the\s+past|the\s+previous|the\s+prior|the\s+coming|the\s+current|the\s+following|the\s+next|the\s+last|the\s+same|this\s+past|this\s+coming|that|the\s+present|the\s+latest|the\s+most\s+recent)\s+(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|(?:fiscal|financial|calendar)\s+year)\b`, normRelUnit),
	mk("period-end", `(?:around\s+)?year[-\s]end\b|year['’]s\s+end|(?P<mod>the\s+(?:end|beginning|start|middle|rest|remainder|turn|close)\s+of|(?:earlier|later)\s+in)\s+the\s+(?P<unit>year|month|week|decade|century|day)\b`, normPeriodEnd),
	mk("season", modPre+`(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+of\s+(?P<year>{YEAR}))?\b`, normSeason),
	mk("the-year", `the\s+(?P<adj>full|fiscal|calendar|whole|entire)?\s*year\b`, normTheYear),
	mk("the-weekend", `the\s+weekend\b`, normTheWeekend),
	mk("day-rel", `(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<day>today|yesterday|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening|night))?|(?P<rel>this|last)\s+(?P<pod2>morning|afternoon|evening|night)|the\s+day\s+(?P<two>before\s+yesterday|after\s+tomorrow))\b`, normDayRel),
	mk("weekday", `(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|the\s+next|the\s+last)\s+)?(?P<wd>{WD})(?:\s+(?P<pod>morning|afternoon|evening|night|noon|midnight))?(?:\s+(?:of\s+)?(?P<wrel>last|this|next)\s+week)?`, normWeekday),
	mk("day-anaphor", `(?:(?P<mod>earlier|later)\s+)?(?P<rel>that|that\s+same|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|morning|afternoon|evening|night)\b`, normDayAnaphor),
	mk("ago", `(?:(?P<q>about|some|nearly|almost|around|roughly|approximately|more\s+than|less\s+than|over|at\s+least|barely|fully|exactly)\s+)?(?:(?P<num>{NUM})[-\s]+(?:(?:more|full|long|short)\s+)?)?(?P<unit>{UNIT})(?:\s+or\s+(?:so|more|two|three))?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|previously|afterwards?)\b`, normAgo),
	mk("duration", `(?:(?P<det>the|a|an|this|these|those)\s+)?(?:(?P<adj>past|last|next|first|final|coming|previous|latest|remaining|following|initial|further|additional|prior|other|entire|full|whole|same|recent|ensuing|succeeding|preceding)\s+){0,2}(?:(?P<q>about|some|nearly|almost|around|roughly|approximately|more\s+than|less\s+than|fewer\s+than|over|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|well\s+over|another|an?\s+additional|an?\s+extra|a\s+further|barely|fully|roughly)\s+)?(?P<num>{NUM})(?P<half>\s+and\s+a\s+half)?(?:\s+(?:to|or|-|and)\s+(?P<num2>{NUM}))?(?:\s+(?:more|additional|full|straight|consecutive|long|short|trading|business|working|calendar))?[-\s]+(?P<unit>{UNIT})(?P<long>-long|\s+(?:and|or)\s+a\s+half|\s+or\s+so)?\b`, normDuration),
	mk("half-unit", `(?:half\s+an?|an?\s+half)[-\s](?P<unit>hour|day|year|century|decade|minute)\b`, normHalfUnit),
	mk("vague-plural", `(?P<adj>recent|coming|the\s+coming|the\s+past|past|the\s+last|the\s+next|the\s+following|the\s+previous|the\s+ensuing|the\s+intervening|the\s+early)\s+(?P<unit>years|months|weeks|days|decades|hours|quarters)\b|(?:the\s+)?(?P<unit2>weeks|months|years|days)\s+ahead\b|(?P<the>the)\s+(?P<unit3>years|decades)\b`, normVaguePlural),
	mk("bare-plural", `(?P<unit>years|months|weeks|decades|centuries|hours|minutes|days)(?P<long>-long)?\b`, normBarePlural),
	mk("adj-long", `(?P<unit>day|week|month|year|decade|hour)-?long\b`, normAdjLong),
	mk("set-adverb", `(?P<w>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|bimonthly|semiannually|biannually)\b`, normSetAdverb),
	mk("set-every", `(?:(?P<freq>once|twice|three\s+times|four\s+times|several\s+times|\d+\s+times|many\s+times)\s+)?(?P<det>every|each|per|a|an)\s+(?:other\s+)?(?:(?P<unit>day|week|month|year|quarter|morning|afternoon|evening|night|weekend|hour|minute|summer|winter|spring|fall|autumn)|(?P<wd>{WD})|(?P<month>{MONTH}))\b`, normSetEvery),
	mk("set-weekdays", `(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?|(?P<wd2>{WD})\s+(?P<pod2>mornings|afternoons|evenings|nights)\b`, normSetWeekdays),
	mk("clock", `(?P<clock>\d{1,2}(?:[:.](?P<min>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b))(?:\s*\(?(?P<tz>{TZ})\)?)?(?:(?:,\s*|\s+)(?:on\s+)?(?:(?P<wd>{WD})|(?P<day>today|yesterday|tomorrow|tonight)|(?P<month>{MONTH})\s*(?P<dom>(?:[12][0-9]|3[01]|0?[1-9]))\b))?`, normClock),
	mk("clock-24", `(?P<hh>[01]?[0-9]|2[0-3])[:.](?P<mm>[0-5][0-9])\s*(?:(?P<tz>{TZ})|(?P<h>h(?:rs)?|hours)\b)`, normClock24),
	mk("clock-word", `(?P<pre>noon|midnight|midday)(?:\s+(?:on\s+)?(?:(?P<wd>{WD})|(?P<day>today|yesterday|tomorrow)))?|(?P<wd2>{WD})\s+(?P<post>noon|midnight)|(?P<hw>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?P<oc>\s+o['’]clock)?\s+in\s+the\s+(?P<pod>morning|afternoon|evening)\b|(?P<hw2>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock`, normClockWord),
	mk("holiday", `(?:(?P<rel>last|this|next)\s+)?(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Labou?r\s+Day|Memorial\s+Day|Election\s+Day|Boxing\s+Day|Bastille\s+Day|Veterans\s+Day|Armistice\s+Day|Remembrance\s+(?:Day|Sunday)|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|Guy\s+Fawkes\s+Night|Christmas\s+Eve)(?:,?\s+(?P<year>{YEAR})\b)?`, normHoliday),
	mk("ref-word", `(?P<w>right\s+now|just\s+now|now|currently|presently|at\s+present|nowadays|these\s+days|recently|lately|the\s+past|the\s+future|the\s+near\s+future|the\s+distant\s+future|the\s+near\s+term|the\s+short\s+term|the\s+moment)\b`, normRefWord),
}

// calendarDayRules are the rules that can name a calendar day without a
// reference time (a year in the expression), all DocumentDate looks for.
var calendarDayRules = pick("iso", "ymd-slash", "numeric", "mdy", "dmy", "week-of", "holiday")

func pick(names ...string) []*rule {
	var out []*rule
	for _, r := range rules {
		for _, n := range names {
			if r.name == n {
				out = append(out, r)
			}
		}
	}
	if len(out) != len(names) {
		panic("timex: pick: unknown rule name")
	}
	return out
}

// wordStart holds the rules every match of which starts with a letter or
// digit after a non-word character (boundaryOK rejects the others). The
// pattern then starts with \b: Go's regexp otherwise tries the whole
// pattern's first alternatives at every byte of a window, which made the
// duration and date patterns most of the tagger's time.
var wordStart = map[string]bool{
	"mdy": true, "dmy": true, "month-year": true, "month-relyear": true, "month": true,
	"year": true, "rel-unit": true, "weekday": true, "ago": true, "duration": true,
	"ref-word": true, "day-rel": true, "period-end": true, "set-every": true, "quarter": true,
	"clock-word": true, "vague-plural": true, "holiday": true, "day-anaphor": true,
}

func mk(name, pattern string, norm func(*doc, *match) (domain.DateType, string, bool)) *rule {
	// Patterns run on an ASCII-lower-cased copy of the text (case folding
	// doubles the cost of Go's regexp); capitals that matter are checked
	// on the original text (see capitalsOK).
	if wordStart[name] {
		pattern = `\b` + pattern
	}
	re := regexp.MustCompile(strings.ReplaceAll(strings.ToLower(expand(pattern)), "(?p<", "(?P<"))
	re.Longest()
	tr, ok := triggerWords[name]
	if !ok {
		panic("timex: no triggers for rule " + name)
	}
	r := &rule{name: name, re: re, norm: norm, triggers: tr, requires: requiredWords[name]}
	if l, ok := leads[name]; ok {
		r.lead = &l
	}
	return r
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

func normISO(d *doc, m *match) (domain.DateType, string, bool) {
	y, mo, da := atoi(m.g("y")), atoi(m.g("m")), atoi(m.g("d"))
	if !validDay(y, mo, da) {
		return "", "", false
	}
	if m.has("hh") {
		return tim, fmt.Sprintf("%04d-%02d-%02dT%s:%s", y, mo, da, m.g("hh"), m.g("mm")), true
	}
	return date, fmt.Sprintf("%04d-%02d-%02d", y, mo, da), true
}

// normNumeric reads 10/31/2016 (month first, as in US copy) and 31/10/2016
// or 31.10.2016 (day first, when the first number cannot be a month or the
// separator is a dot).
func normNumeric(d *doc, m *match) (domain.DateType, string, bool) {
	a, b := atoi(m.g("a")), atoi(m.g("b"))
	ys := m.g("y")
	y := atoi(ys)
	if len(ys) == 2 {
		// Two-digit years: the century nearest the document, else 19xx/20xx by 50.
		base := 1900
		if d.hasDCT {
			base = d.dct.y / 100 * 100
			if y > d.dct.y%100+20 {
				base -= 100
			}
		} else if y < 50 {
			base = 2000
		}
		y += base
	}
	mo, da := a, b
	if m.g("sep") == "." || a > 12 {
		mo, da = b, a
	}
	if !validDay(y, mo, da) {
		return "", "", false
	}
	return date, fmt.Sprintf("%04d-%02d-%02d", y, mo, da), true
}

// isDateline reports whether [s,e) is the date of a wire dateline that
// opens its line ("WASHINGTON, Aug. 11, 2010 (Xinhua) --").
func isDateline(text string, s, e int) bool {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	d, ok := lang.ParseDateline(text[ls:])
	return ok && d.DateEnd > 0 && ls+d.DateStart < e && s < ls+d.DateEnd
}

// afterNumberish reports whether the match is followed by something that
// makes its number a quantity or clock time ("May 5 million", "Jan 3-4",
// "June 10:30").
func followedByNumberish(m *match) bool {
	rest := m.text[m.end:]
	if strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, ":") && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	nw := strings.ToLower(m.nextWord())
	switch nw {
	case "million", "billion", "percent", "per", "points", "people", "years", "times":
		return true
	}
	return false
}

// namesPastEvent reports whether a date without its year is part of an
// event's name: "the September 11 attacks", "the July 7 bombings", "the
// January 25 revolution". A deadline or a vote ("the March 15 deadline")
// is not one.
func namesPastEvent(m *match) bool {
	return eventNames[strings.ToLower(m.nextWord())]
}

var eventNames = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "massacre": true,
	"riots": true, "uprising": true, "revolution": true, "coup": true, "killings": true,
	"hijackings": true, "atrocities": true, "tragedy": true, "terror": true, "terrorist": true,
}

func normMDY(d *doc, m *match) (domain.DateType, string, bool) {
	mo := monthNum(m.g("month"))
	da := dayNum(m.g("day"))
	if mo == 0 || da == 0 {
		return "", "", false
	}
	dayStr := m.g("day")
	isWordDay := dayStr != "" && (dayStr[0] < '0' || dayStr[0] > '9')
	if m.re.SubexpIndex("of") >= 0 { // day before month
		// "first May" is rarely a date; "the first of May" is.
		if isWordDay && !m.has("of") {
			return "", "", false
		}
		if p := m.text[:m.start]; strings.HasSuffix(p, "$") || strings.HasSuffix(p, "£") || strings.HasSuffix(p, "€") {
			return "", "", false
		}
		pw := m.prevWord()
		if _, ok := number(pw); ok && pw != "a" && pw != "an" && pw != "" && !isWordDay {
			if _, err := strconv.Atoi(pw); err == nil {
				return "", "", false // "20 5 May"? a list of numbers
			}
		}
	} else if isWordDay && !strings.Contains(m.lower(), "the") {
		// "May first" is fine, but "March second" could be "the march
		// second", so we accept word days only after a capital month.
		if strings.EqualFold(m.g("month"), "may") || strings.EqualFold(m.g("month"), "march") {
			return "", "", false
		}
	}
	if !m.has("year") && followedByNumberish(m) {
		return "", "", false
	}
	if !m.has("year") && namesPastEvent(m) && d.hasDCT {
		// "the September 11 attacks": the name of an event, which may lie
		// years back. Only an event of the last three months is dated
		// ("the Aug. 7 bombings" in a story of late August); no year
		// beats a wrong one.
		dct := d.dct.date()
		for _, y := range []int{d.dct.y, d.dct.y - 1} {
			if !validDay(y, mo, da) {
				continue
			}
			t := time.Date(y, time.Month(mo), da, 0, 0, 0, 0, time.UTC)
			if !t.After(dct) && dct.Sub(t) <= 92*24*time.Hour {
				return date, fmt.Sprintf("%04d-%02d-%02d", y, mo, da), true
			}
		}
		return date, fmt.Sprintf("XXXX-%02d-%02d", mo, da), true
	}
	if m.has("year") {
		y := atoi(m.g("year"))
		if !validDay(y, mo, da) {
			return "", "", false
		}
		return date, fmt.Sprintf("%04d-%02d-%02d", y, mo, da), true
	}
	if !d.hasDCT {
		return date, fmt.Sprintf("XXXX-%02d-%02d", mo, da), true
	}
	if m.has("wd") {
		// A weekday fixes the year among the candidates.
		wd := weekdayNum(m.g("wd"))
		for _, y := range []int{d.dct.y, d.dct.y - 1, d.dct.y + 1} {
			if validDay(y, mo, da) {
				t := time.Date(y, time.Month(mo), da, 0, 0, 0, 0, time.UTC)
				w := int(t.Weekday())
				if w == 0 {
					w = 7
				}
				if w == wd {
					return date, fmt.Sprintf("%04d-%02d-%02d", y, mo, da), true
				}
			}
		}
	}
	p := d.pickYear(d.tenseAt(m), func(y int) point {
		dd := da
		if !validDay(y, mo, dd) { // 29 February
			dd = 28
		}
		return point{g: gDay, y: y, m: mo, d: dd}
	})
	return date, p.String(), true
}

func normMonthYear(d *doc, m *match) (domain.DateType, string, bool) {
	mo := monthNum(m.g("month"))
	if mo == 0 {
		return "", "", false
	}
	if m.has("year") {
		return date, fmt.Sprintf("%s-%02d", m.g("year"), mo), true
	}
	if !d.hasDCT {
		return date, fmt.Sprintf("XXXX-%02d", mo), true
	}
	y := d.dct.y
	switch strings.ToLower(m.g("rel")) {
	case "last":
		y--
	case "next":
		y++
	}
	return date, fmt.Sprintf("%04d-%02d", y, mo), true
}

// monthContext lists the words after which a bare month name is a date.
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"to": true, "of": true, "during": true, "through": true, "throughout": true,
	"before": true, "after": true, "between": true, "and": true, "or": true,
	"early": true, "late": true, "mid": true, "last": true, "this": true,
	"next": true, "for": true, "on": true, "around": true, "that": true,
	"-": true, "as": true, "than": true, "into": true, "past": true, "coming": true,
}

// weakMonthContext are context words that also join names ("and Jan").
var weakMonthContext = map[string]bool{"and": true, "or": true, "to": true, "-": true, "that": true, "than": true, "as": true, "of": true}

func normMonth(d *doc, m *match) (domain.DateType, string, bool) {
	name := m.g("month")
	mo := monthNum(name)
	if mo == 0 {
		return "", "", false
	}
	lname := strings.ToLower(strings.TrimSuffix(name, "."))
	pw := m.prevWord()
	if !m.has("mod") && !m.has("rel") {
		ok := monthContext[pw]
		if !ok && m.start > 0 && m.text[m.start-1] == '-' {
			ok = true
		}
		// A capitalised word after a month is usually a name: "April
		// Ryan", "and Jan Kavan"; only a preposition makes it a date.
		nw := m.nextWord()
		if nw != "" && nw[0] >= 'A' && nw[0] <= 'Z' && (!ok || weakMonthContext[pw]) {
			return "", "", false
		}
		if !strings.HasSuffix(name, ".") && len(lname) <= 4 && lname != "may" && lname != "june" && lname != "july" && (weakMonthContext[pw] || !ok) {
			return "", "", false // "Jan" without its dot
		}
		if !ok {
			// Full unambiguous month names stand alone; ambiguous ones
			// ("May", "March", abbreviations) need a preposition.
			switch lname {
			case "may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
				return "", "", false
			}
		}
		if lname == "may" && pw == "may" {
			return "", "", false
		}
	}
	if !d.hasDCT {
		return date, fmt.Sprintf("XXXX-%02d", mo), true
	}
	rel := strings.ToLower(strings.Join(strings.Fields(m.g("rel")), " "))
	cur := d.dct.atGran(gMonth)
	at := func(y int) point { return point{g: gMonth, y: y, m: mo} }
	switch rel {
	case "last", "past", "this past":
		p := at(d.dct.y)
		if !p.start().Before(cur.start()) {
			p = at(d.dct.y - 1)
		}
		return date, p.String(), true
	case "next", "coming", "this coming":
		p := at(d.dct.y)
		if !p.start().After(cur.start()) {
			p = at(d.dct.y + 1)
		}
		return date, p.String(), true
	case "this":
		return date, at(d.dct.y).String(), true
	}
	return date, d.pickYear(d.orientation(m), at).String(), true
}

// yearContext lists words after which a bare four-digit number is a year
// even outside 1900–2099 or when a noun follows.
var yearContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"of": true, "during": true, "through": true, "before": true, "after": true,
	"between": true, "and": true, "to": true, "early": true, "late": true,
	"mid": true, "fiscal": true, "year": true, "circa": true, "c": true,
	"around": true, "summer": true, "spring": true, "autumn": true, "fall": true,
	"winter": true, "for": true, "or": true, "than": true, "the": true,
}

func normYear(d *doc, m *match) (domain.DateType, string, bool) {
	ys := m.g("year")
	y := atoi(ys)
	pre := m.text[:m.start]
	if strings.HasSuffix(pre, "$") || strings.HasSuffix(pre, "£") || strings.HasSuffix(pre, "€") ||
		strings.HasSuffix(pre, "#") || strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, ".") {
		return "", "", false
	}
	rest := m.text[m.end:]
	if strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, ",0") || strings.HasPrefix(rest, ".") && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' ||
		strings.HasPrefix(rest, ",") && len(rest) > 3 && rest[1] >= '0' && rest[1] <= '9' {
		return "", "", false
	}
	if strings.HasPrefix(rest, "-") && len(rest) > 1 && rest[1] >= 'a' && rest[1] <= 'z' {
		return "", "", false // "2000-strong", "1500-word"
	}
	pw := m.prevWord()
	hasCtx := m.has("fy") || m.has("mod") || yearContext[pw]
	nw := strings.ToLower(m.nextWord())
	switch pw {
	case "no", "number", "route", "flight", "room", "page", "pages", "model", "version", "highway", "interstate", "channel", "p", "pp", "vol", "at", "about", "some", "nearly", "almost", "over", "than", "only", "just":
		if !m.has("fy") && pw != "than" {
			return "", "", false
		}
	}
	if !hasCtx {
		if y < 1900 || d.hasDCT && y > d.dct.y+30 {
			return "", "", false
		}
		// "2000 people", "1500 troops": a plural noun after the number;
		// "the 1987 crash", "a 1971 convention" are years.
		det := pw == "a" || pw == "an" || pw == "its" || pw == "his" || pw == "her" || pw == "their" || strings.HasSuffix(pre, "'s ") || strings.HasSuffix(pre, "’s ")
		if nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && !yearFollow[nw] && !det && pluralish(nw) {
			return "", "", false
		}
	} else if y < 1000 {
		return "", "", false
	}
	if pw == "than" || pw == "or" || pw == "and" || pw == "to" {
		// "more than 1500", "1,200 to 1500 men": needs a following non-noun.
		if nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && !yearFollow[nw] && pluralish(nw) {
			return "", "", false
		}
	}
	return date, ys, true
}

// pluralish guesses a plural noun or a measure word: "people", "troops",
// "feet".
func pluralish(w string) bool {
	switch w {
	case "people", "men", "women", "children", "feet", "police", "staff", "personnel", "head", "strong", "plus", "more", "or", "million", "billion":
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// yearFollow lists lower-case words that may follow a year.
var yearFollow = map[string]bool{
	"and": true, "to": true, "until": true, "when": true, "as": true, "in": true,
	"the": true, "a": true, "after": true, "before": true, "he": true, "she": true,
	"it": true, "they": true, "we": true, "i": true, "but": true, "or": true,
	"was": true, "were": true, "is": true, "had": true, "has": true, "have": true,
	"through": true, "from": true, "with": true, "by": true, "for": true,
	"that": true, "of": true, "on": true, "at": true, "which": true, "while": true,
	"election": true, "elections": true, "presidential": true, "general": true,
	"season": true, "budget": true, "census": true, "levels": true, "level": true,
	"figures": true, "results": true, "earnings": true, "report": true,
	"olympics": true, "games": true, "world": true, "campaign": true, "war": true,
	"crisis": true, "attacks": true, "attack": true, "agreement": true,
	"deal": true, "law": true, "act": true, "treaty": true, "summit": true,
	"revolution": true, "invasion": true, "coup": true, "uprising": true,
	"referendum": true, "vote": true, "fiscal": true, "first": true, "second": true,
	"third": true, "fourth": true, "quarter": true, "model": true, "edition": true,
	"so": true, "because": true, "since": true, "than": true, "compared": true,
	"ended": true, "ending": true, "alone": true, "onwards": true, "onward": true,
	"where": true, "who": true, "said": true, "ago": false, "-": true,
}

func normYearSpelled(d *doc, m *match) (domain.DateType, string, bool) {
	var y int
	if m.has("c") {
		c := 19
		if strings.EqualFold(m.g("c"), "twenty") {
			c = 20
		}
		rest := strings.ToLower(strings.ReplaceAll(m.g("rest"), "-", " "))
		rest = strings.TrimPrefix(rest, "oh ")
		n, ok := number(rest)
		if !ok || n >= 100 {
			return "", "", false
		}
		y = c*100 + int(n)
		// "twenty twenty" as a year needs context; "nineteen" alone is a number.
		if c == 20 && y > 2099 {
			return "", "", false
		}
	} else {
		y = 2000
		if m.has("k") {
			n, ok := number(strings.ReplaceAll(m.g("k"), "-", " "))
			if !ok {
				return "", "", false
			}
			y += int(n)
		}
		// "two thousand" is a quantity unless introduced as a year.
		if !strings.HasPrefix(m.lower(), "the year") && !yearContext[m.prevWord()] {
			return "", "", false
		}
		if nw := m.nextWord(); nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && !yearFollow[strings.ToLower(nw)] {
			return "", "", false
		}
	}
	if m.has("c") && !m.has("month") && !strings.HasPrefix(m.lower(), "the year") {
		if nw := m.nextWord(); nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && !yearFollow[strings.ToLower(nw)] {
			return "", "", false // "nineteen forty people"
		}
	}
	if m.has("month") {
		mo := monthNum(m.g("month"))
		if mo == 0 {
			return "", "", false
		}
		return date, fmt.Sprintf("%04d-%02d", y, mo), true
	}
	return date, fmt.Sprintf("%04d", y), true
}

var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

func normDecade(d *doc, m *match) (domain.DateType, string, bool) {
	switch m.prevWord() {
	case "his", "her", "their", "its", "my", "your", "our", "in": // "in his seventies" is an age
		if m.has("dw") {
			if m.prevWord() != "in" {
				return "", "", false
			}
		}
	}
	if m.has("dw") {
		// Ages: "in his late seventies", "a man in his forties".
		pre := strings.ToLower(m.text[max(0, m.start-12):m.start])
		if strings.Contains(pre, "his ") || strings.Contains(pre, "her ") || strings.Contains(pre, "their ") {
			return "", "", false
		}
		if !strings.HasPrefix(m.lower(), "the") {
			return "", "", false // "temperatures in the nineties" aside, bare "sixties" is rarely a date
		}
		return date, fmt.Sprintf("19%d", decadeWords[strings.ToLower(m.g("dw"))]), true
	}
	if m.has("d2") {
		dd := atoi(m.g("d2")) / 10
		c := 19
		if d.hasDCT && dd*10 <= d.dct.y%100 && d.dct.y >= 2000 {
			c = 20
		}
		return date, fmt.Sprintf("%d%d", c, dd), true
	}
	return date, m.g("dy")[:3], true
}

func normCentury(d *doc, m *match) (domain.DateType, string, bool) {
	ns := strings.ToLower(m.g("n"))
	n := 0
	if v, ok := ordinals[ns]; ok {
		n = v
	} else {
		n = atoi(strings.TrimRight(ns, "stndrh"))
	}
	if n < 1 || n > 22 {
		return "", "", false
	}
	return date, fmt.Sprintf("%02d", n-1), true
}

var quarterNums = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4, "latter": 2}

func normQuarter(d *doc, m *match) (domain.DateType, string, bool) {
	unit := strings.ToLower(m.g("unit"))
	qn := strings.ToLower(m.g("qn"))
	n := quarterNums[qn]
	g := gQuarter
	if (qn == "last" || qn == "latter") && !m.has("oyear") && !m.has("orel") {
		return "", "", false // "the last quarter" is the previous one: quarter-ref
	}
	if qn == "latter" && unit == "quarter" {
		return "", "", false
	}
	if unit == "half" {
		g = gHalf
		if n > 2 {
			return "", "", false
		}
		if qn == "final" || qn == "last" {
			n = 2
		}
		// "a second half", "the first half of the game": only with a year
		// or in the company of the results vocabulary do we take it.
		if !m.has("pyear") && !m.has("oyear") && !m.has("orel") && !m.has("prel") && !strings.Contains(m.lower(), "fiscal") {
			nw := strings.ToLower(m.nextWord())
			if nw == "of" || nw == "an" || nw == "a" || nw == "dozen" || nw == "century" || nw == "hour" {
				return "", "", false
			}
		}
	} else if strings.HasPrefix(m.lower(), "a ") {
		// "a second quarter" of what? Only "a flat second quarter"-like uses; skip.
		if nw := strings.ToLower(m.nextWord()); nw == "of" {
			return "", "", false
		}
	}
	if n == 0 {
		return "", "", false
	}
	if nw := strings.ToLower(m.nextWord()); nw == "century" || nw == "hour" || nw == "mile" {
		return "", "", false
	}
	var y int
	known := true
	switch {
	case m.has("pyear"):
		y = atoi(m.g("pyear"))
	case m.has("oyear"):
		y = atoi(m.g("oyear"))
	case !d.hasDCT:
		known = false
	default:
		rel := strings.ToLower(m.g("prel") + m.g("orel"))
		switch rel {
		case "this":
			y = d.dct.y
		case "last":
			y = d.dct.y - 1
		case "next":
			y = d.dct.y + 1
		default:
			// An earlier quarter of the same sentence fixes the year
			// ("the third quarter of 1988 and the fourth quarter").
			if p, ok := d.ref(gQuarter, true); ok {
				y = p.y
			} else {
				y = d.quarterYear(g, n, d.tenseAt(m))
			}
		}
	}
	if m.has("ago") && known {
		y--
		d.derived = true
	}
	letter := "Q"
	if g == gHalf {
		letter = "H"
	}
	if !known {
		return date, fmt.Sprintf("XXXX-%s%d", letter, n), true
	}
	return date, fmt.Sprintf("%04d-%s%d", y, letter, n), true
}

// normYearPeriod reads "the 1988 period", "the 1988 quarter": the year
// given, at the quarter last talked about when there is one.
func normYearPeriod(d *doc, m *match) (domain.DateType, string, bool) {
	y := atoi(m.g("year"))
	unit := strings.ToLower(m.g("unit"))
	if unit == "season" || strings.Contains(unit, "year") {
		return date, m.g("year"), true
	}
	if r, ok := d.ref(gQuarter, false); ok {
		return date, fmt.Sprintf("%04d-Q%d", y, r.n), true
	}
	if unit == "quarter" {
		return date, fmt.Sprintf("%04d-QX", y), true
	}
	return date, m.g("year"), true
}

// normWeekOf reads "the week of March 6" as the ISO week of that day.
func normWeekOf(d *doc, m *match) (domain.DateType, string, bool) {
	mo, da := monthNum(m.g("month")), dayNum(m.g("day"))
	if mo == 0 || da == 0 {
		return "", "", false
	}
	var p point
	switch {
	case m.has("year"):
		p = point{g: gDay, y: atoi(m.g("year")), m: mo, d: da}
	case d.hasDCT:
		p = d.pickYear(d.orientation(m), func(y int) point { return point{g: gDay, y: y, m: mo, d: da} })
	default:
		return date, "", true
	}
	if !validDay(p.y, p.m, p.d) {
		return "", "", false
	}
	return date, p.atGran(gWeek).String(), true
}

// normDayBefore reads "the day before yesterday", "the day after
// Tuesday", "day before last Tuesday".
func normDayBefore(d *doc, m *match) (domain.DateType, string, bool) {
	if !d.hasDCT {
		return date, "", true
	}
	rest := strings.ToLower(strings.Join(strings.Fields(m.g("rest")), " "))
	var base point
	switch {
	case rest == "yesterday":
		base = d.dct.shift(gDay, -1)
	case rest == "tomorrow":
		base = d.dct.shift(gDay, 1)
	default:
		fs := strings.Fields(rest)
		rel := ""
		if fs[0] == "last" || fs[0] == "next" {
			rel, fs = fs[0], fs[1:]
		}
		if n := weekdayNum(fs[0]); n > 0 {
			base = d.weekday(n, rel, d.orientation(m))
		} else {
			mo := monthNum(fs[0])
			da := 0
			if len(fs) > 1 {
				da = dayNum(fs[1])
			} else {
				da = dayNum(strings.TrimLeft(fs[0], "abcdefghijklmnopqrstuvwxyz."))
			}
			if mo == 0 || da == 0 {
				return "", "", false
			}
			base = d.pickYear(d.orientation(m), func(y int) point { return point{g: gDay, y: y, m: mo, d: da} })
		}
	}
	if strings.EqualFold(m.g("dir"), "before") {
		return date, base.shift(gDay, -1).String(), true
	}
	return date, base.shift(gDay, 1).String(), true
}

func normQuarterRef(d *doc, m *match) (domain.DateType, string, bool) {
	det := strings.ToLower(m.g("det"))
	adj := strings.ToLower(strings.Join(strings.Fields(m.g("adj")), " "))
	unit := strings.ToLower(m.g("unit"))
	if unit == "period" && adj == "" {
		return "", "", false // "the period" is too vague
	}
	if unit == "period" && (det == "last" || det == "next" || det == "this") && adj == "" {
		return "", "", false
	}
	nw := strings.ToLower(m.nextWord())
	if nw == "of" || nw == "century" || nw == "mile" || nw == "inch" || nw == "point" || nw == "percentage" || strings.HasPrefix(m.text[m.end:], "-") {
		return "", "", false
	}
	if !d.hasDCT {
		return "", "", false
	}
	ago := m.has("ago") || strings.Contains(adj, "year-earlier") || strings.Contains(adj, "year-ago") ||
		strings.Contains(adj, "comparable") || strings.Contains(adj, "corresponding") || adj == "same"
	var p point
	switch {
	case det == "this" || strings.Contains(adj, "current"):
		p = d.dct.atGran(gQuarter)
	case det == "next" || strings.Contains(adj, "coming"):
		p = d.dct.atGran(gQuarter).shift(gQuarter, 1)
	case strings.Contains(adj, "latest") || strings.Contains(adj, "most recent"):
		p = d.lastCompleteQuarter()
	case det == "last" && adj == "" || strings.Contains(adj, "previous") || strings.Contains(adj, "prior") || strings.Contains(adj, "past"):
		if r, ok := d.ref(gQuarter, false); ok && det != "last" {
			p = r.shift(gQuarter, -1)
		} else {
			p = d.lastCompleteQuarter()
		}
	default:
		g := gQuarter
		if unit == "period" {
			g = gNone
		}
		if r, ok := d.ref(g, false); ok && (r.g == gQuarter || r.g == gHalf || r.g == gYear || r.g == gMonth) {
			p = r
		} else if strings.Contains(adj, "same") {
			// "the same quarter last year": the current one, a year back.
			p = d.dct.atGran(gQuarter)
		} else {
			p = d.lastCompleteQuarter()
		}
	}
	if ago {
		p = p.shift(gYear, -1)
		d.derived = true
	}
	return date, p.String(), true
}

func normYearEarlier(d *doc, m *match) (domain.DateType, string, bool) {
	nw := strings.ToLower(m.nextWord())
	// "a year earlier" is the ago rule's; here the adjective "year-earlier".
	if !strings.Contains(m.str(), "-") {
		return "", "", false
	}
	if nw == "quarter" || nw == "period" {
		return "", "", false // quarter-ref takes the longer phrase
	}
	if !d.hasDCT {
		return "", "", false
	}
	p, ok := d.ref(gNone, true)
	if !ok {
		p, ok = d.ref(gQuarter, false)
	}
	if !ok {
		p = d.dct.atGran(gYear)
	}
	d.derived = true
	return date, p.shift(gYear, -1).String(), true
}

var unitGran = map[string]gran{
	"week": gWeek, "weekend": gWeekend, "month": gMonth, "year": gYear, "quarter": gQuarter,
	"decade": gDecade, "century": gCentury, "fiscal year": gYear, "financial year": gYear,
	"calendar year": gYear, "day": gDay,
}

var seasonCode = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

func normRelUnit(d *doc, m *match) (domain.DateType, string, bool) {
	rel := strings.ToLower(strings.Join(strings.Fields(m.g("rel")), " "))
	unit := strings.ToLower(strings.Join(strings.Fields(m.g("unit")), " "))
	mod := strings.ToLower(m.g("mod"))
	if strings.HasPrefix(m.str(), "This Week") {
		return "", "", false // a programme title, not a date
	}
	if (mod == "earlier" || mod == "later") && rel != "this" && rel != "last" && rel != "next" && rel != "that" {
		return "", "", false
	}
	if rel == "that" && unit != "year" && unit != "month" && unit != "week" && unit != "day" && unit != "quarter" {
		return "", "", false
	}
	if rel == "past" || rel == "coming" {
		// "past week" without "the": "over past week" is rare; "the past"
		// is the common form and is a separate alternative.
		if m.prevWord() != "this" {
			// accepted; TimeML treats it like "the past"
		}
	}
	// "the next year or so"
	if code, ok := seasonCode[unit]; ok {
		return normRelSeason(d, rel, code)
	}
	g := unitGran[unit]
	// Periods of one unit counted back from now are durations in TimeML:
	// "the past week", "the last month", "the past decade".
	if (rel == "the past" || rel == "the last" || rel == "past") && mod == "" {
		switch {
		case unit == "fortnight":
			return dur, "P2W", true
		case g == gWeek || g == gMonth || g == gQuarter || g == gDecade || g == gCentury:
			return dur, duration(1, true, unit), true
		case g == gWeekend:
			return dur, "P2D", true
		}
	}
	if unit == "fortnight" {
		return "", "", false // "next fortnight": rare, and not a calendar unit
	}
	if (rel == "the next" || rel == "the coming" || rel == "coming") && mod == "" {
		switch g {
		case gWeek, gMonth, gQuarter, gDecade, gCentury:
			return dur, duration(1, true, unit), true
		}
	}
	if !d.hasDCT && rel != "that" && rel != "the same" && rel != "the following" && rel != "the previous" && rel != "the prior" {
		return date, "", true
	}
	var p point
	switch rel {
	case "this", "the current", "the present", "this coming", "this past":
		p = d.dct.atGran(g)
		if g == gWeekend && rel == "this past" && weekdayOf(d.dct) < 6 {
			p = p.shift(gWeek, -1)
		}
	case "last", "the past", "the last", "past", "the latest", "the most recent":
		p = d.dct.atGran(g).shift(g, -1)
		if g == gWeekend && weekdayOf(d.dct) >= 6 {
			// On a Sunday "last weekend" is still the one before.
			p = d.dct.atGran(g).shift(gWeek, -1)
		}
	case "next", "the next", "the coming", "coming":
		p = d.dct.atGran(g).shift(g, 1)
	case "that", "the same":
		r, ok := d.ref(gNone, false)
		if !ok || r.g > gDay && g < gDay || r.g < g && g != gWeekend {
			if ok && r.g <= gYear && g == gYear {
				return date, r.atGran(gYear).String(), true
			}
			return date, "", true
		}
		p = r.atGranAny(g)
	case "the following", "the previous", "the prior":
		r, ok := d.refOrDCT(gNone, false)
		if !ok {
			return date, "", true
		}
		if r.g < g && r.g != gNone {
			r = d.dct
		}
		p = r.atGranAny(g)
		if rel == "the following" {
			p = p.shift(g, 1)
		} else {
			p = p.shift(g, -1)
		}
	default:
		return "", "", false
	}
	if p.g == gNone {
		return date, "", true
	}
	return date, p.String(), true
}

// atGranAny coarsens p to g when p is at least as fine as g.
func (p point) atGranAny(g gran) point {
	if p.g == g {
		return p
	}
	if p.g >= gDay {
		return p.atGran(g)
	}
	switch {
	case g == gYear:
		return point{g: gYear, y: p.y}
	case g == gDecade:
		return point{g: gDecade, y: p.y / 10 * 10}
	case g == gCentury:
		return point{g: gCentury, y: p.y / 100 * 100}
	case p.g == gMonth:
		return point{g: gDay, y: p.y, m: p.m, d: 1}.atGran(g)
	}
	return point{}
}

func weekdayOf(p point) int {
	w := int(p.date().Weekday())
	if w == 0 {
		w = 7
	}
	return w
}

func normRelSeason(d *doc, rel, code string) (domain.DateType, string, bool) {
	if !d.hasDCT {
		return date, "XXXX-" + code, true
	}
	at := func(y int) point { return point{g: gSeason, y: y, season: code} }
	dct := d.dct.date()
	switch rel {
	case "this", "the current", "this coming", "the present":
		return date, at(d.dct.y).String(), true
	case "last", "the past", "the last", "past", "this past", "the latest", "the most recent":
		for y := d.dct.y; y >= d.dct.y-2; y-- {
			if !at(y).end().After(dct) {
				return date, at(y).String(), true
			}
		}
	case "next", "the next", "the coming", "coming":
		for y := d.dct.y; y <= d.dct.y+2; y++ {
			if at(y).start().After(dct) {
				return date, at(y).String(), true
			}
		}
	case "that", "the same", "the following", "the previous", "the prior":
		if r, ok := d.ref(gNone, false); ok && r.g >= gYear {
			y := r.y
			if rel == "the following" {
				y++
			} else if rel == "the previous" || rel == "the prior" {
				y--
			}
			return date, at(y).String(), true
		}
		return date, "", true
	}
	return "", "", false
}

func normPeriodEnd(d *doc, m *match) (domain.DateType, string, bool) {
	unit := strings.ToLower(m.g("unit"))
	if unit == "" {
		unit = "year"
	}
	if !d.hasDCT {
		return date, "", true
	}
	g := unitGran[unit]
	if g == gDay {
		if r, ok := d.ref(gDay, true); ok {
			return date, r.String(), true
		}
		if strings.HasPrefix(strings.ToLower(m.g("mod")), "the") {
			return "", "", false // "the end of the day" is an idiom
		}
	}
	// "the end of the year" after a mention of another year refers to it.
	if r, ok := d.ref(gNone, true); ok && r.g <= gYear && g == gYear && r.g == gYear {
		return date, r.String(), true
	}
	return date, d.dct.atGran(g).String(), true
}

func normSeason(d *doc, m *match) (domain.DateType, string, bool) {
	code := seasonCode[strings.ToLower(m.g("season"))]
	if m.has("year") {
		return date, m.g("year") + "-" + code, true
	}
	low := m.lower()
	hasThe := strings.HasPrefix(low, "the ") || strings.Contains(low, " the ")
	pw := m.prevWord()
	if !hasThe && !m.has("mod") {
		// Bare "summer" needs a preposition ("in summer"); "fall" is a verb.
		if code == "FA" || !(pw == "in" || pw == "this" || pw == "during" || pw == "by" || pw == "until" || pw == "since") {
			return "", "", false
		}
	}
	nw := strings.ToLower(m.nextWord())
	if nw == "of" || nw == "olympics" || nw == "games" || nw == "school" || nw == "session" || nw == "palace" {
		return "", "", false
	}
	if !d.hasDCT {
		return date, "XXXX-" + code, true
	}
	at := func(y int) point { return point{g: gSeason, y: y, season: code} }
	t := d.tenseAt(m)
	if t == tenseUnknown || t == tensePresent {
		return date, at(d.dct.y).String(), true
	}
	return date, d.pickYear(t, at).String(), true
}

func normTheYear(d *doc, m *match) (domain.DateType, string, bool) {
	pw := m.prevWord()
	if adj := strings.ToLower(m.g("adj")); adj == "full" || adj == "fiscal" {
		if nw := strings.ToLower(m.nextWord()); nw == "ended" || nw == "ending" || nw == "that" || nw == "to" {
			return "", "", false
		}
		if !d.hasDCT {
			return date, "", true
		}
		return date, fmt.Sprintf("%04d", d.dct.y), true
	} else if adj != "" {
		return "", "", false
	}
	rest := strings.TrimLeft(m.text[m.end:], " ")
	endsClause := rest == "" || strings.ContainsAny(rest[:1], ".,;:)") || strings.HasPrefix(rest, "ended") || strings.HasPrefix(rest, "ending") || strings.HasPrefix(rest, "to ")
	switch pw {
	case "for", "during", "over", "throughout":
		if endsClause {
			return dur, "P1Y", true
		}
	case "in", "of":
		if endsClause {
			if !d.hasDCT {
				return date, "", true
			}
			if r, ok := d.ref(gYear, true); ok {
				return date, r.String(), true
			}
			return date, fmt.Sprintf("%04d", d.dct.y), true
		}
	}
	return "", "", false
}

// normTheWeekend resolves "the weekend" by tense: the last one in a past
// clause, the coming one in a future clause.
func normTheWeekend(d *doc, m *match) (domain.DateType, string, bool) {
	if !d.hasDCT {
		return date, "", true
	}
	p := d.dct.atGran(gWeekend)
	wd := weekdayOf(d.dct)
	if d.tenseAt(m) != tenseFuture && wd < 6 {
		p = p.shift(gWeek, -1)
	}
	return date, p.String(), true
}

func normDayRel(d *doc, m *match) (domain.DateType, string, bool) {
	day := strings.ToLower(m.g("day"))
	pw := m.prevWord()
	if day == "today" {
		if pw == "usa" || strings.HasPrefix(strings.ToLower(m.nextWord()), "programme") || m.nextWord() == "show" {
			return "", "", false
		}
		if m.text[m.start] == 'T' && pw != "" && m.start > 0 && m.text[m.start-1] == ' ' {
			// "Russia Today", "Britain Today": a capitalised Today mid-sentence after a name.
			prev := m.text[:m.start-1]
			if i := strings.LastIndexByte(prev, ' '); i >= 0 && i+1 < len(prev) && prev[i+1] >= 'A' && prev[i+1] <= 'Z' {
				return "", "", false
			}
		}
	}
	pod := strings.ToLower(m.g("pod") + m.g("pod2"))
	if !d.hasDCT {
		return date, "", true
	}
	base := d.dct
	switch day {
	case "yesterday":
		base = base.shift(gDay, -1)
	case "tomorrow":
		base = base.shift(gDay, 1)
	case "tonight":
		pod = "night"
	}
	switch strings.ToLower(m.g("two")) {
	case "before yesterday":
		base = d.dct.shift(gDay, -2)
	case "after tomorrow":
		base = d.dct.shift(gDay, 2)
	}
	if strings.EqualFold(m.g("rel"), "last") {
		base = d.dct.shift(gDay, -1)
		if pod != "night" {
			// "last evening" is yesterday's; fine.
		}
	}
	if pod != "" {
		return tim, podValue(base, pod), true
	}
	return date, base.String(), true
}

func podValue(p point, pod string) string {
	code := map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "12:00", "midnight": "24:00"}[pod]
	day := point{g: gDay, y: p.y, m: p.m, d: p.d}.String()
	if code == "" {
		return day
	}
	return day + "T" + code
}

// weekdayNames that are names rather than dates.
var weekdayNoun = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "mail": true,
	"herald": true, "post": true, "sport": true, "people": true, "star": true,
	"record": true, "independent": true, "school": true, "schools": true,
	"paper": true, "papers": true, "edition": true, "supplement": true,
	"magazine": true, "prayers": true, "service": true, "services": true,
	"night live": true, "league": true, "best": true, "football": true,
}

var weekdayPre = map[string]bool{
	"good": true, "black": true, "bloody": true, "super": true, "easter": true,
	"palm": true, "ash": true, "cyber": true, "holy": true, "maundy": true,
	"mail": true, "independent": true, "man": true, "girl": true,
}

func normWeekday(d *doc, m *match) (domain.DateType, string, bool) {
	n := weekdayNum(m.g("wd"))
	if n == 0 {
		return "", "", false
	}
	if weekdayPre[m.prevWord()] && !m.has("rel") {
		return "", "", false
	}
	if nw := strings.ToLower(m.nextWord()); weekdayNoun[nw] && !m.has("pod") {
		return "", "", false
	}
	wd := m.g("wd")
	if strings.HasSuffix(wd, ".") && !m.has("rel") && !m.has("pod") {
		// A bare "Sun." or "Sat." is too often a word at a sentence end.
		return "", "", false
	}
	pod := strings.ToLower(m.g("pod"))
	// "Friday night" is annotated DATE in TimeBank, with the part of day
	// in the value; "noon"/"midnight" make it a TIME.
	typ := date
	if pod == "noon" || pod == "midnight" {
		typ = tim
	}
	if !d.hasDCT {
		v := fmt.Sprintf("XXXX-WXX-%d", n)
		return typ, v, true
	}
	rel := strings.ToLower(strings.Join(strings.Fields(m.g("rel")), " "))
	var p point
	switch rel {
	case "the previous", "the following", "the next":
		r, ok := d.ref(gDay, false)
		if !ok {
			r = d.dct
		}
		wdR := weekdayOf(r)
		if rel == "the previous" {
			back := (wdR - n + 7) % 7
			if back == 0 {
				back = 7
			}
			p = r.shift(gDay, -back)
		} else {
			fwd := (n - wdR + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			p = r.shift(gDay, fwd)
		}
	default:
		if wrel := strings.ToLower(m.g("wrel")); wrel != "" {
			wk := d.dct.atGran(gWeek)
			switch wrel {
			case "last":
				wk = wk.shift(gWeek, -1)
			case "next":
				wk = wk.shift(gWeek, 1)
			}
			p = fromDay(isoWeekStart(wk.y, wk.w).AddDate(0, 0, n-1))
		} else {
			p = d.weekday(n, rel, d.orientation(m))
		}
	}
	if pod != "" {
		return typ, podValue(p, pod), true
	}
	return date, p.String(), true
}

// normDayAnaphor resolves "that day", "the next morning", "the previous
// night" against the last day mentioned.
func normDayAnaphor(d *doc, m *match) (domain.DateType, string, bool) {
	rel := strings.ToLower(strings.Join(strings.Fields(m.g("rel")), " "))
	unit := strings.ToLower(m.g("unit"))
	if nw := strings.ToLower(m.nextWord()); nw == "of" || nw == "after" || nw == "before" {
		return "", "", false
	}
	typ := date
	if unit != "day" {
		typ = tim
	}
	r, ok := d.ref(gDay, false)
	if !ok {
		for i := len(d.prior) - 1; i >= 0 && !ok; i-- {
			if p, pok := parseValue(d.prior[i].value); pok && p.g >= gDay && !d.prior[i].derived {
				r, ok = p, true
			}
		}
	}
	if !ok {
		return typ, "", true
	}
	switch rel {
	case "the next", "the following":
		r = r.shift(gDay, 1)
	case "the previous", "the preceding", "the prior":
		r = r.shift(gDay, -1)
	}
	d.derived = true
	if unit == "day" {
		return date, point{g: gDay, y: r.y, m: r.m, d: r.d}.String(), true
	}
	return tim, podValue(r, unit), true
}

func normAgo(d *doc, m *match) (domain.DateType, string, bool) {
	dir := strings.ToLower(strings.Join(strings.Fields(m.g("dir")), " "))
	unit := strings.ToLower(m.g("unit"))
	g, _, mult, timePart := unitOf(unit)
	if g == gNone || g == gWeekend {
		return "", "", false
	}
	if unit == "second" || unit == "seconds" {
		if !m.has("num") {
			return "", "", false
		}
	}
	n, known := 1.0, true
	if m.has("num") {
		n, known = number(m.g("num"))
	} else if !strings.HasSuffix(unit, "s") {
		return "", "", false // "year ago"
	}
	if !m.has("num") {
		known = false
	}
	numLow := strings.ToLower(m.g("num"))
	if numLow == "some" || numLow == "many" {
		known = false
	}
	switch dir {
	case "before", "after":
		// "two days after the attack" is a duration anchored on an event.
		rest := strings.TrimLeft(m.text[m.end:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)\"'”") {
			nw := strings.ToLower(m.nextWord())
			if nw != "and" && nw != "but" && nw != "when" {
				return "", "", false
			}
		}
	case "back":
		// "two years back" is fine, "brought two days back" is not a date;
		// accept only at a clause end.
		rest := strings.TrimLeft(m.text[m.end:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)") {
			return "", "", false
		}
	}
	sign := -1
	switch dir {
	case "later", "after", "from now", "hence", "afterward", "afterwards":
		sign = 1
	}
	if !known {
		if sign < 0 {
			return date, "PAST_REF", true
		}
		return date, "FUTURE_REF", true
	}
	if n != float64(int(n)) || n > 1000 {
		return date, "", true
	}
	steps := int(n) * mult
	d.derived = true
	// Anchor: "ago", "from now" count from the writing time; "earlier",
	// "later", "before", "after" from the time last talked about.
	var base point
	var ok bool
	switch dir {
	case "ago", "from now", "hence", "back":
		base, ok = d.dct, d.hasDCT
	default:
		base, ok = d.anchor()
	}
	// "up from $10 million a year ago" in a results story compares the
	// quarter reported with the same quarter a year before.
	if g == gYear && mult == 1 && steps == 1 && sign < 0 {
		if r, rok := d.refFrom(gQuarter, 0); rok {
			base, ok = r, true
		}
	}
	if !ok {
		return date, "", true
	}
	if timePart {
		// Hours ago: the day is all we know without a clock on the document.
		return date, base.atGranAny(gDay).shift(gDay, 0).String(), base.g >= gDay
	}
	stepG := g
	if mult == 10 || mult == 100 || mult == 1000 {
		stepG = gYear
	}
	var p point
	if base.g >= gDay {
		p = base.shift(stepG, sign*steps)
		// Granularity of the result is the unit's (years for decades and
		// centuries: "a decade ago" is a year), except for days.
		if mult >= 10 {
			p = p.atGran(gYear)
		} else if g != gDay {
			p = p.atGran(g)
		} else {
			p = point{g: gDay, y: p.y, m: p.m, d: p.d}
		}
	} else {
		if base.g > g && g != gQuarter && g != gYear {
			// Counting days back from a month: keep the month.
			return date, base.String(), true
		}
		p = base.shift(stepG, sign*steps)
	}
	return date, p.String(), true
}

func normDuration(d *doc, m *match) (domain.DateType, string, bool) {
	unit := strings.ToLower(m.g("unit"))
	numS := strings.ToLower(strings.Join(strings.Fields(m.g("num")), " "))
	det := strings.ToLower(m.g("det"))
	nw := strings.ToLower(m.nextWord())
	pw := m.prevWord()
	if strings.HasSuffix(unit, "-long") {
		unit = strings.TrimSuffix(unit, "-long")
	}
	g, _, _, _ := unitOf(unit)
	if g == gNone {
		return "", "", false
	}
	low := m.lower()
	if m.has("adj") && m.has("q") && !m.has("det") {
		return "", "", false // "last over a week": "last" is a verb
	}
	// Ages are not annotated: "a 44-year-old".
	if strings.HasPrefix(m.text[m.end:], "-old") || strings.HasPrefix(m.text[m.end:], " old") || nw == "old" || strings.HasPrefix(m.text[m.end:], "-olds") {
		return "", "", false
	}
	singular := !strings.HasSuffix(unit, "s")
	if numS == "a" || numS == "an" {
		if det != "" && det != "another" {
			return "", "", false // "the a day"
		}
		switch unit {
		case "second":
			return "", "", false // "a second time"
		case "quarter":
			if nw == "of" || nw == "century" || nw == "mile" {
				return "", "", false
			}
		case "day", "night":
			if nw == "or" {
				return "", "", false
			}
		}
		// "$50 a year", "twice a week": a frequency, written as a set.
		prev := strings.TrimRight(m.text[:m.start], " ")
		if pw == "twice" || pw == "once" || pw == "times" || pw == "million" || pw == "billion" || pw == "dollars" ||
			pw == "cents" || pw == "percent" || pw == "share" || pw == "pounds" || pw == "euros" || pw == "barrels" ||
			pw == "tons" || pw == "tonnes" || pw == "visitors" || pw == "people" ||
			strings.HasSuffix(prev, "%") || len(prev) > 0 && prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9' {
			return set, duration(1, true, unit), true
		}
	}
	if singular && numS != "a" && numS != "an" && numS != "one" && numS != "single" && !m.has("num2") {
		// "two year" only as an adjective ("a two-year term", "ten year low").
		if !strings.Contains(m.str(), "-") {
			if n, ok := number(numS); ok && n != 1 && nw == "" {
				return "", "", false
			}
		}
	}
	if !singular && (numS == "a" || numS == "an" || numS == "one") {
		return "", "", false
	}
	if numS == "some" && singular {
		return "", "", false // "some day"
	}
	if (numS == "many" || numS == "some") && det == "" && !m.has("adj") && !m.has("q") {
		if pw != "for" && pw != "in" && pw != "over" && pw != "after" {
			return "", "", false
		}
	}
	if unit == "second" && numS != "one" && numS != "a" && numS != "an" {
		if _, err := strconv.Atoi(numS); err != nil && !strings.HasPrefix(numS, "a") {
			// "the second day" never reaches here; "two second" does.
		}
	}
	if unit == "seconds" && (numS == "a" || numS == "an") {
		return "", "", false
	}
	// "one day" opening a clause is vague ("One day he will...").
	if (numS == "one" || numS == "some") && (unit == "day" || unit == "night") && det == "" && !m.has("q") {
		return "", "", false
	}
	// Counted nouns "the first two quarters of 1990" are dates.
	n, known := number(numS)
	if m.has("num2") {
		if _, ok := number(m.g("num2")); !ok {
			return "", "", false
		}
	}
	if strings.Contains(low, "and a half") {
		n += 0.5
	}
	if known && n == 0 {
		return "", "", false
	}
	if known && n > 100000 {
		return "", "", false
	}
	// Money and measures: "$3 million a year" handled above; "2 percent
	// a year" too. "10 days" after a number list is fine.
	return dur, duration(n, known, unit), true
}

func normHalfUnit(d *doc, m *match) (domain.DateType, string, bool) {
	return dur, duration(0.5, true, m.g("unit")), true
}

func normVaguePlural(d *doc, m *match) (domain.DateType, string, bool) {
	unit := strings.ToLower(m.g("unit") + m.g("unit2") + m.g("unit3"))
	adj := strings.ToLower(strings.Join(strings.Fields(m.g("adj")), " "))
	if m.has("the") {
		// "over the years", "through the decades"
		switch m.prevWord() {
		case "over", "through", "throughout", "across", "during":
			if nw := strings.ToLower(m.nextWord()); nw == "of" || nw == "that" || nw == "when" || nw == "since" || nw == "before" || nw == "after" {
				return "", "", false
			}
			return dur, duration(0, false, unit), true
		}
		return "", "", false
	}
	if unit == "quarters" {
		if nw := strings.ToLower(m.nextWord()); nw == "of" {
			return "", "", false
		}
		return dur, "PXQ", true
	}
	if adj == "recent" && unit == "years" {
		return date, "PAST_REF", true
	}
	if adj == "the early" {
		return dur, duration(0, false, unit), true
	}
	return dur, duration(0, false, unit), true
}

func normBarePlural(d *doc, m *match) (domain.DateType, string, bool) {
	unit := strings.ToLower(m.g("unit"))
	pw := m.prevWord()
	if m.has("long") {
		return dur, duration(0, false, unit), true
	}
	switch pw {
	case "for", "over", "within":
	case "in":
		// "in years" (= for years) but not "in years past"? Accept before a clause end.
		rest := strings.TrimLeft(m.text[m.end:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:") {
			return "", "", false
		}
	default:
		return "", "", false
	}
	if unit == "days" || unit == "hours" || unit == "minutes" {
		if pw != "for" && pw != "within" {
			return "", "", false
		}
	}
	nw := strings.ToLower(m.nextWord())
	if nw == "of" || nw == "to" || nw == "ago" {
		return "", "", false
	}
	return dur, duration(0, false, unit), true
}

func normAdjLong(d *doc, m *match) (domain.DateType, string, bool) {
	return dur, duration(1, true, m.g("unit")), true
}

func normSetAdverb(d *doc, m *match) (domain.DateType, string, bool) {
	w := strings.ToLower(m.g("w"))
	if m.text[m.start] >= 'A' && m.text[m.start] <= 'Z' {
		// "the Daily Telegraph", "Weekly Standard": a title, unless at a sentence start.
		if s, _ := sentenceBounds(m.text, m.start, m.end); s != m.start {
			return "", "", false
		}
		if nw := m.nextWord(); nw != "" && nw[0] >= 'A' && nw[0] <= 'Z' {
			return "", "", false
		}
	}
	if w == "quarterly" || w == "yearly" {
		// "its quarterly dividend": an adjective, which annotators leave out.
		rest := strings.TrimLeft(m.text[m.end:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)") {
			nw := strings.ToLower(m.nextWord())
			if nw != "and" && nw != "or" && nw != "since" && nw != "through" && nw != "until" && nw != "in" && nw != "at" && nw != "by" && nw != "from" {
				return "", "", false
			}
		}
	}
	v := map[string]string{
		"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
		"hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
		"bimonthly": "P2M", "semiannually": "P6M", "biannually": "P6M",
	}[w]
	return set, v, true
}

func normSetEvery(d *doc, m *match) (domain.DateType, string, bool) {
	det := strings.ToLower(m.g("det"))
	unit := strings.ToLower(m.g("unit"))
	if det == "a" || det == "an" {
		// Only with a frequency: "twice a week", not "a week".
		if !m.has("freq") {
			return "", "", false
		}
		if m.has("wd") || m.has("month") {
			return "", "", false
		}
	}
	if det == "per" && m.has("wd") {
		return "", "", false
	}
	if m.has("month") {
		mo := monthNum(m.g("month"))
		if mo == 0 {
			return "", "", false
		}
		return set, fmt.Sprintf("XXXX-%02d", mo), true
	}
	if m.has("wd") {
		n := weekdayNum(m.g("wd"))
		if n == 0 {
			return "", "", false
		}
		return set, fmt.Sprintf("XXXX-WXX-%d", n), true
	}
	nw := strings.ToLower(m.nextWord())
	if nw == "of" || nw == "since" && det != "every" {
		return "", "", false
	}
	other := strings.Contains(m.lower(), "other")
	k := 1
	if other {
		k = 2
	}
	switch unit {
	case "morning", "afternoon", "evening", "night":
		code := map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[unit]
		return set, "XXXX-XX-XXT" + code, true
	case "summer", "winter", "spring", "fall", "autumn":
		return set, "XXXX-" + seasonCode[unit], true
	case "weekend":
		return set, "XXXX-WXX-WE", true
	}
	return set, duration(float64(k), true, unit), true
}

func normSetWeekdays(d *doc, m *match) (domain.DateType, string, bool) {
	wd := m.g("wd") + m.g("wd2")
	n := weekdayNum(wd)
	if n == 0 {
		return "", "", false
	}
	pod := strings.ToLower(strings.TrimSuffix(m.g("pod")+m.g("pod2"), "s"))
	v := fmt.Sprintf("XXXX-WXX-%d", n)
	if pod != "" {
		v += "T" + map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[pod]
	}
	return set, v, true
}

// clockDay finds the day a clock time belongs to: an explicit weekday or
// date after it, else a day mentioned in the same sentence, else the
// document day.
func (d *doc) clockDay(m *match) (point, bool) {
	switch {
	case m.has("wd") || m.has("wd2"):
		if !d.hasDCT {
			return point{}, false
		}
		n := weekdayNum(m.g("wd") + m.g("wd2"))
		return d.weekday(n, "", d.tenseAt(m)), true
	case m.has("day"):
		if !d.hasDCT {
			return point{}, false
		}
		switch strings.ToLower(m.g("day")) {
		case "yesterday":
			return d.dct.shift(gDay, -1), true
		case "tomorrow":
			return d.dct.shift(gDay, 1), true
		}
		return d.dct, true
	case m.has("month"):
		mo, da := monthNum(m.g("month")), dayNum(m.g("dom"))
		if !d.hasDCT || mo == 0 || da == 0 {
			return point{}, false
		}
		return d.pickYear(d.tenseAt(m), func(y int) point { return point{g: gDay, y: y, m: mo, d: da} }), true
	}
	if r, ok := d.ref(gDay, true); ok {
		return r, true
	}
	return d.dct, d.hasDCT
}

func clockValue(day point, ok bool, hh, mm int) string {
	if !ok {
		return fmt.Sprintf("XXXX-XX-XXT%02d:%02d", hh, mm)
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", day.y, day.m, day.d, hh, mm)
}

func normClock(d *doc, m *match) (domain.DateType, string, bool) {
	c := strings.ToLower(m.g("clock"))
	i := 0
	for i < len(c) && c[i] >= '0' && c[i] <= '9' {
		i++
	}
	hh := atoi(c[:i])
	mm := 0
	if m.has("min") {
		mm = atoi(m.g("min"))
	}
	if hh < 1 || hh > 12 || mm > 59 {
		return "", "", false
	}
	pm := strings.HasPrefix(strings.ToLower(m.g("ampm")), "p")
	if pm && hh < 12 {
		hh += 12
	}
	if !pm && hh == 12 {
		hh = 0
	}
	// "am" after a number is rarely anything but a time, but "I am" is no
	// number; a bare "am" needs a digit before it, which the pattern has.
	day, ok := d.clockDay(m)
	return tim, clockValue(day, ok, hh, mm), true
}

func normClock24(d *doc, m *match) (domain.DateType, string, bool) {
	hh, mm := atoi(m.g("hh")), atoi(m.g("mm"))
	day, ok := d.clockDay(m)
	return tim, clockValue(day, ok, hh, mm), true
}

func normClockWord(d *doc, m *match) (domain.DateType, string, bool) {
	if m.prevWord() == "high" {
		return "", "", false // "High Noon"
	}
	day, ok := d.clockDay(m)
	word := strings.ToLower(m.g("pre") + m.g("post"))
	switch word {
	case "noon", "midday":
		return tim, clockValue(day, ok, 12, 0), true
	case "midnight":
		if !ok {
			return tim, "XXXX-XX-XXT24:00", true
		}
		return tim, fmt.Sprintf("%04d-%02d-%02dT24:00", day.y, day.m, day.d), true
	}
	hw := strings.ToLower(m.g("hw") + m.g("hw2"))
	n, known := number(hw)
	if !known || n < 1 || n > 12 {
		return "", "", false
	}
	hh := int(n)
	switch strings.ToLower(m.g("pod")) {
	case "afternoon", "evening":
		if hh < 12 {
			hh += 12
		}
	case "morning":
		if hh == 12 {
			hh = 0
		}
	}
	return tim, clockValue(day, ok, hh, 0), true
}

func normHoliday(d *doc, m *match) (domain.DateType, string, bool) {
	h := strings.ToLower(strings.Join(strings.Fields(m.g("h")), " "))
	h = strings.ReplaceAll(h, "’", "'")
	if c := m.text[m.sub[2*m.re.SubexpIndex("h")]]; c < 'A' || c > 'Z' {
		return "", "", false
	}
	at := func(y int) (time.Time, bool) {
		switch {
		case strings.HasPrefix(h, "christmas eve"):
			return time.Date(y, 12, 24, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "christmas"):
			return time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC), true
		case h == "new year's eve":
			return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "new year's"):
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
		case strings.HasPrefix(h, "thanksgiving"):
			return nthWeekday(y, 11, time.Thursday, 4), true
		case h == "good friday":
			return easter(y).AddDate(0, 0, -2), true
		case h == "easter monday":
			return easter(y).AddDate(0, 0, 1), true
		case strings.HasPrefix(h, "easter"):
			return easter(y), true
		case h == "independence day":
			return time.Date(y, 7, 4, 0, 0, 0, 0, time.UTC), true
		case h == "halloween":
			return time.Date(y, 10, 31, 0, 0, 0, 0, time.UTC), true
		case h == "valentine's day":
			return time.Date(y, 2, 14, 0, 0, 0, 0, time.UTC), true
		case h == "labor day" || h == "labour day":
			return nthWeekday(y, 9, time.Monday, 1), true
		case h == "memorial day":
			return nthWeekday(y, 5, time.Monday, -1), true
		case h == "election day":
			// US federal elections: the Tuesday after the first Monday of November.
			return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1), true
		case h == "boxing day":
			return time.Date(y, 12, 26, 0, 0, 0, 0, time.UTC), true
		case h == "bastille day":
			return time.Date(y, 7, 14, 0, 0, 0, 0, time.UTC), true
		case h == "veterans day" || h == "armistice day" || h == "remembrance day":
			return time.Date(y, 11, 11, 0, 0, 0, 0, time.UTC), true
		case h == "remembrance sunday":
			return nthWeekday(y, 11, time.Sunday, 2), true
		case strings.HasPrefix(h, "martin luther king"):
			return nthWeekday(y, 1, time.Monday, 3), true
		case strings.HasPrefix(h, "presidents"):
			return nthWeekday(y, 2, time.Monday, 3), true
		case h == "mother's day":
			return nthWeekday(y, 5, time.Sunday, 2), true
		case h == "father's day":
			return nthWeekday(y, 6, time.Sunday, 3), true
		case strings.HasPrefix(h, "st"):
			return time.Date(y, 3, 17, 0, 0, 0, 0, time.UTC), true
		case h == "guy fawkes night":
			return time.Date(y, 11, 5, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, false
	}
	if _, ok := at(2000); !ok {
		return "", "", false
	}
	if m.has("year") {
		t, _ := at(atoi(m.g("year")))
		return date, fromDay(t).String(), true
	}
	if !d.hasDCT {
		return date, "", true
	}
	pt := func(y int) point { t, _ := at(y); return fromDay(t) }
	dct := d.dct.date()
	switch strings.ToLower(m.g("rel")) {
	case "last":
		for y := d.dct.y; y >= d.dct.y-1; y-- {
			if p := pt(y); p.date().Before(dct) {
				return date, p.String(), true
			}
		}
	case "next":
		for y := d.dct.y; y <= d.dct.y+1; y++ {
			if p := pt(y); p.date().After(dct) {
				return date, p.String(), true
			}
		}
	case "this":
		return date, pt(d.dct.y).String(), true
	}
	return date, d.pickYear(d.tenseAt(m), pt).String(), true
}

func normRefWord(d *doc, m *match) (domain.DateType, string, bool) {
	w := strings.ToLower(strings.Join(strings.Fields(m.g("w")), " "))
	rest := m.text[m.end:]
	switch w {
	case "now":
		if strings.HasPrefix(rest, "-") {
			return "", "", false // "now-defunct"
		}
		return date, "PRESENT_REF", true
	case "right now", "just now", "currently", "presently", "at present", "nowadays", "these days":
		return date, "PRESENT_REF", true
	case "the moment":
		if m.prevWord() != "at" && m.prevWord() != "for" {
			return "", "", false
		}
		return date, "PRESENT_REF", true
	case "recently", "lately":
		return date, "PAST_REF", true
	case "the past":
		pw := m.prevWord()
		if pw != "in" && pw != "than" && pw != "of" {
			return "", "", false
		}
		return date, "PAST_REF", true
	}
	// the future, the near future, the near term …
	if w == "the near term" || w == "the short term" {
		if pw := m.prevWord(); pw != "in" && pw != "for" && pw != "over" {
			return "", "", false
		}
	}
	return date, "FUTURE_REF", true
}
