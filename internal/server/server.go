// Package server is Dateline's HTTP interface: a JSON API under /api/
// that mirrors the command line (search, quotes, entities, stories,
// documents) over a store.Store, described by the OpenAPI 3 document it
// serves at /api/openapi.json, and the web UI over the same store
// (pages.go: server-rendered HTML pages at /, /search, /entities/{id},
// /quotes, /stories/{id}, /documents/{id} and /timeline).
//
// Conventions:
//   - Records have the field names of the CLI's export and --format json
//     records (see records.go).
//   - Listings take cursor and limit (1 to store.MaxLimit, default
//     store.DefaultLimit) and answer {"results": […], "next_cursor": "…"},
//     next_cursor "" after the last page.
//   - Errors are {"error": "…"}: 400 for a bad parameter (a bad date,
//     limit, type, query or cursor), 404 for an unknown ID or path, 405
//     for a method other than GET or HEAD, 429 with Retry-After for a
//     client over its rate limit (Options), 500 only for a failing store
//     (its message is logged, not sent).
//   - POST /api/ingest stores .jsonl records, only when the server was
//     given an Options.Ingest and a Token, for requests bearing the token
//     (ingest.go).
//   - GET /metrics serves Prometheus metrics: requests and latency by
//     route pattern, rate-limited requests, the Go runtime.
//
// Handlers only read the store and do so with the request's context, so
// a client that goes away stops its query.
package server

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/store"
)

//go:embed openapi.json
var openAPI []byte

// Server serves the API over a store.
type Server struct {
	st      store.Store
	mux     *http.ServeMux
	limits  *limiters
	metrics *metrics
	opts    Options
	// ErrorLog receives the errors of failing store calls (nil: the log
	// package's standard logger).
	ErrorLog *log.Logger
}

// New returns a server of st's records. The caller keeps st open while
// the server runs and closes it after.
func New(st store.Store) *Server { return NewWith(st, Options{}) }

// NewWith is New with options.
func NewWith(st store.Store, o Options) *Server {
	s := &Server{st: st, mux: http.NewServeMux(), limits: newLimiters(o), metrics: newMetrics(), opts: o}
	s.routes()
	return s
}

// endpoints maps each path the server answers (GET and HEAD) to its
// handler. openapi.json documents every one (TestOpenAPI checks).
func (s *Server) endpoints() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"/api/search":         s.search,
		"/api/quotes":         s.quotes,
		"/api/entities":       s.entities,
		"/api/entities/{id}":  byID(s, s.st.Entity, record.NewEntity),
		"/api/stories":        s.stories,
		"/api/stories/{id}":   byID(s, s.st.Story, record.NewStory),
		"/api/documents/{id}": byID(s, s.st.Document, record.NewDocument),
		"/api/timeline":       s.timeline,
		"/api/brief":          s.brief,
		"/api/openapi.json":   s.openAPI,
		"/healthz":            s.health,
	}
}

// routes registers the endpoints and the web pages (pages.go). Each API
// GET pattern has a twin without a method that answers 405 in the API's
// error shape (ServeMux's own 405 is plain text); "/api/" answers 404
// for every other path, "/" a 404 page (or 405 for another method).
func (s *Server) routes() {
	for path, h := range s.endpoints() {
		s.mux.HandleFunc("GET "+path, h)
		s.mux.HandleFunc(path, methodNotAllowed)
	}
	if s.opts.Ingest != nil && s.opts.Token != "" {
		s.mux.HandleFunc("POST /api/ingest", s.ingest)
		s.mux.HandleFunc("/api/ingest", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", "POST")
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed: use POST")
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s", r.URL.Path))
	})
	for path, h := range s.pages() {
		s.mux.HandleFunc("GET "+path, h)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(staticFiles())))
	s.mux.Handle("GET /metrics", s.metrics.handler())
	s.mux.HandleFunc("/", s.notFoundPage)
}

// HTTPServer returns an http.Server for the handler with timeouts set,
// so that a slow or idle client cannot hold a connection for ever.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed: use GET", r.Method))
}

// badRequest is an error in the request's parameters.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return badRequest{fmt.Sprintf(format, args...)} }

// fail answers err with its status (see status).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.status(r, err)
	writeError(w, status, msg)
}

// status is the status and message that answer err: 400 for bad input,
// 404 for an unknown record, else 500 (logged, not shown).
func (s *Server) status(r *http.Request, err error) (int, string) {
	var br badRequest
	switch {
	case errors.As(err, &br), errors.Is(err, store.ErrBadQuery), errors.Is(err, store.ErrBadCursor):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case r.Context().Err() != nil:
		// the client went away: nobody reads the answer
		return http.StatusServiceUnavailable, "request cancelled"
	default:
		s.logf("%s %s: %v", r.Method, r.URL, err)
		return http.StatusInternalServerError, "internal error"
	}
}

func (s *Server) logf(format string, args ...any) {
	if s.ErrorLog != nil {
		s.ErrorLog.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}

type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// list is the answer of every listing.
type list[T any] struct {
	Results    []T    `json:"results"`
	NextCursor string `json:"next_cursor"`
}

func newList[T any](results []T, next string) list[T] {
	if results == nil {
		results = []T{}
	}
	return list[T]{results, next}
}

// page reads the cursor and limit parameters.
func page(r *http.Request) (store.Page, error) {
	p := store.Page{Cursor: r.FormValue("cursor"), Limit: store.DefaultLimit}
	if v := r.FormValue("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > store.MaxLimit {
			return p, badf("limit %q: want a number from 1 to %d", v, store.MaxLimit)
		}
		p.Limit = n
	}
	return p, nil
}

// dates reads the since and until parameters.
func dates(r *http.Request) (since, until time.Time, err error) {
	if since, err = dateParam(r, "since"); err != nil {
		return
	}
	until, err = dateParam(r, "until")
	return
}

func dateParam(r *http.Request, name string) (time.Time, error) {
	v := r.FormValue(name)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return t, badf("%s %q: want a date as YYYY-MM-DD", name, v)
	}
	return t, nil
}

// id reads the {id} of a path, refusing what no store would make.
func id(r *http.Request) (string, error) {
	v := r.PathValue("id")
	if v == "" || len(v) > 200 || strings.ContainsAny(v, "\x00") {
		return "", badf("bad id %q", v)
	}
	return v, nil
}
