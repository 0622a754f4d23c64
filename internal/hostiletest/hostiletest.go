// Package hostiletest writes the hostile and huge inputs that Dateline's
// robustness tests and its hostile-input benchmark (bench/hostile.sh) feed
// to ingest: paragraph-dense HTML, a one-line text of many megabytes,
// random bytes named .html, a gzip stream that expands to gigabytes, a WARC
// whose content-encoded payload decodes past the document limit, files
// that hold nothing, and names and titles carrying terminal escapes. Each
// is generated, never committed, and comes with what a correct run does
// with it.
//
// The text is made here from a small vocabulary: no third-party text.
package hostiletest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Outcome is what ingest must do with an input.
type Outcome int

const (
	// Stored: the input is read and stored (possibly in part, with an
	// error naming what was cut).
	Stored Outcome = iota
	// Refused: the input is reported as an error naming it; nothing of it
	// is stored.
	Refused
	// Either: a clear error or a correct result are both right; what
	// matters is the bound on time and memory.
	Either
)

// Case is one generated input.
type Case struct {
	Name string // file name in the directory
	What string // what is hostile about it
	Want Outcome
	// ErrorSays is part of the error a refused input must get ("" for any).
	ErrorSays string
}

// Sizes of the hostile inputs, as the issue that asked for them gives.
const (
	DenseHTMLBytes  = 4 << 20  // paragraph-dense HTML
	OneLineBytes    = 15 << 20 // one-line text, under the 16 MiB document limit
	BombExpansion   = 10 << 30 // decompressed newlines in a .jsonl.gz
	RandomBytes     = 256 << 10
	WARCPayloadSize = 24 << 20 // decoded, past the 16 MiB default limit
)

// Write writes every hostile case, and two ordinary articles that must be
// stored beside them, into dir. Names are the cases' Name fields.
func Write(dir string) ([]Case, error) {
	cases := []struct {
		Case
		write func(path string) error
	}{
		{Case{Name: "dense.html", What: "paragraph-dense HTML of 4 MB", Want: Either}, func(p string) error {
			return os.WriteFile(p, DenseHTML(DenseHTMLBytes), 0o644)
		}},
		{Case{Name: "one-line.txt", What: "a 15 MB text on one line", Want: Either}, func(p string) error {
			return os.WriteFile(p, OneLineText(OneLineBytes, 1), 0o644)
		}},
		{Case{Name: "random.html", What: "random bytes named .html", Want: Refused, ErrorSays: "binary"}, func(p string) error {
			return os.WriteFile(p, Random(RandomBytes, 2), 0o644)
		}},
		{Case{Name: "newlines.jsonl.gz", What: "a .jsonl.gz of newlines that expands to 10 GB", Want: Refused}, func(p string) error {
			return writeFile(p, func(f *os.File) error { return GzipBomb(f, '\n', BombExpansion) })
		}},
		{Case{Name: "encoded.warc", What: "a WARC whose gzip-encoded payload decodes past the limit, then a good record", Want: Stored}, func(p string) error {
			b, err := EncodedWARC(WARCPayloadSize)
			if err != nil {
				return err
			}
			return os.WriteFile(p, b, 0o644)
		}},
		{Case{Name: "whitespace.txt", What: "only white space", Want: Refused, ErrorSays: "empty"}, func(p string) error {
			return os.WriteFile(p, []byte("  \n\n\t \r\n   "), 0o644)
		}},
		{Case{Name: "bom.txt", What: "only a byte-order mark", Want: Refused, ErrorSays: "empty"}, func(p string) error {
			return os.WriteFile(p, []byte("\ufeff"), 0o644)
		}},
		{Case{Name: "escapes.txt", What: "terminal escapes in title and text", Want: Stored}, func(p string) error {
			return os.WriteFile(p, []byte(EscapeArticle), 0o644)
		}},
		{Case{Name: "name-\x1b[2J\x1b]0;owned\a\nerror: forged.txt", What: "terminal escapes and a line break in a file name", Want: Stored}, func(p string) error {
			return os.WriteFile(p, []byte(Article(3)), 0o644)
		}},
		{Case{Name: "good-1.txt", What: "an ordinary article", Want: Stored}, func(p string) error {
			return os.WriteFile(p, []byte(Article(1)), 0o644)
		}},
		{Case{Name: "good-2.txt", What: "an ordinary article", Want: Stored}, func(p string) error {
			return os.WriteFile(p, []byte(Article(2)), 0o644)
		}},
	}
	out := make([]Case, 0, len(cases))
	for _, c := range cases {
		if err := c.write(filepath.Join(dir, c.Name)); err != nil {
			return nil, fmt.Errorf("hostiletest: %s: %w", c.Name, err)
		}
		out = append(out, c.Case)
	}
	return out, nil
}

// LongQuery is a search query of n terms.
func LongQuery(n int) string {
	terms := make([]string, n)
	for i := range terms {
		terms[i] = fmt.Sprintf("w%d", i)
	}
	return strings.Join(terms, " ")
}

