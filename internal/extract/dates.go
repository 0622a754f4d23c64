package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// minYear: no web page was published before it; earlier years in date
// fields are placeholders or errors.
const minYear = 1990

// zonedLayouts carry a time zone; the instant is kept (in UTC).
var zonedLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04 -0700",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	time.RFC850,
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon Jan 2 15:04:05 -0700 2006",
	"Mon Jan 2 2006 15:04:05 GMT-0700", // JavaScript's Date.toString
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 MST",
	"January 2, 2006 15:04 MST",
	"January 2, 2006 3:04 PM MST",
	"Jan 2, 2006 3:04 PM MST",
}

// localLayouts have a time but no zone: read as UTC, the only reading
// that needs no guess about the outlet's location.
var localLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
}

// dayLayouts have only a date: UTC midnight.
var dayLayouts = []string{
	"2006-01-02",
	"2006/01/02",
	"20060102",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"02.01.2006",
}

// parseDate reads a date or timestamp as found in metadata: ISO 8601 and
// its common variants, RFC 1123, English month names, and Unix times in
// seconds or milliseconds. ok is false for anything else and for years
// before minYear.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	if t, ok := parseUnix(s); ok {
		return t, true
	}
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(t.UTC())
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(t)
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(t)
		}
	}
	// "2019-11-19T10:00:00.000+0000"-like forms with a zone Go's layouts
	// miss: try the date part alone.
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return plausible(t)
		}
	}
	return time.Time{}, false
}

func parseUnix(s string) (time.Time, bool) {
	if len(s) != 10 && len(s) != 13 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == 13 {
		return plausible(time.UnixMilli(n).UTC())
	}
	return plausible(time.Unix(n, 0).UTC())
}

func plausible(t time.Time) (time.Time, bool) {
	if t.Year() < minYear || t.Year() > 9999 {
		return time.Time{}, false
	}
	return t, true
}

var (
	// /2019/11/19/ and /2019/nov/19/ path segments.
	urlSlashDate = regexp.MustCompile(`/((?:19|20)\d\d)/(\d{1,2}|[A-Za-z]{3,9})/(\d{1,2})(?:/|$)`)
	// 2019-11-19 inside a segment, between separators.
	urlDashDate = regexp.MustCompile(`(?:^|[/_.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[/_.-]|$)`)
	// /20191119/ or /20191119-slug as a whole segment or segment prefix.
	urlCompactDate = regexp.MustCompile(`/((?:19|20)\d\d)(\d\d)(\d\d)(?:/|$|[_.-])`)
)

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// urlDate finds a publication date written into a URL path as
// YYYY/MM/DD, YYYY/mon/DD, YYYY-MM-DD or YYYYMMDD.
func urlDate(raw string) (time.Time, bool) {
	path := raw
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		} else {
			return time.Time{}, false
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for _, re := range []*regexp.Regexp{urlSlashDate, urlDashDate, urlCompactDate} {
		for _, m := range re.FindAllStringSubmatch(path, -1) {
			if t, ok := ymd(m[1], m[2], m[3]); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func ymd(ys, ms, ds string) (time.Time, bool) {
	y, _ := strconv.Atoi(ys)
	d, _ := strconv.Atoi(ds)
	m, err := strconv.Atoi(ms)
	if err != nil {
		mm, ok := monthNames[strings.ToLower(ms)]
		if !ok {
			return time.Time{}, false
		}
		m = int(mm)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 November
	}
	return plausible(t)
}

// notFuture reports whether t is usable given the cut-off now (zero: no
// cut-off known).
func notFuture(t, now time.Time) bool {
	return now.IsZero() || !t.After(now)
}
