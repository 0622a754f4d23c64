package feed

import (
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dateline-news/dateline/internal/lang"
)

// blockTags end a paragraph when they open or close. <br> counts too: feed
// bodies often separate paragraphs with "<br><br>" and nothing else.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Hr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Address: true,
	atom.Figure: true, atom.Figcaption: true, atom.Caption: true,
}

// skipTags have content that is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true,
	atom.Head: true, atom.Title: true, atom.Button: true, atom.Form: true,
	atom.Select: true, atom.Textarea: true, atom.Audio: true, atom.Video: true,
}

// looksLikeHTML tells markup from plain text: feeds carry both in the same
// fields (RSS descriptions, JSON Feed content_text vs content_html).
var looksLikeHTML = regexp.MustCompile(`<(?:[a-zA-Z][a-zA-Z0-9]*[\s/>]|/[a-zA-Z]|!--)`)

// paragraphs turns a feed body (HTML or plain text) into clean paragraphs.
func paragraphs(s string) []string {
	var paras []string
	if looksLikeHTML.MatchString(s) {
		paras = htmlParagraphs(s)
	} else {
		paras = textParagraphs(s)
	}
	return dropFeedBoilerplate(paras)
}

// htmlParagraphs streams the fragment through the tokenizer (never building
// a tree) and cuts paragraphs at block boundaries.
func htmlParagraphs(s string) []string {
	z := xhtml.NewTokenizer(strings.NewReader(s))
	var (
		paras []string
		cur   strings.Builder
		skip  int // depth inside skipTags
	)
	flush := func() {
		if p := lang.Space(unescapeRepeated(cur.String())); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			flush()
			return paras
		case xhtml.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] {
				switch {
				case tt == xhtml.StartTagToken:
					skip++
				case tt == xhtml.EndTagToken && skip > 0:
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch {
			case blockTags[a]:
				flush()
			case a == atom.Td || a == atom.Th:
				cur.WriteByte(' ')
			}
		}
	}
}

// textParagraphs splits plain text at blank lines; single newlines inside a
// paragraph are hard wraps.
func textParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var paras []string
	for _, block := range blankLine.Split(s, -1) {
		if p := lang.Space(unescapeRepeated(block)); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

var blankLine = regexp.MustCompile(`\n[ \t\x{00A0}]*\n`)

var (
	wpFooter   = regexp.MustCompile(`^The post .+ appeared first on .+$`)
	readMore   = regexp.MustCompile(`(?i)^(?:continue reading|read more|read the full (?:story|article)|keep reading)\b[^.]{0,60}(?:\.\.\.|…|»|→)?$`)
	ellipsisLn = regexp.MustCompile(`^(?:\[(?:…|\.\.\.|&hellip;)\]|…|\.\.\.)$`)
	// trailingMore is a "Continue reading…" link run into the last sentence.
	trailingMore = regexp.MustCompile(`(?i)([.!?"”’)])\s+(?:continue reading|read more|keep reading|read the full (?:story|article))\s*(?:\.\.\.|…|»|›|→)?(?:\s*\[[^\]]*\])?$`)
)

// dropFeedBoilerplate removes the trailers feed generators append to item
// bodies ("The post … appeared first on …", "Continue reading…", "[…]").
// They are feed furniture, not reporting, and would otherwise be counted as
// passages shared by every item of an outlet.
func dropFeedBoilerplate(paras []string) []string {
	for len(paras) > 0 {
		last := paras[len(paras)-1]
		if wpFooter.MatchString(last) || readMore.MatchString(last) || ellipsisLn.MatchString(last) {
			paras = paras[:len(paras)-1]
			continue
		}
		paras[len(paras)-1] = trailingMore.ReplaceAllString(last, "$1")
		break
	}
	return paras
}

// cleanTitle makes a feed title plain text: tags stripped, entities
// unescaped (repeatedly, for double-escaped "&amp;amp;"), spaces collapsed.
func cleanTitle(s string) string {
	if looksLikeHTML.MatchString(s) {
		s = strings.Join(htmlParagraphs(s), " ")
	}
	return lang.Space(unescapeRepeated(s))
}

// entity matches an HTML character reference.
var entity = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`)

// unescapeRepeated undoes up to three levels of HTML escaping. Feeds are
// often escaped twice ("AT&amp;amp;T" in the XML is "AT&amp;T" after XML
// decoding); a literal "&amp;" in real prose is rare enough to accept the
// risk.
func unescapeRepeated(s string) string {
	for i := 0; i < 3 && entity.MatchString(s); i++ {
		u := html.UnescapeString(s)
		if u == s {
			break
		}
		s = u
	}
	return s
}
