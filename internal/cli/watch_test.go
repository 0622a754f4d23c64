package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const rssHead = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour.example/</link>`

func rssItem(n int) string {
	return fmt.Sprintf(`<item><title>Ferry update %[1]d</title><link>https://harbour.example/2021/03/0%[1]d/ferry</link><guid>ferry-%[1]d</guid>
<pubDate>Mon, 0%[1]d Mar 2021 09:00:00 GMT</pubDate><description>&lt;p&gt;Ferries on route %[1]d run every %[1]d0 minutes from Monday, the operator said.&lt;/p&gt;</description></item>`, n)
}

// TestWatchIngestsNewItemsOnly serves a feed that gains an item between
// polls; watch must ingest each item once and revalidate with ETags.
func TestWatchIngestsNewItemsOnly(t *testing.T) {
	var mu sync.Mutex
	items := 2
	var conditional, notModified int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		etag := fmt.Sprintf(`"v%d"`, items)
		if r.Header.Get("If-None-Match") != "" {
			conditional++
		}
		if r.Header.Get("If-None-Match") == etag {
			notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(rssHead)
		for i := 1; i <= items; i++ {
			b.WriteString(rssItem(i))
		}
		b.WriteString("</channel></rss>")
		fmt.Fprint(w, b.String())
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "watch.db")
	poll := func() string {
		_, stderr, code := run(t, "--db", db, "watch", "--rounds", "1", "--every", "1ms", "--allow-private", "--host-delay", "0", srv.URL+"/rss")
		if code != 0 {
			t.Fatalf("watch: exit %d: %s", code, stderr)
		}
		return stderr
	}
	poll()
	poll() // unchanged: 304
	mu.Lock()
	items = 3
	mu.Unlock()
	log := poll()
	if !strings.Contains(log, srv.URL) {
		t.Errorf("poll log does not name the feed: %q", log)
	}
	posts := exportPosts(t, db)
	if len(posts) != 3 {
		t.Fatalf("%d posts stored, want 3 (each item once)", len(posts))
	}
	if conditional != 2 || notModified != 1 {
		t.Errorf("conditional requests %d (304s %d), want 2 (1)", conditional, notModified)
	}
}
