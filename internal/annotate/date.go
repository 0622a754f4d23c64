package annotate

import (
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/timex"
)

var (
	// 2016-10-31, 2016/10/31, 2016_10_31, 2016/oct/31, 20161031 in a path
	urlDateRe = regexp.MustCompile(`(?i)(?:^|[/_.-])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)
	// a wire service's file name, as the last part of a path:
	// APW19980219.0476, NYT20000424.0319.txt, ABC19980108.1830.0711.txt
	compactDateRe = regexp.MustCompile(`(?:^|/)[A-Za-z]{2,8}((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\.\d+(?:\.[A-Za-z0-9]+)*$`)
	months        = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
)

// dateWindows returns the parts of s that may write a full date — a year
// (1800–2099) with a month name shortly before it or in ISO form, or a
// line saying when the page was published or updated — each with the text
// around it, joined by blank lines; "" when there is none. It is a cheap
// cut before the temporal tagger, which finds the date itself.
func dateWindows(s string) string {
	const around = 160
	low := strings.ToLower(s)
	var spans [][2]int
	add := func(i, j int) {
		a, b := max(0, i-around), min(len(s), j+around)
		for a > 0 && !utf8.RuneStart(s[a]) {
			a--
		}
		for b < len(s) && !utf8.RuneStart(s[b]) {
			b++
		}
		if n := len(spans); n > 0 && a <= spans[n-1][1] {
			spans[n-1][1] = max(spans[n-1][1], b)
			return
		}
		spans = append(spans, [2]int{a, b})
	}
	for _, w := range []string{"published", "updated"} {
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			add(i+k, i+k+len(w))
			i += k + len(w)
		}
	}
	for i := 0; i+4 <= len(s); i++ {
		c := s[i]
		if (c != '1' && c != '2') || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		if !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) || (i+4 < len(s) && isDigit(s[i+4])) {
			continue
		}
		if !((c == '1' && s[i+1] >= '8') || (c == '2' && s[i+1] == '0')) {
			continue
		}
		full := i+7 < len(s) && s[i+4] == '-' && isDigit(s[i+5]) && isDigit(s[i+6]) // 2016-10-31
		before := low[max(0, i-16):i]
		for _, m := range monthAbbrevs {
			full = full || strings.Contains(before, m)
		}
		if full {
			add(i, i+4)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var b strings.Builder
	for i, sp := range spans {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s[sp[0]:sp[1]])
	}
	return b.String()
}

var monthAbbrevs = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// DateFromURL finds a YYYY-MM-DD, YYYY/MM/DD or YYYY/mon/DD segment in a URL
// or file path, or a YYYYMMDD date after the letters that open a file or
// path segment's name, as wire services name their stories
// ("APW19980219.0476").
func DateFromURL(u string) (time.Time, bool) {
	if pu, err := url.Parse(u); err == nil && pu.Host != "" {
		u = pu.Path
	}
	for _, m := range append(urlDateRe.FindAllStringSubmatch(u, -1), compactDateRe.FindAllStringSubmatch(u, -1)...) {
		y, _ := strconv.Atoi(m[1])
		mon, ok := months[strings.ToLower(m[2])]
		if !ok {
			n, _ := strconv.Atoi(m[2])
			mon = time.Month(n)
		}
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d { // rejects 2016-02-31
			return t, true
		}
	}
	return time.Time{}, false
}

// documentDate settles a document's publication date: metadata first, then
// a date in its URL or path, then the text; never a date after now.
func documentDate(doc *domain.Document, text string, now time.Time) {
	future := func(t time.Time) bool { return t.After(now) }
	if !doc.Published.IsZero() && !future(doc.Published) {
		if doc.DateOrigin == domain.DateUnknown {
			doc.DateOrigin = domain.DateFromMetadata
		}
		return
	}
	doc.Published, doc.DateOrigin = time.Time{}, domain.DateUnknown
	for _, u := range []string{doc.URL, doc.Source} {
		if t, ok := DateFromURL(u); ok && !future(t) {
			doc.Published, doc.DateOrigin = t, domain.DateFromURL
			return
		}
	}
	// The tagger is costly: run it only on the sentences around what may
	// be full dates.
	near := dateWindows(text)
	if near == "" {
		return
	}
	if t, ok := timex.DocumentDate(near, now); ok {
		doc.Published, doc.DateOrigin = t, domain.DateFromText
	}
}

// outletOf names the outlet of a URL: its host without "www." and the like.
func outletOf(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return ""
	}
	h := strings.ToLower(pu.Hostname())
	for _, p := range []string{"www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition."} {
		h = strings.TrimPrefix(h, p)
	}
	return h
}
