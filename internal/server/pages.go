package server

// The web UI: server-rendered pages over the same store as the API, with
// html/template (which escapes every value by its context) and a
// stylesheet embedded in the binary, so it works offline and without
// scripts. Bad parameters answer a 400 page, unknown IDs a 404 page.

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/dateline-news/dateline/internal/digest"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/record"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/summary"
)

//go:embed web
var webFS embed.FS

// pageTemplates holds one template set per page: the layout and the
// page's "content".
var pageTemplates = parsePages("home", "search", "entity", "quotes", "story", "document", "timeline", "error")

var pageFuncs = template.FuncMap{
	"date":       formatDate,
	"days":       formatDays,
	"provenance": func(srcs []domain.Source) string { return domain.ProvenanceOf(srcs).String() },
	"snippet":    snippetHTML,
	"outlet":     func(s domain.Source) string { return s.OutletName() },
	"sourceName": func(s domain.Source) string { return s.Name() },
	"path":       url.PathEscape,
	"count":      lang.Count,
	"title":      lang.Title,
	"firstSource": func(srcs []domain.Source) domain.Source {
		if len(srcs) == 0 {
			return domain.Source{}
		}
		return srcs[0]
	},
}

func parsePages(names ...string) map[string]*template.Template {
	layout := template.Must(template.New("layout.html").Funcs(pageFuncs).ParseFS(webFS, "web/layout.html"))
	out := make(map[string]*template.Template, len(names))
	for _, name := range names {
		out[name] = template.Must(template.Must(layout.Clone()).ParseFS(webFS, "web/"+name+".html"))
	}
	return out
}

func staticFiles() fs.FS {
	sub, err := fs.Sub(webFS, "web/static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}

// pages maps each page path (GET and HEAD) to its handler.
func (s *Server) pages() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"/{$}":            s.homePage,
		"/search":         s.searchPage,
		"/entities/{id}":  s.entityPage,
		"/quotes":         s.quotesPage,
		"/stories/{id}":   s.storyPage,
		"/documents/{id}": s.documentPage,
		"/timeline":       s.timelinePage,
	}
}

// view is what the layout renders: the page's title, the search box's
// value, and the page's own data.
type view struct {
	Title  string
	Search string
	Data   any
}

// render writes the page name with status. The page is rendered to a
// buffer first, so a template error becomes a 500, not half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, v view) {
	var buf bytes.Buffer
	if err := pageTemplates[name].ExecuteTemplate(&buf, "layout", v); err != nil {
		s.logf("%s %s: template %s: %v", r.Method, r.URL, name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// failPage answers err as an error page, with the status fail would give.
func (s *Server) failPage(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.status(r, err)
	s.render(w, r, status, "error", view{Title: http.StatusText(status), Data: struct {
		Status  int
		Message string
	}{status, msg}})
}

func (s *Server) notFoundPage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.render(w, r, http.StatusMethodNotAllowed, "error", view{Title: "Method not allowed", Data: struct {
			Status  int
			Message string
		}{http.StatusMethodNotAllowed, "use GET"}})
		return
	}
	s.failPage(w, r, fmt.Errorf("no such page %s: %w", r.URL.Path, store.ErrNotFound))
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format(time.DateOnly)
}

// formatDays is a range of days: one day when first and last are the
// same, "undated" when both are unknown.
func formatDays(first, last time.Time) string {
	a, b := formatDate(first), formatDate(last)
	if a == b {
		return a
	}
	return a + " – " + b
}

// speakers resolves speaker names to entity IDs for links, asking the
// store once per name.
type speakers struct {
	s   *Server
	r   *http.Request
	ids map[string]string
}

func (s *Server) speakers(r *http.Request) *speakers {
	return &speakers{s: s, r: r, ids: make(map[string]string)}
}

// link is the page of name: its entity's, else its quotes.
func (sp *speakers) link(name string) (string, error) {
	if id, ok := sp.ids[name]; ok {
		return id, nil
	}
	link := "/quotes?" + url.Values{"speaker": {name}}.Encode()
	en, err := digest.FindEntity(sp.r.Context(), sp.s.st, name)
	switch {
	case err == nil:
		link = "/entities/" + url.PathEscape(en.ID)
	case !errors.Is(err, store.ErrNotFound):
		return "", err
	}
	sp.ids[name] = link
	return link, nil
}

// person is a name with the page it links to.
type person struct{ Name, Link string }

func (sp *speakers) people(names []string) ([]person, error) {
	var out []person
	for _, n := range names {
		l, err := sp.link(n)
		if err != nil {
			return nil, err
		}
		out = append(out, person{n, l})
	}
	return out, nil
}

