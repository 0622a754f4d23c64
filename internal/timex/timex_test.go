package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// The document date of most cases: Monday 31 October 2016.
var monday = time.Date(2016, 10, 31, 0, 0, 0, 0, time.UTC)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

type exprCase struct {
	text  string    // a sentence
	dct   time.Time // zero: no anchor
	want  string    // the expression expected in it
	typ   domain.DateType
	value string
}

// timemlCases exercise TagTimeML: extents follow the TimeML guidelines.
var timemlCases = []exprCase{
	// Weekdays: the tense of the clause decides the direction.
	{"He said on Saturday that the talks had failed.", monday, "Saturday", date, "2016-10-29"},
	{"The two ministers will meet on Saturday in Lausanne.", monday, "Saturday", date, "2016-11-05"},
	{"Kerry spoke in London on Monday.", monday, "Monday", date, "2016-10-31"},
	{"The vote was held Wednesday.", monday, "Wednesday", date, "2016-10-26"},
	{"The vote will be held Wednesday.", monday, "Wednesday", date, "2016-11-02"},
	{"The council is to resume its debate Tuesday.", monday, "Tuesday", date, "2016-11-01"},
	{"Officials said Thursday that aid had arrived.", monday, "Thursday", date, "2016-10-27"},
	{"He is going to visit Moscow on Friday.", monday, "Friday", date, "2016-11-04"},
	{"Kerry to meet Lavrov on Saturday", monday, "Saturday", date, "2016-11-05"},
	{"Shares fell on Friday to close at $20.", monday, "Friday", date, "2016-10-28"},
	{"The deadline was extended until Friday.", monday, "Friday", date, "2016-11-04"},
	{"Rebels attacked the convoy last Friday.", monday, "last Friday", date, "2016-10-28"},
	{"Talks resume next Friday.", monday, "next Friday", date, "2016-11-04"},
	{"Protesters gathered again on Monday night.", monday, "Monday night", date, "2016-10-31TNI"},
	{"The statement came late Sunday.", monday, "late Sunday", date, "2016-10-30"},
	{"The rally took place Saturday morning.", monday, "Saturday morning", date, "2016-10-29TMO"},
	{"Fighting resumed Tuesday, Oct. 25, officials said.", monday, "Tuesday, Oct. 25", date, "2016-10-25"},
	{"The market closed on Friday of last week.", monday, "Friday of last week", date, "2016-10-28"},
	// a noun in -ed is no past verb; a present tense points a day or two ahead
	{"The dome will be lowered to the seabed on Saturday.", monday, "Saturday", date, "2016-11-05"},
	{"The chief executive, who faces a hearing on Wednesday, has received a letter.", monday, "Wednesday", date, "2016-11-02"},
	{"The chief executive, who faces a hearing on Friday, has received a letter.", monday, "Friday", date, "2016-10-28"},
	// Days relative to the document.
	{"The envoy arrived yesterday.", monday, "yesterday", date, "2016-10-30"},
	{"The envoy arrives today.", monday, "today", date, "2016-10-31"},
	{"The envoy leaves tomorrow.", monday, "tomorrow", date, "2016-11-01"},
	{"It happened the day before yesterday.", monday, "the day before yesterday", date, "2016-10-29"},
	{"Two days ago the convoy was hit.", monday, "Two days ago", date, "2016-10-29"},
	{"She spoke this morning.", monday, "this morning", tim, "2016-10-31TMO"},
	{"Shelling continued last night.", monday, "last night", tim, "2016-10-30TNI"},
	{"He will speak tonight.", monday, "tonight", tim, "2016-10-31TNI"},
	// Calendar dates.
	{"The US suspended talks on October 3.", monday, "October 3", date, "2016-10-03"},
	{"in the weeks after the 8 November presidential election", monday, "8 November", date, "2016-11-08"},
	{"He arrived on Dec. 10.", day(2016, 12, 12), "Dec. 10", date, "2016-12-10"},
	{"A news conference, Paris, France December 10, 2016.", monday, "December 10, 2016", date, "2016-12-10"},
	{"The ceasefire began Oct. 3, 2016.", monday, "Oct. 3, 2016", date, "2016-10-03"},
	{"It was signed on the 3rd of March 2015.", monday, "the 3rd of March 2015", date, "2015-03-03"},
	{"The file is dated 2016-10-29.", monday, "2016-10-29", date, "2016-10-29"},
	{"The form is dated 10/29/2016.", monday, "10/29/2016", date, "2016-10-29"},
	{"Das Formular ist vom 29.10.2016.", monday, "29.10.2016", date, "2016-10-29"},
	{"The offer expires Nov. 16.", monday, "Nov. 16", date, "2016-11-16"},
	{"The offer was extended to Nov. 16.", monday, "Nov. 16", date, "2016-11-16"},
	{"Profits fell on Jan. 5, the company said.", day(2017, 2, 1), "Jan. 5", date, "2017-01-05"},
	// Months, years, decades, centuries.
	{"Aid convoys were attacked in September.", monday, "September", date, "2016-09"},
	{"Elections will be held in March.", monday, "March", date, "2017-03"},
	{"The plan was drafted in March 2015.", monday, "March 2015", date, "2015-03"},
	{"It was announced in June last year.", monday, "June last year", date, "2015-06"},
	{"Prices peaked in mid-2015.", monday, "mid-2015", date, "2015"},
	{"He served in Iraq in 1990.", monday, "1990", date, "1990"},
	{"It was popular in the 1990s.", monday, "the 1990s", date, "199"},
	{"Markets boomed in the late 1980s.", monday, "the late 1980s", date, "198"},
	{"It was a hit in the '80s.", monday, "the '80s", date, "198"},
	{"The nineties were calm.", monday, "The nineties", date, "199"},
	{"The city was rebuilt in the 19th century.", monday, "the 19th century", date, "18"},
	{"It was founded in nineteen ninety-six.", monday, "nineteen ninety-six", date, "1996"},
	{"Results for fiscal 1998 were weak.", monday, "fiscal 1998", date, "1998"},
	// Relative periods.
	{"Clashes erupted earlier this month.", monday, "earlier this month", date, "2016-10"},
	{"Growth slowed last year.", monday, "last year", date, "2015"},
	{"Growth will pick up next year.", monday, "next year", date, "2017"},
	{"Growth is strong this year.", monday, "this year", date, "2016"},
	{"Prices rose last month.", monday, "last month", date, "2016-09"},
	{"Talks resume next month.", monday, "next month", date, "2016-11"},
	{"Talks collapsed last week.", monday, "last week", date, "2016-W43"},
	{"A deal is expected later this week.", monday, "later this week", date, "2016-W44"},
	{"A deal is expected early next year.", monday, "early next year", date, "2017"},
	{"Sales slumped late last year.", monday, "late last year", date, "2015"},
	{"Fighting eased over the weekend.", monday, "the weekend", date, "2016-W43-WE"},
	{"Rallies are planned this weekend.", monday, "this weekend", date, "2016-W44-WE"},
	{"It was hotter this summer.", monday, "this summer", date, "2016-SU"},
	{"It rained last spring.", monday, "last spring", date, "2016-SP"},
	{"The dam was built in the summer of 2015.", monday, "the summer of 2015", date, "2015-SU"},
	{"Debt will be repaid by the end of the year.", monday, "the end of the year", date, "2016"},
	{"Inventories were cut before year-end.", monday, "year-end", date, "2016"},
	{"A year ago the city was quiet.", monday, "A year ago", date, "2015"},
	{"A decade ago the city was quiet.", monday, "A decade ago", date, "2006"},
	{"Five years ago the city was quiet.", monday, "Five years ago", date, "2011"},
	{"The office opened six weeks ago.", monday, "six weeks ago", date, "2016-W38"},
	// Quarters and halves.
	{"Profit rose in the third quarter.", monday, "the third quarter", date, "2016-Q3"},
	{"It posted a third-quarter loss.", monday, "third-quarter", date, "2016-Q3"},
	{"Sales fell in the fourth quarter of 2015.", monday, "the fourth quarter of 2015", date, "2015-Q4"},
	{"Output grew in the first half of 2016.", monday, "the first half of 2016", date, "2016-H1"},
	{"Output will grow in the current quarter.", monday, "the current quarter", date, "2016-Q4"},
	{"Profit rose in the third quarter. Sales in the quarter were flat.", monday, "the quarter", date, "2016-Q3"},
	{"Fourth-quarter profit rose 5% from a year earlier.", day(2017, 2, 1), "a year earlier", date, "2015-Q4"},
	// References.
	{"The city is now under siege.", monday, "now", date, "PRESENT_REF"},
	{"The city is currently under siege.", monday, "currently", date, "PRESENT_REF"},
	{"The envoy recently met rebels.", monday, "recently", date, "PAST_REF"},
	{"Exports grew in recent years.", monday, "recent years", date, "PAST_REF"},
	{"No one knows what the future holds.", monday, "the future", date, "FUTURE_REF"},
	// Durations.
	{"Prices rose over the past three years.", monday, "the past three years", dur, "P3Y"},
	{"A truce should hold for the next two weeks.", monday, "the next two weeks", dur, "P2W"},
	{"He was held for three days.", monday, "three days", dur, "P3D"},
	{"The talks lasted several months.", monday, "several months", dur, "PXM"},
	{"The siege has lasted a fortnight.", monday, "a fortnight", dur, "P2W"},
	{"The raid lasted more than four hours.", monday, "more than four hours", dur, "PT4H"},
	{"Police have at least 72 hours.", monday, "at least 72 hours", dur, "PT72H"},
	{"Sales rose in the first nine months.", monday, "the first nine months", dur, "P9M"},
	{"He was jailed for two and a half years.", monday, "two and a half years", dur, "P2Y6M"},
	{"They waited half an hour.", monday, "half an hour", dur, "PT30M"},
	{"They reported 24 hours of shelling.", monday, "24 hours", dur, "PT24H"},
	{"It signed a two-year contract.", monday, "two-year", dur, "P2Y"},
	{"Prices will rise in the coming weeks.", monday, "the coming weeks", dur, "PXW"},
	// Sets.
	{"Inspectors visit the site each week.", monday, "each week", set, "P1W"},
	{"The ferry sails daily.", monday, "daily", set, "P1D"},
	{"The council meets every Monday.", monday, "every Monday", set, "XXXX-WXX-1"},
	{"The market is closed on Mondays.", monday, "Mondays", set, "XXXX-WXX-1"},
	{"They meet twice a week.", monday, "twice a week", set, "P1W"},
	// Times.
	{"The polls close at 5 p.m.", monday, "5 p.m.", tim, "2016-10-31T17:00"},
	{"The blast occurred at 10:35 a.m. local time.", monday, "10:35 a.m.", tim, "2016-10-31T10:35"},
	{"Talks broke off at noon Friday.", monday, "noon Friday", tim, "2016-10-28T12:00"},
	{"The curfew will start at 9 p.m. Tuesday.", monday, "9 p.m. Tuesday", tim, "2016-11-01T21:00"},
	// Holidays.
	{"Shops will close on Christmas Day.", monday, "Christmas Day", date, "2016-12-25"},
	{"Families gather on Thanksgiving.", monday, "Thanksgiving", date, "2016-11-24"},
	// Anaphora: counted from the last date mentioned.
	{"Profits rose in 2010. A year earlier they had fallen.", monday, "A year earlier", date, "2009"},
	{"The deal was signed on March 3, 2015. The following day shares rose.", monday, "The following day", date, "2015-03-04"},
	{"The siege began on October 3. Two days later the first convoy arrived.", monday, "Two days later", date, "2016-10-05"},
	// No anchor: values that need one become X forms or "".
	{"The talks resumed on Monday.", time.Time{}, "Monday", date, "XXXX-WXX-1"},
	{"The US suspended talks on October 3.", time.Time{}, "October 3", date, "XXXX-10-03"},
	{"He met the minister today.", time.Time{}, "today", date, ""},
	{"It was signed on December 10, 2016.", time.Time{}, "December 10, 2016", date, "2016-12-10"},
	{"He served from 2003 until 2010.", time.Time{}, "2003", date, "2003"},
}

func findRef(refs []domain.DateRef, want string) (domain.DateRef, bool) {
	for _, r := range refs {
		if r.Text == want {
			return r, true
		}
	}
	return domain.DateRef{}, false
}

func describe(refs []domain.DateRef) string {
	var b strings.Builder
	for _, r := range refs {
		fmt.Fprintf(&b, " [%q %s %s]", r.Text, r.Type, r.Value)
	}
	return b.String()
}

func TestTagTimeMLTable(t *testing.T) {
	if len(timemlCases) < 80 {
		t.Fatalf("only %d cases", len(timemlCases))
	}
	for _, c := range timemlCases {
		refs := TagTimeML(c.text, c.dct)
		r, ok := findRef(refs, c.want)
		if !ok {
			t.Errorf("%q (DCT %s): no expression %q; got%s", c.text, c.dct.Format("2006-01-02"), c.want, describe(refs))
			continue
		}
		if r.Type != c.typ || r.Value != c.value {
			t.Errorf("%q (DCT %s): %q = %s %q, want %s %q", c.text, c.dct.Format("2006-01-02"), c.want, r.Type, r.Value, c.typ, c.value)
		}
		if c.text[r.Start:r.End] != r.Text {
			t.Errorf("%q: span [%d,%d) is %q, not %q", c.text, r.Start, r.End, c.text[r.Start:r.End], r.Text)
		}
	}
}

