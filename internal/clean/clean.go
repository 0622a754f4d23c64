// Package clean turns the raw text of a scraped news page into classified
// blocks: body paragraphs, photo captions with their credits, and editorial
// commentary, with the page's boilerplate removed.
//
// Scrapes of news pages carry the same debris whatever the outlet: live-blog
// chrome ("Live updates", "Load more updates"), "Read more" related-link
// blocks, share buttons with their long URLs, placeholders for embeds that
// did not load, related-article headlines inserted into a body, inline
// "<https://…>" links, hard-wrapped lines, and photo captions with the credit
// glued on. Scrape cleans all of these and keeps what it learns on the way
// (a headline carried by a share link, the page's own URL, whether the page
// had live-blog chrome) for the segmenter.
//
// Scrape works line by line in three passes:
//
//  1. classify every raw line: blank, boilerplate (dropped), or content;
//  2. join content lines into paragraphs (blank and dropped lines break
//     paragraphs; a hard-wrapped page also joins lines that the wrap split,
//     detected from the page's wrap width);
//  3. clean each paragraph (inline links, spacing) and classify it as body,
//     caption (with credit), or commentary (an editorial insertion, or
//     the readers' comments under the article).
//
// Every block records the byte range of the raw text it came from.
package clean

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/lang"
)

// BlockKind classifies a cleaned block.
type BlockKind int

const (
	Body       BlockKind = iota // a paragraph of reporting (or a headline: the segmenter decides)
	Caption                     // a photo caption; Credit holds its credit, if any
	Commentary                  // an editorial insertion ("Comment: …") or readers' comments, never reporting
)

func (k BlockKind) String() string {
	switch k {
	case Caption:
		return "caption"
	case Commentary:
		return "commentary"
	}
	return "body"
}

// Block is one cleaned paragraph.
type Block struct {
	Kind   BlockKind
	Text   string // cleaned, one line, single spaces
	Credit string // Caption only: the photo credit without its label
	// Lines is the number of raw lines joined into this block; a headline
	// is always a single line.
	Lines int
	// Start and End are byte offsets of the block's first and last raw line
	// in the input.
	Start, End int
}

// Page is the cleaned form of one scraped page.
type Page struct {
	Blocks []Block
	// Title is a headline recovered from a share link (tweet text, pin
	// description) when the page carries one.
	Title string
	// URL is the page's own address recovered from share links, if any.
	URL string
	// Liveblog is true when the page had live-blog chrome.
	Liveblog bool
	// Wrapped is true when the page was hard-wrapped and lines were joined.
	Wrapped bool
	// Dropped lists the boilerplate lines removed, in order (trimmed).
	Dropped []string
}

// line is one raw line with its classification.
type line struct {
	text       string // trimmed of trailing "\r" only
	start, end int    // byte offsets in the raw text
	drop       bool   // boilerplate
	blank      bool
}

// Scrape cleans the raw text of one scraped page. It never fails: text it
// cannot make sense of comes back as body paragraphs.
func Scrape(raw string) Page {
	var p Page
	lines := splitLines(raw)
	p.markBoilerplate(lines)
	comments := lang.ReaderComments(raw)
	paras := p.joinParagraphs(lines, comments)
	for _, para := range paras {
		p.classify(para)
	}
	p.dropAltText()
	p.readerComments(comments)
	return p
}

// readerComments marks the readers' comments under an article, from
// offset at of the raw text on (lang.ReaderComments; -1: none), as
// commentary: kept, but not the outlet's reporting, so never read for
// quotes, people or summaries.
func (p *Page) readerComments(at int) {
	if at < 0 {
		return
	}
	for i := range p.Blocks {
		if b := &p.Blocks[i]; b.End > at && b.Kind == Body {
			b.Kind = Commentary
		}
	}
}