// GET /
func (s *Server) homePage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	stats, err := s.st.Stats(ctx)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	// the store lists stories latest first and entities most mentioned first
	stories, _, err := s.st.ListStories(ctx, store.StoryQuery{}, store.Page{Limit: 10})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	people, _, err := s.st.ListEntities(ctx, store.EntityQuery{Type: domain.PER}, store.Page{Limit: 12})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", view{Title: "Dateline", Data: struct {
		Stats   store.Stats
		Stories []store.Story
		People  []domain.Entity
	}{stats, stories, people}})
}

// GET /search?q=&speaker=&outlet=&since=&until=&cursor=
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	form := struct{ Q, Speaker, Outlet, Since, Until string }{r.FormValue("q"), r.FormValue("speaker"), r.FormValue("outlet"), r.FormValue("since"), r.FormValue("until")}
	data := struct {
		Form  any
		Asked bool
		Hits  []store.Hit
		Next  string
	}{Form: form}
	v := view{Title: "Search", Search: form.Q, Data: &data}
	if form.Q == "" {
		s.render(w, r, http.StatusOK, "search", v)
		return
	}
	q := store.Query{Text: form.Q, Speaker: form.Speaker, Outlet: form.Outlet}
	var err error
	if q.Since, q.Until, err = dates(r); err != nil {
		s.failPage(w, r, err)
		return
	}
	p := store.Page{Cursor: r.FormValue("cursor"), Limit: 20}
	hits, next, err := s.st.Search(r.Context(), q, p)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	data.Asked, data.Hits = true, hits
	if next != "" {
		vals := r.URL.Query()
		vals.Set("cursor", next)
		data.Next = "/search?" + vals.Encode()
	}
	v.Title = "Search: " + form.Q
	s.render(w, r, http.StatusOK, "search", v)
}

// quoteView is a quote group with links for its speaker.
type quoteView struct {
	store.QuoteGroup
	SpeakerLink string
}

func (sp *speakers) quotes(groups []store.QuoteGroup) ([]quoteView, error) {
	out := make([]quoteView, 0, len(groups))
	for _, g := range groups {
		qv := quoteView{QuoteGroup: g}
		if g.Quote.Speaker != "" {
			l, err := sp.link(g.Quote.Speaker)
			if err != nil {
				return nil, err
			}
			qv.SpeakerLink = l
		}
		out = append(out, qv)
	}
	return out, nil
}

// What an entity's page lists: its newest quotes (the chart and the total
// count them all, in SQL), and its latest stories, found among the
// stories of its latest mentions: a person mentioned in 25,000 posts
// would otherwise cost a lookup for each.
const (
	entityQuotes        = 50
	entityStories       = 10
	entityStoryMentions = 200
)

// GET /entities/{id}
func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := id(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	en, err := s.st.Entity(ctx, id)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	var groups []store.QuoteGroup
	var days []store.DayCount
	if en.Type == domain.PER {
		q := store.QuoteQuery{Speaker: en.Name}
		if groups, _, err = s.st.ListQuotes(ctx, q, store.Page{Limit: entityQuotes}); err == nil {
			days, err = s.st.QuoteDays(ctx, q)
		}
		if err != nil {
			s.failPage(w, r, err)
			return
		}
	}
	total, undated := 0, 0
	for _, d := range days {
		total += d.N
		if d.Day.IsZero() {
			undated += d.N
		}
	}
	stories, _, err := s.st.ListStories(ctx, store.StoryQuery{Entity: en.ID, RecentMentions: entityStoryMentions}, store.Page{Limit: entityStories})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	quotes, err := s.speakers(r).quotes(groups)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entity", view{Title: en.Name, Data: struct {
		Entity  domain.Entity
		Quotes  []quoteView
		Total   int
		Chart   chart
		Undated int
		Stories []store.Story
	}{en, quotes, total, chartOf(days), undated, stories}})
}

// GET /quotes?speaker=&about=&since=&until=&cursor=
func (s *Server) quotesPage(w http.ResponseWriter, r *http.Request) {
	q := store.QuoteQuery{Speaker: r.FormValue("speaker"), About: r.FormValue("about")}
	var err error
	if q.Since, q.Until, err = dates(r); err != nil {
		s.failPage(w, r, err)
		return
	}
	groups, next, err := s.st.ListQuotes(r.Context(), q, store.Page{Cursor: r.FormValue("cursor"), Limit: 30})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	quotes, err := s.speakers(r).quotes(groups)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	data := struct {
		Form   any
		Quotes []quoteView
		Next   string
	}{Form: struct{ Speaker, About, Since, Until string }{q.Speaker, q.About, r.FormValue("since"), r.FormValue("until")}, Quotes: quotes}
	if next != "" {
		vals := r.URL.Query()
		vals.Set("cursor", next)
		data.Next = "/quotes?" + vals.Encode()
	}
	s.render(w, r, http.StatusOK, "quotes", view{Title: "Quotes", Data: data})
}

