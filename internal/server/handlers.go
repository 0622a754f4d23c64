package server

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/internal/digest"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/record"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/summary"
)

// GET /api/search?q=&speaker=&outlet=&since=&until=&per_document=&cursor=&limit=
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := store.Query{Text: r.FormValue("q"), Speaker: r.FormValue("speaker"), Outlet: r.FormValue("outlet")}
	if strings.TrimSpace(q.Text) == "" {
		s.fail(w, r, badf("q: want a search query"))
		return
	}
	var err error
	if q.Since, q.Until, err = dates(r); err != nil {
		s.fail(w, r, err)
		return
	}
	// per_document as the CLI's --per-document: 0 is no limit
	if v := r.FormValue("per_document"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			s.fail(w, r, badf("per_document %q: want 1 or more, or 0 for no limit", v))
			return
		}
		q.PerDocument = n
		if n == 0 {
			q.PerDocument = -1
		}
	}
	listing(s, w, r, func(ctx context.Context, p store.Page) ([]store.Hit, string, error) { return s.st.Search(ctx, q, p) }, record.NewHit)
}

// GET /api/quotes?speaker=&about=&since=&until=&cursor=&limit=
func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	q := store.QuoteQuery{Speaker: r.FormValue("speaker"), About: r.FormValue("about")}
	var err error
	if q.Since, q.Until, err = dates(r); err != nil {
		s.fail(w, r, err)
		return
	}
	listing(s, w, r, func(ctx context.Context, p store.Page) ([]store.QuoteGroup, string, error) {
		return s.st.ListQuotes(ctx, q, p)
	}, record.NewQuote)
}

// GET /api/entities?type=&cursor=&limit=
func (s *Server) entities(w http.ResponseWriter, r *http.Request) {
	var q store.EntityQuery
	switch t := domain.EntityType(strings.ToUpper(r.FormValue("type"))); t {
	case "", domain.PER, domain.ORG, domain.LOC, domain.MISC:
		q.Type = t
	default:
		s.fail(w, r, badf("type %q: want PER, ORG, LOC or MISC", r.FormValue("type")))
		return
	}
	listing(s, w, r, func(ctx context.Context, p store.Page) ([]domain.Entity, string, error) {
		return s.st.ListEntities(ctx, q, p)
	}, record.NewEntity)
}

// GET /api/stories?since=&until=&about=&cursor=&limit=
func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	q := store.StoryQuery{About: r.FormValue("about")}
	var err error
	if q.Since, q.Until, err = dates(r); err != nil {
		s.fail(w, r, err)
		return
	}
	listing(s, w, r, func(ctx context.Context, p store.Page) ([]store.Story, string, error) {
		return s.st.ListStories(ctx, q, p)
	}, record.NewStory)
}

// selection reads what a timeline or briefing is about: q, entity,
// story, since, until.
func selection(r *http.Request) (digest.Selection, error) {
	sel := digest.Selection{Query: r.FormValue("q"), Entity: r.FormValue("entity"), Story: r.FormValue("story")}
	var err error
	sel.Since, sel.Until, err = dates(r)
	return sel, err
}

// count reads a positive integer parameter, def when absent.
func count(r *http.Request, name string, def, max int) (int, error) {
	v := r.FormValue(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, badf("%s %q: want a number from 1 to %d", name, v, max)
	}
	return n, nil
}

// GET /api/timeline?q=&entity=&story=&since=&until=&dates=&per_date=
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	sel, err := selection(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	opts := summary.TimelineOptions{Since: sel.Since, Until: sel.Until, Query: lang.Words(sel.Query)}
	if opts.Dates, err = count(r, "dates", summary.DefaultDates, 1000); err != nil {
		s.fail(w, r, err)
		return
	}
	if opts.PerDate, err = count(r, "per_date", summary.DefaultPerDate, 100); err != nil {
		s.fail(w, r, err)
		return
	}
	tl, err := s.digest(r, sel, func(c *digest.Citations, posts []domain.Post, subject map[string][]domain.Span) (any, error) {
		opts.Subject = subject
		return c.Timeline(r.Context(), summary.Timeline(posts, opts))
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entries": tl.Items, "sources": record.NonNil(tl.Sources)})
}

// GET /api/brief?q=&entity=&story=&since=&until=&words=
func (s *Server) brief(w http.ResponseWriter, r *http.Request) {
	sel, err := selection(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	words, err := count(r, "words", summary.DefaultBriefWords, 5000)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := s.digest(r, sel, func(c *digest.Citations, posts []domain.Post, subject map[string][]domain.Span) (any, error) {
		return c.Brief(r.Context(), summary.Brief(posts, summary.BriefOptions{Words: words, Query: lang.Words(sel.Query), Subject: subject}))
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"sentences": b.Items, "sources": record.NonNil(b.Sources)})
}

// listing answers one page of list, asked for by the request's cursor
// and limit, each record rendered by render.
func listing[T, R any](s *Server, w http.ResponseWriter, r *http.Request, list func(context.Context, store.Page) ([]T, string, error), render func(T) R) {
	p, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	recs, next, err := list(r.Context(), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]R, 0, len(recs))
	for _, rec := range recs {
		out = append(out, render(rec))
	}
	writeJSON(w, http.StatusOK, newList(out, next))
}

// byID returns the handler of GET …/{id}: the record get finds, rendered
// by render.
func byID[T, R any](s *Server, get func(context.Context, string) (T, error), render func(T) R) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := id(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		rec, err := get(r.Context(), id)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, render(rec))
	}
}

// GET /api/openapi.json
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}

// GET /healthz: the server runs and its store answers.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if _, err := s.st.HasDocument(r.Context(), ""); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