func splitLines(raw string) []line {
	var out []line
	for start := 0; start <= len(raw); {
		end := strings.IndexByte(raw[start:], '\n')
		next := 0
		if end < 0 {
			end = len(raw)
			next = len(raw) + 1
		} else {
			end += start
			next = end + 1
		}
		t := strings.TrimRight(raw[start:end], "\r")
		t = strings.Map(lang.MapSpace, t)
		out = append(out, line{text: t, start: start, end: end, blank: strings.TrimSpace(t) == ""})
		start = next
	}
	return out
}

// chrome lines are live-blog furniture: their presence marks a live blog.
var chrome = map[string]bool{
	"live updates": true, "load more updates": true, "load more": true, "show more updates": true,
	"live": true, "live blog": true, "live coverage": true, "latest updates": true, "key events": true,
	"show key events only": true, "older posts": true, "newer posts": true, "refresh": true,
	"auto-update on": true, "auto-update off": true, "pinned post": true, "pinned": true,
	"see all updates": true, "jump to latest": true, "back to top": true,
}

// junk lines are boilerplate anywhere.
var junk = map[string]bool{
	"read more": true, "related": true, "related:": true, "related articles": true, "related stories": true,
	"advertisement": true, "skip advertisement": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "share this post": true, "share on facebook": true,
	"share on twitter": true, "copy link": true, "link copied": true, "comments": true, "print": true,
	"sign up": true, "subscribe": true, "close": true, "menu": true, "topics": true, "most read": true,
	"more on this story": true, "watch": true, "listen": true, "play video": true, "view gallery": true,
	"image": true, "video": true, "click to expand": true, "expand": true, "reuse this content": true,
	"was this helpful?": true, "follow": true, "whatsapp": true, "facebook": true, "twitter": true,
	"pinterest": true, "linkedin": true, "reddit": true, "email": true, "messenger": true, "x": true,
	"telegram": true, "flipboard": true, "tumblr": true, "vk": true, "google+": true,
}

var (
	// an embed placeholder: "Sorry, this content isn't available on your device."
	placeholderRe = regexp.MustCompile(`(?i)^(?:(?:sorry,? )?(?:this|the) (?:content|video|tweet|post|embed|media|element|image)(?: is|'s|’s)? (?:isn[’']t|is not|not|currently not|currently unavailable|unavailable)\b.{0,80}$|(?:please )?enable javascript\b|(?:this|the) (?:video|content) (?:can ?not|could not|cannot) be (?:played|displayed|loaded))`)
	// a line that is nothing but one or more links (angle-bracketed)
	linkOnlyRe = regexp.MustCompile(`^\s*(<[^<>\s]*>\s*)+$`)
	// "<> Facebook", "Facebook <https://…share…>" and friends
	shareNameRe = regexp.MustCompile(`(?i)^\s*(<[^<>\s]*>\s*)?(share( on| via| to)? )?(facebook|twitter|x|pinterest|whatsapp|linkedin|reddit|email|e-mail|messenger|telegram|flipboard|tumblr|copy link|sms|print)\s*(<[^<>\s]*>)?\s*$`)
	// sign-up and follow prompts
	promoRe = regexp.MustCompile(`(?i)^(sign up (for|to)|subscribe (to|for)|follow (us|our|@)|get (our|the) .{0,40}newsletter|download (our|the) app|click here to|tap here to|join our|like us on|read our (privacy|cookie)|we use cookies|newsletter sign-?up|this article (was|is) (amended|updated)|first published on|last modified on|to contact the .{0,40}(news ?desk|newsroom)|if you are writing a comment for publication)\b`)
	// any angle-bracketed link inside text, with the whitespace before it
	inlineLinkRe     = regexp.MustCompile(`\s*<(?:[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*|www\.[^<>\s]*)?>`)
	afterLinkPunctRe = regexp.MustCompile(`\x00\s*([,.;:!?])`)
	multiSpaceRe     = regexp.MustCompile(`\s{2,}`)
)

