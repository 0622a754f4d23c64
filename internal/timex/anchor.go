package timex

import (
	"time"
)

// Anchoring: turning an underspecified expression ("October 3", "Friday",
// "the third quarter") into a calendar value against the document time and
// the tense of its clause.

// pickYear chooses among the same calendar item in the years around the
// document time: the one whose start falls in a window around the DCT
// that the tense shifts. Past tense looks nine months back and three
// ahead, future the reverse, otherwise six and six: "Nov. 16" in a story of
// late October is the coming one even in "the offer was extended to
// Nov. 16", and "in April" said in January of a past event is last April.
// at builds the item for a year.
func (d *doc) pickYear(t tense, at func(y int) point) point {
	dct := d.dct.date()
	back, ahead := 183, 183
	switch t {
	case tensePast:
		back, ahead = 275, 90
	case tenseFuture:
		back, ahead = 90, 275
	}
	lo, hi := dct.AddDate(0, 0, -back), dct.AddDate(0, 0, ahead)
	var best point
	bestDist := time.Duration(1 << 62)
	for y := d.dct.y - 1; y <= d.dct.y+1; y++ {
		c := at(y)
		// Compare the middle of the item with the window, so that a month
		// counts as near while it is running.
		mid := c.start().Add(c.end().Sub(c.start()) / 2)
		if !mid.Before(lo) && mid.Before(hi) {
			return c
		}
		if dist := distance(c, dct); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// distance from the period p to the instant t (zero when t is inside p).
func distance(p point, t time.Time) time.Duration {
	s, e := p.start(), p.end()
	switch {
	case t.Before(s):
		return s.Sub(t)
	case !t.Before(e):
		return t.Sub(e) + time.Nanosecond
	}
	return 0
}

// weekday resolves a weekday name (ISO number) against the document time.
// rel is "last", "next", "this" or "" (bare, decided by tense).
func (d *doc) weekday(n int, rel string, t tense) point {
	dct := d.dct.date()
	wd := int(dct.Weekday())
	if wd == 0 {
		wd = 7
	}
	back := (wd - n + 7) % 7 // days back to the latest such weekday (0 = today)
	fwd := (n - wd + 7) % 7  // days forward to the next (0 = today)
	var off int
	switch rel {
	case "last", "past", "this past", "the last", "the past":
		off = -back
		if back == 0 {
			off = -7
		}
	case "next", "coming", "this coming", "the next":
		off = fwd
		if fwd == 0 {
			off = 7
		}
	case "this":
		off = n - wd // the one in the document's week
	default:
		switch {
		case t == tenseFuture:
			off = fwd
		case t == tensePresent && fwd < back && fwd <= 2:
			off = fwd // a day or two ahead: "who faces a hearing on Thursday"
		default:
			off = -back
		}
	}
	return fromDay(dct.AddDate(0, 0, off))
}

// quarterYear picks the year of a quarter or half named without one: the
// latest that has begun by the document time, unless the clause speaks of
// the future.
func (d *doc) quarterYear(g gran, n int, t tense) int {
	y := d.dct.y
	p := point{g: g, y: y, n: n}
	if p.start().After(d.dct.date()) && t != tenseFuture {
		return y - 1
	}
	return y
}

// lastCompleteQuarter is the latest quarter that ended before the document
// time: what "the quarter" means in a results story without an earlier
// mention.
func (d *doc) lastCompleteQuarter() point {
	return d.dct.atGran(gQuarter).shift(gQuarter, -1)
}

// refOrDCT returns the latest earlier mention of granularity g (any
// granularity when g is gNone), else the document time at granularity g.
func (d *doc) refOrDCT(g gran, sameSentence bool) (point, bool) {
	if p, ok := d.ref(g, sameSentence); ok {
		return p, true
	}
	if !d.hasDCT {
		return point{}, false
	}
	if g == gNone {
		return d.dct, true
	}
	return d.dct.atGran(g), true
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	dd := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - dd - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// nthWeekday returns the nth (1-based; -1 = last) weekday wd of a month.
func nthWeekday(y int, m time.Month, wd time.Weekday, nth int) time.Time {
	if nth < 0 {
		t := time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(nth-1))
}
