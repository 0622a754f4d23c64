package timex

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// EventDate returns the date a post's main event happened, as a TimeML day
// value ("2016-12-10"), for timelines. It takes the first expression that
// names a single day in, in order, the caption (a dated photo caption is
// the most precise statement of when), the headline and the lead sentence
// of the text, ignoring days after the publication date (a report of a
// coming meeting is not the meeting). Without one, it is the publication
// day: dct, or the post's own timestamp when dct is zero. It returns "" when
// nothing is known.
//
// p.Dates are used when the caller has already tagged the post (their
// Field tells caption and headline from text); otherwise the fields are
// tagged here against dct.
func EventDate(p domain.Post, dct time.Time) string {
	v, _ := EventDateFrom(p, dct)
	return v
}

// EventDateFrom is EventDate with what the date was read from ("" when
// nothing is known).
func EventDateFrom(p domain.Post, dct time.Time) (string, domain.EventFrom) {
	if dct.IsZero() {
		dct = p.Published
	}
	dates := p.Dates
	if len(dates) == 0 {
		for _, f := range []struct {
			field domain.Field
			text  string
		}{{domain.FieldCaption, p.Caption}, {domain.FieldHeadline, p.Headline}, {domain.FieldText, leadOf(p)}} {
			for _, r := range Tag(f.text, dct) {
				r.Field = f.field
				dates = append(dates, r)
			}
		}
	}
	lead := leadOf(p)
	for _, field := range []domain.Field{domain.FieldCaption, domain.FieldHeadline, domain.FieldText} {
		for _, r := range dates {
			f := r.Field
			if f == "" {
				f = domain.FieldText
			}
			if f != field || f == domain.FieldText && r.Start >= len(lead) {
				continue
			}
			if v, ok := dayValue(r.Value, dct); ok {
				return v, eventFrom[field]
			}
		}
	}
	if dct.IsZero() {
		return "", ""
	}
	return fromDay(dct).String(), domain.EventFromPublished
}

var eventFrom = map[domain.Field]domain.EventFrom{
	domain.FieldCaption: domain.EventFromCaption, domain.FieldHeadline: domain.EventFromHeadline, domain.FieldText: domain.EventFromLead,
}

// leadOf returns the first sentence of the post text.
func leadOf(p domain.Post) string {
	if len(p.Sentences) > 0 {
		s := p.Sentences[0]
		if s.Start == 0 && s.End <= len(p.Text) && s.End > 0 {
			return p.Text[:s.End]
		}
	}
	text := p.Text
	if i := strings.Index(text, "\n\n"); i >= 0 {
		text = text[:i]
	}
	_, e := sentenceBounds(text, 0, 0)
	return text[:e]
}

// dayValue reduces a value naming a single day (or a time on it) to the
// day, refusing days after notAfter's day.
func dayValue(v string, notAfter time.Time) (string, bool) {
	p, ok := parseValue(v)
	if !ok || p.g < gDay {
		return "", false
	}
	day := point{g: gDay, y: p.y, m: p.m, d: p.d}
	if !notAfter.IsZero() && day.date().After(fromDay(notAfter).date()) {
		return "", false
	}
	return day.String(), true
}

// DocumentDate finds the date a text was written from the text alone, for
// documents without metadata: a wire dateline ("WASHINGTON, Aug. 11
// (Xinhua) --"), a "Published"/"Updated" line, or else the latest full
// date (day, month and year) that stands as a date line (see dateLine:
// alone on its line, or a dated caption's "Paris, France December 10,
// 2016.") and is not after notAfter (zero: no limit). A date a sentence
// reports ("victory on Jan. 1, 1959", "bonds maturing March 1, 2011") is
// the date of what it reports, not of the text: on news without metadata
// such dates were wrong every time (docs/BENCHMARKS.md), so none is
// better. The result is UTC midnight of that day.
func DocumentDate(text string, notAfter time.Time) (time.Time, bool) {
	var best time.Time
	found := false
	limit := time.Time{}
	if !notAfter.IsZero() {
		limit = fromDay(notAfter).date()
	}
	refs, _ := tagWith(context.Background(), calendarDayRules, text, time.Time{}, TimeML)
	for _, r := range refs {
		p, ok := parseValue(r.Value)
		if !ok || p.g < gDay || p.y < 1900 {
			continue
		}
		day := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		if !limit.IsZero() && day.After(limit) {
			continue
		}
		if isDateline(text, r.Start, r.End) || publishedLine(text, r.Start) {
			return day, true
		}
		if !dateLine(text, r.Start, r.End) || tenseAt(text, r.Start, r.End) == tenseFuture {
			continue
		}
		if !found || day.After(best) {
			best, found = day, true
		}
	}
	return best, found
}

