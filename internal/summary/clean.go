package summary

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// Scraped news text, above all plain text of wire pages, runs page furniture
// into the sentence that follows it: a time stamp ("Friday, April 30,
// 2010; 3:59 PM"), a wire dateline ("HOUSTON (Reuters) -"), the date of a
// chronology's item ("May 5 -"). statement trims such a lead-in from a
// sentence, and rejects sentences that are not statements of what
// happened: list items, questions, fragments, photo captions, lines
// addressed to the reader and first-person commentary.

// month is a month's name or its abbreviation.
const month = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`

var (
	// agencyDash ends a wire dateline: "(Reuters) -", "(AP) --".
	agencyDash = regexp.MustCompile(`\([A-Z][A-Za-z]{1,15}\)\s*(?:-{1,2}|–|—)\s+`)
	// clockStamp ends a time stamp: "3:59 PM", "2:12 pm EDT", "08.43 GMT".
	clockStamp = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4})?|GMT|BST|UTC|CET|CEST|EST|EDT|ET)\s+`)
	// itemDate opens a chronology's item: "May 5 - ", "June 10 -- ".
	itemDate = regexp.MustCompile(`^` + month + `\s+\d{1,2}(?:,\s*\d{4})?\s*(?:-{1,2}|–|—|:)\s+`)
	// capsDateline is a dateline in capitals: "WASHINGTON -", "NEW ORLEANS, La. --".
	capsDateline = regexp.MustCompile(`^[A-Z][A-Z.' ]{2,30}(?:,\s*[A-Z][A-Za-z.]{1,12})?\s*(?:-{1,2}|–|—)\s+`)
	// stampStart opens a time stamp's date: "Sunday 9 January 2005",
	// "Friday, April 30, 2010".
	stampStart = regexp.MustCompile(`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+` + month + `|` + month + `\s+\d{1,2},?)\s+\d{4}`)
	// printNote says where an article appeared in print.
	printNote = regexp.MustCompile(`(?i)\ba version of this\b|\bthis article (?:appeared|was published)\b|\bon p\d+\b`)
	// capsLabel is a transcript's speaker label: "HOWARD KURTZ, HOST:".
	capsLabel = regexp.MustCompile(`^[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][A-Z.' -]{1,30})?:\s+`)
	// captionDate ends a photo caption: "…, June 15, 2010." or "… May 27 2010."
	captionDate = regexp.MustCompile(`(?:` + month + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + month + `\s+\d{4})\.?\s*$`)
	// photoCredit marks a caption: "(AP Photo/…)", "(L-R)", "Photo:".
	photoCredit = regexp.MustCompile(`(?i:\bin this (?:\w+ )?(?:photo|photograph|picture|image)\b)|\((?:[^()]*\bPhotos?\b[^()]*|L-R|R-L|left|right|center)\)|(?i)\b(?:photos?|photograph|video|audio|graphic|gallery|slideshow)s?:`)
	// webText holds an address, a hashtag or a handle: page furniture.
	webText = regexp.MustCompile(`@|#\w|https?:|www\.|\.com\b|\.co\.uk\b`)
)

// readerVerbs open lines addressed to the reader of a web page.
var readerVerbs = map[string]bool{
	"click": true, "view": true, "explore": true, "watch": true, "read": true, "see": true, "sign": true,
	"follow": true, "subscribe": true, "share": true, "join": true, "listen": true, "log": true, "tap": true,
	"scroll": true, "download": true, "email": true, "comment": true,
}

// firstPerson are the words of a writer speaking for themself.
var firstPerson = map[string]bool{"i": true, "me": true, "my": true, "we": true, "our": true, "us": true, "i'm": true, "i've": true, "we're": true, "we've": true}

// statements are the statements in span (a sentence of text): what
// follows the page furniture that opens it and, when a headline runs into
// a time stamp, that headline too.
func statements(text string, span domain.Span) []domain.Span {
	s := span.In(text)
	cut := leadIn(s)
	var out []domain.Span
	if k := headEnd(s[:cut]); cut > 0 && k > 0 && !stampOnly(s[:k]) {
		if head := (domain.Span{Start: span.Start, End: span.Start + k}); states(head.In(text)) {
			out = append(out, head)
		}
	}
	span.Start += cut
	if states(span.In(text)) {
		out = append(out, span)
	}
	return out
}

