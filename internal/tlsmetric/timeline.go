package tlsmetric

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Timeline maps a day to the sentences that summarise it, in order.
type Timeline map[Date][]string

// Dates returns the days of the timeline, oldest first.
func (tl Timeline) Dates() []Date {
	dates := make([]Date, 0, len(tl))
	for d := range tl {
		dates = append(dates, d)
	}
	slices.SortFunc(dates, Date.Compare)
	return dates
}

// Date is a calendar day.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a day written YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, err
	}
	return DateOf(t), nil
}

// DateOf returns the day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// String writes the day as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	return cmp.Or(cmp.Compare(d.Year, e.Year), cmp.Compare(d.Month, e.Month), cmp.Compare(d.Day, e.Day))
}

// Time is the day's start, UTC.
func (d Date) Time() time.Time { return d.midnight() }

// DaysTo returns the number of days from d to e (negative when e is
// earlier).
func (d Date) DaysTo(e Date) int {
	const day = 24 * time.Hour
	return int(e.midnight().Sub(d.midnight()) / day)
}

func (d Date) midnight() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// The Timeline17 format (Tran et al. 2013), read by ReadTimeline and
// written by WriteTimeline, is plain text in blocks:
//
//	2010-09-19
//	The ruptured well is finally sealed .
//	--------------------------------
//	2010-09-17
//	BP pumps cement to seal the damaged well .
//	--------------------------------
//
// a day written YYYY-MM-DD on a line of its own, then the day's sentences,
// one per line, then a separator of 32 hyphens. Blocks come in any order,
// and a day can have several blocks; the reader merges them in file
// order. Lines are read without surrounding whitespace and blank lines
// are skipped. A day line also ends the block before it, and a last block
// without a separator is kept.
const separator = "--------------------------------"

// ReadTimeline reads a timeline in the Timeline17 format. A sentence before
// the first day line is an error.
func ReadTimeline(r io.Reader) (Timeline, error) {
	tl := Timeline{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var day Date
	open := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case line == separator:
			open = false
		case isDateLine(line):
			day, _ = ParseDate(line)
			open = true
			if _, seen := tl[day]; !seen {
				tl[day] = nil
			}
		case !open:
			return nil, fmt.Errorf("timeline line %d: sentence outside a dated block", n)
		default:
			tl[day] = append(tl[day], line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return tl, nil
}

func isDateLine(line string) bool {
	_, err := ParseDate(line)
	return err == nil
}

// WriteTimeline writes tl in the Timeline17 format, oldest day first. It
// refuses sentences that would not read back as written: empty ones, ones
// with a line break or surrounding whitespace, and ones that read as a day
// or a separator.
func WriteTimeline(w io.Writer, tl Timeline) error {
	bw := bufio.NewWriter(w)
	for _, d := range tl.Dates() {
		fmt.Fprintln(bw, d)
		for _, s := range tl[d] {
			if s == "" || s != strings.TrimSpace(s) || strings.Contains(s, "\n") || s == separator || isDateLine(s) {
				return fmt.Errorf("timeline %s: sentence %q cannot be written", d, s)
			}
			fmt.Fprintln(bw, s)
		}
		fmt.Fprintln(bw, separator)
	}
	return bw.Flush()
}
