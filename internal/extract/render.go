package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/dateline-news/dateline/internal/lang"
)

// block is one paragraph-level piece of extracted text, with the tag it came
// from, so that filters can treat headings, list items and quotes apart.
type block struct {
	tag  string
	text string
}

// blockTags end a paragraph when they open or close. Names, not atoms:
// trafilatura builds its output tree with elements that carry no atom.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "dl": true,
	"dt": true, "dd": true, "blockquote": true, "pre": true, "table": true,
	"tr": true, "section": true, "article": true,
	"header": true, "footer": true, "figure": true, "figcaption": true,
	"aside": true, "main": true, "body": true, "hr": true, "details": true,
	"summary": true, "caption": true, "thead": true, "tbody": true,
}

// blocks flattens an extracted tree into paragraphs. Text inside one block
// element is joined with single spaces; a <br> is kept as a line break
// inside the paragraph.
func blocks(root *html.Node) []block {
	var out []block
	var cur strings.Builder
	var curTag string
	flush := func() {
		t := lang.SpaceLines(cur.String())
		if t != "" {
			out = append(out, block{tag: curTag, text: t})
		}
		cur.Reset()
		curTag = ""
	}
	var walk func(n *html.Node, tag string)
	walk = func(n *html.Node, tag string) {
		switch n.Type {
		case html.TextNode:
			if curTag == "" {
				curTag = tag
			}
			if needsSpace(cur.String(), n.Data) {
				cur.WriteByte(' ')
			}
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				cur.WriteString("\n")
				return
			case "td", "th":
				// Cells of a row stay on one line, apart.
				if cur.Len() > 0 {
					cur.WriteString(" | ")
				}
			}
		}
		isBlock := n.Type == html.ElementNode && blockTags[n.Data]
		if isBlock {
			flush()
			tag = n.Data
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, tag)
		}
		if isBlock {
			flush()
		}
	}
	walk(root, "")
	flush()
	return out
}

// needsSpace tells whether two adjacent text nodes need a space between
// them. Trafilatura trims the white space around inline elements
// ("<b>Note</b> Text" comes out as "Note" and "Text"), so it is restored
// where a word or a sentence ends and another begins; it is not added
// inside brackets or before closing punctuation.
func needsSpace(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsSpace(last) || unicode.IsSpace(first) {
		return false
	}
	switch {
	case unicode.IsLetter(last), unicode.IsDigit(last), strings.ContainsRune(".,;:!?)]}\"'”’%", last):
	default:
		return false
	}
	return unicode.IsLetter(first) || unicode.IsDigit(first) || strings.ContainsRune("(\"'“‘[", first)
}
