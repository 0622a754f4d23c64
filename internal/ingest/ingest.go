// Package ingest reads inputs — files, directories, standard input — and
// decodes them into documents.
//
// The format of an input is taken from its name (".txt", ".jsonl", ".gz" of
// either, …) and, when the name says nothing (standard input, unknown
// extensions), sniffed from its first bytes. Each document read carries its
// raw text, source, URL, outlet and any metadata date; cleaning and
// segmentation come later, in package annotate.
//
// Reading never stops a batch: Read reports an error for the input it could
// not (fully) read, after handing over every document it did read.
//
// Hostile input is refused the same way in every format (see package
// guard): a compressed stream that expands like a decompression bomb
// stops its input with an error; binary data where text should be is an
// error for that document (a file, a JSON line, a feed item, a WARC
// record); an input that yields no document at all — no bytes, only white
// space, a feed without items, a WARC without pages — is ErrEmpty.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/extract"
	"github.com/dateline-news/dateline/internal/feed"
	"github.com/dateline-news/dateline/internal/fetch"
	"github.com/dateline-news/dateline/internal/ingest/guard"
	"github.com/dateline-news/dateline/internal/lang"
	"github.com/dateline-news/dateline/internal/warc"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxDocBytes bounds one document's size: larger inputs are refused
// with an error rather than read into memory.
const DefaultMaxDocBytes = 16 << 20

// ErrEmpty is the error of an input that holds no document.
var ErrEmpty = errors.New("empty input (no documents)")

// maxGzipLayers bounds gzip inside gzip (a .warc.gz gzipped again is two):
// each layer costs a reader, and a deep nest is only ever an attack.
const maxGzipLayers = 2

// Input is one thing to read: a file, standard input, or a URL.
type Input struct {
	Name string // path, URL, or "-"
	Size int64  // bytes, when known (for progress)
	// Offset is where the input starts in the file Name names, when it
	// is a part of it (a segment of a WARC file): the record offsets in
	// document sources count from the file's start, as when the whole
	// file is read.
	Offset int64
	open   func() (io.ReadCloser, error)
	ctype  *string // Content-Type of a fetched input, once opened
}

func (in Input) contentType() string {
	if in.ctype == nil {
		return ""
	}
	return *in.ctype
}

// URLInput is the input of a web address, fetched with c when opened.
func URLInput(ctx context.Context, c *fetch.Client, url string) Input {
	ct := new(string)
	return Input{Name: url, Size: -1, ctype: ct, open: func() (io.ReadCloser, error) {
		resp, err := c.Get(ctx, url, fetch.Conditional{})
		if err != nil {
			return nil, err
		}
		*ct = resp.ContentType
		return io.NopCloser(bytes.NewReader(resp.Body)), nil
	}}
}

// Open opens the input for reading.
func (in Input) Open() (io.ReadCloser, error) { return in.open() }

// FileInput is the input of one file.
func FileInput(path string, size int64) Input {
	return Input{Name: path, Size: size, open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// SectionInput is the n bytes of the file at path from offset off, named
// name (the path the file was given as).
func SectionInput(name, path string, off, n int64) Input {
	return Input{Name: name, Size: n, Offset: off, open: func() (io.ReadCloser, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		return struct {
			io.Reader
			io.Closer
		}{io.NewSectionReader(f, off, n), f}, nil
	}}
}

// BytesInput is an input held in memory: the bytes of the file name (or
// of its part at offset off, see Input.Offset).
func BytesInput(name string, data []byte, off int64) Input {
	return Input{Name: name, Size: int64(len(data)), Offset: off, open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(data)), nil
	}}
}

// ReaderInput is an input read from r (standard input, a fetched body).
func ReaderInput(name string, r io.Reader) Input {
	return Input{Name: name, Size: -1, open: func() (io.ReadCloser, error) { return io.NopCloser(r), nil }}
}

