package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// preClean removes from a parsed page what trafilatura lets through into
// article text: captions and credits, share and newsletter widgets, link
// pop-ups (by class or id word), blocks made only of links (related-article
// lists, "read more" teasers, labelled link lists), teaser cards and
// italic captions under images. It keeps what trafilatura would lose:
// embedded tweets (unwrapped from their "social-embed" containers),
// subheadings marked only by a class (turned into <h2>), and custom
// elements inside paragraphs (unwrapped, so citation markers keep their
// text). The tree is changed in place.
func preClean(doc *html.Node) {
	rescueEmbeds(doc)
	var drop []*html.Node
	var unwrap []*html.Node
	var walk func(n *html.Node, inPara bool)
	walk = func(n *html.Node, inPara bool) {
		if n.Type == html.ElementNode {
			if boilerplateElement(n) || linkOnlyBlock(n) || teaserCard(n) || imageCaption(n) {
				drop = append(drop, n)
				return
			}
			if subheading(n) {
				// Trafilatura skips short <div>s among paragraphs; a
				// subheading marked only by its class must survive.
				n.Data, n.DataAtom = "h2", atom.H2
			}
			if inPara && strings.Contains(n.Data, "-") {
				unwrap = append(unwrap, n)
			}
			if n.DataAtom == atom.P {
				inPara = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inPara)
		}
	}
	walk(doc, false)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	for _, n := range unwrap {
		unwrapNode(n)
	}
}

func unwrapNode(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	p.RemoveChild(n)
}

// boilerWords are class or id words that mark page furniture. They are
// matched against whole words of the attribute (split at '-', '_', spaces
// and case changes), so "share" matches "share-bar" and "ShareTools" but
// not "shared-content".
var boilerWords = map[string]bool{
	"caption": true, "figcaption": true, "credit": true, "credits": true,
	"tooltip": true, "popover": true, "rollover": true, "hovercard": true, "popup": true,
	"share": true, "sharing": true, "social": true, "newsletter": true, "subscribe": true,
	"subscription": true, "signup": true, "related": true, "recommended": true,
	"promo": true, "byline": true, "breadcrumb": true, "breadcrumbs": true,
	"outbrain": true, "taboola": true, "advert": true, "advertisement": true,
}

// keepWords is how much prose (words in paragraphs, outside links) makes
// an element too valuable to drop for its class name alone: a wrapper
// named "share-container" or "non-ad-column" may hold the whole article.
const keepWords = 150

// boilerplateElement reports an element that is page furniture by its tag
// or by a word of its class or id.
func boilerplateElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Figcaption:
		return true
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range attrWords(a.Val) {
			if boilerWords[w] {
				return proseWords(n, keepWords) < keepWords
			}
		}
	}
	return false
}

// proseWords counts the words of n that read as prose: outside links, in
// paragraphs or in runs of text long enough to be sentences. It stops
// once limit is reached.
func proseWords(n *html.Node, limit int) int {
	total := 0
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		if total >= limit {
			return
		}
		switch n.Type {
		case html.TextNode:
			if w := countWords(n.Data); inP || w >= sentenceWords {
				total += w
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.A, atom.Script, atom.Style:
				return
			case atom.P:
				inP = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP)
		}
	}
	walk(n, false)
	return total
}

// sentenceWords is how many words one text node needs to count as prose
// outside a paragraph element.
const sentenceWords = 15

// attrWords splits a class or id value into lower-case words at spaces,
// punctuation and lower-to-upper case changes ("ShareTools" → share, tools).
func attrWords(v string) []string {
	var out []string
	var cur []rune
	var prev rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range v {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return out
}

// linkBlockTags are the elements tested by linkOnlyBlock.
var linkBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Dt: true, atom.Dd: true,
}

// maxLinkBlockWords keeps long linked paragraphs: a whole paragraph of
// prose inside one link is rare, a headline is short.
const maxLinkBlockWords = 25

// linkOnlyBlock reports a paragraph, list item or heading whose words all
// sit inside links: a related-article headline, a "more" teaser, a
// navigation entry.
func linkOnlyBlock(n *html.Node) bool {
	if !linkBlockTags[n.DataAtom] {
		return false
	}
	inLink, links, outside := linkText(n)
	if inLink == 0 || inLink > maxLinkBlockWords*links || countWords(stripLabels(outside)) > 0 {
		return false
	}
	// A linked heading over its own prose is a section title (a product
	// in a gift guide, a step in a how-to), not a teaser.
	if n.DataAtom != atom.P && n.DataAtom != atom.Li {
		if next := nextElement(n); next != nil && next.DataAtom == atom.P && proseWords(next, 20) >= 20 {
			return false
		}
	}
	return true
}

