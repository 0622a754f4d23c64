package extract

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldPosts reads the updates of a JSON-LD LiveBlogPosting, in the order
// the page lists them. Updates with neither headline nor body are
// skipped; dates after now are dropped from the update (the post then
// takes the document's date).
func ldPosts(live ldObject, now time.Time) []domain.Post {
	if live == nil || !ldIs(live, "LiveBlogPosting") {
		return nil
	}
	var updates []ldObject
	switch u := live["liveBlogUpdate"].(type) {
	case ldObject:
		updates = append(updates, u)
	case []any:
		for _, e := range u {
			if o, ok := e.(ldObject); ok {
				updates = append(updates, o)
			}
		}
	}
	var posts []domain.Post
	for _, u := range updates {
		p := domain.Post{Headline: cleanLine(ldString(u["headline"]))}
		if p.Headline == "" {
			p.Headline = cleanLine(ldString(u["name"]))
		}
		body := ldString(u["articleBody"])
		if body == "" {
			body = ldString(u["text"])
		}
		p.Text = strings.Join(bodyParagraphs(body, p.Headline), "\n\n")
		for _, k := range []string{"datePublished", "dateCreated"} {
			if t, ok := parseDate(ldString(u[k])); ok && notFuture(t, now) {
				p.Published = t
				break
			}
		}
		if img, ok := u["image"].(ldObject); ok {
			p.Caption, p.Credit = splitCredit(cleanLine(ldString(img["caption"])))
			if p.Credit == "" {
				p.Credit = cleanLine(ldString(img["creditText"]))
			}
		}
		if p.Headline == "" && p.Text == "" {
			continue
		}
		posts = append(posts, p)
	}
	return posts
}

// mergePosts completes JSON-LD updates from the same updates found in the
// page (matched by headline): a body the JSON-LD left empty, paragraph
// breaks it flattened, a caption it did not carry. The JSON-LD list,
// order and timestamps stand.
func mergePosts(ld, dom []domain.Post) []domain.Post {
	byHeadline := make(map[string]domain.Post)
	for _, p := range dom {
		if k := textKey(p.Headline); k != "" {
			byHeadline[k] = p
		}
	}
	for i, p := range ld {
		d, ok := byHeadline[textKey(p.Headline)]
		if !ok || d.Text == "" {
			continue
		}
		switch {
		case p.Text == "":
			ld[i].Text = d.Text
		case strings.Count(d.Text, "\n\n") > strings.Count(p.Text, "\n\n") &&
			len(d.Text)*10 >= len(p.Text)*8 && len(d.Text)*10 <= len(p.Text)*15:
			ld[i].Text = d.Text
		}
		if p.Caption == "" && p.Credit == "" {
			ld[i].Caption, ld[i].Credit = d.Caption, d.Credit
		}
	}
	return ld
}

// bodyParagraphs splits an update body into paragraphs. Bodies are plain
// text with line breaks or, on some sites, HTML.
func bodyParagraphs(body, headline string) []string {
	// Some sites escape the markup inside the JSON string.
	if strings.Contains(body, "&lt;") {
		body = html.UnescapeString(body)
	}
	body = strings.TrimSpace(body)
	if body == "" {
		return nil
	}
	var bs []block
	if strings.Contains(body, "</") || strings.Contains(body, "<br") || strings.Contains(body, "<p") {
		frag, err := html.Parse(strings.NewReader(body))
		if err == nil {
			preClean(frag)
			bs = blocks(frag)
		}
	}
	if bs == nil {
		// Plain-text bodies still carry entities ("&apos;", "&quot;").
		body = html.UnescapeString(body)
		for _, para := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
			if t := lang.SpaceLines(para); t != "" {
				bs = append(bs, block{tag: "p", text: t})
			}
		}
	}
	var out []string
	for _, b := range filterBlocks(bs, []string{headline}) {
		out = append(out, b.text)
	}
	return out
}