// shareHosts are URL fragments of share-button targets.
var shareHosts = []string{
	"facebook.com/dialog/share", "facebook.com/sharer", "twitter.com/intent", "twitter.com/share",
	"x.com/intent", "pinterest.com/pin/create", "linkedin.com/share", "linkedin.com/cws/share",
	"reddit.com/submit", "api.whatsapp.com/send", "wa.me/", "whatsapp://", "mailto:", "t.me/share",
	"telegram.me/share", "share.flipboard.com", "tumblr.com/widgets/share", "vk.com/share",
	"plus.google.com/share", "getpocket.com/save",
}

func isShareURL(u string) bool {
	l := strings.ToLower(u)
	for _, h := range shareHosts {
		if strings.Contains(l, h) {
			return true
		}
	}
	return false
}

func norm(s string) string {
	// the common case, ASCII, in one pass and one allocation
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.ToLower(strings.Join(strings.Fields(s), " "))
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

// mayBePlaceholder is a quick test for what placeholderRe needs.
func mayBePlaceholder(n string) bool {
	return strings.HasPrefix(n, "this ") || strings.HasPrefix(n, "the ") || strings.HasPrefix(n, "sorry") ||
		strings.Contains(n, "javascript") || strings.Contains(n, " be ")
}

// promoStarts are the first words promoRe can match.
var promoStarts = map[string]bool{"sign": true, "subscribe": true, "follow": true, "get": true, "download": true,
	"click": true, "tap": true, "join": true, "like": true, "read": true, "we": true, "newsletter": true,
	"this": true, "first": true, "last": true, "to": true, "if": true}

// leadWord is a normalised line's first word, without trailing punctuation.
func leadWord(n string) string { return strings.TrimRight(firstWord(n), ",.:;!?") }

// bytesOutsideLinks counts the bytes of a line outside its angle-bracketed
// links, spaces excluded: share-button lines have a dozen at most.
func bytesOutsideLinks(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in && c != ' ' && c != '\t':
			n++
		}
	}
	return n
}

// atLeastSolid reports whether s has at least n bytes that are not ASCII
// white space.
func atLeastSolid(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f' {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// mayBeLinksOnly is a quick test for what linkOnlyRe needs: a line that
// starts with "<" and ends with ">".
func mayBeLinksOnly(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">")
}

// markBoilerplate flags boilerplate lines and harvests share links.
func (p *Page) markBoilerplate(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.blank {
			continue
		}
		// Boilerplate lines are short: paragraphs skip the normalisation
		// and the regexps (no chrome or junk line is anywhere near 200
		// letters long).
		n, short := "", !atLeastSolid(l.text, 200)
		if short {
			n = norm(l.text)
			short = len(n) < 200
		}
		switch {
		case chrome[n]:
			p.Liveblog = true
			l.drop = true
		case junk[n], short && (mayBePlaceholder(n) && placeholderRe.MatchString(n) ||
			promoStarts[leadWord(n)] && promoRe.MatchString(n) ||
			bytesOutsideLinks(l.text) <= 24 && shareNameRe.MatchString(l.text)):
			l.drop = true
		case mayBeLinksOnly(l.text) && linkOnlyRe.MatchString(l.text):
			links := inlineLinkRe.FindAllString(l.text, -1)
			share := false
			for _, lk := range links {
				u := strings.Trim(strings.TrimSpace(lk), "<>")
				if isShareURL(u) {
					share = true
					p.harvestShare(u)
				}
			}
			// A link line after a share name is part of the share widget; one
			// after "Read more" belongs to the related-link block (marked
			// below). Other link-only lines are inline links that a hard wrap
			// pushed onto their own line: they stay for the paragraph joiner.
			if share {
				l.drop = true
			}
		}
	}
	// "Read more" blocks: the related headline above, the marker, the link
	// below. The headline is the nearest content line above the marker
	// when it is one short line with no sentence end.
	for i := range lines {
		if !lines[i].drop || norm(lines[i].text) != "read more" {
			continue
		}
		if j := i + 1; j < len(lines) && linkOnlyRe.MatchString(lines[j].text) {
			lines[j].drop = true
		}
		if j := i - 1; j >= 0 && !lines[j].blank && !lines[j].drop && LooksLikeHeadline(strings.TrimSpace(lines[j].text)) {
			lines[j].drop = true
		}
	}
	for _, l := range lines {
		if l.drop {
			p.Dropped = append(p.Dropped, strings.TrimSpace(l.text))
		}
	}
}