// linkText returns the number of words inside links, the number of links
// and the text outside them.
func linkText(n *html.Node) (inLink, links int, outside string) {
	if insideLink(n) {
		return countWords(textOf(n)), 1, ""
	}
	var out strings.Builder
	var walk func(n *html.Node, linked bool)
	walk = func(n *html.Node, linked bool) {
		switch n.Type {
		case html.TextNode:
			if linked {
				inLink += countWords(n.Data)
			} else {
				out.WriteString(n.Data)
				out.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style:
				return
			case atom.A:
				if attr(n, "href") != "" && !linked {
					linked = true
					links++
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, linked)
		}
	}
	walk(n, false)
	return inLink, links, out.String()
}

// stripLabels removes from the text around links what teaser lists put
// there: bracketed tags ("[VIDEO]", "(PHOTOS)") and a short leading label
// ending in a colon ("SEE MORE:", "Related:").
func stripLabels(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '[', '(':
			depth++
		case ']', ')':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	s = strings.TrimSpace(b.String())
	if i := strings.IndexAny(s, ":"); i >= 0 && teaserLabel(s[:i]) {
		s = s[i+1:]
	}
	return s
}

// teaserLabel tells the labels that introduce links to other articles.
func teaserLabel(s string) bool {
	switch strings.ToLower(strings.Join(strings.Fields(s), " ")) {
	case "see more", "read more", "more", "related", "see also", "also", "also read",
		"read also", "read next", "watch", "don't miss", "don’t miss", "recommended",
		"latest", "trending", "more from", "opinion", "analysis":
		return true
	}
	return false
}

// teaserCard reports a list item holding a linked headline with at most a
// short blurb: one entry of a related-stories list.
func teaserCard(n *html.Node) bool {
	if n.DataAtom != atom.Li {
		return false
	}
	var linkedHeading bool
	var find func(c *html.Node)
	find = func(c *html.Node) {
		for ; c != nil && !linkedHeading; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				in, _, out := linkText(c)
				linkedHeading = in > 0 && countWords(out) == 0
			default:
				find(c.FirstChild)
			}
		}
	}
	find(n.FirstChild)
	return linkedHeading && countWords(textOf(n)) <= maxTeaserWords
}

const maxTeaserWords = 50

// imageCaption reports a short all-italic paragraph right after a block
// holding only an image: the caption pattern of many blog engines.
func imageCaption(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	prev := prevElement(n)
	if prev == nil || !imageOnly(prev) {
		return false
	}
	words := countWords(textOf(n))
	if words == 0 || words > maxCaptionWords {
		return false
	}
	// Every word must sit inside <em> or <i>.
	var plain int
	var walk func(c *html.Node, italic bool)
	walk = func(c *html.Node, italic bool) {
		if c.Type == html.TextNode {
			if !italic {
				plain += countWords(c.Data)
			}
			return
		}
		if c.DataAtom == atom.Em || c.DataAtom == atom.I {
			italic = true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k, italic)
		}
	}
	walk(n, false)
	return plain == 0
}

const maxCaptionWords = 40

// imageOnly reports an element with an image and no words.
func imageOnly(n *html.Node) bool {
	if n.DataAtom == atom.Img {
		return true
	}
	var img bool
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture) {
			img = true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return img && countWords(textOf(n)) == 0
}

// subheadWords are class words naming an in-article subheading.
var subheadWords = map[string]bool{
	"subhead": true, "subheadline": true, "subheading": true, "crosshead": true,
	"intertitle": true, "subtitle": true,
}

// subheading reports a short <div> or <span> whose class names it a
// subheading and that holds no other blocks.
func subheading(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Span {
		return false
	}
	found := false
	for _, w := range attrWords(attr(n, "class")) {
		if subheadWords[w] {
			found = true
		}
	}
	if !found {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.Div) {
			return false
		}
	}
	w := countWords(textOf(n))
	return w > 0 && w <= 20
}

// embedClasses mark social-media embeds (tweets, Instagram posts) whose
// text is a quoted source and belongs to the article.
var embedClasses = []string{"twitter-tweet", "instagram-media", "tiktok-embed"}

// rescueEmbeds unwraps the containers around embedded posts: trafilatura
// drops elements whose class mentions "embed" or "social", and with them
// the quoted tweet.
func rescueEmbeds(doc *html.Node) {
	var embeds []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
			cls := attr(n, "class")
			for _, e := range embedClasses {
				if strings.Contains(cls, e) {
					embeds = append(embeds, n)
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, e := range embeds {
		// Unwrap ancestors whose only words are the embed's.
		words := countWords(textOf(e))
		for p := e.Parent; p != nil && p.Type == html.ElementNode; p = e.Parent {
			switch p.DataAtom {
			case atom.Div, atom.Section, atom.Span, atom.Figure, atom.Aside:
			default:
				p = nil
			}
			if p == nil || countWords(textOf(p)) != words {
				break
			}
			unwrapNode(p)
		}
		// Clear the embed's own class so no furniture rule matches it.
		for i := range e.Attr {
			if e.Attr[i].Key == "class" {
				e.Attr[i].Val = ""
			}
		}
	}
}

func insideLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A && attr(p, "href") != "" {
			return true
		}
	}
	return false
}

func prevElement(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// countWords counts runs of letters or digits.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