// Expand turns command-line arguments into inputs: directories are walked
// recursively (hidden files and directories skipped, files in name order),
// "-" is standard input. Arguments that cannot be read are returned as
// errors, one per argument, and do not stop the others. URLs are left to
// the caller (see IsURL).
func Expand(args []string, stdin io.Reader) ([]Input, []error) {
	var ins []Input
	var errs []error
	for _, a := range args {
		if a == "-" {
			ins = append(ins, ReaderInput("-", stdin))
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("%q: %w", a, err))
			continue
		}
		if !st.IsDir() {
			ins = append(ins, FileInput(a, st.Size()))
			continue
		}
		var found []Input
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%q: %w", p, err))
				return nil
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() || !Known(p) {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				errs = append(errs, fmt.Errorf("%q: %w", p, err))
				return nil
			}
			found = append(found, FileInput(p, info.Size()))
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%q: %w", a, err))
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Name < found[j].Name })
		ins = append(ins, found...)
	}
	return ins, errs
}

// IsURL reports whether arg names a web address rather than a file.
func IsURL(arg string) bool {
	return strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")
}

// Format is an input format.
type Format string

const (
	FormatText  Format = "txt"
	FormatJSONL Format = "jsonl"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed"
	FormatWARC  Format = "warc"
)

// FormatOf tells the format from a file name, after any ".gz"; "" when the
// name does not say.
func FormatOf(name string) Format {
	n := strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	switch filepath.Ext(n) {
	case ".txt", ".text":
		return FormatText
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".rss", ".atom", ".xml", ".feed":
		return FormatFeed
	case ".warc":
		return FormatWARC
	}
	return ""
}

// Known reports whether a directory walk should pick up this file.
func Known(name string) bool { return FormatOf(name) != "" }

// Options control reading.
type Options struct {
	// MaxDocBytes bounds one document (0: DefaultMaxDocBytes).
	MaxDocBytes int64
	// Now is the reference for "never a future date" (zero: time.Now()).
	Now time.Time
	// Fetch fetches URL inputs and, with Follow, the pages feed items link
	// to. Nil refuses URL inputs.
	Fetch *fetch.Client
	// Follow replaces each feed item by the page it links to, extracted,
	// when that page can be fetched.
	Follow bool
	// Outlet is the outlet of every document that does not name its own
	// (JSON-lines records, feeds and pages that name one keep theirs).
	Outlet string
}