// Words that must not be tagged.
func TestTagTimeMLNegatives(t *testing.T) {
	for _, text := range []string{
		"He may resign.",
		"Protesters march through the city.",
		"April Ryan asked a question.",
		"Police said 2000 people were evacuated.",
		"The house sold for $1998.",
		"Read the Sunday Times and the Daily Telegraph.",
		"She is in her late seventies.",
		"The company cut its quarterly dividend.",
		"He was a 44-year-old teacher.",
		"High Noon is a western.",
		"See https://example.com/2016/10/31/story for details.",
		"Ministers meet, said Jan Kavan of the Czech Republic.",
	} {
		if refs := TagTimeML(text, monday); len(refs) > 0 {
			t.Errorf("%q: unexpected%s", text, describe(refs))
		}
	}
}

// datelineCases exercise Tag, the project's convention.
var datelineCases = []exprCase{
	{"Speaking in London on Monday, he said the process was delicate.", monday, "on Monday", date, "2016-10-31"},
	{"The two will meet in Lausanne, Switzerland, on Saturday.", monday, "on Saturday", date, "2016-11-05"},
	{"Talks were suspended on October 3, officials said.", monday, "October 3", date, "2016-10-03"},
	{"Aid convoys were attacked in September.", monday, "in September", date, "2016-09"},
	{"84 people had been killed over the past three days.", monday, "over the past three days", dur, "P3D"},
	{"It has not bombed the city for a fortnight.", monday, "for a fortnight", dur, "P2W"},
	{"Prices have climbed over the last fortnight.", monday, "over the last fortnight", dur, "P2W"},
	{"Officials have met in recent months.", monday, "in recent months", dur, "PXM"},
	{"Kerry met the minister earlier this month.", monday, "earlier this month", date, "2016-10"},
	{"He was envoy in Iraq from 2003 until 2010.", monday, "from 2003 until 2010", date, "2003/2010"},
	{"He was envoy between 2003 and 2010.", monday, "between 2003 and 2010", date, "2003/2010"},
	{"He met the envoy today.", monday, "today", date, "2016-10-31"},
	{"The main goal of the Saturday talks was consensus.", day(2016, 12, 10), "Saturday", date, "2016-12-10"},
	{"in the weeks after the 8 November presidential election", monday, "8 November", date, "2016-11-08"},
	{"Security has been tighter since the September 11 attacks.", day(2016, 6, 1), "September 11", date, "XXXX-09-11"},
	{"Survivors of the July 7 bombings met the mayor.", monday, "July 7", date, "XXXX-07-07"},
	{"Survivors of the August 7 bombings met the mayor.", monday, "August 7", date, "2016-08-07"},
	{"Bidders face the March 15 deadline.", monday, "March 15", date, "2017-03-15"},
}