func cleanLine(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// liveWords and liveNext are the class words ("liveblog", "live-event")
// by which pages mark a live blog.
var (
	liveWords = map[string]bool{"liveblog": true, "liveticker": true, "liveupdates": true, "livecoverage": true}
	liveNext  = map[string]bool{
		"blog": true, "updates": true, "update": true, "feed": true, "event": true, "coverage": true,
		"ticker": true, "entries": true, "entry": true, "posts": true, "post": true, "reporting": true,
	}
)

// liveSignal reports whether the page calls itself a live blog: in its
// JSON-LD, its URL, or the class names of its elements.
func liveSignal(doc *html.Node, m *meta, pageURL string) bool {
	for _, o := range m.ld {
		if ldIs(o, "LiveBlogPosting") {
			return true
		}
	}
	u := strings.ToLower(pageURL)
	if strings.Contains(u, "/live/") || strings.Contains(u, "liveblog") || strings.Contains(u, "live-blog") || strings.Contains(u, "live-updates") {
		return true
	}
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found {
			return
		}
		if n.Type == html.ElementNode {
			words := attrWords(attr(n, "class") + " " + attr(n, "id"))
			for i, w := range words {
				if liveWords[w] || w == "live" && i+1 < len(words) && liveNext[words[i+1]] {
					found = true
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// Limits for recognising live-blog updates in the DOM.
const (
	minUpdateWords     = 8   // an update says something
	minSignalUpdates   = 2   // updates needed when the page calls itself live
	minStructUpdates   = 4   // updates needed from structure alone
	minStructHeadlined = 3   // of which with their own headline
	minStructWords     = 300 // and words in all
	// maxStructSpan: the updates of a live blog found by structure alone
	// fall within a few days; a list of dated articles spans months.
	maxStructSpan      = 72 * time.Hour
	maxUpdateLinkShare = 50 // percent of an update's words that may be links
)

// domPosts finds live-blog updates in the page: sibling elements that each
// carry their own timestamp and text. It returns nil for a page that does
// not look like a live blog. The updates' subtrees are cleaned in place.
func domPosts(doc *html.Node, live bool, now time.Time) []domain.Post {
	var best []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Head:
				return
			}
			if furnitureClass(n) {
				return
			}
		}
		var group []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isUpdate(c) {
				group = append(group, c)
			}
		}
		if len(group) > len(best) {
			best = group
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	headlined := 0
	for _, u := range best {
		if firstHeading(u) != nil {
			headlined++
		}
	}
	words := 0
	for _, u := range best {
		words += countWords(textOf(u))
	}
	switch {
	case live && len(best) >= minSignalUpdates:
	case len(best) >= minStructUpdates && headlined >= minStructHeadlined && words >= minStructWords && withinSpan(best, maxStructSpan):
	default:
		return nil
	}
	posts := make([]domain.Post, 0, len(best))
	for _, u := range best {
		posts = append(posts, updatePost(u, now))
	}
	return posts
}

// withinSpan reports whether the dated updates lie within span of each
// other. Undated updates do not count against it.
func withinSpan(updates []*html.Node, span time.Duration) bool {
	var first, last time.Time
	for _, u := range updates {
		t, ok := parseDate(updateTime(u))
		if !ok {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	return last.Sub(first) <= span
}

// furnitureClass reports comment threads and related-story lists, whose
// timestamped entries are not updates.
func furnitureClass(n *html.Node) bool {
	for _, w := range attrWords(attr(n, "class") + " " + attr(n, "id")) {
		switch w {
		case "comment", "comments", "reply", "replies", "related", "recommended", "promo", "sidebar", "footer":
			return true
		}
	}
	return false
}

// isUpdate reports an element that looks like one live-blog update: a
// timestamp of its own and some prose that is not mostly links.
func isUpdate(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Article, atom.Section, atom.Div, atom.Li:
	default:
		return false
	}
	if updateTime(n) == "" {
		return false
	}
	words := countWords(textOf(n))
	if words < minUpdateWords {
		return false
	}
	in, _, _ := linkText(n)
	if in*100 > words*maxUpdateLinkShare {
		return false
	}
	// A headline linking elsewhere makes a teaser for another story; an
	// update's headline is plain or links to itself ("#update-12").
	if h := firstHeading(n); h != nil {
		if href, linked := headingLink(h); linked && !strings.HasPrefix(href, "#") {
			return false
		}
	}
	return true
}

// headingLink returns the href of the link a heading sits in or holds.
func headingLink(h *html.Node) (string, bool) {
	for p := h.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A && attr(p, "href") != "" {
			return attr(p, "href"), true
		}
	}
	var href string
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && href == ""; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A && attr(c, "href") != "" {
				href = attr(c, "href")
				return
			}
			walk(c.FirstChild)
		}
	}
	walk(h.FirstChild)
	return href, href != ""
}

// updateTime returns the raw timestamp of an update: the first that
// parses of a <time> element's datetime, a data attribute holding a date
// or a Unix time (on the update or inside it), and a <time>'s text.
func updateTime(n *html.Node) string {
	var fallback string
	found := ""
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		if found != "" || c.Type != html.ElementNode {
			return
		}
		if c.DataAtom == atom.Time {
			if v := strings.TrimSpace(attr(c, "datetime")); v != "" {
				if _, ok := parseDate(v); ok {
					found = v
					return
				}
			}
			if fallback == "" {
				fallback = textOf(c)
			}
		}
		for _, a := range c.Attr {
			if !strings.HasPrefix(a.Key, "data-") || !timeAttr(a.Key) {
				continue
			}
			if _, ok := parseDate(strings.TrimSpace(a.Val)); ok {
				found = strings.TrimSpace(a.Val)
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	if found == "" {
		return fallback
	}
	return found
}

// timeAttr tells data attributes that hold an update's own time (not its
// last modification).
func timeAttr(key string) bool {
	if strings.Contains(key, "modif") || strings.Contains(key, "updat") {
		return false
	}
	for _, w := range []string{"time", "date", "published", "timestamp"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// removeTimeLine deletes the element around an update's <time> that holds
// little besides it: the "19:17 Jane Doe" or "18:28 KEY EVENT" line.
func removeTimeLine(u *html.Node) {
	var t *html.Node
	var find func(c *html.Node)
	find = func(c *html.Node) {
		for ; c != nil && t == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Time {
				t = c
				return
			}
			find(c.FirstChild)
		}
	}
	find(u.FirstChild)
	if t == nil {
		return
	}
	limit := countWords(textOf(t)) + maxTimeLineWords
	line := t
	for p := t.Parent; p != nil && p != u && countWords(textOf(p)) <= limit; p = p.Parent {
		line = p
	}
	line.Parent.RemoveChild(line)
}

// maxTimeLineWords is how many words besides the time a timestamp line
// may hold (an author's name, a label).
const maxTimeLineWords = 6

func firstHeading(n *html.Node) *html.Node {
	var found *html.Node
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				found = c
				return
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return found
}

// updatePost turns one update element into a post. The element's subtree
// is changed: the headline, timestamp and caption are taken out of the
// text.
func updatePost(u *html.Node, now time.Time) domain.Post {
	var p domain.Post
	if t, ok := parseDate(updateTime(u)); ok && notFuture(t, now) {
		p.Published = t
	}
	if h := firstHeading(u); h != nil {
		p.Headline = textOf(h)
		h.Parent.RemoveChild(h)
	}
	p.Caption, p.Credit = captionOf(u)
	removeTimeLine(u)
	removeAll(u, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Time, atom.Figure, atom.Button, atom.Form, atom.Svg, atom.Img, atom.Header, atom.Footer, atom.Script, atom.Style, atom.Noscript:
			return true
		}
		return isCaptionElement(n) || imageCaption(n)
	})
	preClean(u)
	var paras []string
	for _, b := range filterBlocks(blocks(u), []string{p.Headline}) {
		paras = append(paras, b.text)
	}
	p.Text = strings.Join(paras, "\n\n")
	return p
}

// removeAll deletes every element under root for which drop is true.
func removeAll(root *html.Node, drop func(*html.Node) bool) {
	var gone []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && drop(c) {
				gone = append(gone, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range gone {
		n.Parent.RemoveChild(n)
	}
}
