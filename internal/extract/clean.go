package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// preClean removes from a parsed page what trafilatura lets through into
// article text: captions and credits, share and newsletter widgets, link
// pop-ups, and blocks made only of links (related-article lists, "read
// more" teasers). It also unwraps custom elements inside paragraphs, which
// trafilatura would otherwise drop with their text (citation markers and
// the like). The tree is changed in place.
func preClean(doc *html.Node) {
	var drop []*html.Node
	var unwrap []*html.Node
	var walk func(n *html.Node, inPara bool)
	walk = func(n *html.Node, inPara bool) {
		if n.Type == html.ElementNode {
			if boilerplateElement(n) || linkOnlyBlock(n) {
				drop = append(drop, n)
				return
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
	"readmore": true, "promo": true, "byline": true, "breadcrumb": true, "breadcrumbs": true,
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

// proseWords counts the words of n that lie in paragraphs and outside
// links, stopping once limit is reached.
func proseWords(n *html.Node, limit int) int {
	total := 0
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		if total >= limit {
			return
		}
		switch n.Type {
		case html.TextNode:
			if inP {
				total += countWords(n.Data)
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
// prose inside one link is rare, a list of headlines is short.
const maxLinkBlockWords = 25

// linkOnlyBlock reports a paragraph, list item or heading whose words all
// sit inside links: a related-article headline, a "more" teaser, a
// navigation entry.
func linkOnlyBlock(n *html.Node) bool {
	if !linkBlockTags[n.DataAtom] {
		return false
	}
	var inLink, outLink int
	var walk func(n *html.Node, linked bool)
	walk = func(n *html.Node, linked bool) {
		if n.Type == html.TextNode {
			w := countWords(n.Data)
			if linked {
				inLink += w
			} else {
				outLink += w
			}
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A && attr(n, "href") != "" {
			linked = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, linked)
		}
	}
	walk(n, false)
	if inLink == 0 || outLink > 0 || inLink > maxLinkBlockWords {
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