func TestTagDatelineTable(t *testing.T) {
	for _, c := range datelineCases {
		refs := Tag(c.text, c.dct)
		r, ok := findRef(refs, c.want)
		if !ok {
			t.Errorf("%q: no expression %q; got%s", c.text, c.want, describe(refs))
			continue
		}
		if r.Type != c.typ || r.Value != c.value {
			t.Errorf("%q: %q = %s %q, want %s %q", c.text, c.want, r.Type, r.Value, c.typ, c.value)
		}
	}
}

// The Dateline convention leaves out bare adverbs and unanchored durations.
func TestTagDatelineExclusions(t *testing.T) {
	for _, text := range []string{
		"The city is now under siege.",
		"He recently met rebels.",
		"It was a five-year conflict.",
		"What happens in the future is unclear.",
		"Rebels were jailed decades after their offences.",
	} {
		if refs := Tag(text, monday); len(refs) > 0 {
			t.Errorf("%q: unexpected%s", text, describe(refs))
		}
	}
}

// Same input, same output: nothing depends on the clock or time.Local.
func TestDeterministicAcrossZones(t *testing.T) {
	text := "Kerry said on Saturday he would meet Lavrov on Monday night, 8 November or later this week; talks ended yesterday at 5 p.m."
	want := describe(TagTimeML(text, monday))
	saved := time.Local
	defer func() { time.Local = saved }()
	for _, zone := range []*time.Location{time.UTC, time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)} {
		time.Local = zone
		if got := describe(TagTimeML(text, monday)); got != want {
			t.Errorf("time.Local=%s: %s, want %s", zone, got, want)
		}
		// A DCT given in another zone counts by its own wall-clock date.
		local := time.Date(2016, 10, 31, 23, 30, 0, 0, zone)
		if got := describe(TagTimeML(text, local)); got != want {
			t.Errorf("DCT in %s: %s, want %s", zone, got, want)
		}
	}
	t.Setenv("TZ", "Pacific/Kiritimati")
	if got := describe(TagTimeML(text, monday)); got != want {
		t.Errorf("TZ set: %s, want %s", got, want)
	}
}

