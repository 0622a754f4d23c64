package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/fetch"
)

// fakeClock advances only when slept on.
type fakeClock struct {
	now    time.Time
	slept  []time.Duration
	cancel context.CancelFunc // if set, called on the first Sleep
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
	if c.cancel != nil {
		c.cancel()
	}
	return ctx.Err()
}

func newClock() *fakeClock { return &fakeClock{now: time.Date(2016, 11, 6, 12, 0, 0, 0, time.UTC)} }

// feedServer serves testdata/feed-v1.xml, then feed-v2.xml once switched,
// honouring If-None-Match, and records the validators it was sent.
type feedServer struct {
	mu      sync.Mutex
	version int
	inm     []string // If-None-Match of each /feed request
	*httptest.Server
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	fs := &feedServer{version: 1}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		v := fs.version
		fs.inm = append(fs.inm, r.Header.Get("If-None-Match"))
		fs.mu.Unlock()
		etag := fmt.Sprintf(`"v%d"`, v)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		body, err := os.ReadFile(filepath.Join("testdata", fmt.Sprintf("feed-v%d.xml", v)))
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(body)
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</title><item><title>cut`)
	})
	fs.Server = httptest.NewServer(mux) // listens on 127.0.0.1
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) set(v int) {
	fs.mu.Lock()
	fs.version = v
	fs.mu.Unlock()
}

// recorder is an Ingest that keeps what it was given.
type recorder struct {
	titles []string
	fail   error
}

func (r *recorder) ingest(_ context.Context, docs []domain.Document) error {
	if r.fail != nil {
		return r.fail
	}
	for _, d := range docs {
		r.titles = append(r.titles, d.Title)
	}
	return nil
}

func client() *fetch.Client {
	return fetch.New(fetch.Options{AllowPrivate: true, PerHostDelay: -1, Timeout: 5 * time.Second})
}

func TestOnlyNewItemsAndConditionalGet(t *testing.T) {
	srv := newFeedServer(t)
	rec := &recorder{}
	var log bytes.Buffer
	w, err := New(Options{State: NewMemoryState(), Ingest: rec.ingest, Fetch: client(), Clock: newClock(), Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	url := srv.URL + "/feed"

	r1 := w.Poll(ctx, url)
	if r1.Err != nil || r1.New != 2 || r1.Items != 2 || r1.Status != 200 {
		t.Fatalf("poll 1: %+v", r1)
	}
	r2 := w.Poll(ctx, url) // unchanged: the server answers 304
	if r2.Err != nil || !r2.NotModified || r2.New != 0 || r2.Status != 304 {
		t.Fatalf("poll 2: %+v", r2)
	}
	srv.set(2)
	r3 := w.Poll(ctx, url)
	if r3.Err != nil || r3.Items != 3 || r3.New != 1 {
		t.Fatalf("poll 3: %+v", r3)
	}
	r4 := w.Poll(ctx, url)
	if !r4.NotModified {
		t.Fatalf("poll 4: %+v", r4)
	}

	want := []string{"Council sets date for budget vote", "Ferry service suspended in high winds", "Budget vote: council leader warns of cuts"}
	if strings.Join(rec.titles, "|") != strings.Join(want, "|") {
		t.Errorf("ingested %q, want %q", rec.titles, want)
	}
	if got := strings.Join(srv.inm, ","); got != `,"v1","v1","v2"` {
		t.Errorf("If-None-Match sent: %s", got)
	}
}

func TestFailingFeedsDoNotStopOthers(t *testing.T) {
	srv := newFeedServer(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + "/feed"
	dead.Close() // connection refused from now on

	rec := &recorder{}
	var log bytes.Buffer
	clock := newClock()
	w, err := New(Options{State: NewMemoryState(), Ingest: rec.ingest, Fetch: client(), Clock: clock, Log: &log,
		Every: time.Minute, Rounds: 2})
	if err != nil {
		t.Fatal(err)
	}
	sources := []string{deadURL, srv.URL + "/down", srv.URL + "/broken", filepath.Join("testdata", "missing.xml"), srv.URL + "/feed"}
	if err := w.Run(context.Background(), sources); !errors.Is(err, ErrFeedsFailed) || !strings.Contains(err.Error(), "4 of 5 feeds") {
		t.Errorf("Run: %v, want 4 of 5 feeds failed", err)
	}
	if len(rec.titles) != 2 {
		t.Errorf("good feed: ingested %q", rec.titles)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if len(lines) != 2*len(sources) {
		t.Fatalf("%d log lines, want %d:\n%s", len(lines), 2*len(sources), log.String())
	}
	for i, want := range []string{"error", "503", "malformed feed", "no such file", "2 items, 2 new"} {
		if !strings.Contains(lines[i], want) || !strings.HasPrefix(lines[i], "2016-11-06T12:00:00Z poll ") {
			t.Errorf("log line %d = %q, want it to mention %q", i, lines[i], want)
		}
	}
	if !strings.Contains(lines[9], "not modified") {
		t.Errorf("second round, good feed: %q", lines[9])
	}
	if len(clock.slept) != 1 || clock.slept[0] != time.Minute {
		t.Errorf("slept %v, want one minute between two rounds", clock.slept)
	}
}

func TestIngestFailureIsRetried(t *testing.T) {
	srv := newFeedServer(t)
	rec := &recorder{fail: errors.New("database locked")}
	w, _ := New(Options{State: NewMemoryState(), Ingest: rec.ingest, Fetch: client(), Clock: newClock()})
	ctx := context.Background()
	url := srv.URL + "/feed"
	if r := w.Poll(ctx, url); r.Err == nil || !strings.Contains(r.Err.Error(), "database locked") {
		t.Fatalf("poll 1: %+v", r)
	}
	rec.fail = nil
	// Neither the GUIDs nor the ETag were saved: the feed is fetched in full
	// and both items are ingested now.
	if r := w.Poll(ctx, url); r.Err != nil || r.NotModified || r.New != 2 {
		t.Fatalf("poll 2: %+v", r)
	}
	if got := strings.Join(srv.inm, ","); got != "," {
		t.Errorf("If-None-Match sent: %q", got)
	}
}

func TestFileFeed(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	copyFile(t, filepath.Join("testdata", "feed-v1.xml"), path)
	rec := &recorder{}
	w, _ := New(Options{State: NewMemoryState(), Ingest: rec.ingest, Clock: newClock()})
	ctx := context.Background()
	if r := w.Poll(ctx, path); r.Err != nil || r.New != 2 {
		t.Fatalf("poll 1: %+v", r)
	}
	if r := w.Poll(ctx, path); !r.NotModified {
		t.Fatalf("poll 2: %+v", r)
	}
	copyFile(t, filepath.Join("testdata", "feed-v2.xml"), path)
	if r := w.Poll(ctx, path); r.Err != nil || r.New != 1 {
		t.Fatalf("poll 3: %+v", r)
	}
	if len(rec.titles) != 3 {
		t.Errorf("ingested %q", rec.titles)
	}
}

func TestFollow(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Teasers</title>
<item><title>Full story</title><link>%[1]s/a/1</link><description>Short teaser.</description><pubDate>Wed, 02 Nov 2016 07:30:00 +0000</pubDate></item>
<item><title>Gone story</title><link>%[1]s/a/2</link><description>Another teaser.</description></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>The whole article text.</p></body></html>")
	})
	page := func(r io.Reader, url, contentType string) (domain.Document, error) {
		b, _ := io.ReadAll(r)
		text := strings.TrimSuffix(strings.TrimPrefix(string(b), "<html><body><p>"), "</p></body></html>")
		return domain.Document{URL: url, Title: "Page title | Teasers", Raw: text, Kind: domain.KindArticle}, nil
	}
	var docs []domain.Document
	ingest := func(_ context.Context, d []domain.Document) error { docs = append(docs, d...); return nil }
	w, _ := New(Options{State: NewMemoryState(), Ingest: ingest, Fetch: client(), Clock: newClock(), Follow: page})
	r := w.Poll(context.Background(), srv.URL+"/feed")
	if r.Err != nil || r.New != 2 || r.FollowFails != 1 {
		t.Fatalf("poll: %+v", r)
	}
	if docs[0].Raw != "The whole article text." || docs[0].Title != "Full story" || docs[0].Format != "feed" ||
		docs[0].Published.IsZero() || docs[0].Source != srv.URL+"/a/1" {
		t.Errorf("followed doc: %+v", docs[0])
	}
	if docs[1].Raw != "Another teaser." {
		t.Errorf("unfollowable item should keep its feed text: %+v", docs[1])
	}
	if !strings.Contains(r.String(), "1 links not followed") {
		t.Errorf("log line %q", r.String())
	}
}

func TestRunStopsWithContext(t *testing.T) {
	srv := newFeedServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clock := newClock()
	clock.cancel = cancel
	rec := &recorder{}
	w, _ := New(Options{State: NewMemoryState(), Ingest: rec.ingest, Fetch: client(), Clock: clock})
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, []string{srv.URL + "/feed"}) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop when its context was cancelled")
	}
	if len(clock.slept) != 1 || clock.slept[0] != DefaultEvery {
		t.Errorf("slept %v", clock.slept)
	}

	if _, err := New(Options{Ingest: rec.ingest}); err == nil {
		t.Error("New without State accepted")
	}
	w2, _ := New(Options{State: NewMemoryState(), Ingest: rec.ingest})
	if err := w2.Run(context.Background(), nil); err == nil {
		t.Error("Run without feeds accepted")
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	// A distinct modification time even on coarse file systems.
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(to); err == nil {
		os.Chtimes(to, time.Now(), info.ModTime().Add(time.Duration(len(b))*time.Second))
	}
}
