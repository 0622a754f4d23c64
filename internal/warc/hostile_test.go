package warc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/ingest/guard"
)

// TestPayloadTooLarge: a payload whose content coding expands past
// MaxPayloadSize is reported with its record and skipped, never cut, and
// the records after it are read.
func TestPayloadTooLarge(t *testing.T) {
	zeros := string(make([]byte, 1<<20))
	small := page("Small", "A page that fits.")
	recs := []fixtureRecord{
		{typ: "response", uri: "https://a.example/bomb", date: "2016-11-02T10:00:00Z", contentType: httpMsg,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipped(zeros))},
		{typ: "response", uri: "https://a.example/chunked", date: "2016-11-02T10:00:00Z", contentType: httpMsg,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"}, chunked(gzipped(zeros)))},
		{typ: "response", uri: "https://a.example/fits", date: "2016-11-02T10:00:00Z", contentType: httpMsg,
			block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipped(small))},
	}
	for _, gz := range []bool{false, true} {
		data := plainWARC(recs)
		if gz {
			data, _ = gzipWARC(recs)
		}
		wr := NewReader(bytes.NewReader(data))
		wr.MaxPayloadSize = 64 << 10
		for _, uri := range []string{"a.example/bomb", "a.example/chunked"} {
			_, err := wr.Next()
			var re *RecordError
			if !errors.As(err, &re) || !errors.Is(err, ErrPayloadTooLarge) || !strings.Contains(err.Error(), uri) {
				t.Errorf("gz=%v: Next = %v, want an ErrPayloadTooLarge RecordError naming %s", gz, err, uri)
			}
		}
		rec, err := wr.Next()
		if err != nil {
			t.Fatalf("gz=%v: third Next = %v", gz, err)
		}
		if body, _ := io.ReadAll(rec.Body); string(body) != small {
			t.Errorf("gz=%v: body %q, want the decoded page", gz, body)
		}
		if _, err := wr.Next(); err != io.EOF {
			t.Errorf("gz=%v: want EOF, got %v", gz, err)
		}
	}
}

// TestBomb: a .warc.gz whose members expand like a decompression bomb is
// refused as a whole, after the records before the bomb.
func TestBomb(t *testing.T) {
	recs := []fixtureRecord{
		sampleRecords[2],
		{typ: "resource", uri: "https://a.example/zeros", date: "2016-11-02T10:00:00Z", contentType: "application/octet-stream",
			block: string(make([]byte, guard.Window+1<<20))},
		sampleRecords[6],
	}
	data, _ := gzipWARC(recs)
	wr := NewReader(bytes.NewReader(data))
	if rec, err := wr.Next(); err != nil || rec.TargetURI != wantURIs[0] {
		t.Fatalf("first Next = %v, %v", rec, err)
	}
	_, err := wr.Next()
	var re *RecordError
	if !errors.Is(err, guard.ErrBomb) || errors.As(err, &re) {
		t.Fatalf("second Next = %v, want a fatal ErrBomb", err)
	}
	if _, again := wr.Next(); again != err {
		t.Errorf("Next after the bomb = %v, want the same error", again)
	}
}
