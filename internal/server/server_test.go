package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// The examples store is built once for the package's tests (they only
// read it) and removed by TestMain.
var (
	examplesOnce sync.Once
	examplesDir  string
	examplesSrv  *httptest.Server
	examplesAPI  *Server
	examplesErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if examplesSrv != nil {
		examplesSrv.Close()
	}
	if examplesDir != "" {
		os.RemoveAll(examplesDir)
	}
	os.Exit(code)
}

// exampleServer returns a test server (on 127.0.0.1) over a store holding
// the repository's examples/.
func exampleServer(t *testing.T) *httptest.Server {
	t.Helper()
	examplesOnce.Do(func() {
		ctx := context.Background()
		if examplesDir, examplesErr = os.MkdirTemp("", "dateline-server"); examplesErr != nil {
			return
		}
		var st store.Store
		if st, examplesErr = sqlite.Open(ctx, filepath.Join(examplesDir, "examples.db")); examplesErr != nil {
			return
		}
		tagger, err := entity.Default()
		if err != nil {
			examplesErr = err
			return
		}
		inputs, errs := ingest.Expand([]string{filepath.Join("..", "..", "examples")}, nil)
		if len(errs) > 0 {
			examplesErr = errs[0]
			return
		}
		now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		sum, err := pipeline.Ingest(ctx, st, inputs, pipeline.Config{
			Workers:  2,
			Read:     ingest.Options{Now: now},
			Annotate: annotate.Options{Now: now, Tagger: tagger},
		})
		if err == nil && len(sum.Errors) > 0 {
			err = sum.Errors[0]
		}
		if examplesErr = err; err != nil {
			return
		}
		examplesAPI = New(st)
		examplesSrv = httptest.NewServer(examplesAPI)
	})
	if examplesErr != nil {
		t.Fatalf("examples store: %v", examplesErr)
	}
	return examplesSrv
}

// get requests path from srv and decodes the JSON answer into v (if not
// nil), failing unless the status is want.
func get(t *testing.T, srv *httptest.Server, path string, want int, v any) {
	t.Helper()
	do(t, srv, http.MethodGet, path, want, v)
}

func do(t *testing.T, srv *httptest.Server, method, path string, want int, v any) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != want {
		t.Fatalf("%s %s: status %d, want %d: %s", method, path, resp.StatusCode, want, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q, want JSON", method, path, ct)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, body)
		}
	}
}

type listAnswer struct {
	Results    []map[string]any `json:"results"`
	NextCursor string           `json:"next_cursor"`
}

// TestPaging walks two pages of each listing: the second page starts
// where the first ended, with no record twice.
func TestPaging(t *testing.T) {
	srv := exampleServer(t)
	for _, path := range []string{
		"/api/search?q=the",
		"/api/quotes?",
		"/api/entities?",
		"/api/entities?type=per",
		"/api/stories?",
	} {
		t.Run(path, func(t *testing.T) {
			var first, second listAnswer
			get(t, srv, path+"&limit=2", http.StatusOK, &first)
			if len(first.Results) != 2 || first.NextCursor == "" {
				t.Fatalf("first page: %d results, next_cursor %q: want 2 and more to come", len(first.Results), first.NextCursor)
			}
			get(t, srv, path+"&limit=2&cursor="+url.QueryEscape(first.NextCursor), http.StatusOK, &second)
			if len(second.Results) == 0 {
				t.Fatal("second page is empty")
			}
			seen := map[any]bool{}
			for _, r := range append(first.Results, second.Results...) {
				if seen[r["id"]] {
					t.Errorf("%v on both pages", r["id"])
				}
				seen[r["id"]] = true
			}
			// the two pages are the start of one larger page
			var both listAnswer
			get(t, srv, path+"&limit=4", http.StatusOK, &both)
			for i, r := range append(first.Results, second.Results...) {
				if i < len(both.Results) && both.Results[i]["id"] != r["id"] {
					t.Errorf("record %d: %v paged, %v unpaged", i, r["id"], both.Results[i]["id"])
				}
			}
		})
	}
}

// TestPagingEnds follows next_cursor to the end of a listing (bounded).
func TestPagingEnds(t *testing.T) {
	srv := exampleServer(t)
	cursor, seen := "", map[any]bool{}
	for i := 0; ; i++ {
		if i == 100 {
			t.Fatal("more than 100 pages")
		}
		var page listAnswer
		get(t, srv, "/api/stories?limit=3&cursor="+url.QueryEscape(cursor), http.StatusOK, &page)
		for _, r := range page.Results {
			if seen[r["id"]] {
				t.Fatalf("story %v twice", r["id"])
			}
			seen[r["id"]] = true
		}
		if cursor = page.NextCursor; cursor == "" {
			break
		}
	}
	var all listAnswer
	get(t, srv, "/api/stories?limit=1000", http.StatusOK, &all)
	if len(all.Results) != len(seen) {
		t.Errorf("paged through %d stories, one page holds %d", len(seen), len(all.Results))
	}
}

