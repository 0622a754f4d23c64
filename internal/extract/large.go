package extract

import (
	"errors"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Large pages.
//
// go-trafilatura costs more than linear time and memory on large pages, in
// two ways:
//
//   - Before it extracts the text under a content selector that matched
//     (<article>, a "post-content" class, …), it concatenates the text of
//     every <p> of the page with +=, one string per paragraph: P
//     paragraphs of T bytes in all allocate about P·T/2 bytes. A 1 MiB
//     transcript of 3,500 paragraphs allocated 2.7 GB, 2 MiB 10.6 GB,
//     4 MiB 41 GB.
//   - It walks the whole tree some dozens of times, over the page and over
//     the copies its fallbacks make (readability, DOM distiller). Each walk
//     is linear, but a tree of hundreds of thousands of elements no longer
//     fits in the processor's caches and every walk pays a cache miss per
//     node, while the collector scans millions of live nodes: a page of
//     one-word paragraphs took 1.7 s at 1 MiB and 30 s at 8 MiB.
//
// Real news pages are far from both: the ScrapingHub benchmark's largest
// page has 1,600 elements and 3,600 words. So a page with more than
// maxExtractorElements elements or maxExtractorText bytes of text, or whose
// paragraph count times paragraph text exceeds maxParagraphWork, is not
// handed to trafilatura:
// its text is read in one linear pass over the article root (the first
// <article>, else <main>, else the page), without the furniture elements
// (navigation, headers, footers, asides, forms), through the same block
// flattening and paragraph filters as trafilatura's output. A long
// transcript keeps its text. What such a page loses is trafilatura's
// boilerplate scoring and its language detection (the page's declared
// language is used).
//
// A page whose text comes to more than maxParagraphs paragraphs is not an
// article at any length (a thousand-page book has fewer) and is refused
// with ErrTooManyParagraphs.

const (
	// maxExtractorElements is the largest tree handed to go-trafilatura.
	maxExtractorElements = 50_000
	// maxExtractorText bounds the text (outside scripts and styles) of a
	// page handed to go-trafilatura: some twenty times a long read.
	maxExtractorText = 1 << 20
	// maxParagraphWork bounds paragraphs × paragraph bytes of a page
	// handed to go-trafilatura: about 128 MiB of string copies.
	maxParagraphWork = 1 << 28
	// maxParagraphs bounds the paragraphs of one page's text.
	maxParagraphs = 100_000
)

// ErrTooManyParagraphs is returned for a page whose text has more than
// maxParagraphs paragraphs.
var ErrTooManyParagraphs = errors.New("too many paragraphs for an article")

// tooLarge reports whether the tree under doc is past what go-trafilatura
// handles in linear time. It stops counting once it knows.
func tooLarge(doc *html.Node) bool {
	elements, paragraphs, paraText, text := 0, 0, 0, 0
	var walk func(n *html.Node, inP bool) bool
	walk = func(n *html.Node, inP bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				text += len(c.Data)
				if inP {
					paraText += len(c.Data)
				}
			case html.ElementNode:
				elements++
				switch c.DataAtom {
				case atom.P:
					paragraphs++
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				}
			}
			if elements > maxExtractorElements || text > maxExtractorText || paragraphs*paraText > maxParagraphWork {
				return true
			}
			if walk(c, inP || c.DataAtom == atom.P) {
				return true
			}
		}
		return false
	}
	return walk(doc, false)
}

// largeText reads the text of a page too large for trafilatura: see the
// comment at the top of this file. The tree is changed in place.
func largeText(doc *html.Node, titles []string) ([]string, error) {
	root := articleRoot(doc)
	removeAll(root, func(n *html.Node) bool { return furnitureTags[n.DataAtom] })
	bs := filterBlocksUpTo(blocks(root), titles, maxParagraphs)
	if len(bs) > maxParagraphs {
		return nil, fmt.Errorf("%w: over %d", ErrTooManyParagraphs, maxParagraphs)
	}
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.text
	}
	if len(out) == 0 {
		return nil, ErrNoText
	}
	return out, nil
}

// furnitureTags are elements that hold no article text.
var furnitureTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Iframe: true,
	atom.Svg: true, atom.Head: true, atom.Menu: true,
}