// dateLine reports whether the full date text[s:e] stands as the date of
// a line rather than inside a sentence: alone on its line, after at most
// a weekday and before at most a clock time ("Monday, March 3, 2012
// 10:35 AM EST"), or ending a sentence right after a capitalised place
// name, as dated photo captions do ("… attend a news conference, Paris,
// France December 10, 2016. REUTERS/…").
func dateLine(text string, s, e int) bool {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	le := len(text)
	if i := strings.IndexByte(text[e:], '\n'); i >= 0 {
		le = e + i
	}
	before := strings.TrimSuffix(strings.TrimSpace(text[ls:s]), ",")
	if lang.Weekday(before) || weekdayNum(before) > 0 {
		before = "" // "Monday, March 3, 2012", "Sat Mar 3, 2012"
	}
	after := strings.TrimSpace(text[e:le])
	if before == "" {
		return clockOnly(after)
	}
	words := strings.Fields(before)
	if stamped(strings.ToLower(before)) {
		return true // "… Published: 3 March 2012."
	}
	// the caption's place: capitalised words that are a city and its
	// country ("… in Cairo, Egypt February 1, 2011.") or follow a comma
	// ("…, Paris, France December 10, 2016."), not a sentence's "born in
	// Texas March 3, 1950."
	k, comma := len(words)-1, false
	for k >= 0 && len(words)-k <= 3 {
		w, inner := strings.CutSuffix(words[k], ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || lang.Stopword(strings.ToLower(w)) || lang.Weekday(w) || monthNum(w) > 0 {
			break
		}
		comma = comma || inner && k < len(words)-1
		k--
	}
	if k == len(words)-1 || !comma && k >= 0 && !strings.HasSuffix(words[k], ",") {
		return false
	}
	rest, ok := strings.CutPrefix(after, ".")
	if !ok {
		return after == ""
	}
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsUpper(r) || r == '(' || r == '©'
}

// clockOnly reports whether s says no more than a time of day and its zone
// ("10:35 AM EST", "| 14:02 GMT", "at 10:35 a.m.").
func clockOnly(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '|' || r == ',' || r == '-' }) {
		if strings.Trim(w, "0123456789:.") != "" && !lang.TimeZone(w) && !strings.EqualFold(w, "at") {
			return false
		}
	}
	return true
}

// publishedLine reports whether the line before pos says the date is the
// publication date ("Published: ", "Updated ", "Posted on").
func publishedLine(text string, pos int) bool {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	pre := strings.ToLower(strings.TrimSpace(text[ls:pos]))
	for _, w := range publishedWords {
		if strings.HasPrefix(pre, w) {
			return true
		}
	}
	return false
}

// stamped reports whether pre, the lower-case text before a date on its
// line, ends with words that make it the publication date ("… published:").
func stamped(pre string) bool {
	pre = strings.TrimSuffix(strings.TrimSpace(pre), ":")
	for _, w := range publishedWords {
		if w = strings.TrimSuffix(w, ":"); pre == w || strings.HasSuffix(pre, " "+w) {
			return true
		}
	}
	return false
}

// publishedWords open a line, or stand just before a date, that says the
// date is the publication date.
var publishedWords = []string{"published", "updated", "posted", "last modified", "first published", "date:", "dated"}

// AnnotatePost tags the headline, caption and text of p against dct (the
// post's own timestamp when dct is zero), replacing p.Dates (each with its
// Field and offsets into that field), and sets p.EventDate.
func AnnotatePost(p *domain.Post, dct time.Time) {
	_ = AnnotatePostContext(context.Background(), p, dct)
}

// AnnotatePostContext is AnnotatePost that gives up, leaving p's dates
// unset, with ctx's error when ctx is done.
func AnnotatePostContext(ctx context.Context, p *domain.Post, dct time.Time) error {
	if dct.IsZero() {
		dct = p.Published
	}
	var dates []domain.DateRef
	for _, f := range []struct {
		field domain.Field
		text  string
	}{{domain.FieldHeadline, p.Headline}, {domain.FieldCaption, p.Caption}, {domain.FieldText, p.Text}} {
		refs, err := tagWith(ctx, rules, f.text, dct, Dateline)
		if err != nil {
			return err
		}
		for _, r := range refs {
			r.Field = f.field
			dates = append(dates, r)
		}
	}
	p.Dates = dates
	p.EventDate, p.EventFrom = EventDateFrom(*p, dct)
	return nil
}
