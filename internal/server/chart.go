package server

import (
	"slices"
	"time"

	"github.com/dateline-news/dateline/internal/store"
)

// chart is a bar chart of counts over time, drawn by the page template
// as SVG: the server computes the geometry, so the page needs no script.
type chart struct {
	Unit          string // "day" or "month"
	Width, Height int
	Bars          []bar
	Max           int
}

type bar struct {
	Label      string // 2016-10 or 2016-10-11
	N          int
	X, Y, W, H int
	Tick       bool // Label is drawn under the bar
}

// Chart geometry, in SVG user units.
const (
	chartHeight = 120
	chartBase   = 100 // the baseline; labels go below it
	chartMaxBar = 40
	chartWidth  = 640
	chartLabel  = 60 // room right of the bars for the last label
	maxBuckets  = 120
)

// chartOf draws counts per day: per day when they span two months or
// less, else per month, with empty days or months between them drawn as
// gaps. Undated counts (zero days) are not drawn; none make an empty
// chart.
func chartOf(days []store.DayCount) chart {
	var ds []store.DayCount
	for _, d := range days {
		if !d.Day.IsZero() && d.N > 0 {
			ds = append(ds, store.DayCount{Day: d.Day.UTC(), N: d.N})
		}
	}
	if len(ds) == 0 {
		return chart{}
	}
	slices.SortFunc(ds, func(a, b store.DayCount) int { return a.Day.Compare(b.Day) })
	first, last := ds[0].Day, ds[len(ds)-1].Day
	c := chart{Unit: "day", Width: chartWidth + chartLabel, Height: chartHeight}
	key, step := func(t time.Time) time.Time { return t.Truncate(24 * time.Hour) }, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	format := time.DateOnly
	if last.Sub(first) > 62*24*time.Hour {
		c.Unit, format = "month", "2006-01"
		key = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	}
	counts := make(map[time.Time]int)
	for _, d := range ds {
		counts[key(d.Day)] += d.N
	}
	var buckets []time.Time
	for k := key(first); !k.After(key(last)); k = step(k) {
		buckets = append(buckets, k)
	}
	if len(buckets) > maxBuckets { // the latest ones
		buckets = buckets[len(buckets)-maxBuckets:]
	}
	for _, k := range buckets {
		c.Max = max(c.Max, counts[k])
	}
	w := min(chartMaxBar, chartWidth/len(buckets))
	every := max(1, len(buckets)/8) // about eight labels
	for i, k := range buckets {
		n := counts[k]
		h := 0
		if c.Max > 0 {
			h = n * (chartBase - 10) / c.Max
		}
		c.Bars = append(c.Bars, bar{Label: k.Format(format), N: n, X: i * w, Y: chartBase - h, W: max(1, w-2), H: h, Tick: i%every == 0})
	}
	return c
}