// harvestShare recovers the page's title and URL from a share-button link.
func (p *Page) harvestShare(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	q := u.Query()
	if p.URL == "" {
		for _, k := range []string{"url", "href", "u", "link"} {
			if v := q.Get(k); strings.HasPrefix(v, "http") {
				if pu, err := url.Parse(v); err == nil {
					pu.RawQuery, pu.Fragment = "", ""
					p.URL = pu.String()
				}
				break
			}
		}
	}
	if p.Title == "" {
		for _, k := range []string{"text", "title", "description"} {
			if v := strings.TrimSpace(q.Get(k)); v != "" && !strings.HasPrefix(v, "http") {
				p.Title = cleanShareTitle(v)
				break
			}
		}
	}
}

var shareTitleTailRe = regexp.MustCompile(`(?i)(\s+via\s+@\w+|\s+https?://\S+|\s+[|–—-]\s+[^|–—-]{2,40})$`)

// cleanShareTitle strips what share services append to a title ("via
// @outlet", a URL, "| Outlet").
func cleanShareTitle(t string) string {
	for {
		s := strings.TrimSpace(shareTitleTailRe.ReplaceAllString(t, ""))
		if s == t || s == "" {
			return t
		}
		t = s
	}
}

// wrapWidth estimates the column a hard-wrapped page was wrapped at, or 0
// when the page is not hard-wrapped.
func wrapWidth(lines []line) int {
	var lens []int
	multi := 0 // lines followed by another content line
	for i, l := range lines {
		if l.blank || l.drop {
			continue
		}
		n := utf8.RuneCountInString(strings.TrimRight(l.text, " "))
		if n > 110 {
			continue // links and unwrapped paragraphs
		}
		lens = append(lens, n)
		if i+1 < len(lines) && !lines[i+1].blank && !lines[i+1].drop {
			multi++
		}
	}
	if len(lens) < 6 || multi < 3 {
		return 0
	}
	sort.Ints(lens)
	w := lens[len(lens)*9/10]
	if w < 40 {
		return 0
	}
	near := 0
	for _, n := range lens {
		if n >= w-20 {
			near++
		}
	}
	// Most lines of a wrapped page end near the width; a page of natural
	// paragraphs has no such cluster.
	if near*2 < len(lens) {
		return 0
	}
	return w
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// para is a run of raw lines forming one paragraph.
type para struct {
	text       string
	lines      int
	start, end int
}

// joinParagraphs groups content lines into paragraphs; the line at raw
// offset comments (lang.ReaderComments) starts one.
func (p *Page) joinParagraphs(lines []line, comments int) []para {
	w := wrapWidth(lines)
	p.Wrapped = w > 0
	var out []para
	var cur []line
	flush := func() {
		if len(cur) == 0 {
			return
		}
		parts := make([]string, len(cur))
		for i, l := range cur {
			parts[i] = strings.TrimSpace(l.text)
		}
		text := strings.Join(parts, " ")
		if n := len(out); n > 0 && cur[0].start != comments && brokenAfterBracket(out[n-1].text, text) {
			// a sentence a dropped inline element broke: "Rep. Ann
			// Reyes (D-Mass.)" ¶ "said the bill …"
			if r, _ := utf8.DecodeRuneInString(text); unicode.IsLetter(r) {
				text = " " + text
			}
			out[n-1].text += text
			out[n-1].lines += len(cur)
			out[n-1].end = cur[len(cur)-1].end
		} else {
			out = append(out, para{text: text, lines: len(cur), start: cur[0].start, end: cur[len(cur)-1].end})
		}
		cur = nil
	}
	for _, l := range lines {
		if l.blank || l.drop {
			flush()
			continue
		}
		if len(cur) > 0 && (l.start == comments || !(w > 0 && continues(cur[len(cur)-1].text, l.text, w))) {
			flush() // (readers' comments start a paragraph of their own)
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// brokenAfterBracket reports a paragraph that goes on with the sentence
// of the one before: that one ends on a closing bracket, not a full stop,
// and this one starts in lower case or with a comma or semicolon, not
// with a speaker's label ("washingtonpost.com:", "high_al:" in a chat).
func brokenAfterBracket(prev, next string) bool {
	if !strings.HasSuffix(prev, ")") || strings.HasSuffix(firstWord(next), ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || r == ',' || r == ';'
}

// continues reports whether next continues prev on a page wrapped at w:
// the wrap moved next's first word down because it did not fit.
func continues(prev, next string, w int) bool {
	prevLen := utf8.RuneCountInString(strings.TrimRight(prev, " "))
	if linkOnlyRe.MatchString(prev) {
		return true // a link pushed onto its own line sits inside a sentence
	}
	if _, _, ok := splitCredit(strings.TrimSpace(prev), ""); ok {
		return false // a photo credit ends its caption
	}
	return prevLen+1+utf8.RuneCountInString(firstWord(next)) > w-2
}

var (
	creditRe     = regexp.MustCompile(`^(.*?)\s*[(\[]?\b(Credit|Credits|Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Images|Illustration|Pic|Footage|Video)\s*:\s*([^()\[\]]{1,120}?)[)\]]?\s*$`)
	copyrightRe  = regexp.MustCompile(`^\s*(?:©|\(c\)|Copyright)\s*(.+)$`)
	tailCopyRe   = regexp.MustCompile(`^(.+?[.!?)\]"”’'])\s*(?:©|\(c\))\s*([^©]{2,80})$`)
	commentaryRe = regexp.MustCompile(`^(?i:comment|commentary|editor's comment|editor’s comment|our comment)\s*:\s*\S`)
	// a word glued to the next: "sQ" in "ReutersQatari", "AE" in "NWAEnergy"
	gluedCapitalRe = regexp.MustCompile(`[\p{Ll}\p{Lu}](\p{Lu})\p{Ll}`)
	// list bullets are formatting, not text
	bulletRe = regexp.MustCompile(`^[` + bullets + `]\s+`)
)

// bullets start list items.
const bullets = "•·▪●◦‣∙*"

// classify cleans one paragraph and appends it as a block.
func (p *Page) classify(pr para) {
	text := cleanInline(pr.text)
	if r, _ := utf8.DecodeRuneInString(text); strings.ContainsRune(bullets, r) {
		text = bulletRe.ReplaceAllString(text, "")
	}
	if text == "" {
		return
	}
	if c, cr, rest, ok := gluedCredit(text); ok {
		// a picture's caption and credit, glued to the next paragraph
		p.Blocks = append(p.Blocks, Block{Kind: Caption, Text: c, Credit: cr, Lines: pr.lines, Start: pr.start, End: pr.end})
		text = rest
	}
	b := Block{Kind: Body, Text: text, Lines: pr.lines, Start: pr.start, End: pr.end}
	switch {
	case commentaryRe.MatchString(text):
		b.Kind = Commentary
	default:
		alt := ""
		if n := len(p.Blocks); n > 0 && p.Blocks[n-1].Kind == Body && p.Blocks[n-1].Lines == 1 {
			alt = p.Blocks[n-1].Text
		}
		if c, cr, ok := splitCredit(text, alt); ok {
			b.Kind, b.Text, b.Credit = Caption, c, cr
		}
	}
	p.Blocks = append(p.Blocks, b)
}

// cleanInline removes inline links and tidies spacing.
func cleanInline(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		// A removed link leaves a mark so that only the space it left
		// before punctuation is closed up ("Kerry <link>, has" → "Kerry,
		// has"); a spaced ellipsis elsewhere ("this ... if") stays.
		s = inlineLinkRe.ReplaceAllString(s, "\x00")
		s = afterLinkPunctRe.ReplaceAllString(s, "$1")
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\r\n\v\f") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

// splitCredit splits a caption from its photo credit: "… Credit: PA Wire",
// "… Photograph: Name/Agency", "© Agency" glued in front of the caption, or
// "… © Agency" at its end. alt is the line before, which scrapes often
// carry as the image's alt text: where the caption repeats it, the caption
// starts there.
func splitCredit(text, alt string) (caption, credit string, ok bool) {
	// every credit form has a colon, a © or a "(c)": skip the regexps on
	// the many paragraphs without
	copyMark := strings.Contains(text, "©") || strings.Contains(text, "(c)") || strings.Contains(text, "Copyright")
	cue := creditCue(text)
	if !copyMark && !cue {
		return "", "", false
	}
	if m := match(copyMark, copyrightRe, text); m != nil {
		rest := m[1]
		if len(strings.Fields(alt)) >= 4 {
			if k := strings.Index(rest, alt); k > 0 && k < 100 {
				return strings.TrimSpace(rest[k:]), strings.TrimSpace(rest[:k]), true
			}
		}
		// The credit runs into the caption with no space: "ReutersQatari",
		// "AFPThe": split before the capital that starts a word.
		for _, loc := range gluedCapitalRe.FindAllStringSubmatchIndex(rest, -1) {
			cut := loc[2]
			if cut > 100 {
				break
			}
			// "McDonald/AFP" is a name, not a glue: a caption runs on for
			// several words.
			if len(strings.Fields(rest[cut:])) >= 4 {
				return strings.TrimSpace(rest[cut:]), strings.TrimSpace(rest[:cut]), true
			}
		}
		// "© Agency. Caption …" or "© Agency" alone
		if i := strings.IndexAny(rest, ".|"); i > 0 && i < 60 && i+1 < len(rest) {
			return strings.TrimSpace(rest[i+1:]), strings.TrimSpace(rest[:i]), true
		}
		if len(strings.Fields(rest)) <= 8 {
			return "", strings.TrimSpace(rest), true
		}
		return "", "", false
	}
	if m := match(cue, creditRe, text); m != nil {
		cr := strings.TrimSpace(m[3])
		if len(strings.Fields(cr)) <= 10 && !strings.ContainsAny(cr, "\"“”") {
			return strings.TrimSpace(m[1]), strings.TrimRight(cr, "."), true
		}
	}
	if m := match(copyMark, tailCopyRe, text); m != nil && len(strings.Fields(m[2])) <= 8 {
		return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
	}
	return "", "", false
}

// gluedCredit finds a photo credit glued to the paragraph after the
// picture, at its start or after a caption's last sentence: "A tank moves
// into position. Photograph: Name/Agency The minister warned …" gives the
// caption "A tank moves into position.", the credit "Name/Agency" and the
// text "The minister warned …" (see leadCredit).
func gluedCredit(text string) (caption, credit, rest string, ok bool) {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], ':')
		if k < 0 {
			return "", "", "", false
		}
		colon := i + k
		i = colon + 1
		start := colon
		for start > 0 && ('a' <= text[start-1] && text[start-1] <= 'z' || 'A' <= text[start-1] && text[start-1] <= 'Z') {
			start--
		}
		if !creditWords[text[start:colon]] {
			continue
		}
		before := strings.TrimSpace(text[:start])
		if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?") {
			continue // inside a sentence: "the photo: a crowd …"
		}
		if cr, rest, ok := leadCredit(text[start:]); ok {
			return before, cr, rest, true
		}
	}
}

// leadCredit splits off a photo credit that a scrape glued in front of the
// paragraph after the picture: "Photograph: Name/Agency The text …"
// gives "Name/Agency" and "The text …". The credit is a label, a colon and
// a name up to its first "/" (photographer/agency), or with one more word
// of an agency's name ("Getty Images"); the rest must read as a sentence
// of several words.
func leadCredit(text string) (credit, rest string, ok bool) {
	label, after, found := strings.Cut(text, ":")
	if !found || !creditWords[strings.TrimSpace(label)] {
		return "", "", false
	}
	ws := strings.Fields(after)
	end := -1
	for i := 0; i < len(ws) && i < 6; i++ {
		if strings.Contains(ws[i], "/") {
			end = i
			break
		}
	}
	if end < 0 && len(ws) > 0 && agencies[ws[0]] {
		end = 0 // "Photograph: Getty Readers may …"
	}
	if end < 0 || strings.Contains(ws[end], "://") {
		return "", "", false
	}
	if last := ws[end][strings.LastIndex(ws[end], "/")+1:]; last == "The" || last == "A" {
		return "", "", false // "Name/The Washington Post": where it ends is unclear
	}
	if end+1 < len(ws) && agencyTails[ws[end+1]] {
		end++
	}
	if len(ws)-end-1 < 4 {
		return "", "", false
	}
	first, _ := utf8.DecodeRuneInString(ws[end+1])
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'", first) {
		return "", "", false
	}
	return strings.Join(ws[:end+1], " "), strings.Join(ws[end+1:], " "), true
}

// agencies are picture agencies credited by name alone.
var agencies = map[string]bool{"AP": true, "AFP": true, "EPA": true, "PA": true, "Reuters": true, "REUTERS": true,
	"Getty": true, "Corbis": true, "Alamy": true, "Rex": true, "Bloomberg": true, "Xinhua": true, "Sipa": true,
	"Associated": true}

// agencyTails are second words of picture agencies' names.
var agencyTails = map[string]bool{"Images": true, "Features": true, "Pictures": true, "Photos": true, "Photo": true,
	"Press": true, "Wire": true, "Association": true, "News": true, "Pool": true}

// match runs re on text when a quick test (cond) says it may match.
func match(cond bool, re *regexp.Regexp, text string) []string {
	if !cond {
		return nil
	}
	return re.FindStringSubmatch(text)
}

// creditWords are the words creditRe takes before a colon.
var creditWords = map[string]bool{"Credit": true, "Credits": true, "Photograph": true, "Photographs": true, "Photo": true,
	"Photos": true, "Picture": true, "Pictures": true, "Image": true, "Images": true, "Illustration": true, "Pic": true,
	"Footage": true, "Video": true}

// creditCue reports whether text has a credit word before a colon
// ("Photograph: …"), which creditRe needs.
func creditCue(text string) bool {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], ':')
		if k < 0 {
			return false
		}
		end := i + k
		i = end + 1
		for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
			end--
		}
		start := end
		for start > 0 && ('a' <= text[start-1] && text[start-1] <= 'z' || 'A' <= text[start-1] && text[start-1] <= 'Z') {
			start--
		}
		if creditWords[text[start:end]] {
			return true
		}
	}
}

