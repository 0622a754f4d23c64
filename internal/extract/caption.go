package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// creditWords are class words of the element holding a photo credit.
var creditWords = map[string]bool{
	"credit": true, "credits": true, "copyright": true, "photographer": true,
	"source": true, "attribution": true, "author": true, "byline": true,
}

// captionOf returns the caption and credit of the first captioned image
// under root, skipping furniture (navigation, related stories).
func captionOf(root *html.Node) (caption, credit string) {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Script, atom.Style:
			return
		case atom.Figcaption:
			found = n
			return
		}
		if isCaptionElement(n) || imageCaption(n) {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if found == nil {
		return "", ""
	}
	return splitCaptionNode(found)
}

// isCaptionElement reports an element whose class names it a caption.
func isCaptionElement(n *html.Node) bool {
	for _, w := range attrWords(attr(n, "class")) {
		if w == "caption" || w == "figcaption" {
			return true
		}
	}
	return false
}

// splitCaptionNode separates a caption element's credit, which pages put
// in a child element of its own or after a label in the text.
func splitCaptionNode(n *html.Node) (caption, credit string) {
	var creditNode *html.Node
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && creditNode == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for _, w := range attrWords(attr(c, "class")) {
				if creditWords[w] {
					creditNode = c
					return
				}
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	if creditNode == nil {
		return splitCredit(textOf(n))
	}
	credit = textOf(creditNode)
	caption = strings.TrimSpace(strings.Replace(textOf(n), credit, "", 1))
	_, credit = splitCredit(credit)
	if credit == "" {
		credit = strings.TrimSpace(textOf(creditNode))
	}
	c, labelled := splitCredit(caption)
	if labelled != "" && c != "" {
		caption = c
	}
	return caption, credit
}

var (
	// "… Credit: PA Wire", "… Photograph: Omar Haj Kadour/AFP/Getty Images".
	creditLabelRE = regexp.MustCompile(`(?i)^(.*?)[\s(\[]*\b(?:credits?|photograph(?:s|y)?|photos?|pictures?|pics?|images?|illustrations?|foto|fotos|bild)\s*(?:by)?\s*:\s*(.+?)[)\]]?\s*$`)
	// "… (AP Photo/Evan Vucci)".
	creditAgencyRE = regexp.MustCompile(`^(.*?)\s*[(\[]((?:AP|AFP|Reuters|EPA|Getty|PA)[^()\[\]]{0,80})[)\]]\s*$`)
	// "… © Reuters", "… (c) Jane Doe".
	creditCopyRE = regexp.MustCompile(`^(.*?)\s*[(\[]?(?:©|\(c\)|copyright)\s*([^()\[\]]{1,100}?)[)\]]?\s*$`)
)

// splitCredit splits caption text from a labelled photo credit. The
// credit is returned without its label; it is "" when there is none.
func splitCredit(text string) (caption, credit string) {
	text = strings.TrimSpace(text)
	for _, re := range []*regexp.Regexp{creditLabelRE, creditCopyRE, creditAgencyRE} {
		if m := re.FindStringSubmatch(text); m != nil && strings.TrimSpace(m[2]) != "" {
			return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
		}
	}
	return text, ""
}
