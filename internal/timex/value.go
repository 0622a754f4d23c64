package timex

import (
	"fmt"
	"strconv"
	"time"
)

// gran is the granularity of a calendar value, coarse to fine. Arithmetic
// on a value moves it in steps of its own granularity unless told otherwise.
type gran int

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPartOfDay // YYYY-MM-DDTMO …
	gTime      // YYYY-MM-DDThh:mm
)

// point is a calendar value of some granularity. Only the fields its
// granularity needs are meaningful: y for years, decades (1990) and
// centuries (1900); y,n for halves and quarters; y,season; y,m for months;
// y,w for ISO weeks; y,m,d for days; y,m,d with pod or hh:mm for times.
type point struct {
	g      gran
	y      int
	m, d   int
	n      int    // quarter or half number
	w      int    // ISO week
	season string // SP, SU, FA, WI
	pod    string // MO, AF, EV, NI, DT
	hh, mm int
}

// fromDay returns the day point of t's own wall-clock date.
func fromDay(t time.Time) point {
	y, m, d := t.Date()
	return point{g: gDay, y: y, m: int(m), d: d}
}

func (p point) date() time.Time {
	d := p.d
	if d == 0 {
		d = 1
	}
	m := p.m
	if m == 0 {
		m = 1
	}
	return time.Date(p.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// String renders the TimeML value of p.
func (p point) String() string {
	switch p.g {
	case gCentury:
		return fmt.Sprintf("%02d", floorDiv(p.y, 100))
	case gDecade:
		return fmt.Sprintf("%03d", floorDiv(p.y, 10))
	case gYear:
		return fmt.Sprintf("%04d", p.y)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", p.y, p.n)
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", p.y, p.n)
	case gSeason:
		return fmt.Sprintf("%04d-%s", p.y, p.season)
	case gMonth:
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	case gWeek:
		return fmt.Sprintf("%04d-W%02d", p.y, p.w)
	case gWeekend:
		return fmt.Sprintf("%04d-W%02d-WE", p.y, p.w)
	case gDay:
		return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	case gPartOfDay:
		return fmt.Sprintf("%04d-%02d-%02dT%s", p.y, p.m, p.d, p.pod)
	case gTime:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", p.y, p.m, p.d, p.hh, p.mm)
	}
	return ""
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// atGran coarsens a day-or-finer point to granularity g.
func (p point) atGran(g gran) point {
	t := p.date()
	switch g {
	case gCentury:
		return point{g: gCentury, y: floorDiv(p.y, 100) * 100}
	case gDecade:
		return point{g: gDecade, y: floorDiv(p.y, 10) * 10}
	case gYear:
		return point{g: gYear, y: p.y}
	case gHalf:
		return point{g: gHalf, y: p.y, n: (p.m-1)/6 + 1}
	case gQuarter:
		return point{g: gQuarter, y: p.y, n: (p.m-1)/3 + 1}
	case gSeason:
		y, s := seasonOf(p.y, p.m)
		return point{g: gSeason, y: y, season: s}
	case gMonth:
		return point{g: gMonth, y: p.y, m: p.m}
	case gWeek, gWeekend:
		y, w := t.ISOWeek()
		return point{g: g, y: y, w: w}
	case gDay:
		return point{g: gDay, y: p.y, m: p.m, d: p.d}
	}
	return p
}

// seasonOf names the season a month belongs to; December belongs to the
// winter of the following year's start, as TimeML values do not split it.
func seasonOf(y, m int) (int, string) {
	switch {
	case m >= 3 && m <= 5:
		return y, "SP"
	case m >= 6 && m <= 8:
		return y, "SU"
	case m >= 9 && m <= 11:
		return y, "FA"
	}
	return y, "WI"
}

// shift moves p by n steps of unit g (which may differ from p's own
// granularity: a day shifted by one year stays a day). The result keeps
// p's granularity.
func (p point) shift(g gran, n int) point {
	switch p.g {
	case gCentury, gDecade, gYear, gHalf, gQuarter, gSeason, gMonth, gWeek, gWeekend:
		return p.shiftCoarse(g, n)
	}
	t := p.date()
	switch g {
	case gCentury:
		t = t.AddDate(100*n, 0, 0)
	case gDecade:
		t = t.AddDate(10*n, 0, 0)
	case gYear:
		t = t.AddDate(n, 0, 0)
	case gHalf:
		t = t.AddDate(0, 6*n, 0)
	case gQuarter:
		t = t.AddDate(0, 3*n, 0)
	case gMonth:
		t = t.AddDate(0, n, 0)
	case gWeek, gWeekend:
		t = t.AddDate(0, 0, 7*n)
	default:
		t = t.AddDate(0, 0, n)
	}
	q := fromDay(t)
	q.g, q.pod, q.hh, q.mm = p.g, p.pod, p.hh, p.mm
	return q
}

func (p point) shiftCoarse(g gran, n int) point {
	q := p
	switch p.g {
	case gCentury:
		q.y += 100 * n * unitYears(g)
		return q
	case gDecade:
		q.y += 10 * n * unitYears(g)
		if g == gDecade {
			q.y = p.y + 10*n
		}
		return q
	case gYear:
		switch g {
		case gCentury:
			q.y += 100 * n
		case gDecade:
			q.y += 10 * n
		default:
			q.y += n
		}
		return q
	case gHalf:
		if g == gHalf {
			k := p.y*2 + p.n - 1 + n
			q.y, q.n = floorDiv(k, 2), k-floorDiv(k, 2)*2+1
		} else {
			q.y += n * unitYears(g)
		}
		return q
	case gQuarter:
		if g == gQuarter {
			k := p.y*4 + p.n - 1 + n
			q.y, q.n = floorDiv(k, 4), k-floorDiv(k, 4)*4+1
		} else {
			q.y += n * unitYears(g)
		}
		return q
	case gSeason:
		q.y += n * unitYears(g)
		return q
	case gMonth:
		switch g {
		case gMonth:
			k := p.y*12 + p.m - 1 + n
			q.y, q.m = floorDiv(k, 12), k-floorDiv(k, 12)*12+1
		case gQuarter:
			return p.shiftCoarse(gMonth, 3*n)
		default:
			q.y += n * unitYears(g)
		}
		return q
	case gWeek, gWeekend:
		// Monday of the ISO week, moved, then re-weeked.
		t := isoWeekStart(p.y, p.w)
		switch g {
		case gYear:
			t = t.AddDate(n, 0, 0)
		case gMonth:
			t = t.AddDate(0, n, 0)
		default:
			t = t.AddDate(0, 0, 7*n)
		}
		y, w := t.ISOWeek()
		q.y, q.w = y, w
		return q
	}
	return q
}

func unitYears(g gran) int {
	switch g {
	case gCentury:
		return 100
	case gDecade:
		return 10
	}
	return 1
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	// January 4th is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, -(wd-1)+7*(w-1))
}

// start returns the first day of p (for comparisons).
func (p point) start() time.Time {
	switch p.g {
	case gCentury, gDecade, gYear:
		return time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC)
	case gHalf:
		return time.Date(p.y, time.Month(6*(p.n-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case gQuarter:
		return time.Date(p.y, time.Month(3*(p.n-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case gSeason:
		m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p.season]
		if p.season == "WI" {
			return time.Date(p.y-1, 12, 1, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(p.y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	case gMonth:
		return time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC)
	case gWeek, gWeekend:
		return isoWeekStart(p.y, p.w)
	}
	return p.date()
}

// end returns the first day after p.
func (p point) end() time.Time {
	switch p.g {
	case gCentury:
		return time.Date(p.y+100, 1, 1, 0, 0, 0, 0, time.UTC)
	case gDecade:
		return time.Date(p.y+10, 1, 1, 0, 0, 0, 0, time.UTC)
	case gYear:
		return time.Date(p.y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	case gHalf:
		return p.start().AddDate(0, 6, 0)
	case gQuarter, gSeason:
		return p.start().AddDate(0, 3, 0)
	case gMonth:
		return p.start().AddDate(0, 1, 0)
	case gWeek, gWeekend:
		return p.start().AddDate(0, 0, 7)
	}
	return p.date().AddDate(0, 0, 1)
}

// parseValue reads a TimeML calendar value back into a point; ok is false
// for values it does not model (durations, references, X-forms).
func parseValue(v string) (point, bool) {
	atoi := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	switch {
	case len(v) == 2:
		if c, ok := atoi(v); ok {
			return point{g: gCentury, y: c * 100}, true
		}
	case len(v) == 3:
		if d, ok := atoi(v); ok {
			return point{g: gDecade, y: d * 10}, true
		}
	case len(v) == 4:
		if y, ok := atoi(v); ok {
			return point{g: gYear, y: y}, true
		}
	}
	if len(v) < 7 || v[4] != '-' {
		return point{}, false
	}
	y, ok := atoi(v[:4])
	if !ok {
		return point{}, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		n, ok := atoi(rest[1:])
		return point{g: gQuarter, y: y, n: n}, ok && n >= 1 && n <= 4
	case len(rest) == 2 && rest[0] == 'H':
		n, ok := atoi(rest[1:])
		return point{g: gHalf, y: y, n: n}, ok && n >= 1 && n <= 2
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		return point{g: gSeason, y: y, season: rest}, true
	case len(rest) >= 3 && rest[0] == 'W':
		w, ok := atoi(rest[1:3])
		if !ok {
			return point{}, false
		}
		if rest[3:] == "-WE" {
			return point{g: gWeekend, y: y, w: w}, true
		}
		return point{g: gWeek, y: y, w: w}, len(rest) == 3
	case len(rest) == 2:
		m, ok := atoi(rest)
		return point{g: gMonth, y: y, m: m}, ok && m >= 1 && m <= 12
	case len(rest) >= 5 && rest[2] == '-':
		m, ok1 := atoi(rest[:2])
		d, ok2 := atoi(rest[3:5])
		if !ok1 || !ok2 {
			return point{}, false
		}
		p := point{g: gDay, y: y, m: m, d: d}
		if len(rest) == 5 {
			return p, true
		}
		if rest[5] != 'T' {
			return point{}, false
		}
		t := rest[6:]
		if len(t) == 2 && t[0] >= 'A' {
			p.g, p.pod = gPartOfDay, t
			return p, true
		}
		if len(t) >= 5 && t[2] == ':' {
			hh, ok1 := atoi(t[:2])
			mm, ok2 := atoi(t[3:5])
			p.g, p.hh, p.mm = gTime, hh, mm
			return p, ok1 && ok2
		}
	}
	return point{}, false
}
