package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldObject is one JSON-LD node: a decoded JSON object.
type ldObject = map[string]any

// jsonLD returns every JSON-LD object of the page, flattened: top-level
// arrays, "@graph" members and "mainEntity" objects are listed in document
// order. Blocks that do not parse, even after light repair, are skipped.
func jsonLD(doc *html.Node) []ldObject {
	var out []ldObject
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				if v, ok := parseLD(rawText(n)); ok {
					out = flattenLD(v, out, 0)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// rawText is the raw character data of a <script> element.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// parseLD decodes a JSON-LD block. Pages wrap them in HTML comments or
// CDATA markers and leave raw line breaks inside strings; those are
// repaired before giving up.
func parseLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	var v any
	if json.Unmarshal([]byte(s), &v) == nil {
		return v, true
	}
	for _, junk := range []string{"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"} {
		s = strings.ReplaceAll(s, junk, "")
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	s = strings.TrimRight(strings.TrimSpace(s), ";")
	if json.Unmarshal([]byte(s), &v) == nil {
		return v, true
	}
	return nil, false
}

// maxLDDepth bounds recursion into nested JSON-LD.
const maxLDDepth = 8

func flattenLD(v any, out []ldObject, depth int) []ldObject {
	if depth > maxLDDepth {
		return out
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = flattenLD(e, out, depth+1)
		}
	case ldObject:
		out = append(out, t)
		if g, ok := t["@graph"]; ok {
			out = flattenLD(g, out, depth+1)
		}
		if m, ok := t["mainEntity"].(ldObject); ok {
			out = flattenLD(m, out, depth+1)
		}
	}
	return out
}

// ldTypes returns the @type values of an object.
func ldTypes(o ldObject) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func ldIs(o ldObject, types ...string) bool {
	for _, t := range ldTypes(o) {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		for _, want := range types {
			if strings.EqualFold(t, want) {
				return true
			}
		}
	}
	return false
}

// articleTypes are the schema.org types of a page's main story.
var articleTypes = []string{
	"LiveBlogPosting", "NewsArticle", "Article", "ReportageNewsArticle",
	"AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
	"ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "SocialMediaPosting",
	"TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle",
}

// mainLD picks the object describing the page's story: a live blog first,
// else the first article-like object.
func mainLD(objs []ldObject) ldObject {
	for _, o := range objs {
		if ldIs(o, "LiveBlogPosting") {
			return o
		}
	}
	for _, o := range objs {
		if ldIs(o, articleTypes...) {
			return o
		}
	}
	return nil
}

// ldString returns a property as text: a string, the "@value" or "name"
// of an object, or the first of a list.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case ldObject:
		if s, ok := t["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := t["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldNames returns the names in a property holding people or
// organisations: a string, an object, or a list of either.
func ldNames(v any) []string {
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(t); s != "" {
			return []string{s}
		}
	case ldObject:
		if s := ldString(t["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}
