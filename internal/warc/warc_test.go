package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

type result struct {
	uris   []string
	bodies []string
	recs   []*Record
	errs   []*RecordError
}

// readAll reads every record, collecting RecordErrors the way a caller
// should: report and continue.
func readAll(t *testing.T, r io.Reader) result {
	t.Helper()
	var res result
	wr := NewReader(r)
	for i := 0; ; i++ {
		if i > 1000 {
			t.Fatal("Next does not terminate")
		}
		rec, err := wr.Next()
		if err == io.EOF {
			break
		}
		var re *RecordError
		if errors.As(err, &re) {
			res.errs = append(res.errs, re)
			continue
		}
		if err != nil {
			t.Fatalf("fatal error: %v", err)
		}
		body, err := io.ReadAll(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		res.uris = append(res.uris, rec.TargetURI)
		res.bodies = append(res.bodies, string(body))
		res.recs = append(res.recs, rec)
	}
	if _, err := wr.Next(); err != io.EOF {
		t.Errorf("Next after EOF = %v", err)
	}
	return res
}

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestSample(t *testing.T) {
	for _, name := range []string{"sample.warc", "sample.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			res := readAll(t, open(t, name))
			if len(res.errs) > 0 {
				t.Errorf("errors: %v", res.errs)
			}
			if strings.Join(res.uris, " ") != strings.Join(wantURIs, " ") {
				t.Fatalf("got %q, want %q", res.uris, wantURIs)
			}
			first := res.recs[0]
			if !first.Date.Equal(time.Date(2016, 11, 2, 10, 0, 1, 0, time.UTC)) || first.Status != 200 {
				t.Errorf("date %v status %d", first.Date, first.Status)
			}
			if first.ContentType() != "text/html; charset=utf-8" || first.HTTPHeader.Get("Server") != "fixture" {
				t.Errorf("http headers %v", first.HTTPHeader)
			}
			if first.ID != "<urn:uuid:00000000-0000-4000-8000-000000000002>" || first.Header.Get("WARC-Type") != "response" {
				t.Errorf("warc headers %v", first.Header)
			}
			if !strings.HasPrefix(res.bodies[0], "<!DOCTYPE html>") || !strings.Contains(res.bodies[0], "eight days.") {
				t.Errorf("body %q", res.bodies[0])
			}
			// Chunked and gzipped in the archive: decoded for the caller.
			if !strings.Contains(res.bodies[1], "Trains are running again") {
				t.Errorf("chunked+gzip body not decoded: %q", res.bodies[1])
			}
			if !res.recs[1].Date.Equal(time.Date(2016, 11, 3, 7, 46, 10, 5e8, time.UTC)) {
				t.Errorf("fractional WARC-Date: %v", res.recs[1].Date)
			}
			// Offsets point at the record (plain) or its gzip member.
			data, _ := os.ReadFile(filepath.Join("testdata", name))
			for _, rec := range res.recs {
				at := data[rec.Offset:]
				if strings.HasSuffix(name, ".gz") {
					if !bytes.HasPrefix(at, []byte{0x1f, 0x8b}) {
						t.Errorf("offset %d is not a gzip member", rec.Offset)
					}
				} else if !bytes.HasPrefix(at, []byte("WARC/1.0\r\nWARC-Type: response")) {
					t.Errorf("offset %d is not a response record: %q", rec.Offset, at[:20])
				}
			}
		})
	}
}

func TestTruncatedLastRecord(t *testing.T) {
	for _, name := range []string{"truncated.warc", "truncated.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			res := readAll(t, open(t, name))
			if strings.Join(res.uris, " ") != strings.Join(wantURIs[:2], " ") {
				t.Errorf("got %q, want the two complete pages", res.uris)
			}
			if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrTruncated) && !errors.Is(res.errs[0], ErrBadGzip) {
				t.Fatalf("errors %v, want one truncation", res.errs)
			}
			msg := res.errs[0].Error()
			if !strings.Contains(msg, "offset") {
				t.Errorf("error does not name the offset: %s", msg)
			}
			if !strings.HasSuffix(name, ".gz") && !strings.Contains(msg, "bridge-closure") {
				t.Errorf("error does not name the record: %s", msg)
			}
		})
	}
}

