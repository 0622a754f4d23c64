package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest/guard"
)

func TestFormatOf(t *testing.T) {
	tests := map[string]Format{
		"a.txt": FormatText, "b.TXT.gz": FormatText, "c.jsonl": FormatJSONL, "d.ndjson.gz": FormatJSONL,
		"e.html": FormatHTML, "f.htm.gz": FormatHTML, "g.rss": FormatFeed, "h.xml": FormatFeed,
		"i.warc": FormatWARC, "j.warc.gz": FormatWARC, "k.md": "", "l.json": "", "README": "",
	}
	for name, want := range tests {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want Format
	}{
		{"WARC/1.0\r\nWARC-Type: response", FormatWARC},
		{`{"url":"https://x.example/a","text":"hello"}`, FormatJSONL},
		{`{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}`, FormatFeed},
		{`<?xml version="1.0"?><rss version="2.0"><channel>`, FormatFeed},
		{"<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"<!DOCTYPE html><html><head>", FormatHTML},
		{"  <html lang=en>", FormatHTML},
		{"Live updates\n\nHeadline here\n", FormatText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("sniff(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		err  string
	}{
		{"utf8", []byte("café “quoted”"), "café “quoted”", ""},
		{"bom", []byte("\xef\xbb\xbfhello"), "hello", ""},
		{"windows-1252", []byte("caf\xe9 \x93quoted\x94 \x80"), "café “quoted” €", ""},
		{"utf16le", []byte("\xff\xfeh\x00i\x00"), "hi", ""},
		{"utf16be", []byte("\xfe\xff\x00h\x00i"), "hi", ""},
		{"binary", []byte("\x7fELF\x00\x01\x02"), "", "binary"},
		{"controls", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), "", "binary"},
	}
	for _, tt := range tests {
		got, err := DecodeText(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: DecodeText = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := map[string]string{
		"2016-10-31":                      "2016-10-31T00:00:00Z",
		"2016-10-31T14:02:00+01:00":       "2016-10-31T13:02:00Z",
		"2016-10-31 14:02:00":             "2016-10-31T14:02:00Z",
		"Mon, 31 Oct 2016 14:02:00 +0000": "2016-10-31T14:02:00Z",
		"October 31, 2016":                "2016-10-31T00:00:00Z",
	}
	for in, want := range tests {
		got, ok := ParseDate(in)
		if !ok || got.Format(time.RFC3339) != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "yesterday", "31/31/2016"} {
		if _, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) succeeded", in)
		}
	}
}

func readAllDocs(t *testing.T, name string, data []byte) ([]domain.Document, error) {
	t.Helper()
	var docs []domain.Document
	err := Read(context.Background(), ReaderInput(name, bytes.NewReader(data)), Options{}, func(d domain.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestReadJSONL(t *testing.T) {
	in := `{"url":"https://www.wire.example/2019/03/14/a","title":"Dam holds","text":"The dam held overnight.","published":"2019-03-14","outlet":"WNA"}
not json
{"url":"https://www.wire.example/b","title":"No text"}

{"url":"https://www.wire.example/c","title":"Levels fall","text":"River levels fell.","published":"garbage"}
`
	docs, err := readAllDocs(t, "wire.jsonl", []byte(in))
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if err == nil || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "line 3: no text") {
		t.Errorf("error %v, want one naming lines 2 and 3", err)
	}
	d := docs[0]
	if d.Title != "Dam holds" || d.Outlet != "WNA" || d.DateOrigin != domain.DateFromMetadata || d.Published.Format("2006-01-02") != "2019-03-14" || d.Source != "wire.jsonl#1" {
		t.Errorf("first record = %+v", d)
	}
	if !docs[1].Published.IsZero() {
		t.Errorf("unparseable date kept: %v", docs[1].Published)
	}
}

func TestReadGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("Headline here\n\nBody text of the story.\n"))
	zw.Close()
	docs, err := readAllDocs(t, "story.txt.gz", buf.Bytes())
	if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Raw, "Body text") {
		t.Fatalf("gzip: %v, %d docs", err, len(docs))
	}
	_, err = readAllDocs(t, "story.txt.gz", buf.Bytes()[:buf.Len()-10])
	if err == nil || !strings.Contains(err.Error(), "truncated gzip") {
		t.Errorf("truncated gzip: error %v", err)
	}
	if _, err := readAllDocs(t, "empty.txt", nil); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty input: error %v", err)
	}
}

func TestReadTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("word "), 1000)
	err := Read(context.Background(), ReaderInput("big.txt", bytes.NewReader(big)), Options{MaxDocBytes: 1000}, func(domain.Document) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "too large") || !strings.Contains(err.Error(), "big.txt") {
		t.Errorf("error %v, want too large naming big.txt", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("story.txt", []byte("Live updates\n\nA headline\n\nText."))
	f.Add("x.jsonl", []byte(`{"text":"a","published":"2016-01-01"}`))
	f.Add("-", []byte("<rss><channel><item><title>t</title></item></channel></rss>"))
	f.Add("-", []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add("x.jsonl.gz", gzipOf([]byte(`{"text":"a"}`+"\n\n\n")))
	f.Add("x.txt.gz", gzipOf(gzipOf(gzipOf([]byte("t")))))
	f.Add("x.warc", warcRecord("response", "https://a.example/", gzipOf([]byte(okPage)), "Content-Encoding: gzip"))
	f.Add("x.json", []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"\u0001\u0002"}]}`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		_ = Read(context.Background(), ReaderInput(name, bytes.NewReader(data)), Options{MaxDocBytes: 1 << 20}, func(d domain.Document) error {
			if d.ID == "" && d.Format != "feed" {
				t.Fatalf("document without ID from %q", name)
			}
			if !d.HTML && guard.BinaryString(d.Raw) || d.Format == "txt" && strings.TrimSpace(d.Raw) == "" {
				t.Fatalf("binary or empty text %.40q from %q", d.Raw, name)
			}
			return nil
		})
	})
}

func TestListErrCountsAll(t *testing.T) {
	errs := make([]string, 830)
	for i := range errs {
		errs[i] = fmt.Sprintf("line %d: bad JSON", i+1)
	}
	got := listErr("bad records", errs).Error()
	if !strings.HasPrefix(got, "830 bad records: line 1: bad JSON; line 2: bad JSON; line 3: bad JSON (and 827 more)") {
		t.Errorf("listErr = %q", got)
	}
	if listErr("bad records", nil) != nil {
		t.Error("no errors: an error")
	}
}
