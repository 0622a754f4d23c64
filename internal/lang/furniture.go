package lang

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture: scraped news text, above all the plain text of wire
// pages, runs what frames an article into its first sentence: a time
// stamp ("Friday, April 30, 2010; 3:59 PM"), a wire dateline ("HOUSTON
// (Reuters) -"), the date of a chronology's item ("May 5 -"), a
// transcript's speaker label, a headline run into the lead without a full
// stop. Furniture finds where the sentence proper starts; HeadlineBefore
// finds a headline inside that furniture.

// MonthPattern matches a month's name or its abbreviation.
const MonthPattern = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`

// stampZonePattern matches the time zones that close a page's time stamp.
const stampZonePattern = `GMT|BST|UTC|CET|CEST|EST|EDT|ET`

// stampZones are stampZonePattern's zones.
var stampZones = wordSet(strings.ReplaceAll(stampZonePattern, "|", " "))

// StampZone reports whether a word is a time zone that closes a page's
// time stamp ("17.53 BST").
func StampZone(w string) bool { return stampZones[w] }

// ClockTime reports whether a word is a time of day written "17.53" or
// "9:05", as in a page's time stamp.
func ClockTime(w string) bool {
	h, m, ok := strings.Cut(w, ".")
	if !ok {
		h, m, ok = strings.Cut(w, ":")
	}
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, r := range h + m {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var (
	// agencyDash ends a wire dateline: "(Reuters) -", "(AP) --".
	agencyDash = regexp.MustCompile(`\([A-Z][A-Za-z]{1,15}\)\s*(?:-{1,2}|–|—)\s+`)
	// clockStamp ends a time stamp: "3:59 PM", "2:12 pm EDT", "08.43 GMT".
	clockStamp = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4})?|` + stampZonePattern + `)\s+`)
	// itemDate opens a chronology's item: "May 5 - ", "June 10 -- ".
	itemDate = regexp.MustCompile(`^` + MonthPattern + `\s+\d{1,2}(?:,\s*\d{4})?\s*(?:-{1,2}|–|—|:)\s+`)
	// stampStart opens a time stamp's date: "Sunday 9 January 2005",
	// "Friday, April 30, 2010".
	stampStart = regexp.MustCompile(`(?:` + weekdayPattern + `,?\s+)?(?:\d{1,2}\s+` + MonthPattern + `|` + MonthPattern + `\s+\d{1,2},?)\s+\d{4}`)
	// capsLabel is a transcript's speaker label: "HOWARD KURTZ, HOST:".
	capsLabel = regexp.MustCompile(`^[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][A-Z.' -]{1,30})?:\s+`)
)

// Furniture is the length of the page furniture that opens s (0 for
// none): s[Furniture(s):] is the sentence proper.
func Furniture(s string) int {
	cut := 0
	head := s[:min(len(s), 300)]
	clock := hasClock(head)
	if strings.IndexByte(head, ')') >= 0 {
		if loc := lastMatch(agencyDash, head); loc != nil {
			cut = loc[1]
		}
	}
	if clock {
		if loc := clockStamp.FindStringIndex(head); loc != nil && loc[1] > cut && loc[1] < len(s) && loc[0] >= cut && stampBefore(head[cut:loc[0]]) {
			if r, _ := utf8.DecodeRuneInString(s[loc[1]:]); unicode.IsUpper(r) {
				cut = loc[1]
			}
		}
	}
	// a live blog's update stamp: "(Update 1:45 a.m. in Cairo) …", or
	// its end when the sentence was split inside it: "… 8:28 p.m. ET) …"
	if i := strings.IndexByte(head, ')'); clock && i >= 0 && i < 100 && i+2 < len(s) && clockStamp.MatchString(head[:i]+" ") {
		if o := strings.IndexByte(head, '('); o <= 0 && i+1 > cut {
			cut = i + 1
			for cut < len(s) && s[cut] == ' ' {
				cut++
			}
		}
	}
	if loc := itemDate.FindStringIndex(s[cut:]); loc != nil {
		cut += loc[1]
	}
	if d, ok := ParseDateline(s[cut:]); ok {
		cut += d.End
	}
	if loc := capsLabel.FindStringIndex(s[cut:]); loc != nil {
		cut += loc[1]
	}
	cut += runOn(s[cut:])
	return cut
}