func TestCorruptMiddle(t *testing.T) {
	t.Run("plain", func(t *testing.T) {
		res := readAll(t, open(t, "corrupt-middle.warc"))
		// Record 2's block overruns into 3 (an image, skipped anyway); the
		// reader must find record 3 inside the overrun, and skip the
		// broken metadata record 5, keeping pages 6 and 7.
		if strings.Join(res.uris, " ") != strings.Join(wantURIs[1:], " ") {
			t.Errorf("got %q, want %q", res.uris, wantURIs[1:])
		}
		if len(res.errs) != 2 {
			t.Fatalf("errors %v, want 2", res.errs)
		}
		if !strings.Contains(res.errs[0].Error(), "harbour-strike") || !errors.Is(res.errs[0], ErrCorrupt) {
			t.Errorf("first error: %v", res.errs[0])
		}
		if !errors.Is(res.errs[1], ErrCorrupt) || !strings.Contains(res.errs[1].Error(), "malformed header") {
			t.Errorf("second error: %v", res.errs[1])
		}
	})
	for _, tc := range []struct {
		name     string
		seekable bool
	}{{"corrupt-middle.warc.gz", true}, {"corrupt-middle.warc.gz", false}, {"garbage-between.warc.gz", true}, {"garbage-between.warc.gz", false},
		{"bad-crc.warc.gz", true}, {"bad-crc.warc.gz", false},
		{"bad-header.warc.gz", true}, {"bad-header.warc.gz", false}} {
		t.Run(tc.name+map[bool]string{true: "/file", false: "/stream"}[tc.seekable], func(t *testing.T) {
			var r io.Reader = open(t, tc.name)
			if !tc.seekable {
				r = struct{ io.Reader }{r}
			}
			res := readAll(t, r)
			want := wantURIs[1:]
			if strings.HasPrefix(tc.name, "garbage") {
				want = wantURIs
			}
			if strings.Join(res.uris, " ") != strings.Join(want, " ") {
				t.Errorf("got %q, want %q", res.uris, want)
			}
			// Damaged deflate data may still decode, to garbage that fails
			// as a WARC header before the checksum does: either is right.
			if len(res.errs) != 1 || !errors.Is(res.errs[0], ErrBadGzip) && !errors.Is(res.errs[0], ErrCorrupt) {
				t.Fatalf("errors %v, want one damaged member", res.errs)
			}
		})
	}
}

func TestMaxRecordSize(t *testing.T) {
	big := strings.Repeat("<p>Long page.</p>\n", 200)
	recs := []fixtureRecord{
		{typ: "response", uri: "https://a.example/big", date: "2016-11-02T10:00:00Z", contentType: httpMsg,
			block: httpResponse("200 OK", []string{"Content-Type: text/html"}, big)},
		{typ: "response", uri: "https://a.example/big.mp4", date: "2016-11-02T10:00:00Z", contentType: httpMsg,
			block: httpResponse("200 OK", []string{"Content-Type: video/mp4"}, big)},
		sampleRecords[2],
	}
	for _, gz := range []bool{false, true} {
		data := plainWARC(recs)
		if gz {
			data, _ = gzipWARC(recs)
		}
		wr := NewReader(bytes.NewReader(data))
		wr.MaxRecordSize = 1000
		_, err := wr.Next()
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "a.example/big") {
			t.Errorf("gz=%v: first Next = %v, want ErrTooLarge naming the page", gz, err)
		}
		rec, err := wr.Next() // the video is skipped silently
		if err != nil || rec.TargetURI != wantURIs[0] {
			t.Errorf("gz=%v: second Next = %v, %v", gz, rec, err)
		}
		if _, err := wr.Next(); err != io.EOF {
			t.Errorf("gz=%v: want EOF, got %v", gz, err)
		}
		if st := wr.Stats(); st.Records != 3 || st.HTML != 1 || st.Errors != 1 || st.Bytes != int64(len(data)) {
			t.Errorf("gz=%v: stats %+v", gz, st)
		}
	}
}

func TestLenient(t *testing.T) {
	// LF-only line ends, folded header, blank lines between records, a
	// missing trailer at the end, no HTTP Content-Type (sniffed).
	body := "<html><body><p>Hello from a sloppy writer.</p></body></html>"
	block := "HTTP/1.0 200 OK\nX-Odd header line\n\n" + body
	data := "\n\nWARC/1.1\nWARC-Type: response\nWARC-Target-URI:\n  https://sloppy.example/p\nContent-Type: application/http;msgtype=response\nContent-Length: " +
		strconv.Itoa(len(block)) + "\n\n" + block
	res := readAll(t, strings.NewReader(data))
	if len(res.errs) != 0 || len(res.uris) != 1 || res.uris[0] != "https://sloppy.example/p" || res.bodies[0] != body {
		t.Errorf("got %q %q errs %v", res.uris, res.bodies, res.errs)
	}

	// Not a WARC at all: one error, then EOF.
	res = readAll(t, strings.NewReader("<html>this is not a warc</html>\n"))
	if len(res.errs) != 1 || len(res.uris) != 0 {
		t.Errorf("non-WARC: %v", res.errs)
	}
	// Empty input.
	res = readAll(t, strings.NewReader(""))
	if len(res.errs) != 0 || len(res.uris) != 0 {
		t.Errorf("empty: %v", res.errs)
	}
}

// A failing disk is fatal, not a record error.
func TestReadErrorIsFatal(t *testing.T) {
	data := plainWARC(sampleRecords)
	r := io.MultiReader(bytes.NewReader(data[:len(data)/2]), failing{})
	wr := NewReader(r)
	for i := 0; i < 20; i++ {
		_, err := wr.Next()
		if err == nil {
			continue
		}
		var re *RecordError
		if errors.As(err, &re) {
			t.Fatalf("got RecordError %v, want the read error", err)
		}
		if !strings.Contains(err.Error(), "disk on fire") {
			t.Fatalf("err = %v", err)
		}
		return
	}
	t.Fatal("no error")
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }
