package extract

import (
	"net/url"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what the page says about itself, read from the intact tree
// before any cleaning.
type meta struct {
	tags      map[string]string // <meta> by lower-case property, name or itemprop: first content
	tagOrder  []string          // the keys of tags in document order
	canonical string            // <link rel=canonical>
	lang      string            // <html lang>
	title     string            // <title>
	h1s       []string          // every <h1>
	times     []timeTag         // <time> elements, in document order
	ld        []ldObject        // every JSON-LD object
	main      ldObject          // the JSON-LD object of the page's story, if any
}

// timeTag is one <time> element with what its context says about it.
type timeTag struct {
	value     string // datetime attribute, else text
	published bool   // marked as the publication time (pubdate, itemprop, class)
	modified  bool   // marked as an update time
	inArticle bool   // inside <article> or <main>
	furniture bool   // inside <nav>, <aside>, <footer> or a comment
}

func readMeta(doc *html.Node) *meta {
	m := &meta{tags: make(map[string]string)}
	var walk func(n *html.Node, inArticle, furniture bool)
	walk = func(n *html.Node, inArticle, furniture bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
				if m.lang == "" {
					m.lang = attr(n, "xml:lang")
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					key := strings.ToLower(strings.TrimSpace(attr(n, k)))
					if key != "" && content != "" {
						if _, seen := m.tags[key]; !seen {
							m.tags[key] = content
							m.tagOrder = append(m.tagOrder, key)
						}
					}
				}
			case atom.Link:
				if m.canonical == "" && hasWord(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
			case atom.H1:
				m.h1s = append(m.h1s, textOf(n))
			case atom.Article, atom.Main:
				inArticle = true
			case atom.Nav, atom.Aside, atom.Footer:
				furniture = true
			case atom.Time:
				m.times = append(m.times, readTime(n, inArticle, furniture))
			case atom.Script, atom.Style:
				return
			}
			if !furniture {
				for _, w := range attrWords(attr(n, "class") + " " + attr(n, "id")) {
					if w == "comment" || w == "comments" || w == "related" {
						furniture = true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle, furniture)
		}
	}
	walk(doc, false, false)
	m.ld = jsonLD(doc)
	m.main = mainLD(m.ld)
	return m
}

func readTime(n *html.Node, inArticle, furniture bool) timeTag {
	t := timeTag{value: strings.TrimSpace(attr(n, "datetime")), inArticle: inArticle, furniture: furniture}
	if t.value == "" {
		t.value = textOf(n)
	}
	if _, ok := attrOK(n, "pubdate"); ok || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		t.published = true
	}
	if strings.EqualFold(attr(n, "itemprop"), "dateModified") {
		t.modified = true
	}
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		for _, w := range attrWords(attr(p, "class")) {
			switch w {
			case "published", "publish", "pubdate", "posted", "created":
				t.published = true
			case "updated", "modified", "update", "edited":
				t.modified = true
			}
		}
		if p.DataAtom == atom.Article || p.DataAtom == atom.Body {
			break
		}
	}
	return t
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasWord(list, w string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == w {
			return true
		}
	}
	return false
}

// publishedMetaKeys name <meta> publication dates, best first. Modified
// and updated dates are deliberately absent: a page's last edit is not
// when it was published.
var publishedMetaKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"og:published_time", "published_time", "article.published", "pubdate",
	"publishdate", "publish-date", "publication_date", "sailthru.date",
	"parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
	"cxenseparse:recs:publishtime", "article_date_original",
}

