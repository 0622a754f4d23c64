package warc

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The fixtures under testdata/ are produced by this file: go test -run
// TestFixtures -update rewrites them, and without -update the test checks
// that the committed files are what the code below produces.

var update = flag.Bool("update", false, "rewrite testdata fixtures")

type fixtureRecord struct {
	typ, uri, date, contentType string
	block                       string
}

// record renders one WARC record with CRLF line ends.
func (f fixtureRecord) bytes(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", f.typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", n)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", f.date)
	if f.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", f.uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n", f.contentType)
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(f.block))
	b.WriteString(f.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(status string, headers []string, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + strings.Join(headers, "\r\n") + "\r\n\r\n" + body
}

func page(title, para string) string {
	return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
		"</title></head>\n<body><article><h1>" + title + "</h1>\n<p>" + para + "</p></article></body></html>\n"
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func chunked(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 40)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

const httpMsg = "application/http; msgtype=response"

// sampleRecords are eight records of the kinds a news crawl holds; three of
// them (2, 6, 7) are HTML pages Next must return.
var sampleRecords = []fixtureRecord{
	{typ: "warcinfo", date: "2016-11-02T10:00:00Z", contentType: "application/warc-fields",
		block: "software: dateline-fixture\r\nformat: WARC File Format 1.0\r\n"},
	{typ: "request", uri: "https://news.example.org/2016/11/02/harbour-strike", date: "2016-11-02T10:00:01Z",
		contentType: "application/http; msgtype=request",
		block:       "GET /2016/11/02/harbour-strike HTTP/1.1\r\nHost: news.example.org\r\n\r\n"},
	{typ: "response", uri: "https://news.example.org/2016/11/02/harbour-strike", date: "2016-11-02T10:00:01Z",
		contentType: httpMsg,
		block: httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8", "Server: fixture"},
			page("Harbour strike enters second week", "Dock workers at Harbour City have now been on strike for eight days."))},
	{typ: "response", uri: "https://news.example.org/img/strike.jpg", date: "2016-11-02T10:00:02Z",
		contentType: httpMsg,
		block:       httpResponse("200 OK", []string{"Content-Type: image/jpeg"}, "\xff\xd8\xff\xe0fakejpegdata")},
	{typ: "response", uri: "https://news.example.org/missing", date: "2016-11-02T10:00:03Z",
		contentType: httpMsg,
		block:       httpResponse("404 Not Found", []string{"Content-Type: text/html"}, page("Not found", "Sorry."))},
	{typ: "metadata", uri: "https://news.example.org/2016/11/02/harbour-strike", date: "2016-11-02T10:00:03Z",
		contentType: "application/warc-fields", block: "fetchTimeMs: 212\r\n"},
	{typ: "response", uri: "<https://gazette.example.net/2016/11/03/rail-line-reopens>", date: "2016-11-03T07:46:10.5Z",
		contentType: httpMsg,
		block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"},
			chunked(gzipped(page("Rail line reopens after landslip", "Trains are running again between Millbrook and Ashford."))))},
	{typ: "response", uri: "https://record.example.com/2016/11/04/bridge-closure", date: "2016-11-04T14:20:00Z",
		contentType: httpMsg,
		block: httpResponse("200 OK", []string{"content-type: application/xhtml+xml"},
			page("Bridge closure and diversions", "The North Bridge will close for repairs from Monday."))},
}

// wantURIs are the pages Next returns from the sample.
var wantURIs = []string{
	"https://news.example.org/2016/11/02/harbour-strike",
	"https://gazette.example.net/2016/11/03/rail-line-reopens",
	"https://record.example.com/2016/11/04/bridge-closure",
}

func plainWARC(recs []fixtureRecord) []byte {
	var b bytes.Buffer
	for i, r := range recs {
		b.Write(r.bytes(i))
	}
	return b.Bytes()
}

// gzipWARC writes one gzip member per record, as CC-NEWS does, and returns
// the member offsets too.
func gzipWARC(recs []fixtureRecord) ([]byte, []int) {
	var b bytes.Buffer
	var offs []int
	for i, r := range recs {
		offs = append(offs, b.Len())
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zw.Write(r.bytes(i))
		zw.Close()
	}
	return b.Bytes(), offs
}

// fixtures builds every testdata file.
func fixtures() map[string][]byte {
	files := map[string][]byte{}
	plain := plainWARC(sampleRecords)
	gz, offs := gzipWARC(sampleRecords)
	files["sample.warc"] = plain
	files["sample.warc.gz"] = gz

	// Truncated downloads: the last record cut in the middle of its block.
	last := sampleRecords[len(sampleRecords)-1].bytes(len(sampleRecords) - 1)
	files["truncated.warc"] = plain[:len(plain)-len(last)/2]
	files["truncated.warc.gz"] = gz[:offs[len(offs)-1]+(len(gz)-offs[len(offs)-1])/2]

	// Corrupt middle records, plain: record 2 (the first page) claims a
	// Content-Length 300 bytes too long, so its block swallows the start of
	// record 3; and record 5 has a broken header line.
	var p bytes.Buffer
	for i, r := range sampleRecords {
		rec := r.bytes(i)
		switch i {
		case 2:
			rec = bytes.Replace(rec, []byte(fmt.Sprintf("Content-Length: %d", len(r.block))),
				[]byte(fmt.Sprintf("Content-Length: %d", len(r.block)+300)), 1)
		case 5:
			rec = bytes.Replace(rec, []byte("WARC-Type: metadata"), []byte("WARC-Type metadata"), 1)
		}
		p.Write(rec)
	}
	files["corrupt-middle.warc"] = p.Bytes()

	// Corrupt middle member, gzip: bytes in the deflate data of member 2
	// (the first page) overwritten.
	c := append([]byte(nil), gz...)
	mid := offs[2] + (offs[3]-offs[2])/2
	for i := mid; i < mid+16; i++ {
		c[i] ^= 0x5a
	}
	files["corrupt-middle.warc.gz"] = c

	// Garbage between two members (a partial write resumed).
	g := append([]byte(nil), gz[:offs[3]]...)
	g = append(g, "\x1f\x8bgarbage that is not a gzip member\x00\x00"...)
	g = append(g, gz[offs[3]:]...)
	files["garbage-between.warc.gz"] = g

	// Member 2's CRC-32 trailer wrong: the data decodes but cannot be trusted.
	crc := append([]byte(nil), gz...)
	crc[offs[3]-8] ^= 0xff
	files["bad-crc.warc.gz"] = crc

	// Member 2's gzip header damaged (compression method 7 instead of 8).
	hd := append([]byte(nil), gz...)
	hd[offs[2]+2] = 7
	files["bad-header.warc.gz"] = hd
	return files
}

func TestFixtures(t *testing.T) {
	for name, want := range fixtures() {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestFixtures -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale (run go test -run TestFixtures -update)", name)
		}
	}
}
