package lang

import (
	"regexp"
	"strings"
)

// Dateline is the wire dateline that opens a story: where it was filed,
// in capitals, maybe with a region and a date after commas, maybe the
// agency in brackets, then a dash. "NEW ORLEANS (Reuters) -",
// "TRENTON, N.J. (AP) —", "WASHINGTON, Aug. 11 (Reuters) -", "CAIRO --";
// alone on a line, as wire services file it ("CAPE TOWN, South Africa
// (AP) --"), it has no text after it.
// Offsets are into the string it was read from.
type Dateline struct {
	// Place is the place with its region: "CAIRO, Egypt".
	PlaceStart, PlaceEnd int
	// Date is the date after the place, if any (both 0 when none).
	DateStart, DateEnd int
	// End is where the story's text starts, after the dash.
	End int
}

var (
	// datelineAt reads a dateline at the start of a string.
	datelineAt = regexp.MustCompile(`^(?P<place>\p{Lu}[\p{Lu}.'\- ]{1,30}\p{Lu}\.?(?:,\s*\p{Lu}[\pL.]{1,12}(?: \p{Lu}[\pL.]{1,12}){0,2})?)` +
		`(?:,\s*(?P<date>` + weekdayPattern + `|` + MonthPattern + `\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+` + MonthPattern + `(?:\s+\d{4})?))?` +
		`\s*(?P<agency>\([\pL][\pL ]{0,20}\))?\s*(?:-{1,2}|–|—|_)(?:\s+|$)`)
	// agencyDateline is a dateline with its agency anywhere: after a time
	// stamp, say ("7:47 pm EDT NEW ORLEANS (Reuters) -").
	agencyDateline = regexp.MustCompile(`\b\p{Lu}[\p{Lu}.' ]{2,30}(?:,\s*\p{Lu}[\pL.]{1,12})?\s*\(\p{Lu}[\pL]{1,15}\)\s*(?:-{1,2}|–|—)\s`)
	// placeComma opens a line with a place in capitals and a comma, as a
	// dateline does before its date: "WASHINGTON, April 29 The Senate".
	placeComma = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'-]{2,},`)
)

// ParseDateline reads the dateline that opens s.
func ParseDateline(s string) (Dateline, bool) {
	head := s[:min(len(s), DatelineReach)]
	loc := datelineAt.FindStringSubmatchIndex(head)
	if loc == nil {
		return Dateline{}, false
	}
	d := Dateline{PlaceStart: loc[2], PlaceEnd: loc[3], End: loc[1]}
	if loc[4] >= 0 {
		d.DateStart, d.DateEnd = loc[4], loc[5]
	} else if i := strings.LastIndexByte(head[:d.PlaceEnd], ','); i > 0 {
		// "PORT ELLEN, Monday (Wire) -", "PARIS, France Monday --": a
		// day, not (part of) a region
		region := strings.TrimSpace(head[i+1 : d.PlaceEnd])
		if j := strings.LastIndexByte(region, ' '); weekdays[region[j+1:]] {
			day := region[j+1:]
			d.DateStart, d.DateEnd = d.PlaceEnd-len(day), d.PlaceEnd
			d.PlaceEnd = i
			if j > 0 {
				d.PlaceEnd = d.DateStart - 1
			}
		}
	}
	return d, true
}

// weekdayPattern matches the name of a day of the week, as do the keys
// of weekdays.
const weekdayPattern = `(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`

var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// Weekday reports whether w is the name of a day of the week, capitalised
// ("Tuesday").
func Weekday(w string) bool { return weekdays[w] }

// WeekdayAbbreviation reports whether w is a day of the week shortened
// and capitalised, as wire pages' headers write it ("Fri", "Thurs").
func WeekdayAbbreviation(w string) bool { return weekdayAbbreviations[w] }

var weekdayAbbreviations = map[string]bool{"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thur": true,
	"Thurs": true, "Fri": true, "Sat": true, "Sun": true}

// DatelineReach is how far into a story, in bytes, its dateline is
// looked for.
const DatelineReach = 300

// findDateline finds the dateline of a story in the first DatelineReach
// bytes of s:
// one that opens s or a line of it (after a promotional line, say), or
// one with its agency after other page furniture (a time stamp, a
// section name).
func findDateline(s string) (Dateline, bool) {
	head := s[:min(len(s), DatelineReach)]
	for at := 0; ; {
		if d, ok := ParseDateline(s[at:]); ok {
			return d.shift(at), true
		}
		nl := strings.IndexByte(head[at:], '\n')
		if nl < 0 {
			break
		}
		at += nl + 1
		for at < len(head) && (head[at] == '\n' || head[at] == ' ') {
			at++
		}
		if at >= len(head) {
			break
		}
	}
	if strings.IndexByte(head, ')') < 0 {
		return Dateline{}, false
	}
	loc := agencyDateline.FindStringIndex(head)
	if loc == nil {
		return Dateline{}, false
	}
	d, ok := ParseDateline(s[loc[0]:])
	if !ok {
		return Dateline{}, false
	}
	d = d.shift(loc[0])
	// a time stamp's zone may run into the place: "7:47 pm EDT NEW ORLEANS"
	for {
		w, rest, found := strings.Cut(s[d.PlaceStart:d.PlaceEnd], " ")
		if !found || !zones[w] {
			break
		}
		d.PlaceStart = d.PlaceEnd - len(rest)
	}
	return d, true
}

// shift moves d's offsets by n bytes, for a dateline read from s[n:].
func (d Dateline) shift(n int) Dateline {
	d.PlaceStart += n
	d.PlaceEnd += n
	d.End += n
	if d.DateEnd > 0 {
		d.DateStart += n
		d.DateEnd += n
	}
	return d
}

// OpensLikeDateline reports whether s opens with a dateline, or with a
// place in capitals and a comma as one does ("WASHINGTON, April 29 The
// Senate voted"): the lead of a wire story, never its title.
func OpensLikeDateline(s string) bool {
	_, ok := ParseDateline(s)
	return ok || placeComma.MatchString(s)
}

// DatelinePlace returns the span of the place a wire dateline names near
// the start of s ("NEW ORLEANS" of "NEW ORLEANS (Reuters) - …", "CAIRO" of
// "CAIRO --"), within its first 300 bytes; ok is false when there is
// none. The place is where the story was filed, never someone who speaks.
func DatelinePlace(s string) (start, end int, ok bool) {
	d, ok := findDateline(s)
	return d.PlaceStart, d.PlaceEnd, ok
}