func TestEventDate(t *testing.T) {
	cases := []struct {
		name string
		post domain.Post
		dct  time.Time
		want string
		from domain.EventFrom
	}{
		{"dated caption", domain.Post{
			Caption: "Ministers attend a news conference, Paris, France December 10, 2016.",
			Text:    "Kerry spoke at a briefing in Paris on Saturday. He urged talks.",
		}, day(2016, 12, 12), "2016-12-10", domain.EventFromCaption},
		{"weekday in lead", domain.Post{
			Text: "Kerry spoke in London on Monday.\n\nHe will travel to Paris on Friday.",
		}, day(2016, 11, 2), "2016-10-31", domain.EventFromLead},
		{"future only: publication", domain.Post{
			Text: "Ministers will meet in Geneva on Friday.",
		}, monday, "2016-10-31", domain.EventFromPublished},
		{"nothing known", domain.Post{Text: "Talks go on."}, time.Time{}, "", ""},
		{"post timestamp", domain.Post{Text: "Talks go on.", Published: time.Date(2016, 10, 30, 22, 15, 0, 0, time.UTC)}, time.Time{}, "2016-10-30", domain.EventFromPublished},
		{"headline", domain.Post{Headline: "Ceasefire agreed on Sunday", Text: "Talks go on."}, day(2016, 11, 2), "2016-10-30", domain.EventFromHeadline},
	}
	for _, c := range cases {
		if got, from := EventDateFrom(c.post, c.dct); got != c.want || from != c.from {
			t.Errorf("%s: EventDateFrom = %q, %q, want %q, %q", c.name, got, from, c.want, c.from)
		}
	}
}