// headEnd is where a headline before a time stamp ends in lead, the page
// furniture that opens a sentence: before the stamp's date or clock.
func headEnd(lead string) int {
	loc := stampStart.FindStringIndex(lead)
	if loc == nil {
		loc = clockStamp.FindStringIndex(lead)
	}
	if loc == nil {
		return 0
	}
	return len(strings.TrimRight(lead[:loc[0]], " ,;-–—"))
}

// states reports whether s states something.
func states(s string) bool {
	trimmed := strings.TrimRight(s, " \t\n\"'”’)")
	first, _ := utf8.DecodeRuneInString(s)
	lower := strings.ToLower(s)
	switch {
	case s == "" || unicode.IsLower(first) || strings.ContainsRune("()[]{},;*•-–—", first):
		return false // a fragment or a list item
	case strings.HasSuffix(trimmed, "?"):
		return false // a question
	case strings.HasSuffix(trimmed, "...") || strings.HasSuffix(trimmed, "…"):
		return false // a teaser cut short
	case strings.Contains(s, " * ") || strings.Contains(s, " • "):
		return false // a list run into a line
	case mayMatch(lower, captionWords) && photoCredit.MatchString(s) || endsInYear(trimmed) && captionDate.MatchString(trimmed[max(0, len(trimmed)-40):]):
		return false // a photo caption
	case mayMatch(lower, webWords) && webText.MatchString(s):
		return false // addresses and handles
	case readerVerbs[strings.ToLower(firstWord(s))]:
		return false // addressed to the reader
	case headlineCase(s):
		return false // a headline run into the text
	case mayMatch(lower, printWords) && printNote.MatchString(s):
		return false // where the article appeared in print
	case strings.Contains(s, " wrote:"):
		return false // a reader's comment
	case writerSpeaks(s):
		return false // commentary
	}
	return true
}

// leadIn is the length of the page furniture that opens s.
func leadIn(s string) int {
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
	for _, re := range []*regexp.Regexp{itemDate, capsDateline, capsLabel} {
		if loc := re.FindStringIndex(s[cut:]); loc != nil {
			cut += loc[1]
		}
	}
	cut += runOn(s[cut:])
	return cut
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
// …"), with at least minWords words after it. A title of a work in
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
	for i := 1; i+minWords <= len(words); i++ {
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

// The regular expressions above are slow on long sentences; these words
// (lower case) must be in a sentence for one of them to match.
var (
	captionWords = []string{"photo", "picture", "image", "video", "audio", "graphic", "gallery", "slideshow", "(l-r)", "(r-l)", "(left)", "(right)", "(center)"}
	webWords     = []string{"@", "#", "http", "www.", ".com", ".co.uk"}
	printWords   = []string{"version of this", "this article", " on p"}
)

// mayMatch reports whether lower (a sentence in lower case) holds one of
// words.
func mayMatch(lower string, words []string) bool {
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// hasClock reports whether s holds a digit, a colon or full stop, and two
// digits: the shape of a clock time.
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == ':' || s[i] == '.') && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

// endsInYear reports whether s ends in four digits and maybe a full stop.
func endsInYear(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 4 {
		return false
	}
	for i := len(s) - 4; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func lastMatch(re *regexp.Regexp, s string) []int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// headlineCase reports whether s opens in title case: most of its first
// words capitalised, a function word among them ("Financial Rescues Show
// That Faith in Free Market Is Shaken").
func headlineCase(s string) bool {
	words := strings.Fields(s)
	if len(words) < 6 {
		return false
	}
	words = words[:min(len(words), 8)]
	caps, function := 0, false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		caps++
		if i > 0 && lang.Stopword(strings.ToLower(w)) && w != "I" {
			function = true
		}
	}
	return function && caps >= 6
}

// writerSpeaks reports whether s has a first-person word outside
// quotation marks: the writer's own voice, not a report.
func writerSpeaks(s string) bool {
	quoted := false
	for _, f := range strings.Fields(s) {
		open := strings.HasPrefix(f, "\"") || strings.HasPrefix(f, "“") || strings.HasPrefix(f, "``")
		if open {
			quoted = true
		}
		w := strings.Trim(f, ",.;:!?()'’\"")
		if !quoted && (w == "I" || w != strings.ToUpper(w)) && firstPerson[strings.ToLower(w)] {
			return true
		}
		if strings.HasSuffix(strings.TrimRight(f, ",.;:!?"), "\"") && !(open && len(f) > 1 && strings.Count(f, "\"") == 1) || strings.Contains(f, "”") || strings.HasSuffix(f, "''") {
			quoted = false
		}
	}
	return false
}
