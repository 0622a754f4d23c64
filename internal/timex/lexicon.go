package timex

import (
	"strconv"
	"strings"
)

// The vocabulary the rules are built from. Fragments are regular
// expressions (RE2 syntax) spliced into the rule patterns by name: {MONTH},
// {WD}, {NUM} …

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]int{ // ISO: Monday 1 … Sunday 7
	"monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
	"thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
	"saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1, "dozen": 12,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "twenty-second": 22,
	"twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
	"twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
	"twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
	"last": -1, "final": -1,
}

const (
	monthFull  = `January|February|March|April|May|June|July|August|September|October|November|December`
	monthAbbr  = `Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`
	weekdayRe  = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	weekdayAbb = `Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun`
	numWord    = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`
	tensWord   = `twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`
	unitWord   = `seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia|weekends?`
	ordWord    = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first`
)

// capAlt lists alternatives; the capital first letter that month and
// weekday names need ("may" and "march" are far more often a verb) is
// checked on the original text after matching (capitalsOK).
func capAlt(alts string) string { return alts }

var fragments = map[string]string{
	// A month name, full or abbreviated ("Sept.", "Dec").
	"MONTH": `(?:` + capAlt(monthFull) + `|(?:` + capAlt(monthAbbr) + `)\.?)`,
	// A weekday name, full or dotted abbreviation.
	"WD": `(?:` + capAlt(weekdayRe) + `|(?:` + capAlt(weekdayAbb) + `)\.)`,
	// A day of the month: 1, 01, 1st, 21st; or an ordinal word.
	"DAY": `(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?i:` + ordWord + `))`,
	// A four-digit year of the last or this millennium (and the 1900s).
	"YEAR": `(?:1[0-9][0-9][0-9]|20[0-9][0-9])`,
	// A cardinal number: digits, words, compounds, fractions, vague amounts.
	"NUM": `(?:(?:\d+(?:,\d{3})*(?:\.\d+)?(?:\s+\d/\d)?)` +
		`|(?:(?:` + tensWord + `)[- ](?:one|two|three|four|five|six|seven|eight|nine))` +
		`|(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred)` +
		`|(?:` + numWord + `)` +
		`|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|a\s+dozen|dozens\s+of|a\s+number\s+of|a\s+handful\s+of|some|many|a|an)`,
	// A unit of time.
	"UNIT": `(?:` + unitWord + `)`,
	// Time-zone designators seen in news.
	"TZ": `(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)`,
	// A clock time with its meridiem: 5 p.m., 10:35 a.m., 7pm.
	"CLOCK": `(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b))`,
}

// expand replaces {NAME} in pattern by its fragment.
func expand(pattern string) string {
	for k, v := range fragments {
		pattern = strings.ReplaceAll(pattern, "{"+k+"}", v)
	}
	return pattern
}

// monthNum reads a month name or abbreviation.
func monthNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "."))
	return months[s]
}

func weekdayNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "."))
	s = strings.TrimSuffix(s, "s") // Mondays
	if n, ok := weekdays[s]; ok {
		return n
	}
	return weekdays[s+"s"] // "Tues"
}