// dropAltText removes a line that repeats the start of the caption that
// follows it: the image's alt text, scraped before its visible caption.
func (p *Page) dropAltText() {
	out := p.Blocks[:0]
	for i, b := range p.Blocks {
		if i+1 < len(p.Blocks) && b.Kind == Body && b.Lines == 1 {
			next := p.Blocks[i+1]
			if next.Kind == Caption && len(strings.Fields(b.Text)) >= 4 && strings.HasPrefix(norm(next.Text), norm(b.Text)) {
				p.Dropped = append(p.Dropped, b.Text)
				continue
			}
		}
		out = append(out, b)
	}
	p.Blocks = out
}

// LooksLikeHeadline reports whether a single line reads as a headline: short,
// capitalised, without a sentence end. Used for related-link headlines here
// and for post headlines by the segmenter.
func LooksLikeHeadline(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 25 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘`, r)) {
		return false
	}
	if d, ok := lang.ParseDateline(s); ok && d.End == len(s) {
		return false // a wire dateline on a line of its own ("HAVANA (AP) --") opens the text
	}
	return !endsSentence(s)
}

// endsSentence reports whether s ends like a sentence: . ! ? … : ; , possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '”', '’', '\'', ')', ']', '»':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '…', ':', ';', ',':
			return true
		}
		return false
	}
	return false
}