// GET /stories/{id}
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := id(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	st, err := s.st.Story(ctx, id)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	posts, _, err := s.st.ListPosts(ctx, store.PostQuery{Story: st.ID}, store.Page{Limit: store.MaxLimit})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	var people []domain.Entity
	for _, pid := range st.People {
		en, err := s.st.Entity(ctx, pid)
		if err != nil {
			s.failPage(w, r, err)
			return
		}
		people = append(people, en)
	}
	var groups []store.QuoteGroup
	for _, qid := range st.Quotes {
		g, err := s.st.QuoteGroup(ctx, qid)
		if err != nil {
			s.failPage(w, r, err)
			return
		}
		groups = append(groups, g)
	}
	sp := s.speakers(r)
	quotes, err := sp.quotes(groups)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	brief, err := s.digest(r, digest.Selection{Story: st.ID}, func(c *digest.Citations, posts []domain.Post, _ map[string][]domain.Span) (any, error) {
		return c.Brief(ctx, summary.Brief(posts, summary.BriefOptions{}))
	})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "story", view{Title: st.Label, Data: struct {
		Story  store.Story
		Posts  []domain.Post
		People []domain.Entity
		Quotes []quoteView
		Brief  digestView
	}{st, posts, people, quotes, brief}})
}

// digestView is a timeline's entries or a briefing's sentences, with the
// numbered sources they cite.
type digestView struct {
	Items   any
	Sources []record.CitedSource
}

// digest reads the posts sel selects and makes a timeline or briefing of
// them with build.
func (s *Server) digest(r *http.Request, sel digest.Selection, build func(*digest.Citations, []domain.Post, map[string][]domain.Span) (any, error)) (digestView, error) {
	posts, err := digest.Posts(r.Context(), s.st, sel)
	if err != nil {
		return digestView{}, err
	}
	subject, err := digest.Subject(r.Context(), s.st, sel, posts)
	if err != nil {
		return digestView{}, err
	}
	cites := digest.NewCitations(s.st, posts)
	items, err := build(cites, posts, subject)
	if err != nil {
		return digestView{}, err
	}
	return digestView{items, cites.Sources()}, nil
}

// postView is a post with its text marked up.
type postView struct {
	domain.Post
	Body   template.HTML
	Quotes []quoteView
}

// GET /documents/{id}
func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := id(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	doc, err := s.st.Document(ctx, id)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	posts, err := store.CollectPosts(ctx, s.st, store.PostQuery{Document: doc.ID}, 0)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	slices.SortStableFunc(posts, func(a, b domain.Post) int { return cmp.Compare(a.Index, b.Index) })
	sp := s.speakers(r)
	views := make([]postView, 0, len(posts))
	for _, p := range posts {
		pv := postView{Post: p, Body: textHTML(p.Text, p.Quotes, p.Mentions)}
		for _, q := range p.Quotes {
			if q.Kind == domain.QuoteScare {
				continue
			}
			qv := quoteView{QuoteGroup: store.QuoteGroup{Quote: q, PostID: p.ID, DocID: doc.ID}}
			if q.Speaker != "" {
				if qv.SpeakerLink, err = sp.link(q.Speaker); err != nil {
					s.failPage(w, r, err)
					return
				}
			}
			pv.Quotes = append(pv.Quotes, qv)
		}
		views = append(views, pv)
	}
	title := doc.Title
	if title == "" {
		title = doc.Source
	}
	s.render(w, r, http.StatusOK, "document", view{Title: title, Data: struct {
		Doc   domain.Document
		Posts []postView
	}{doc, views}})
}

// GET /timeline?q=&entity=&story=&since=&until=
func (s *Server) timelinePage(w http.ResponseWriter, r *http.Request) {
	sel, err := selection(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	opts := summary.TimelineOptions{Since: sel.Since, Until: sel.Until, Query: lang.Words(sel.Query)}
	tl, err := s.digest(r, sel, func(c *digest.Citations, posts []domain.Post, subject map[string][]domain.Span) (any, error) {
		opts.Subject = subject
		return c.Timeline(r.Context(), summary.Timeline(posts, opts))
	})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "timeline", view{Title: "Timeline", Search: sel.Query, Data: struct {
		Form     any
		Timeline digestView
	}{struct{ Q, Entity, Story, Since, Until string }{sel.Query, sel.Entity, sel.Story, r.FormValue("since"), r.FormValue("until")}, tl}})
}