// zones are the time zones and meridiems a time stamp ends with.
var zones = map[string]bool{"EDT": true, "EST": true, "CDT": true, "CST": true, "MDT": true, "MST": true, "PDT": true, "PST": true,
	"ET": true, "CT": true, "MT": true, "PT": true, "GMT": true, "BST": true, "UTC": true, "CET": true, "CEST": true,
	"IST": true, "JST": true, "AEST": true, "AM": true, "PM": true}

// TimeZone reports whether w, in any case and with or without dots, is
// a time zone or a meridiem a clock time ends with ("EST", "pm", "a.m.").
func TimeZone(w string) bool {
	return zones[strings.ToUpper(strings.ReplaceAll(w, ".", ""))]
}

// stampWords may stand before a time stamp's clock: "Last updated at".
var stampWords = map[string]bool{"last": true, "updated": true, "posted": true, "published": true, "at": true, "on": true}

// stampBefore reports whether pre, what stands before a clock time, is
// the rest of a time stamp: nothing, a date ("Friday, April 30, 2010;",
// after a headline), or capitalised words and stamp words ("Updated",
// "Last updated at"). In "The storm made landfall at 2:00 a.m. Sunday"
// the clock is the sentence's own.
func stampBefore(pre string) bool {
	pre = strings.TrimRight(pre, " ,;:|-–—")
	if loc := stampStart.FindAllStringIndex(pre, -1); len(loc) > 0 && loc[len(loc)-1][1] == len(pre) {
		return true
	}
	for _, w := range strings.Fields(pre) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !stampWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// stampOnly reports whether s is only the words of a time stamp
// ("Last updated at"): no headline.
func stampOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if !stampWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// runOn finds where the statement starts in a headline (and caption) run
// into it without a full stop: the last capitalised function word that
// follows a lower-case word and precedes one ("… at risk The first oil
// …"), with at least runOnWords words after it. A title of a work in
// sentence case after a lower-case word ("the film The rise of …") is
// taken for such a start too: rare in news, and the cut sentence is still
// verbatim.
func runOn(s string) int {
	words := strings.Fields(s)
	cut, off := 0, 0
	offsets := make([]int, len(words))
	for i, w := range words {
		j := strings.Index(s[off:], w)
		offsets[i] = off + j
		off += j + len(w)
	}
	for i := 1; i+runOnWords <= len(words); i++ {
		w, prev, next := words[i], words[i-1], words[i+1]
		if !startWords[w] {
			continue
		}
		pr, _ := utf8.DecodeLastRuneInString(prev)
		nr, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(pr) && unicode.IsLower(nr) {
			cut = offsets[i]
		}
	}
	return cut
}

// startWords open sentences and, capitalised, rarely stand inside one.
var startWords = map[string]bool{"The": true, "A": true, "An": true, "In": true, "It": true, "This": true, "There": true,
	"He": true, "She": true, "They": true, "After": true, "As": true, "Some": true, "More": true, "Its": true, "His": true, "Her": true, "Their": true}

// HeadlineBefore is the length of the headline that opens s when the
// page furniture of s, its first cut bytes (cut = Furniture(s)), holds
// one before a time stamp ("Dam holds after week of rain Tuesday 4 March
// 2014 09.12 GMT …"); 0 when it holds none.
func HeadlineBefore(s string, cut int) int {
	if cut == 0 {
		return 0
	}
	lead := s[:cut]
	loc := stampStart.FindStringIndex(lead)
	if loc == nil {
		loc = clockStamp.FindStringIndex(lead)
	}
	if loc == nil {
		return 0
	}
	head := lead[:loc[0]]
	if m := byline.FindStringIndex(head); m != nil {
		head = head[:m[0]] // "… apology to BP By Ann Lee and Jo Kim"
	}
	k := len(strings.TrimRight(head, " ,;-–—"))
	if stampOnly(lead[:k]) {
		return 0
	}
	return k
}

// byline opens the byline between a headline and its time stamp.
var byline = regexp.MustCompile(`\s[Bb]y\s+[A-Z][a-z]`)

// hasClock reports whether s holds a digit, a colon or full stop, and two
// digits: the shape of a clock time.
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == ':' || s[i] == '.') && digit(s[i-1]) && digit(s[i+1]) && digit(s[i+2]) {
			return true
		}
	}
	return false
}

func digit(c byte) bool { return '0' <= c && c <= '9' }

func lastMatch(re *regexp.Regexp, s string) []int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

// runOnWords is the least number of words a statement cut from a run-on
// headline keeps.
const runOnWords = 10