func (o Options) maxDoc() int64 {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

// Read decodes one input into documents, calling emit for each. It returns
// an error naming the input when the input, or part of it, could not be
// read; documents emitted before the error stand.
func Read(ctx context.Context, in Input, opts Options, emit func(domain.Document) error) error {
	rc, err := in.Open()
	if err != nil {
		return fmt.Errorf("%q: %w", in.Name, err)
	}
	defer rc.Close()
	n := 0
	r := reader{ctx: ctx, opts: opts, contentType: in.contentType(), emit: func(d domain.Document) error {
		n++
		if d.Outlet == "" {
			d.Outlet = opts.Outlet
		}
		return emit(d)
	}}
	r.base = in.Offset
	err = r.read(in.Name, rc, 0)
	if err == nil && n == 0 {
		err = ErrEmpty
	}
	if err != nil {
		return fmt.Errorf("%q: %w", in.Name, err)
	}
	return nil
}

var gzipMagic = []byte{0x1f, 0x8b}

// headBytes is how much of an input its format is sniffed from.
const headBytes = 512

// reader decodes one input.
type reader struct {
	ctx         context.Context
	opts        Options
	emit        func(domain.Document) error
	contentType string // of a fetched input
	base        int64  // the input's offset in its file (Input.Offset)
}

// read reads r, the content of name inside gzip layers.
func (rd *reader) read(name string, r io.Reader, layers int) error {
	opts := rd.opts
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(headBytes)
	if bytes.HasPrefix(head, gzipMagic) && FormatOf(name) != FormatWARC {
		if layers == maxGzipLayers {
			return fmt.Errorf("gzip inside gzip more than %d deep", maxGzipLayers)
		}
		zr, err := guard.Gunzip(br)
		if err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		inner := strings.TrimSuffix(name, ".gz")
		if inner == name {
			inner = name + ".ungz"
		}
		return gzipErr(rd.read(inner, zr, layers+1))
	}
	if len(head) < headBytes && blank(head) {
		return ErrEmpty // the whole input, in any format
	}
	format := FormatOf(name)
	if format == "" || (IsURL(name) && format != FormatWARC) {
		format = sniff(head)
	}
	switch format {
	case FormatJSONL:
		return readJSONL(name, br, opts, rd.emit)
	case FormatHTML:
		raw, err := readAll(br, opts.maxDoc())
		if err != nil {
			return err
		}
		if blank(raw) {
			return ErrEmpty
		}
		// Binary data is told after charset decoding, in extract.
		return rd.emit(htmlDocument(name, raw, rd.contentType))
	case FormatFeed:
		return rd.feed(br, name)
	case FormatWARC:
		return rd.warc(br, name)
	}
	raw, err := readAll(br, opts.maxDoc())
	if err != nil {
		return err
	}
	text, err := DecodeText(raw)
	if err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	return rd.emit(TextDocument(name, text))
}

// blank reports an input of nothing but byte-order marks and white space.
func blank(raw []byte) bool {
	for _, bom := range []string{"\xef\xbb\xbf", "\xff\xfe", "\xfe\xff"} {
		raw = bytes.TrimPrefix(raw, []byte(bom))
	}
	return len(bytes.TrimSpace(raw)) == 0
}

// htmlDocument is an HTML page still to be extracted: the extraction runs
// later, in parallel with other documents (package annotate).
func htmlDocument(name string, raw []byte, contentType string) domain.Document {
	doc := domain.Document{ID: DocID(raw), Source: name, Format: string(FormatHTML), Raw: string(raw), HTML: true, ContentType: contentType}
	if IsURL(name) {
		doc.URL = name
	}
	return doc
}

// page extracts an HTML page; url is where it came from (a path or URL).
func (rd *reader) page(r io.Reader, url, contentType string) (domain.Document, error) {
	o := extract.Options{ContentType: contentType, Now: rd.opts.Now}
	if IsURL(url) {
		o.URL = url
	}
	doc, err := extract.Page(r, o)
	if err != nil {
		return doc, err
	}
	if doc.Source == "" {
		doc.Source = url
	}
	return doc, nil
}

// pageFunc is page in the form feed and warc take.
func (rd *reader) pageFunc(r io.Reader, url, contentType string) (domain.Document, error) {
	return PageFunc(rd.opts)(r, url, contentType)
}

// PageFunc returns the function that turns a fetched or archived HTML page
// into a document, in the form packages feed, warc and watch take.
func PageFunc(opts Options) func(r io.Reader, url, contentType string) (domain.Document, error) {
	return func(r io.Reader, url, contentType string) (domain.Document, error) {
		raw, err := readAll(r, opts.maxDoc())
		if err != nil {
			return domain.Document{}, err
		}
		rd := reader{opts: opts}
		doc, err := rd.page(bytes.NewReader(raw), url, contentType)
		if err == nil && doc.ID == "" {
			doc.ID = DocID(raw)
		}
		return doc, err
	}
}

// feed reads an RSS, Atom or JSON feed: each item is a document.
func (rd *reader) feed(r io.Reader, name string) error {
	f, err := feed.Parse(r, feed.Options{URL: name, ContentType: rd.contentType, Now: rd.opts.Now, MaxBytes: rd.opts.maxDoc()})
	if err != nil {
		return err
	}
	var errs, bad []string
	for _, err := range f.Rejected {
		bad = append(bad, err.Error())
	}
	for _, it := range f.Items {
		doc := it.Doc
		if rd.opts.Follow && rd.opts.Fetch != nil && doc.URL != "" {
			if d, err := feed.Follow(rd.ctx, it, rd.opts.Fetch, rd.pageFunc); err == nil {
				doc = d
			} else {
				errs = append(errs, fmt.Sprintf("follow %s: %v", doc.URL, err))
			}
		}
		if doc.ID == "" {
			doc.ID = DocID([]byte(it.GUID + "\x00" + doc.Title + "\x00" + doc.Raw))
		}
		if err := rd.emit(doc); err != nil {
			return err
		}
	}
	badErr, followErr := listErr("bad items", bad), listErr("items could not be followed (their feed text was kept)", errs)
	switch {
	case badErr == nil:
		return followErr
	case followErr == nil:
		return badErr
	}
	return fmt.Errorf("%w; %v", badErr, followErr)
}

// warc reads a WARC file: each HTML response record is a document. A
// damaged record is reported and skipped; the rest of the file is read.
func (rd *reader) warc(r io.Reader, name string) error {
	wr := warc.NewReader(r)
	// Room for the archived HTTP headers around a document of maxDoc.
	wr.MaxRecordSize = max(warc.DefaultMaxRecordSize, rd.opts.maxDoc()+64<<10)
	wr.MaxPayloadSize = rd.opts.maxDoc()
	var errs []string
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			break
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			errs = append(errs, re.Error())
			continue
		}
		if err != nil {
			return err
		}
		body, err := readAll(rec.Body, rd.opts.maxDoc())
		if err == nil && blank(body) {
			err = errors.New("empty payload")
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("record at %d (%s): %v", rd.base+rec.Offset, rec.TargetURI, err))
			continue
		}
		doc := htmlDocument(fmt.Sprintf("%s#%d", name, rd.base+rec.Offset), body, rec.ContentType())
		doc.URL, doc.Format, doc.NotAfter = rec.TargetURI, string(FormatWARC), rec.Date
		if err := rd.emit(doc); err != nil {
			return err
		}
	}
	return listErr("bad records", errs)
}

// listErr reports several problems of one input on one line.
func listErr(what string, errs []string) error {
	if len(errs) == 0 {
		return nil
	}
	n, more := len(errs), ""
	if n > 3 {
		more = fmt.Sprintf(" (and %d more)", n-3)
		errs = errs[:3]
	}
	return fmt.Errorf("%d %s: %s%s", n, what, strings.Join(errs, "; "), more)
}

// gzipErr names a truncated gzip stream as such.
func gzipErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated gzip data: %w", err)
	}
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		return fmt.Errorf("corrupt gzip data: %w", err)
	}
	return err
}

// sniff guesses a format from the first bytes of an input.
func sniff(head []byte) Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lt := bytes.ToLower(t)
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return FormatWARC
	case feed.Detect(head):
		return FormatFeed
	case bytes.HasPrefix(t, []byte("{")):
		return FormatJSONL
	case bytes.HasPrefix(lt, []byte("<?xml")), bytes.HasPrefix(lt, []byte("<rss")), bytes.HasPrefix(lt, []byte("<feed")), bytes.HasPrefix(lt, []byte("<rdf")):
		if bytes.Contains(lt, []byte("<html")) {
			return FormatHTML
		}
		return FormatFeed
	case bytes.HasPrefix(lt, []byte("<!doctype html")), bytes.HasPrefix(lt, []byte("<html")), bytes.HasPrefix(lt, []byte("<head")), bytes.HasPrefix(lt, []byte("<!--")):
		return FormatHTML
	}
	return FormatText
}

// readAll reads at most max bytes, refusing larger inputs.
func readAll(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("too large: over %s, the limit for one document (see --max-doc-size)", humanBytes(max))
	}
	return b, nil
}

func humanBytes(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// DecodeText turns the bytes of a text scrape into UTF-8. UTF-16 with a
// byte-order mark is decoded; text that is not valid UTF-8 is taken as
// Windows-1252 (the usual wrong encoding of Western news pages); binary
// data is refused with guard.ErrBinary.
func DecodeText(raw []byte) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}), bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("invalid UTF-16: %w", err)
		}
		raw = out
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Errorf("text is neither UTF-8 nor Windows-1252: %w", err)
		}
		raw = out
	}
	if guard.Binary(raw) {
		return "", guard.ErrBinary
	}
	return string(raw), nil
}

// DocID is the stable identity of a document: a hash of its bytes.
func DocID(raw []byte) string {
	h := sha256.Sum256(raw)
	return hex.EncodeToString(h[:8])
}

// TextDocument makes the document of one text scrape. A scrape that opens
// with a title line (see title.go) has it as its Title; Raw stays the whole
// text, and the segmenter leaves a first paragraph equal to the title out
// of the body (package annotate), so that the title is not body text.
// Penn-Treebank tokenised text (research corpora) is detokenised, and
// wire copy's quotes (two grave accents, two apostrophes) made
// typographic (lang.Detokenize); the ID stays the hash of the text read.
func TextDocument(name, text string) domain.Document {
	doc := domain.Document{
		ID:     DocID([]byte(text)),
		Source: name,
		Format: string(FormatText),
		Raw:    lang.Detokenize(text),
	}
	doc.Title, _ = titleLine(doc.Raw)
	if IsURL(name) {
		doc.URL = name
	}
	return doc
}

// record is one line of a JSON-lines input.
type record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Language  string `json:"language"`
}

// readJSONL reads {url,title,text,published,outlet} records, one per line.
// A bad line is reported (by line number) and skipped; the rest are read.
// A record whose text is Penn-Treebank tokenised has its text and title
// detokenised (lang.Detokenize), any other its wire quotes made
// typographic (lang.WireQuotes); its ID stays the hash of the line read.
func readJSONL(name string, r io.Reader, opts Options, emit func(domain.Document) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), int(opts.maxDoc())+1)
	var bad []string
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", n, err))
			continue
		}
		if strings.TrimSpace(rec.Text) == "" {
			bad = append(bad, fmt.Sprintf("line %d: no text", n))
			continue
		}
		if guard.BinaryString(rec.Text) || guard.BinaryString(rec.Title) {
			bad = append(bad, fmt.Sprintf("line %d: %v", n, guard.ErrBinary))
			continue
		}
		if !utf8.ValidString(rec.Text) {
			rec.Text = strings.ToValidUTF8(rec.Text, "\uFFFD")
		}
		if lang.IsTreebank(rec.Text) {
			rec.Text, rec.Title = lang.DetokenizeTreebank(rec.Text), lang.DetokenizeTreebank(rec.Title)
		} else {
			rec.Text, rec.Title = lang.WireQuotes(rec.Text), lang.WireQuotes(rec.Title)
		}
		doc := domain.Document{
			ID:       DocID(line),
			Source:   fmt.Sprintf("%s#%d", name, n),
			URL:      rec.URL,
			Title:    strings.TrimSpace(rec.Title),
			Outlet:   strings.TrimSpace(rec.Outlet),
			Author:   rec.Author,
			Language: rec.Language,
			Format:   string(FormatJSONL),
			Raw:      rec.Text,
		}
		if t, ok := ParseDate(rec.Published); ok {
			doc.Published, doc.DateOrigin = t, domain.DateFromMetadata
		}
		if err := emit(doc); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line %d: record too large (see --max-doc-size)", n+1)
		}
		return gzipErr(err)
	}
	return listErr("bad records", bad)
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006",
	"2006/01/02",
}

// ParseDate parses a metadata date in the common machine formats. Dates
// are returned in UTC.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// Gunzip decompresses gzip data, naming truncation as such.
func Gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	out, err := io.ReadAll(zr)
	return out, gzipErr(err)
}