// dayNum reads a day of the month: "3", "03", "3rd", "third".
func dayNum(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, ok := ordinals[s]; ok && n > 0 {
		return n
	}
	s = strings.TrimRight(s, "stndrh")
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// number reads a cardinal, returning ok=false for vague amounts ("several",
// "a few"), which TimeML writes as X.
func number(s string) (float64, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.ReplaceAll(s, ",", "")
	switch s {
	case "a couple of", "a couple", "couple of":
		return 2, true
	case "a dozen":
		return 12, true
	case "a few", "few", "several", "dozens of", "a number of", "a handful of", "some", "many":
		return 0, false
	}
	// "5 1/2"
	if i := strings.IndexByte(s, '/'); i > 0 && i+1 < len(s) {
		parts := strings.Fields(s)
		if len(parts) == 2 {
			w, err1 := strconv.Atoi(parts[0])
			fr := strings.Split(parts[1], "/")
			a, err2 := strconv.Atoi(fr[0])
			b, err3 := strconv.Atoi(fr[1])
			if err1 == nil && err2 == nil && err3 == nil && b != 0 {
				return float64(w) + float64(a)/float64(b), true
			}
		}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, true
	}
	if strings.HasSuffix(s, " hundred") {
		n, ok := number(strings.TrimSuffix(s, " hundred"))
		return n * 100, ok
	}
	s = strings.ReplaceAll(s, "-", " ")
	total := 0
	for _, w := range strings.Fields(s) {
		n, ok := smallNumbers[w]
		if !ok {
			return 0, false
		}
		total += n
	}
	return float64(total), true
}

// unitOf maps a unit word to its granularity, the TimeML duration letter
// and a multiplier (a fortnight is two weeks, a decade ten years).
func unitOf(s string) (g gran, letter string, mult int, timePart bool) {
	s = strings.ToLower(s)
	s = strings.TrimSuffix(s, "-long")
	switch {
	case strings.HasPrefix(s, "second"):
		return gTime, "S", 1, true
	case strings.HasPrefix(s, "minute"):
		return gTime, "M", 1, true
	case strings.HasPrefix(s, "hour"):
		return gTime, "H", 1, true
	case strings.HasPrefix(s, "day"), strings.HasPrefix(s, "night"):
		return gDay, "D", 1, false
	case strings.HasPrefix(s, "weekend"):
		return gWeekend, "WE", 1, false
	case strings.HasPrefix(s, "fortnight"):
		return gWeek, "W", 2, false
	case strings.HasPrefix(s, "week"):
		return gWeek, "W", 1, false
	case strings.HasPrefix(s, "month"):
		return gMonth, "M", 1, false
	case strings.HasPrefix(s, "quarter"):
		return gQuarter, "Q", 1, false
	case strings.HasPrefix(s, "year"):
		return gYear, "Y", 1, false
	case strings.HasPrefix(s, "decade"):
		return gDecade, "Y", 10, false
	case strings.HasPrefix(s, "centur"):
		return gCentury, "Y", 100, false
	case strings.HasPrefix(s, "millenni"):
		return gCentury, "Y", 1000, false
	}
	return gNone, "", 0, false
}

// duration renders "P3D", "PT5H", "PXY" (n unknown), "P2Y6M" (halves).
func duration(n float64, known bool, unit string) string {
	_, letter, mult, timePart := unitOf(unit)
	if letter == "" {
		return ""
	}
	if letter == "WE" {
		if !known {
			return "PXWE"
		}
		letter = "WE"
	}
	pre := "P"
	if timePart {
		pre = "PT"
	}
	if !known {
		if mult == 10 {
			return "PXE" // TimeML writes an unknown number of decades as PXE
		}
		if mult == 100 {
			return "PXC"
		}
		return pre + "X" + letter
	}
	n *= float64(mult)
	if n == float64(int(n)) {
		return pre + strconv.Itoa(int(n)) + letter
	}
	whole := int(n)
	frac := n - float64(whole)
	// Render halves and quarters in the next smaller unit when exact.
	next := map[string]struct {
		letter string
		per    float64
		time   bool
	}{
		"Y": {"M", 12, false}, "M": {"D", 30, false}, "W": {"D", 7, false},
		"D": {"H", 24, true}, "H": {"M", 60, true},
	}
	if timePart && letter == "M" {
		next["M"] = struct {
			letter string
			per    float64
			time   bool
		}{"S", 60, true}
	}
	if nx, ok := next[letter]; ok {
		sub := frac * nx.per
		if sub == float64(int(sub)) {
			var b strings.Builder
			b.WriteString(pre)
			if whole > 0 {
				b.WriteString(strconv.Itoa(whole) + letter)
			}
			if nx.time && !timePart {
				b.WriteString("T")
			}
			b.WriteString(strconv.Itoa(int(sub)) + nx.letter)
			return b.String()
		}
	}
	return pre + strconv.FormatFloat(n, 'f', -1, 64) + letter
}
