package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// filterBlocks drops from extracted paragraphs what is not article text:
// the title and standfirst repeated at the top, bylines and date lines,
// "related"/"read more" teasers, newsletter, subscription and social
// prompts, credits and bare URLs. titles are the page's
// known titles (from metadata), compared after normalisation. Repeated
// paragraphs are kept: recipes and lists repeat lines, and duplicates are
// the dedup stage's business.
func filterBlocks(bs []block, titles []string) []block {
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
		case isBoilerplate(b.text), isDateLine(b.text), isByline(b.text), isBareURL(b.text):
			continue
		}
		out = append(out, b)
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
// reporting. Matched case-insensitively at the start of short paragraphs.
var boilerStarts = []string{
	"related:", "related news", "related articles", "related stories", "related content",
	"more:", "see more", "see also", "read more", "read also", "also read", "read next",
	"don't miss", "don’t miss", "you may also like", "you might also like", "most read",
	"most popular", "recommended", "explore further", "continue reading", "keep reading",
	"click here", "tap here", "subscribe", "sign up", "get the latest", "follow us",
	"advertisement", "copyright", "©", "(c)", "all rights reserved", "citation:",
	"filed under", "tags:", "share this", "share on", "thanks for signing up",
	"have a tip", "if you enjoyed this", "if you buy something", "if you purchase",
	"this article was originally", "this story was originally", "something to consider",
	"listen to", "watch:", "watch the", "download the", "get the app", "join our",
	"sorry, this content", "this content is not available", "photo:", "photograph:",
	"image:", "picture:", "credit:", "source:", "getty images", "(photo", "[photo",
}

// strongStarts open a prompt whatever its length.
var strongStarts = []string{
	"if you enjoyed this", "if you like this", "related:", "read more:", "subscribe to",
	"sign up for", "copyright ©", "© copyright", "all rights reserved", "citation:",
	"this article was originally published", "this story was originally published",
}

const maxStrongWords = 80

// boilerContains mark prompts anywhere in a short paragraph.
var boilerContains = []string{
	"subscribe to", "sign up for", "in your inbox", "to your inbox",
	"click here", "follow us on", "follow him on", "follow her on", "follow them on",
	"on twitter @", "all rights reserved", "affiliate link", "affiliate commission",
	"earn a commission", "may get a share", "may receive a commission",
	"[/", "is out now",
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
		if strings.HasPrefix(l, p) && words <= maxStrongWords {
			return true
		}
	}
	if words > maxBoilerWords {
		return false
	}
	for _, p := range boilerStarts {
		if strings.HasPrefix(l, p) {
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
	return socialPrompt(l)
}

var socialNetworks = []string{"twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok", "whatsapp", "pinterest"}

// socialPrompt matches "Follow X on Twitter and Facebook" style lines.
func socialPrompt(l string) bool {
	if !strings.Contains(l, "follow") && !strings.Contains(l, "like us") && !strings.Contains(l, "find us") {
		return false
	}
	n := 0
	for _, s := range socialNetworks {
		if strings.Contains(l, s) {
			n++
		}
	}
	return n >= 1
}

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
