package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// local returns a client allowed to reach the httptest server, without the
// per-host delay unless a test asks for it.
func local(t *testing.T, opts Options) *Client {
	t.Helper()
	opts.AllowPrivate = true
	if opts.PerHostDelay == 0 {
		opts.PerHostDelay = -1
	}
	return New(opts)
}

func TestGetBasics(t *testing.T) {
	var gotUA, gotAE string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		gotAE = r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 31 Oct 2016 14:02:00 GMT")
		body := "<rss>hello</rss>"
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			fmt.Fprint(zw, body)
			zw.Close()
			return
		}
		fmt.Fprint(w, body)
	}))
	defer srv.Close()

	c := local(t, Options{})
	resp, err := c.Get(context.Background(), srv.URL+"/feed", Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if gotUA != DefaultUserAgent {
		t.Errorf("User-Agent = %q", gotUA)
	}
	if !strings.Contains(gotAE, "gzip") {
		t.Errorf("Accept-Encoding = %q, want gzip", gotAE)
	}
	if string(resp.Body) != "<rss>hello</rss>" {
		t.Errorf("body = %q (gzip not decoded?)", resp.Body)
	}
	if resp.ETag != `"v1"` || resp.LastModified == "" || resp.Status != 200 || resp.NotModified {
		t.Errorf("resp = %+v", resp)
	}
	if !strings.HasPrefix(resp.ContentType, "application/rss+xml") {
		t.Errorf("content type %q", resp.ContentType)
	}
}

func TestConditionalGet(t *testing.T) {
	var gotINM, gotIMS string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotINM = r.Header.Get("If-None-Match")
		gotIMS = r.Header.Get("If-Modified-Since")
		if gotINM == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "body")
	}))
	defer srv.Close()
	c := local(t, Options{})
	resp, err := c.Get(context.Background(), srv.URL, Conditional{})
	if err != nil || resp.NotModified {
		t.Fatalf("first: %+v %v", resp, err)
	}
	cond := Conditional{ETag: resp.ETag, LastModified: "Mon, 31 Oct 2016 14:02:00 GMT"}
	resp, err = c.Get(context.Background(), srv.URL, cond)
	if err != nil {
		t.Fatal(err)
	}
	if !resp.NotModified || resp.Body != nil || resp.Status != 304 {
		t.Errorf("second: %+v", resp)
	}
	if gotINM != `"v1"` || gotIMS != cond.LastModified {
		t.Errorf("sent If-None-Match %q If-Modified-Since %q", gotINM, gotIMS)
	}
	if resp.ETag != `"v1"` {
		t.Errorf("304 lost the ETag: %q", resp.ETag)
	}
}

func TestLimits(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 2000))
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 20; i++ {
			w.Write(bytes.Repeat([]byte("x"), 100))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := local(t, Options{MaxBytes: 1000, MaxRedirects: 3})
	ctx := context.Background()
	for _, path := range []string{"/big", "/bigchunked"} {
		if _, err := c.Get(ctx, srv.URL+path, Conditional{}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: err = %v, want ErrTooLarge", path, err)
		}
	}
	if _, err := c.Get(ctx, srv.URL+"/loop", Conditional{}); err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("redirect loop: err = %v", err)
	}
	resp, err := c.Get(ctx, srv.URL+"/hop", Conditional{})
	if err != nil || resp.FinalURL != srv.URL+"/ok" || string(resp.Body) != "ok" {
		t.Errorf("one redirect: %+v %v", resp, err)
	}
	var se *StatusError
	if _, err := c.Get(ctx, srv.URL+"/gone", Conditional{}); !errors.As(err, &se) || se.Status != 410 {
		t.Errorf("410: err = %v", err)
	}
	if _, err := c.Get(ctx, "ftp://example.org/x", Conditional{}); err == nil {
		t.Error("ftp scheme accepted")
	}
}

func TestPrivateRefused(t *testing.T) {
	hit := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hit = true }))
	defer srv.Close()
	_, port, _ := strings.Cut(srv.Listener.Addr().String(), ":")

	c := New(Options{PerHostDelay: -1})
	// A literal loopback IP, and a name that resolves to it: the check is on
	// the dialled address, so both are refused.
	for _, u := range []string{srv.URL, "http://localhost:" + port + "/"} {
		_, err := c.Get(context.Background(), u, Conditional{})
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: err = %v, want ErrPrivateAddress", u, err)
		}
	}
	if hit {
		t.Error("server was reached")
	}
}

func TestIsPublic(t *testing.T) {
	for _, tc := range []struct {
		addr string
		want bool
	}{
		{"93.184.216.34", true},
		{"2606:4700::6810:85e5", true},
		{"127.0.0.1", false},
		{"::1", false},
		{"::ffff:127.0.0.1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"100.64.0.1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"fd00::1", false},
		{"fe80::1", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"8.8.8.8", true},
		{"2a00:1450:4001:82b::200e", true},
		{"64:ff9b::7f00:1", false},  // NAT64 of 127.0.0.1
		{"64:ff9b::808:808", false}, // NAT64 of a public address: still a translator
		{"64:ff9b:1::1", false},     // local-use NAT64
		{"2002:7f00:1::", false},    // 6to4 of 127.0.0.1
		{"::7f00:1", false},         // IPv4-compatible 127.0.0.1
		{"::808:808", false},        // IPv4-compatible, public inside
		{"100::1", false},           // discard-only
		{"2001::1", false},          // Teredo
		{"2001:db8::1", false},      // documentation
		{"3fff::1", false},          // documentation
		{"192.88.99.1", false},      // 6to4 relay
		{"ff02::1", false},
		{"fc00::1", false},
	} {
		if got := IsPublic(netip.MustParseAddr(tc.addr)); got != tc.want {
			t.Errorf("IsPublic(%s) = %v, want %v", tc.addr, got, tc.want)
		}
	}
}

func TestPerHostDelay(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	c := local(t, Options{PerHostDelay: 2 * time.Second})
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	var slept []time.Duration
	c.now = func() time.Time { return now }
	c.sleep = func(ctx context.Context, d time.Duration) error {
		slept = append(slept, d)
		now = now.Add(d)
		return nil
	}
	for i := 0; i < 3; i++ {
		if _, err := c.Get(context.Background(), srv.URL, Conditional{}); err != nil {
			t.Fatal(err)
		}
		now = now.Add(500 * time.Millisecond) // the request itself took a while
	}
	want := []time.Duration{1500 * time.Millisecond, 1500 * time.Millisecond}
	if fmt.Sprint(slept) != fmt.Sprint(want) {
		t.Errorf("slept %v, want %v", slept, want)
	}

	// A cancelled context stops the wait.
	c.sleep = sleepCtx
	c.now = time.Now
	c.next = map[string]time.Time{"127.0.0.1": time.Now().Add(time.Hour)}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx, srv.URL, Conditional{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want deadline exceeded", err)
	}
}
