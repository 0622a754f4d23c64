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
// into the sentence that follows it (see lang.Furniture). statements trims
// it from a sentence, keeps a headline run into a time stamp as a
// statement of its own, and rejects sentences that are not statements of
// what happened: list items, questions, fragments, photo captions, lines
// addressed to the reader and first-person commentary.

var (
	// printNote says where an article appeared in print.
	printNote = regexp.MustCompile(`(?i)\ba version of this\b|\bthis article (?:appeared|was published)\b|\bon p\d+\b`)
	// captionDate ends a photo caption: "…, June 15, 2010." or "… May 27 2010."
	captionDate = regexp.MustCompile(`(?:` + lang.MonthPattern + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + lang.MonthPattern + `\s+\d{4})\.?\s*$`)
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
	cut := lang.Furniture(s)
	var out []domain.Span
	if k := lang.HeadlineBefore(s, cut); k > 0 {
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
	case mostlyCapitals(s):
		return false // a banner: "THIS IS A RUSH TRANSCRIPT."
	case strings.Contains(lower, "editor's note") || strings.Contains(lower, "editor’s note") || strings.Contains(lower, "editors' note"):
		return false // a note about the article, maybe run into the lines before it
	case capitalisedWords(s):
		return false // a list of headlines: "Army Takes Control; 38 Reported Dead; …"
	case mayMatch(lower, printWords) && printNote.MatchString(s):
		return false // where the article appeared in print
	case strings.Contains(s, " wrote:"):
		return false // a reader's comment
	case writerSpeaks(s):
		return false // commentary
	}
	return true
}

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

// endsInYear reports whether s ends in four digits and maybe a full stop.
func endsInYear(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 4 {
		return false
	}
	for i := len(s) - 4; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// mostlyCapitals reports whether s is written in capitals: four words or
// more, and no more than one letter in ten in lower case (lang.Shouted,
// for a name or a label, allows none; a banner may hold a name in mixed
// case, "McCAIN").
func mostlyCapitals(s string) bool {
	if len(strings.Fields(s)) < 4 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 10 && lower*10 <= upper+lower
}

// capitalisedWords reports whether nearly every word of s (ten or more)
// is capitalised, as in a run of headlines; a sentence full of names
// still has its verbs and function words in lower case.
func capitalisedWords(s string) bool {
	words := strings.Fields(s)
	if len(words) < 10 {
		return false
	}
	caps := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return caps*5 >= len(words)*4
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
