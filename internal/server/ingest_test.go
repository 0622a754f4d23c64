package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// TestIngest: POST /api/ingest stores .jsonl records for a request with
// the token, refuses one without (401) or over the size bound (413), and
// does not exist on a server not told to accept it.
func TestIngest(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "in.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const token = "a-token-long-enough-for-tests"
	cfg := pipeline.Config{Annotate: annotate.Options{Now: time.Date(2019, 4, 1, 0, 0, 0, 0, time.UTC), NoQuotes: true, NoDates: true}}
	srv := httptest.NewServer(NewWith(st, Options{Token: token, Ingest: PipelineIngest(st, cfg)}))
	defer srv.Close()
	post := func(auth, body string) *http.Response {
		req, _ := http.NewRequest("POST", srv.URL+"/api/ingest", strings.NewReader(body))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	records := `{"url":"https://wire.example/pier","title":"Pier reopens","text":"The north pier reopened to ferries on Monday after storm repairs.","published":"2019-03-18","outlet":"Wire"}` + "\n" +
		`not json` + "\n"
	resp := post("Bearer "+token, records)
	var res IngestResult
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || res.Documents != 1 || len(res.Errors) != 1 {
		t.Fatalf("POST with the token: %d %+v", resp.StatusCode, res)
	}
	var hits struct{ Results []map[string]any }
	r, _ := http.Get(srv.URL + "/api/search?q=pier")
	json.NewDecoder(r.Body).Decode(&hits)
	r.Body.Close()
	if len(hits.Results) == 0 {
		t.Error("the ingested record is not searchable")
	}
	for _, auth := range []string{"", "Bearer wrong", "Basic " + token} {
		if resp := post(auth, records); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("POST with %q: %d, want 401", auth, resp.StatusCode)
		}
	}
	big := strings.Repeat(`{"text":"`+strings.Repeat("word ", 1000)+`"}`+"\n", MaxIngestBytes/5000+10)
	if resp := post("Bearer "+token, big); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("POST over the bound: %d, want 413", resp.StatusCode)
	}
	if r, _ := http.Get(srv.URL + "/api/ingest"); r.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/ingest: %d, want 405", r.StatusCode)
	}

	off := httptest.NewServer(New(st))
	defer off.Close()
	req, _ := http.NewRequest("POST", off.URL+"/api/ingest", strings.NewReader(records))
	req.Header.Set("Authorization", "Bearer "+token)
	if r, err := http.DefaultClient.Do(req); err != nil || r.StatusCode != http.StatusNotFound {
		t.Errorf("POST to a server without ingest: %v %v, want 404", r.StatusCode, err)
	}
}
