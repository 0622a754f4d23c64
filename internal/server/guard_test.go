package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestRateLimit: past its burst a client is answered 429 with
// Retry-After, in the API's error shape; another client is not.
func TestRateLimit(t *testing.T) {
	exampleServer(t)
	s := NewWith(examplesAPI.st, Options{PerClient: 0.5, Burst: 3})
	ask := func(addr, path string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", path, nil)
		r.RemoteAddr = addr
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	for i := range 3 {
		if w := ask("192.0.2.1:5000", "/api/entities?limit=1"); w.Code != http.StatusOK {
			t.Fatalf("request %d within the burst: %d", i+1, w.Code)
		}
	}
	w := ask("192.0.2.1:5001", "/api/entities?limit=1")
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), `"error"`) {
		t.Errorf("past the burst: %d, Retry-After %q, %s", w.Code, w.Header().Get("Retry-After"), w.Body)
	}
	if w := ask("192.0.2.1:5002", "/healthz"); w.Code != http.StatusOK {
		t.Errorf("/healthz is limited: %d", w.Code)
	}
	if w := ask("192.0.2.2:5000", "/api/entities?limit=1"); w.Code != http.StatusOK {
		t.Errorf("another client: %d", w.Code)
	}
}

// TestMetrics: /metrics counts requests by route and status.
func TestMetrics(t *testing.T) {
	exampleServer(t)
	srv := httptest.NewServer(New(examplesAPI.st))
	defer srv.Close()
	for _, p := range []string{"/api/entities?limit=1", "/api/entities/no-such-id", "/"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`dateline_http_requests_total{code="200",route="GET /api/entities"} 1`,
		`dateline_http_requests_total{code="404",route="GET /api/entities/{id}"} 1`,
		`dateline_http_request_duration_seconds_bucket`,
		`go_goroutines`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
