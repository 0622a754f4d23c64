package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// filterBlocks drops from extracted paragraphs what is not article text:
// the title and standfirst repeated at the top, bylines and date lines,
// "related"/"read more" teasers, newsletter, subscription and social
// prompts, credits and bare URLs. titles are the page's
// known titles (from metadata), compared after normalisation. Repeated
// paragraphs are kept: recipes and lists repeat lines, and duplicates are
// the dedup stage's business.
func filterBlocks(bs []block, titles []string) []block {
	return filterBlocksUpTo(bs, titles, len(bs))
}

// filterBlocksUpTo is filterBlocks stopping once it has kept more than max
// blocks: a page's text past its bound is not worth filtering.
func filterBlocksUpTo(bs []block, titles []string, max int) []block {
	titleSet := make(map[string]bool)
	for _, t := range titles {
		if k := textKey(t); k != "" {
			titleSet[k] = true
		}
	}
	var out []block
	body := false // a body paragraph has been kept
	for _, b := range bs {
		key := textKey(b.text)
		switch {
		case key == "" && !strings.Contains(b.text, "_"):
			// Keep "___" section rules (a word character for the
			// benchmark's tokenizer), drop other bare punctuation.
			continue
		case !body && isHeading(b.tag):
			// Headings before the first paragraph are the title and the
			// standfirst, which are metadata, not body text.
			continue
		case titleSet[key]:
			continue
		case isBoilerplate(b.text), isBareURL(b.text):
			continue
		case b.tag != "tr" && (isDateLine(b.text) || isByline(b.text)):
			// Table rows of names and years are data, not bylines.
			continue
		}
		out = append(out, b)
		if len(out) > max {
			break
		}
		if !isHeading(b.tag) {
			body = true
		}
	}
	return out
}

func isHeading(tag string) bool {
	switch tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// textKey is a comparison key: lower-case letters and digits only.
func textKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// boilerStarts open a paragraph that is a prompt or a teaser, not
// reporting. Matched case-insensitively at the start of short paragraphs,
// ending at a word boundary ("subscribe" does not match "Subscribers").
var boilerStarts = []string{
	"related:", "related news", "related articles", "related stories", "related content",
	"more:", "see more", "see also:", "read more", "read also", "also read", "read next",
	"don't miss", "don’t miss", "you may also like", "you might also like", "most read:",
	"recommended for you", "recommended stories", "recommended articles", "recommended reading",
	"explore further", "continue reading", "keep reading", "story continues below",
	"article continues below", "click here", "tap here", "subscribe now", "subscribe to",
	"subscribe for", "sign up for", "sign up to", "sign up now", "sign up here", "get the latest",
	"follow us", "all rights reserved", "citation:", "filed under", "tags:", "share this",
	"share on", "thanks for signing up", "have a tip", "if you enjoyed this",
	"if you buy something", "if you purchase", "this article was originally",
	"this story was originally", "something to consider", "listen to this article", "listen to this episode",
	"listen to the podcast", "listen to the full",
	"listen live", "watch:", "watch the video", "watch the full", "download the", "get the app",
	"join our", "sorry, this content", "this content is not available", "photo:",
	"photograph:", "photos:", "image:", "picture:", "credit:", "source:", "getty images",
	"(photo", "[photo",
}

// shortStarts open the heading of a widget ("Most read in world news");
// they only count in paragraphs of at most maxShortWords that are not
// sentences.
var shortStarts = []string{
	"most read", "most popular", "most viewed", "recommended", "related", "more from",
	"more stories", "more news", "trending", "latest news", "top stories", "you may also",
	"you might also", "see also", "more on this", "editor's picks", "editors' picks",
}

const maxShortWords = 8

// listenRE matches audio prompts: "Listen to X live at 12:45 - or listen
// back here", "Listen to the podcast below".
var listenRE = regexp.MustCompile(`^listen\b.*\b(?:live|here|now|podcast|episode|below|above|back)\b`)

// boilerLines are whole paragraphs of page furniture.
var boilerLines = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "sponsored": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"comments": true, "tags": true, "most read": true, "most popular": true, "recommended": true,
	"related": true, "related articles": true, "related stories": true, "read more": true,
	"see also": true, "more": true, "trending": true, "latest": true, "top stories": true,
	"continue reading below": true, "continue reading": true, "scroll to continue with content": true,
	"you may also like": true, "more on this story": true,
}

// copyrightRE matches a copyright line: "© 2024 …", "Copyright (c) 2024 …".
var copyrightRE = regexp.MustCompile(`^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))`)

// copyrightYearRE matches "copyright Outlet 2019 - ISSN …": a line, not a
// sentence, so it must not end with a full stop.
var copyrightYearRE = regexp.MustCompile(`^copyright\b.*\b(?:19|20)\d\d\b.*[^.]$`)

