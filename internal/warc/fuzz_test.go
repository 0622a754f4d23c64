package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/ingest/guard"
)

// FuzzReader: any input must be read to io.EOF without panics or endless
// loops, every damaged record reported as a RecordError with an offset
// inside the input, and no payload longer than MaxPayloadSize; only a
// decompression bomb may stop the reading.
func FuzzReader(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Add(plainWARC([]fixtureRecord{{typ: "response", uri: "https://a.example/z", date: "2016-11-02T10:00:00Z", contentType: httpMsg,
		block: httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipped(string(make([]byte, 1<<17))))}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, seekable := range []bool{true, false} {
			var in io.Reader = bytes.NewReader(data)
			if !seekable {
				in = struct{ io.Reader }{in}
			}
			wr := NewReader(in)
			wr.MaxRecordSize = 1 << 16
			wr.MaxPayloadSize = 1 << 16
			for n := 0; ; n++ {
				if n > len(data)+10 {
					t.Fatalf("more Next calls (%d) than input bytes", n)
				}
				rec, err := wr.Next()
				if err == io.EOF {
					break
				}
				var re *RecordError
				if errors.As(err, &re) {
					if re.Offset < 0 || re.Offset > int64(len(data)) {
						t.Fatalf("error offset %d outside input of %d bytes", re.Offset, len(data))
					}
					continue
				}
				if errors.Is(err, guard.ErrBomb) {
					break
				}
				if err != nil {
					t.Fatalf("non-record error from an in-memory reader: %v", err)
				}
				if rec.Offset < 0 || rec.Offset >= int64(len(data)) {
					t.Fatalf("record offset %d outside input", rec.Offset)
				}
				if n, err := io.Copy(io.Discard, rec.Body); err != nil || n > wr.MaxPayloadSize {
					t.Fatalf("payload of %d bytes, %v", n, err)
				}
			}
		}
	})
}