func writeFile(path string, fill func(*os.File) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// DenseHTML is a page of about n bytes made only of tiny paragraphs.
func DenseHTML(n int) []byte {
	const p = "<p>Zeta.</p>"
	var b bytes.Buffer
	b.Grow(n + 64)
	b.WriteString("<!DOCTYPE html><html><head><title>Dense</title></head><body>")
	for b.Len() < n {
		b.WriteString(p)
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

// LongHTML is an article page of about n bytes: a headline and paragraphs
// of ordinary sentences (names, quotes, dates), the shape of a long
// transcript or report.
func LongHTML(n int, seed uint64) []byte {
	var b bytes.Buffer
	b.Grow(n + 256)
	b.WriteString("<!DOCTYPE html><html><head><title>Council hearing, full record</title></head><body><article><h1>Council hearing, full record</h1>")
	r := rand.New(rand.NewPCG(seed, 7))
	for b.Len() < n {
		b.WriteString("<p>")
		for range 3 {
			b.WriteString(sentence(r))
			b.WriteByte(' ')
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// OneLineText is about n bytes of words on one line, without a single
// sentence end: about one word in five capitalised, with "said", quote
// marks and weekday names among them, the worst case for sentence-based
// annotation.
func OneLineText(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 11))
	var b bytes.Buffer
	b.Grow(n + 16)
	for b.Len() < n {
		w := words[r.IntN(len(words))]
		switch x := r.IntN(100); {
		case x < 20:
			w = strings.ToUpper(w[:1]) + w[1:]
		case x < 22:
			w = "\u201c" + w
		case x < 24:
			w += ",\u201d"
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.Bytes()
}

// LongText is about n bytes of ordinary article text: a title line, then
// paragraphs of sentences.
func LongText(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 13))
	var b bytes.Buffer
	b.Grow(n + 256)
	b.WriteString("Council hearing, full record\n\n")
	for b.Len() < n {
		for range 3 {
			b.WriteString(sentence(r))
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

// Random is n random bytes.
func Random(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 17))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// GzipBomb writes a gzip stream that expands to total bytes of c. It is a
// run of identical gzip members, each compressed once, so writing 10 GB
// of expansion takes a moment and about 10 MB of disk.
func GzipBomb(w *os.File, c byte, total int64) error {
	const chunk = 64 << 20
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	if _, err := zw.Write(bytes.Repeat([]byte{c}, chunk)); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	for n := int64(0); n < total; n += chunk {
		if _, err := w.Write(member.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// EncodedWARC is a WARC file of three response records: an ordinary page,
// a page whose body is sent with Content-Encoding: gzip and decodes to
// payload bytes of HTML, and another ordinary page.
func EncodedWARC(payload int) ([]byte, error) {
	var body bytes.Buffer
	zw := gzip.NewWriter(&body)
	big := DenseHTML(payload)
	copy(big[len(big)-len("</body></html>")-8:], "<p>End.</p>")
	if _, err := zw.Write(big); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	page := func(i int) []byte {
		return []byte("<!DOCTYPE html><html><head><title>Ferry timetable " + fmt.Sprint(i) + "</title></head><body><article><h1>Ferry timetable " +
			fmt.Sprint(i) + "</h1><p>" + strings.ReplaceAll(Article(10+i), "\n\n", "</p><p>") + "</p></article></body></html>")
	}
	record(&b, "https://news.example.com/ferries-1", "", page(1))
	record(&b, "https://news.example.com/huge", "gzip", body.Bytes())
	record(&b, "https://news.example.com/ferries-2", "", page(2))
	return b.Bytes(), nil
}

func record(b *bytes.Buffer, url, encoding string, body []byte) {
	var http bytes.Buffer
	http.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n")
	if encoding != "" {
		fmt.Fprintf(&http, "Content-Encoding: %s\r\n", encoding)
	}
	fmt.Fprintf(&http, "Content-Length: %d\r\n\r\n", len(body))
	http.Write(body)
	fmt.Fprintf(b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2016-10-12T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n",
		url, b.Len(), http.Len())
	b.Write(http.Bytes())
	b.WriteString("\r\n\r\n")
}

// EscapeArticle is an article whose title and text carry terminal escape
// sequences (a screen clear, a window-title change, colours).
const EscapeArticle = "Harbour \x1b]0;owned\x07bridge \x1b[2Jreopens\n\n" +
	"\x1b[31mEngineers reopened the harbour bridge on Monday after a week of repairs,\x1b[0m the port authority said.\n\n" +
	"\"We are \x1b[5mdelighted\x1b[0m with the work,\" said Anna Berg, the port director.\n"

// Article is a short ordinary article, different for each i.
func Article(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 19))
	var b strings.Builder
	fmt.Fprintf(&b, "Harbour works enter week %d\n\n", i)
	for range 4 {
		for range 3 {
			b.WriteString(sentence(r))
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

var (
	words    = strings.Fields("harbour bridge council ferry budget vote minister said storm repairs engineers traffic route tuesday monday port authority director plan week night gates crews inspection timetable weekend flood report hearing record members public opposition leader")
	people   = []string{"Anna Berg", "Tomas Lind", "Maria Okafor", "James Whitfield", "Lena Novak", "Ravi Menon"}
	roles    = []string{"the port director", "the council leader", "a ferry operator", "the finance chief", "an opposition member", "the chief engineer"}
	subjects = []string{"The council", "Engineers", "The ferry operator", "Residents", "The port authority", "Crews"}
	verbs    = []string{"reopened the harbour bridge", "approved the budget", "delayed the vote", "inspected the flood gates", "published the report", "cut the timetable"}
	whens    = []string{"on Monday", "on Tuesday", "last week", "on 3 March", "yesterday", "in October 2016", "this morning"}
	claims   = []string{"We will finish the work before winter", "The money is not there", "Nobody was hurt", "The plan needs more time", "Traffic will return to normal soon", "We were not consulted"}
)

// sentence is one sentence of news: a report or an attributed quote.
func sentence(r *rand.Rand) string {
	if r.IntN(3) == 0 {
		i := r.IntN(len(people))
		return fmt.Sprintf("\u201c%s,\u201d said %s, %s.", claims[r.IntN(len(claims))], people[i], roles[i])
	}
	return fmt.Sprintf("%s %s %s, %s said.", subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))], whens[r.IntN(len(whens))], people[r.IntN(len(people))])
}
