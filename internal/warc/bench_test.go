package warc

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// benchRecords is a capture sequence like CC-NEWS's: request, response
// (a ~60 KB page), metadata.
func benchRecords(n int) []fixtureRecord {
	body := page("Benchmark page", strings.Repeat("Dock workers at Harbour City have now been on strike for eight days. ", 900))
	var recs []fixtureRecord
	for i := 0; i < n; i++ {
		uri := "https://news.example.org/2016/11/02/story-" + strings.Repeat("x", i%7)
		recs = append(recs,
			fixtureRecord{typ: "request", uri: uri, date: "2016-11-02T10:00:01Z", contentType: "application/http; msgtype=request",
				block: "GET / HTTP/1.1\r\nHost: news.example.org\r\n\r\n"},
			fixtureRecord{typ: "response", uri: uri, date: "2016-11-02T10:00:01Z", contentType: httpMsg,
				block: httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8"}, body)},
			fixtureRecord{typ: "metadata", uri: uri, date: "2016-11-02T10:00:01Z", contentType: "application/warc-fields",
				block: "fetchTimeMs: 212\r\n"})
	}
	return recs
}

func benchRead(b *testing.B, data []byte, uncompressed int) {
	b.SetBytes(int64(uncompressed))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := NewReader(bytes.NewReader(data))
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, rec.Body)
		}
	}
}

// BenchmarkReader reports MB/s of uncompressed WARC.
func BenchmarkReader(b *testing.B) {
	recs := benchRecords(50)
	plain := plainWARC(recs)
	b.Run("plain", func(b *testing.B) { benchRead(b, plain, len(plain)) })
	gz, _ := gzipWARC(recs)
	b.Run("gzip", func(b *testing.B) { benchRead(b, gz, len(plain)) })
}