func TestDocumentDate(t *testing.T) {
	cases := []struct {
		text     string
		notAfter time.Time
		want     time.Time
		ok       bool
	}{
		{"Ministers attend a news conference, Paris, France December 10, 2016.\nKerry said...", time.Time{}, day(2016, 12, 10), true},
		{"WASHINGTON, Aug. 11, 1998 (Xinhua) -- Officials said on Dec. 1, 1941 ...", time.Time{}, day(1998, 8, 11), true},
		{"The treaty of May 5, 1998 was cited. Published: 3 March 2012.", time.Time{}, day(2012, 3, 3), true},
		// a date a sentence reports is the date of what it reports
		{"It happened on May 5, 1998, and again on June 1, 2001.", time.Time{}, time.Time{}, false},
		{"The rebels declared victory on Jan. 1, 1959 when the dictator fled.", time.Time{}, time.Time{}, false},
		{"The notes, maturing March 1, 2011, were priced at par.", time.Time{}, time.Time{}, false},
		{"The vote was held Thursday, May 5, 1998.", time.Time{}, time.Time{}, false},
		{"Since May 5, 1998.\nNothing has changed since March 2, 1999.", time.Time{}, time.Time{}, false},
		{"He was born in Texas March 3, 1950. He died.", time.Time{}, time.Time{}, false},
		{"Sat Mar 3, 2012 10:35 AM EST\nThe council met.", time.Time{}, day(2012, 3, 3), true},
		{"March 3, 2012 at 10:35 am\nThe council met.", time.Time{}, day(2012, 3, 3), true},
		// a line of its own, or a caption's place and date
		{"Monday, March 3, 2012 10:35 AM EST\nThe council met on May 5, 1998.", time.Time{}, day(2012, 3, 3), true},
		{"March 3, 2012\nOn June 1, 2011, it began.", time.Time{}, day(2012, 3, 3), true},
		{"Crowds gather in Cairo, Egypt February 1, 2011. (Photo: Jane Roe)\nIt began on January 25, 2011.", time.Time{}, day(2011, 2, 1), true},
		{"March 3, 2012\nMarch 5, 2030", day(2020, 1, 1), day(2012, 3, 3), true},
		{"Talks resumed on Monday.", time.Time{}, time.Time{}, false},
	}
	for _, c := range cases {
		got, ok := DocumentDate(c.text, c.notAfter)
		if ok != c.ok || !got.Equal(c.want) {
			t.Errorf("DocumentDate(%q) = %v %v, want %v %v", c.text, got, ok, c.want, c.ok)
		}
	}
}

func TestAnnotatePost(t *testing.T) {
	p := domain.Post{
		Headline: "Kerry in Paris talks",
		Caption:  "Ministers attend a news conference, Paris, France December 10, 2016.",
		Text:     "Kerry spoke in Paris on Saturday.\n\nTalks resume next week.",
	}
	AnnotatePost(&p, day(2016, 12, 12))
	if p.EventDate != "2016-12-10" {
		t.Errorf("EventDate = %q", p.EventDate)
	}
	var fields []string
	for _, r := range p.Dates {
		src := map[domain.Field]string{domain.FieldCaption: p.Caption, domain.FieldText: p.Text, domain.FieldHeadline: p.Headline}[r.Field]
		if src[r.Start:r.End] != r.Text {
			t.Errorf("%q: offsets not into its field %s", r.Text, r.Field)
		}
		fields = append(fields, string(r.Field)+":"+r.Text+"="+r.Value)
	}
	want := "caption:December 10, 2016=2016-12-10 text:on Saturday=2016-12-10 text:next week=2016-W51"
	if got := strings.Join(fields, " "); got != want {
		t.Errorf("dates = %s\nwant    %s", got, want)
	}
}

func TestWindowsBounded(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		windows int
	}{
		{"sparse", "it rained on Monday" + strings.Repeat(" and then", 100) + " on Friday", 2},
		{"dense, short", strings.Repeat("Monday and ", 100), 1},
		{"dense, huge", strings.Repeat("Monday and ", 3*maxWindow/11), 4}, // overlapping
	}
	for _, tt := range tests {
		idx := indexTokens(tt.text)
		ws := idx.windows([]string{"monday", "friday"}, tt.text, windowBefore, windowAfter, nil)
		if len(ws) != tt.windows {
			t.Errorf("%s: %d windows, want %d", tt.name, len(ws), tt.windows)
		}
		for _, s := range idx["monday"] {
			lo, hi := max(0, s[0]-windowBefore), min(len(tt.text), s[1]+windowAfter)
			covered := false
			for _, w := range ws {
				covered = covered || w[0] <= lo && hi <= w[1]
			}
			if !covered {
				t.Errorf("%s: no window holds the one around %v", tt.name, s)
				break
			}
		}
		for _, w := range ws {
			if w[1]-w[0] > maxWindow {
				t.Errorf("%s: window %v longer than %d", tt.name, w, maxWindow)
			}
		}
	}
}

// TestTriggerClasses: the token classes that let a rule skip text that
// cannot hold one of its matches.
func TestTriggerClasses(t *testing.T) {
	for _, c := range []struct {
		text, class string
		want        int
	}{
		{"on 10/31/2016 at 14:30", "#dpunct", 3}, // "10", "31", "14"
		{"in 2016-10", "#dpunct", 1},
		{"3 days, 7pm, 10 am", "#ampm", 1},
		{"3 days, 7pm, 10 am", "#digit", 3},
		{"the 1990s and '80s and the 1970's", "#decade", 3},
		{"in 2016 and 1999 and 3000", "#year", 2},
		{"It may rain in May", "may", 1},
		{"It may rain in May", "~may", 1},
		{"the sun rose on Sun. Nov. 6", "sun", 1},
	} {
		if got := len(indexTokens(c.text)[c.class]); got != c.want {
			t.Errorf("%q: %d tokens of %s, want %d", c.text, got, c.class, c.want)
		}
	}
}

// TestLeads checks the words a duration's or relative unit's trigger must
// follow: every match of the rule is kept, and units that no number or
// determiner precedes are not searched.
func TestLeads(t *testing.T) {
	tests := []struct {
		rule, text string
		admits     bool
	}{
		{"duration", "for two years", true},
		{"duration", "for 1,000 years", true},
		{"duration", "a few days", true},
		{"duration", "two and a half years", true},
		{"duration", "20 trading days", true},
		{"duration", "forty-five minutes", true},
		{"duration", "a couple of weeks", true},
		{"duration", "this year's budget", false},
		{"duration", "the day after", false},
		{"duration", "two, years", false},
		{"duration", "long days", false}, // a skip word with nothing before it
		{"rel-unit", "last year", true},
		{"rel-unit", "the coming fiscal year", true},
		{"rel-unit", "a year", false},
		{"rel-unit", "year", false},
	}
	for _, tt := range tests {
		l := leads[tt.rule]
		i := strings.LastIndex(tt.text, " ")
		if got := l.admits(tt.text, i+1); got != tt.admits {
			t.Errorf("%s %q: admits %v, want %v", tt.rule, tt.text, got, tt.admits)
		}
	}
	// the words a lead skips are part of the match
	refs := TagTimeML("It fell for 20 trading days.", time.Time{})
	if len(refs) != 1 || refs[0].Text != "20 trading days" {
		t.Errorf("TagTimeML: %v, want the duration \"20 trading days\"", refs)
	}
}
