package feed

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/lang"
)

// parseDate is the fallback for feed dates that gofeed leaves unparsed. It
// normalises the string (drops the weekday, which real feeds often get
// wrong; ordinals; commas; "at"; parenthesised zone comments; full month
// names), splits off the zone (numeric, "Z", or an abbreviation from
// zoneOffsets) and tries a short list of zoneless layouts. A date without a
// zone is taken as UTC. The result is in UTC.
func parseDate(s string) (time.Time, bool) {
	s = lang.Space(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := parseUnix(s); ok {
		return t, true
	}
	// "(UTC)" after "+0000" is a comment, but "(BST)" may be the only zone.
	s = parenthesised.ReplaceAllStringFunc(s, func(m string) string {
		z := strings.Trim(m, " ()")
		if _, ok := zoneOffsets[strings.ToUpper(z)]; ok {
			return " " + z
		}
		return ""
	})
	s = weekday.ReplaceAllString(s, "")
	s = ordinal.ReplaceAllString(s, "$1")
	s = monthName.ReplaceAllStringFunc(s, func(m string) string { return m[:3] })
	s = ampm.ReplaceAllStringFunc(s, func(m string) string {
		sm := ampm.FindStringSubmatch(m)
		return sm[1] + " " + strings.ToUpper(sm[2]) + "M" + sm[3]
	})
	s = strings.ReplaceAll(s, ",", " ")
	s = atWord.ReplaceAllString(s, " ")
	s = lang.Space(s)

	body, offset, hasZone := splitZone(s)
	for _, layout := range zonelessLayouts {
		t, err := time.Parse(layout, body)
		if err != nil {
			continue
		}
		if hasZone {
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
				time.FixedZone("", offset))
		}
		if t.Year() < 1900 || t.Year() > 9999 {
			return time.Time{}, false
		}
		return t.UTC(), true
	}
	return time.Time{}, false
}

// parseUnix reads 10-digit seconds or 13-digit milliseconds since the epoch,
// which some JSON feeds and CMS exports use.
func parseUnix(s string) (time.Time, bool) {
	if (len(s) != 10 && len(s) != 13) || strings.Trim(s, "0123456789") != "" {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == 13 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), true
}

var (
	parenthesised = regexp.MustCompile(`\s*\([^)]*\)\s*$`)
	weekday       = regexp.MustCompile(`(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b\.?,?\s*`)
	ordinal       = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\b`)
	monthName     = regexp.MustCompile(`(?i)\b(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?`)
	ampm          = regexp.MustCompile(`(?i)(\d)\s*([ap])\.?m\.?(\s|$)`)
	atWord        = regexp.MustCompile(`(?i)\s(?:at|um|à|-)\s`)

	// numericZone follows a clock time: "+0000", "-05:00", "+01", "GMT+1",
	// "UTC-0530". Requiring the clock first keeps "2016-10-31" from being
	// read as a zone of -31.
	numericZone = regexp.MustCompile(`^(.*\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:\s?[AP]M)?)\s*(?:(?i:GMT|UTC|UT)\s*)?([+-])(\d{1,2})(?::?(\d\d))?$`)
	// zoneWord is a trailing alphabetic zone, or "Z" glued to the time.
	zoneWord = regexp.MustCompile(`^(.*\d(?:\s?[AP]M)?)\s*([A-Za-z]{1,5})$`)
)

// zoneOffsets maps the zone abbreviations found in feeds to seconds east of
// UTC. Ambiguous ones take the reading most common in English-language news
// feeds (CST = US Central, IST = India, BST = British Summer Time).
var zoneOffsets = map[string]int{
	"Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "WET": 0,
	"BST": 3600, "IST": 19800, "WEST": 3600, "CET": 3600, "MET": 3600, "CEST": 7200, "MEST": 7200,
	"EET": 7200, "EEST": 10800, "MSK": 10800,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"ET": -5 * 3600, "CT": -6 * 3600, "MT": -7 * 3600, "PT": -8 * 3600, // DST unknown: up to an hour off
	"AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600,
	"AST": -4 * 3600, "ADT": -3 * 3600, "NST": -12600, "NDT": -9000,
	"JST": 9 * 3600, "KST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600, "PHT": 8 * 3600,
	"AWST": 8 * 3600, "ACST": 34200, "ACDT": 37800, "AEST": 10 * 3600, "AEDT": 11 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600, "WIB": 7 * 3600, "ICT": 7 * 3600, "PKT": 5 * 3600,
	"SAST": 2 * 3600, "CAT": 2 * 3600, "EAT": 3 * 3600, "WAT": 3600,
}

// splitZone separates a trailing zone from s. When a numeric offset and a
// name are both given ("-0500 EST"), the number wins.
func splitZone(s string) (body string, offset int, ok bool) {
	if m := zoneWord.FindStringSubmatch(s); m != nil {
		word := strings.ToUpper(m[2])
		if off, known := zoneOffsets[word]; known {
			s = strings.TrimSpace(m[1])
			offset, ok = off, true
		} else if m[2] == word && word != "AM" && word != "PM" {
			// An unknown zone abbreviation: keep the day and clock, read as
			// UTC, rather than lose the date.
			s = strings.TrimSpace(m[1])
		}
	}
	if m := numericZone.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[3])
		mins := 0
		if m[4] != "" {
			mins, _ = strconv.Atoi(m[4])
		}
		if h > 14 || mins > 59 {
			return s, offset, ok
		}
		off := h*3600 + mins*60
		if m[2] == "-" {
			off = -off
		}
		return strings.TrimSpace(m[1]), off, true
	}
	return s, offset, ok
}

// zonelessLayouts are tried in order on the normalised date. Go matches
// month names case-insensitively and accepts fractional seconds after ":05"
// even when the layout omits them.
var zonelessLayouts = []string{
	"2006-1-2T15:04:05",
	"2006-1-2T15:04",
	"2006-1-2 15:04:05",
	"2006-1-2 15:04",
	"2006-1-2 3:04:05 PM",
	"2006-1-2 3:04 PM",
	"2006-1-2",
	"2006/1/2 15:04:05",
	"2006/1/2 15:04",
	"2006/1/2",
	"20060102T150405",
	"20060102T1504",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 2006 3:04:05 PM",
	"2 Jan 2006 3:04 PM",
	"2 Jan 2006 3 PM",
	"2 Jan 2006",
	"2 Jan 06 15:04:05",
	"2 Jan 06 15:04",
	"2-Jan-2006 15:04:05",
	"2-Jan-06 15:04:05",
	"2-Jan-2006",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006 15:04",
	"Jan 2 2006 3:04:05 PM",
	"Jan 2 2006 3:04 PM",
	"Jan 2 2006 3 PM",
	"Jan 2 2006",
	"Jan 2 15:04:05 2006",
	"15:04:05 2 Jan 2006",
	"15:04 2 Jan 2006",
	"3:04 PM 2 Jan 2006",
	"3:04 PM Jan 2 2006",
	"2006 Jan 2 15:04:05",
	"2006 Jan 2",
	"2.1.2006 15:04:05",
	"2.1.2006 15:04",
	"2.1.2006",
}