// strongStarts open a prompt whatever its length.
var strongStarts = []string{
	"if you enjoyed this", "if you like this", "related:", "read more:", "subscribe to",
	"sign up for", "all rights reserved", "citation:",
	"this article was originally published", "this story was originally published",
}

const maxStrongWords = 80

// boilerContains mark prompts anywhere in a short paragraph.
var boilerContains = []string{
	"subscribe to our", "sign up for our", "in your inbox", "to your inbox",
	"click here", "on twitter @", "all rights reserved", "affiliate link",
	"affiliate commission", "earn a commission", "may get a share", "may receive a commission",
	"[/",
}

// maxBoilerWords: a prompt is short; a long paragraph that mentions a
// newsletter is reporting about one.
const maxBoilerWords = 40

// maxContainsWords: a phrase inside a paragraph is weaker evidence than
// one opening it, so the paragraph must be shorter still.
const maxContainsWords = 30

func isBoilerplate(s string) bool {
	words := countWords(s)
	l := strings.ToLower(strings.TrimSpace(s))
	for _, p := range strongStarts {
		if hasPrefixWord(l, p) && words <= maxStrongWords {
			return true
		}
	}
	if words > maxBoilerWords {
		return false
	}
	if boilerLines[strings.Trim(l, " .:!…>»|-–—")] || copyrightRE.MatchString(l) || copyrightYearRE.MatchString(l) {
		return true
	}
	if words <= maxShortWords && !strings.HasSuffix(l, ".") {
		for _, p := range shortStarts {
			if hasPrefixWord(l, p) {
				return true
			}
		}
	}
	if words <= maxContainsWords && listenRE.MatchString(l) {
		return true
	}
	for _, p := range boilerStarts {
		if hasPrefixWord(l, p) {
			return true
		}
	}
	if words > maxContainsWords {
		return false
	}
	for _, p := range boilerContains {
		if strings.Contains(l, p) {
			return true
		}
	}
	if strings.Contains(l, "newsletter") && (strings.Contains(l, "sign up") || strings.Contains(l, "subscribe") || strings.Contains(l, "get our") || strings.Contains(l, "delivered")) {
		return true
	}
	return socialRE.MatchString(l)
}

// hasPrefixWord reports whether s starts with p followed by a non-letter.
func hasPrefixWord(s, p string) bool {
	if !strings.HasPrefix(s, p) {
		return false
	}
	rest := s[len(p):]
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// socialRE matches "Follow X on Twitter", "Find us on Facebook", "follow
// us at Twitter @handle".
var socialRE = regexp.MustCompile(`\b(?:follow|find|like|join)\s+(?:\S+\s+){0,3}?(?:on|at)\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok|threads|bluesky|mastodon|x\b)`)

// dateWords are the words that may fill a date line besides numbers:
// month and weekday names in the languages news is most often read in,
// and the labels around them.
var dateWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
		lundi mardi mercredi jeudi vendredi samedi dimanche
		januar februar märz maerz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
		enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
		lunes martes miércoles jueves viernes sábado domingo
		janeiro fevereiro março abril maio junho julho setembro outubro novembro dezembro
		segunda terça quarta quinta sexta feira sábado
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
		am pm a m p est edt cst cdt pst pdt gmt bst utc cet cest et pt ist
		updated published posted last modified on at by de às a le el um um
		and the of uhr h`) {
		m[w] = true
	}
	return m
}()

var (
	yearRE = regexp.MustCompile(`\b(19|20)\d\d\b`)
	timeRE = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\b`)
)

// isDateLine matches a paragraph that is only a date or time stamp,
// possibly with a label and a short name ("Updated 5:45 PM", "Nov. 19,
// 2019 by Jane Doe").
func isDateLine(s string) bool {
	words := wordRE.FindAllString(s, -1)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	// A handle marks a tweet's attribution line, which quotes a source.
	if strings.Contains(s, "@") || !yearRE.MatchString(s) && !timeRE.MatchString(s) {
		return false
	}
	other := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case isNumber(w), dateWords[lw]:
		case unicode.IsUpper([]rune(w)[0]):
			// A capitalised word may be a name in "by Jane Doe".
			other++
		default:
			return false
		}
	}
	return other <= 3
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isByline matches "By Jane Doe" and "By JANE DOE, Staff Writer" lines.
func isByline(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(l, "by ") && !strings.HasPrefix(l, "von ") && !strings.HasPrefix(l, "par ") && !strings.HasPrefix(l, "por ") {
		return false
	}
	words := wordRE.FindAllString(s, -1)
	if len(words) > 8 || strings.ContainsAny(s, ".!?") && !strings.HasSuffix(strings.TrimSpace(s), ".") {
		return false
	}
	for _, w := range words[1:] {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !dateWords[strings.ToLower(w)] && w != "and" {
			return false
		}
	}
	return true
}

var urlRE = regexp.MustCompile(`^(https?://|www\.)\S+$`)

func isBareURL(s string) bool {
	return urlRE.MatchString(strings.TrimSpace(s))
}
