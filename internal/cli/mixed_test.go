package cli

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const pageHTML = `<!DOCTYPE html><html lang="en"><head><title>Dam operator admits warnings were missed | Northgate Herald</title>
<meta property="og:site_name" content="Northgate Herald">
<meta property="article:published_time" content="2019-03-15T08:00:00Z">
<meta property="article:modified_time" content="2019-03-20T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Dam operator admits warnings were missed</h1>
<p>The operator of the Halden dam admitted on Friday that three warnings about its spillway had been missed in the weeks before the flood.</p>
<figure><img src="dam.jpg"><figcaption>The spillway after the flood. Photograph: Ana Ruiz/WNA</figcaption></figure>
<p>"We did not act on them, and we should have," the operator's chief executive, Rolf Vance, told reporters at a briefing in the capital.</p>
<p>The regional assembly will open an inquiry into the warnings next month, its speaker said, and ministers will be called to give evidence.</p>
<p>Residents of the valley said they had been told nothing about the warnings until the water reached their homes on Tuesday night.</p>
</article><footer><p>Share this article</p><p>Sign up to our newsletter</p></footer></body></html>`

// warcRecord is one gzip member holding a WARC response record.
func warcRecord(uri, date, html string) []byte {
	payload := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		uri, date, len(uri), len(payload), payload)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(rec))
	zw.Close()
	return b.Bytes()
}

// TestIngestMixedFormats ingests text, HTML, a feed and a WARC whose last
// record is truncated, in one call.
func TestIngestMixedFormats(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(fmt.Sprintf(scrape, 4)))
	writeFile(t, filepath.Join(dir, "page.html"), []byte(pageHTML))
	writeFile(t, filepath.Join(dir, "feed.rss"), []byte(rssHead+rssItem(1)+rssItem(2)+"</channel></rss>"))
	var w bytes.Buffer
	w.Write(warcRecord("https://www.coastline.example/2019/03/16/levels", "2019-03-16T10:00:00Z",
		strings.Replace(pageHTML, "Halden dam", "Marren weir", -1)))
	w.Write(warcRecord("https://www.coastline.example/2019/03/17/relief", "2019-03-17T10:00:00Z",
		strings.Replace(pageHTML, "three warnings", "five warnings", -1)))
	last := warcRecord("https://www.coastline.example/2019/03/18/cut", "2019-03-18T10:00:00Z", pageHTML)
	w.Write(last[:len(last)/2])
	writeFile(t, filepath.Join(dir, "crawl.warc.gz"), w.Bytes())

	db := filepath.Join(t.TempDir(), "mixed.db")
	out, stderr, code := run(t, "--db", db, "ingest", dir)
	if code != ExitFailed {
		t.Errorf("exit %d, want 1 for the truncated record; stderr %s", code, stderr)
	}
	if !strings.Contains(stderr, "crawl.warc.gz") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("want one error line naming the WARC, got:\n%s", stderr)
	}
	if docs, _ := summaryCounts(t, out); docs != 1+1+2+2 {
		t.Errorf("stored %d documents, want 6 (text, page, 2 feed items, 2 WARC records)", docs)
	}
	docsOut, _, _ := run(t, "--db", db, "export", "--what", "documents")
	for _, want := range []string{`"format":"html"`, `"format":"feed"`, `"format":"warc"`, `"format":"txt"`, `"outlet":"Northgate Herald"`, `"published":"2019-03-15T08:00:00Z"`} {
		if !strings.Contains(docsOut, want) {
			t.Errorf("documents export lacks %s", want)
		}
	}
	for _, p := range exportPosts(t, db) {
		if strings.Contains(p.Text, "Photograph:") || strings.Contains(p.Text, "newsletter") || strings.Contains(p.Text, "Share this") {
			t.Errorf("page furniture in post text: %q", p.Text)
		}
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatal(err)
	}
}
