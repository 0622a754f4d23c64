// Command warcgen writes a large CC-NEWS-style WARC.gz for benchmarking the
// WARC reader, and reads one back to measure it.
//
// Generate (the pages are the ScrapingHub DEV pages of the shared
// evaluation data; output goes outside the repository, never committed):
//
//	go run ./bench/warcgen -out /tmp/bench.warc.gz -size 1GiB
//
// Each capture is a request, a response and a metadata record, one gzip
// member per record (default compression), as Common Crawl writes them;
// pages are repeated round-robin with a distinct URL, date and record ID.
//
// Measure the reader alone (every HTML payload is read to the end, nothing
// else is done with it):
//
//	go build -o /tmp/warcgen ./bench/warcgen
//	/usr/bin/time -v /tmp/warcgen -read /tmp/bench.warc.gz
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/warc"
)

func main() {
	src := flag.String("src", "", "directory of *.html.gz pages (default: ../shared/eval/extraction/scrapinghub/html beside the repository)")
	out := flag.String("out", "", "WARC.gz file to write")
	size := flag.String("size", "1GiB", "stop once the output is at least this large (e.g. 200MiB, 1GiB)")
	read := flag.String("read", "", "read this WARC(.gz) with internal/warc and report throughput instead")
	vary := flag.Bool("vary", true, "make every capture a distinct document (its first paragraph names the capture), as syndicated copies are; false repeats the pages byte for byte")
	flag.Parse()

	var err error
	switch {
	case *read != "":
		err = readBench(*read)
	case *out != "":
		err = generate(*src, *out, *size, *vary)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "warcgen:", err)
		os.Exit(1)
	}
}

type page struct {
	url  string
	html []byte
}

func generate(src, out, sizeFlag string, vary bool) error {
	limit, err := parseSize(sizeFlag)
	if err != nil {
		return err
	}
	if src == "" {
		root, err := repoRoot()
		if err != nil {
			return err
		}
		src = filepath.Join(root, "..", "shared", "eval", "extraction", "scrapinghub", "html")
	}
	pages, err := loadPages(src)
	if err != nil {
		return err
	}

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	cw := &countWriter{w: bufio.NewWriterSize(f, 1<<20)}
	zw := gzip.NewWriter(cw)
	member := func(rec []byte) error {
		zw.Reset(cw)
		if _, err := zw.Write(rec); err != nil {
			return err
		}
		return zw.Close()
	}

	start := time.Now()
	base := time.Date(2016, 11, 1, 0, 0, 0, 0, time.UTC)
	id := 0
	if err := member(record("warcinfo", "", base, &id, "application/warc-fields",
		[]byte("software: dateline bench/warcgen\r\nformat: WARC File Format 1.0\r\n"))); err != nil {
		return err
	}
	var uncompressed int64
	n := 0
	for cw.n < limit {
		p := pages[n%len(pages)]
		url := fmt.Sprintf("%s?capture=%d", p.url, n)
		when := base.Add(time.Duration(n) * 7 * time.Second)
		host := hostOf(p.url)

		req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: bench\r\nAccept: text/html\r\n\r\n", pathOf(p.url), host)
		resp := make([]byte, 0, len(p.html)+400)
		resp = append(resp, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"...)
		resp = append(resp, "Date: "+when.Format(time.RFC1123)+"\r\n"...)
		resp = append(resp, "X-Crawler-Content-Encoding: gzip\r\n"...)
		html := p.html
		if vary {
			html = bytes.Replace(html, []byte("</p>"), []byte(fmt.Sprintf(" (Capture %d.)</p>", n)), 1)
		}
		resp = append(resp, "Content-Length: "+strconv.Itoa(len(html))+"\r\n\r\n"...)
		resp = append(resp, html...)
		meta := fmt.Sprintf("fetchTimeMs: %d\r\n", 100+n%900)

		for _, r := range [][]byte{
			record("request", url, when, &id, "application/http; msgtype=request", []byte(req)),
			record("response", url, when, &id, "application/http; msgtype=response", resp),
			record("metadata", url, when, &id, "application/warc-fields", []byte(meta)),
		} {
			uncompressed += int64(len(r))
			if err := member(r); err != nil {
				return err
			}
		}
		n++
	}
	if err := cw.w.(*bufio.Writer).Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Printf("wrote %s: %d captures (%d pages), %.1f MB compressed, %.1f MB uncompressed, %.1fs\n",
		out, n, len(pages), float64(cw.n)/1e6, float64(uncompressed)/1e6, el.Seconds())
	return nil
}

func record(typ, uri string, when time.Time, id *int, contentType string, block []byte) []byte {
	*id++
	var b strings.Builder
	b.WriteString("WARC/1.0\r\n")
	b.WriteString("WARC-Type: " + typ + "\r\n")
	b.WriteString("WARC-Date: " + when.Format(time.RFC3339) + "\r\n")
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-%012x>\r\n", *id, *id)
	if uri != "" {
		b.WriteString("WARC-Target-URI: " + uri + "\r\n")
	}
	if typ == "response" {
		b.WriteString("WARC-Identified-Payload-Type: text/html\r\n")
	}
	b.WriteString("Content-Type: " + contentType + "\r\n")
	b.WriteString("Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n")
	out := make([]byte, 0, b.Len()+len(block)+4)
	out = append(out, b.String()...)
	out = append(out, block...)
	return append(out, "\r\n\r\n"...)
}

func loadPages(dir string) ([]page, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no *.html.gz pages in %s", dir)
	}
	sort.Strings(names)
	urls := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(dir, "..", "ground-truth.json")); err == nil {
		var gt map[string]struct {
			URL string `json:"url"`
		}
		if json.Unmarshal(b, &gt) == nil {
			for id, v := range gt {
				urls[id] = v.URL
			}
		}
	}
	var pages []page
	for _, name := range names {
		id := strings.TrimSuffix(filepath.Base(name), ".html.gz")
		html, err := gunzipFile(name)
		if err != nil {
			return nil, err
		}
		u := urls[id]
		if u == "" {
			u = "https://bench.example.org/" + id
		}
		pages = append(pages, page{url: u, html: html})
	}
	return pages, nil
}

func gunzipFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return io.ReadAll(zr)
}

// readBench drains every HTML record of a WARC and reports throughput.
func readBench(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	start := time.Now()
	r := warc.NewReader(f)
	var payload int64
	recErrs := 0
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			recErrs++
			continue
		}
		if err != nil {
			return err
		}
		n, err := io.Copy(io.Discard, rec.Body)
		if err != nil {
			return err
		}
		payload += n
	}
	el := time.Since(start).Seconds()
	st := r.Stats()
	fmt.Printf("read %s: %d records, %d HTML, %d errors, %.1f MB compressed in %.1fs = %.1f MB/s compressed, %.1f MB/s of HTML payload\n",
		path, st.Records, st.HTML, recErrs, float64(info.Size())/1e6, el, float64(info.Size())/1e6/el, float64(payload)/1e6/el)
	return nil
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.m
			break
		}
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(n * float64(mult)), nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory; pass -src")
		}
		dir = parent
	}
}

func hostOf(u string) string {
	s := u[strings.Index(u, "://")+3:]
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return s[:i]
	}
	return s
}

func pathOf(u string) string {
	s := u[strings.Index(u, "://")+3:]
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return s[i:]
	}
	return "/"
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