// TestRecords looks up, by ID, records that listings returned.
func TestRecords(t *testing.T) {
	srv := exampleServer(t)
	var stories, entities, hits listAnswer
	get(t, srv, "/api/stories?limit=1", http.StatusOK, &stories)
	get(t, srv, "/api/entities?limit=1", http.StatusOK, &entities)
	get(t, srv, "/api/search?q=said&limit=1", http.StatusOK, &hits)
	if len(stories.Results) == 0 || len(entities.Results) == 0 || len(hits.Results) == 0 {
		t.Fatalf("empty listings: %d stories, %d entities, %d hits", len(stories.Results), len(entities.Results), len(hits.Results))
	}
	var story, en, doc map[string]any
	get(t, srv, "/api/stories/"+stories.Results[0]["id"].(string), http.StatusOK, &story)
	if story["label"] != stories.Results[0]["label"] {
		t.Errorf("story label %v, listed as %v", story["label"], stories.Results[0]["label"])
	}
	get(t, srv, "/api/entities/"+url.PathEscape(entities.Results[0]["id"].(string)), http.StatusOK, &en)
	if en["name"] != entities.Results[0]["name"] {
		t.Errorf("entity name %v, listed as %v", en["name"], entities.Results[0]["name"])
	}
	src := hits.Results[0]["sources"].([]any)[0].(map[string]any)
	get(t, srv, "/api/documents/"+url.PathEscape(src["doc_id"].(string)), http.StatusOK, &doc)
	if doc["id"] != src["doc_id"] || doc["source"] != src["source"] {
		t.Errorf("document %v (%v), want %v (%v)", doc["id"], doc["source"], src["doc_id"], src["source"])
	}
}

// TestErrors checks the status and the JSON shape of refusals: never a
// 500 for bad input.
func TestErrors(t *testing.T) {
	srv := exampleServer(t)
	for _, c := range []struct {
		method, path string
		status       int
	}{
		{"GET", "/api/search", 400},
		{"GET", "/api/search?q=%20", 400},
		{"GET", "/api/search?q=kerry&since=yesterday", 400},
		{"GET", "/api/search?q=kerry&until=2016-13-01", 400},
		{"GET", "/api/search?q=kerry&limit=0", 400},
		{"GET", "/api/search?q=kerry&limit=-1", 400},
		{"GET", "/api/search?q=kerry&limit=1001", 400},
		{"GET", "/api/search?q=kerry&limit=ten", 400},
		{"GET", "/api/search?q=kerry&per_document=-1", 400},
		{"GET", "/api/search?q=kerry&per_document=two", 400},
		{"GET", "/api/search?q=kerry&cursor=nonsense", 400},
		{"GET", "/api/search?q=-kerry", 400},
		{"GET", "/api/search?q=%22", 400},
		{"GET", "/api/quotes?since=2016-10", 400},
		{"GET", "/api/quotes?cursor=%00%01", 400},
		{"GET", "/api/entities?type=PERSON", 400},
		{"GET", "/api/entities?cursor=zzz", 400},
		{"GET", "/api/stories?about=-x", 400},
		{"GET", "/api/stories?cursor=x", 400},
		{"GET", "/api/stories?until=tomorrow", 400},
		{"GET", "/api/entities/no-such-entity", 404},
		{"GET", "/api/stories/no-such-story", 404},
		{"GET", "/api/documents/no-such-document", 404},
		{"GET", "/api/no-such-endpoint", 404},
		{"GET", "/api/", 404},
		{"POST", "/api/search?q=kerry", 405},
		{"PUT", "/api/entities/x", 405},
		{"DELETE", "/api/stories/x", 405},
		{"POST", "/api/documents/x", 405},
		{"PATCH", "/api/quotes", 405},
		{"POST", "/api/openapi.json", 405},
	} {
		var body map[string]any
		do(t, srv, c.method, c.path, c.status, &body)
		msg, ok := body["error"].(string)
		if len(body) != 1 || !ok || msg == "" {
			t.Errorf("%s %s: body %v, want {\"error\": message}", c.method, c.path, body)
		}
	}
}

// TestMethodsAndPaths checks what ServeMux patterns decide: HEAD is
// answered as GET, and a path next to an endpoint is a JSON 404.
func TestMethodsAndPaths(t *testing.T) {
	srv := exampleServer(t)
	do(t, srv, http.MethodHead, "/api/stories?limit=1", http.StatusOK, nil)
	for _, path := range []string{"/api/entities/", "/api/stories/x/y", "/api/search/more", "/api/openapi.yaml"} {
		var body map[string]any
		get(t, srv, path, http.StatusNotFound, &body)
		if _, ok := body["error"].(string); !ok || len(body) != 1 {
			t.Errorf("GET %s: body %v, want {\"error\": message}", path, body)
		}
	}
	var health map[string]any
	get(t, srv, "/healthz", http.StatusOK, &health)
	if health["status"] != "ok" {
		t.Errorf("healthz: %v", health)
	}
}

// failingStore fails every call the API makes.
type failingStore struct{ store.Store }

var errDisk = errors.New("disk on fire at /var/secret/path")

func (failingStore) Search(context.Context, store.Query, store.Page) ([]store.Hit, string, error) {
	return nil, "", errDisk
}

func (failingStore) Story(context.Context, string) (store.Story, error) {
	return store.Story{}, fmt.Errorf("story x: %w", errDisk)
}

// TestStoreFailure checks that a failing store is a 500 whose message is
// logged, not sent.
func TestStoreFailure(t *testing.T) {
	var logged strings.Builder
	api := New(failingStore{})
	api.ErrorLog = log.New(&logged, "", 0)
	srv := httptest.NewServer(api)
	defer srv.Close()
	for _, path := range []string{"/api/search?q=x", "/api/stories/x"} {
		var body map[string]any
		do(t, srv, http.MethodGet, path, http.StatusInternalServerError, &body)
		if body["error"] != "internal error" {
			t.Errorf("GET %s: body %v, want the error hidden", path, body)
		}
	}
	if !strings.Contains(logged.String(), "disk on fire") {
		t.Errorf("log %q: want the store's error", logged.String())
	}
}
