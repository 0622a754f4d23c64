package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest/guard"
)

func gzipOf(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(int64(n))).Read(b)
	return b
}

// warcRecord renders one WARC record; an HTTP response when payload is
// not nil, with the given HTTP headers.
func warcRecord(typ, uri string, payload []byte, headers ...string) []byte {
	block := []byte("software: test\r\n")
	ctype := "application/warc-fields"
	if payload != nil {
		ctype = "application/http; msgtype=response"
		block = append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"+strings.Join(append(headers, ""), "\r\n")+"\r\n"), payload...)
	}
	return append([]byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2020-01-02T03:04:05Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, ctype, len(block))),
		append(block, "\r\n\r\n"...)...)
}

const okPage = "<html><head><title>Dam holds</title></head><body><article><p>The dam held overnight, officials said.</p></article></body></html>"

// TestReadHostile: bombs stop their input with an error naming it (what
// was read before stands); binary data and oversized payloads are errors
// for their document or record, and the rest of the input goes on.
func TestReadHostile(t *testing.T) {
	record := `{"url":"https://wire.example/a","text":"The dam held overnight."}` + "\n"
	newlines := bytes.Repeat([]byte("\n"), guard.Window+1<<20)
	tests := []struct {
		name string
		data []byte
		docs int
		err  []string // substrings of the error; nil for none
	}{
		{"wire.jsonl.gz", gzipOf(append([]byte(record), newlines...)), 1, []string{"\"wire.jsonl.gz\": ", "decompression bomb"}},
		{"zeros.txt.gz", gzipOf(make([]byte, 2<<20)), 0, []string{"\"zeros.txt.gz\": too large"}},
		{"deep.txt.gz", gzipOf(gzipOf(gzipOf([]byte("Text.")))), 0, []string{"\"deep.txt.gz\": ", "gzip inside gzip"}},
		{"two.txt.gz", gzipOf(gzipOf([]byte("Text."))), 1, nil},
		{"random.txt", randomBytes(5000), 0, []string{"\"random.txt\": binary data, not text"}},
		{"random.txt.gz", gzipOf(randomBytes(5000)), 0, []string{"\"random.txt.gz\": binary data, not text"}},
		{"garbage.jsonl", []byte(record + `{"text":"\u0001\u0002\u0003\u0004 \u0000\u0005"}` + "\n" + record), 2, []string{"\"garbage.jsonl\": ", "line 2: binary data, not text"}},
		{"feed.json", []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[
			{"id":"1","url":"https://wire.example/1","title":"Dam holds","content_text":"The dam held."},
			{"id":"2","url":"https://wire.example/2","title":"Junk","content_text":"\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008"}]}`),
			1, []string{"\"feed.json\": ", "item 2 (https://wire.example/2): binary data, not text"}},
		{"crawl.warc", append(append(
			warcRecord("response", "https://a.example/bomb", gzipOf(make([]byte, 2<<20)), "Content-Encoding: gzip"),
			warcRecord("response", "https://a.example/empty", []byte(" \r\n"))...),
			warcRecord("response", "https://a.example/ok", gzipOf([]byte(okPage)), "Content-Encoding: gzip")...),
			1, []string{"\"crawl.warc\": ", "(https://a.example/bomb): payload too large once decoded", "(https://a.example/empty): empty payload"}},
	}
	for _, tt := range tests {
		var docs []domain.Document
		err := Read(context.Background(), ReaderInput(tt.name, bytes.NewReader(tt.data)), Options{MaxDocBytes: 1 << 20}, func(d domain.Document) error {
			docs = append(docs, d)
			return nil
		})
		if len(docs) != tt.docs {
			t.Errorf("%s: %d documents, want %d (error %v)", tt.name, len(docs), tt.docs, err)
		}
		if tt.err == nil {
			if err != nil {
				t.Errorf("%s: error %v", tt.name, err)
			}
			continue
		}
		for _, want := range tt.err {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %v, want one containing %q", tt.name, err, want)
			}
		}
	}
}

// TestReadEmpty: an input without a document is ErrEmpty in every format.
func TestReadEmpty(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"zero.txt", nil},
		{"zero.html", nil},
		{"zero.jsonl", nil},
		{"space.txt", []byte(" \n\t\r\n  ")},
		{"bom.txt", []byte("\xef\xbb\xbf")},
		{"bom16.txt", []byte("\xff\xfe")},
		{"space.html", []byte("\n\n   \n")},
		{"bom.html", []byte("\xef\xbb\xbf \n")},
		{"blank.jsonl", []byte("\n\n\r\n\n")},
		{"space.rss", []byte(" \n\n ")},
		{"space.warc", []byte("\r\n\r\n")},
		{"empty.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link></channel></rss>`)},
		{"empty.json", []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[]}`)},
		{"info.warc", warcRecord("warcinfo", "", nil)},
		{"info.warc.gz", gzipOf(warcRecord("warcinfo", "", nil))},
		{"empty.txt.gz", gzipOf(nil)},
		{"-", nil},
	}
	for _, tt := range tests {
		n := 0
		err := Read(context.Background(), ReaderInput(tt.name, bytes.NewReader(tt.data)), Options{}, func(domain.Document) error {
			n++
			return nil
		})
		if !errors.Is(err, ErrEmpty) || err.Error() != strconv.Quote(tt.name)+": empty input (no documents)" || n != 0 {
			t.Errorf("%s: %d documents, error %v; want ErrEmpty", tt.name, n, err)
		}
	}
}

// TestReadOutlet: Options.Outlet is the outlet of documents that name
// none; records and feeds that name theirs keep it.
func TestReadOutlet(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []string
	}{
		{"story.txt", "Dam holds\n\nThe dam held overnight.\n", []string{"Desk"}},
		{"wire.jsonl", `{"text":"The dam held.","outlet":"WNA"}` + "\n" + `{"text":"Levels fell."}`, []string{"WNA", "Desk"}},
		{"feed.json", `{"version":"https://jsonfeed.org/version/1.1","title":"River Wire","items":[{"id":"1","content_text":"The dam held."}]}`, []string{"River Wire"}},
		{"page.html", okPage, []string{"Desk"}}, // a page's own outlet is found when it is extracted
	}
	for _, tt := range tests {
		var got []string
		err := Read(context.Background(), ReaderInput(tt.name, strings.NewReader(tt.data)), Options{Outlet: "Desk"}, func(d domain.Document) error {
			got = append(got, d.Outlet)
			return nil
		})
		if err != nil || strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: outlets %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}