// publishKey tells a <meta> name that holds a publication date.
func publishKey(k string) bool {
	if strings.Contains(k, "modif") || strings.Contains(k, "updat") || strings.Contains(k, "expir") {
		return false
	}
	for _, w := range []string{"publish", "pubdate", "pub-date", "pub_date", "post-date", "post_date", "posted", "created"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// dateSource says which rule found a publication date.
type dateSource int

const (
	fromNone dateSource = iota
	fromJSONLD
	fromMetaTag
	fromTimeTag
	fromURL
)

// published finds the publication date: JSON-LD first, then <meta>, then
// a <time> element, then the URL. Dates after now are never used.
func (m *meta) published(pageURL string, now time.Time) (time.Time, dateSource) {
	ok := func(s string) (time.Time, bool) {
		t, good := parseDate(s)
		return t, good && notFuture(t, now)
	}
	if m.main != nil {
		for _, k := range []string{"datePublished", "dateCreated", "coverageStartTime"} {
			if t, good := ok(ldString(m.main[k])); good {
				return t, fromJSONLD
			}
		}
	}
	for _, k := range publishedMetaKeys {
		if t, good := ok(m.tags[k]); good {
			return t, fromMetaTag
		}
	}
	// Site-specific names ("sn-post-date", "article-publish-date").
	for _, k := range m.tagOrder {
		if publishKey(k) {
			if t, good := ok(m.tags[k]); good {
				return t, fromMetaTag
			}
		}
	}
	if t, good := m.timeElement(ok); good {
		return t, fromTimeTag
	}
	for _, u := range []string{pageURL, m.canonical, m.tags["og:url"]} {
		if t, good := urlDate(u); good && notFuture(t, now) {
			return t, fromURL
		}
	}
	return time.Time{}, fromNone
}

// origin maps a date source to the document's DateOrigin.
func (s dateSource) origin() domain.DateOrigin {
	switch s {
	case fromJSONLD, fromMetaTag, fromTimeTag:
		return domain.DateFromMetadata
	case fromURL:
		return domain.DateFromURL
	}
	return domain.DateUnknown
}

// timeElement picks a <time>: one marked as the publication time, else
// the first in the article that is not an update time or furniture.
func (m *meta) timeElement(ok func(string) (time.Time, bool)) (time.Time, bool) {
	for _, t := range m.times {
		if t.published && !t.modified && !t.furniture {
			if v, good := ok(t.value); good {
				return v, true
			}
		}
	}
	for _, pass := range []bool{true, false} {
		for _, t := range m.times {
			if t.modified || t.furniture || (pass && !t.inArticle) {
				continue
			}
			if v, good := ok(t.value); good {
				return v, true
			}
		}
	}
	return time.Time{}, false
}

// titleOf returns the story's headline: JSON-LD, Open Graph, then <title>
// without its outlet suffix, then the first <h1>.
func (m *meta) titleOf(outlet string) string {
	cands := []string{m.tags["og:title"], m.tags["twitter:title"], m.title}
	if m.main != nil {
		cands = append([]string{ldString(m.main["headline"])}, cands...)
	}
	cands = append(cands, m.h1s...)
	for _, s := range cands {
		if s = cleanLine(s); s != "" {
			return stripOutlet(s, outlet)
		}
	}
	return ""
}

// stripOutlet removes a trailing " | Outlet" or " - Outlet" from a title.
func stripOutlet(title, outlet string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		if outlet != "" && textKey(tail) == textKey(outlet) || countWords(tail) <= 3 && countWords(title[:i]) >= 4 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// authorOf returns the story's author(s), joined with ", ".
func (m *meta) authorOf() string {
	if m.main != nil {
		var names []string
		for _, n := range ldNames(m.main["author"]) {
			if n = cleanAuthor(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) > 0 {
			return strings.Join(dedupe(names), ", ")
		}
	}
	for _, k := range []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"} {
		if s := cleanAuthor(m.tags[k]); s != "" {
			return s
		}
	}
	return ""
}

// cleanAuthor tidies a byline into a name: no "By ", no profile URL.
func cleanAuthor(s string) string {
	s = cleanLine(s)
	if strings.Contains(s, "://") {
		return ""
	}
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return s
}

// outletOf returns the publication's name: Open Graph site name, JSON-LD
// publisher, application name, else the host without "www.".
func (m *meta) outletOf(pageURL string) string {
	if s := cleanLine(m.tags["og:site_name"]); s != "" {
		return s
	}
	if m.main != nil {
		if names := ldNames(m.main["publisher"]); len(names) > 0 && cleanLine(names[0]) != "" {
			return cleanLine(names[0])
		}
	}
	for _, o := range m.ld {
		if ldIs(o, "NewsMediaOrganization", "Organization") {
			if s := cleanLine(ldString(o["name"])); s != "" {
				return s
			}
		}
	}
	if s := cleanLine(m.tags["application-name"]); s != "" {
		return s
	}
	return hostOf(pageURL)
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// urlOf returns the page's canonical address, resolved against base; base
// itself when the page names none.
func (m *meta) urlOf(base string) string {
	for _, c := range []string{m.canonical, m.tags["og:url"]} {
		if c == "" {
			continue
		}
		if abs := resolve(base, c); abs != "" {
			return abs
		}
	}
	if m.main != nil {
		if s := ldString(m.main["url"]); s != "" {
			if abs := resolve(base, s); abs != "" {
				return abs
			}
		}
	}
	return base
}

// resolve makes ref absolute against base; "" when the result is not an
// http(s) URL.
func resolve(base, ref string) string {
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		r = b.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" || r.Host == "" {
		return ""
	}
	return r.String()
}

// languageOf returns the declared language as a lower-case primary tag
// ("en" for "en-GB"), else detected, the detected one winning when the
// text is long enough to trust it over a template default.
func (m *meta) languageOf(detected string, textLen int) string {
	declared := ""
	for _, s := range []string{m.lang, m.tags["content-language"], m.tags["og:locale"], m.tags["language"]} {
		if s != "" {
			declared = s
			break
		}
	}
	if declared == "" && m.main != nil {
		declared = ldString(m.main["inLanguage"])
	}
	declared = lang.PrimaryLanguage(declared)
	switch {
	case detected != "" && (declared == "" || textLen >= minDetectLen):
		return detected
	default:
		return declared
	}
}

// minDetectLen is the text length (in bytes) above which language
// detection beats the page's declaration.
const minDetectLen = 600

func dedupe(ss []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
