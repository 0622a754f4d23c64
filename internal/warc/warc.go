// Package warc streams HTML responses out of WARC files (ISO 28500, WARC
// 1.0/1.1), plain or gzip-compressed with one gzip member per record as
// Common Crawl's CC-NEWS writes them.
//
// # Format, as read here
//
// A WARC file is a sequence of records. Each record is a version line
// ("WARC/1.0" or "WARC/1.1"), header lines "Name: value" (continuation
// lines start with white space), an empty line, a block of exactly
// Content-Length bytes, and two CRLFs. A "response" record whose
// Content-Type is "application/http; msgtype=response" carries an HTTP
// response in its block: status line, headers, empty line, payload. A
// .warc.gz file is the concatenation of gzip members, normally one per
// record, and a member is the unit of recovery: the offset a CDX index
// gives for a record is the offset of its member.
//
// # Why a small stdlib reader rather than internetarchive/gowarc
//
// Dateline needs one thing from a WARC — HTML response payloads with their
// target URI and date — and it needs it to survive damage: a truncated
// download or a corrupt record must cost that record only. gowarc is a
// full read/write library (spooling to temporary files, digest checking,
// dedup records) with its own error and memory policy; it is not among the
// project's dependencies, and its recovery behaviour is not the one we want.
// The format is simple enough that a few hundred lines of standard library
// code give exact control over memory (one record block at a time, capped)
// and over resynchronisation:
//
//   - .warc.gz: a damaged member (bad header, corrupt deflate data, checksum
//     mismatch, truncation) is reported and reading resumes at the next
//     gzip member, found by scanning for the gzip magic bytes — from just
//     past the damaged member's start when the input can seek, else from
//     where decoding stopped.
//   - plain .warc: after a damaged record the reader scans for the next line
//     starting "WARC/1.", including inside the damaged record's own block
//     when its Content-Length overran into the next record.
//
// The Reader starts no goroutines and holds at most one record block in
// memory (Reader.MaxRecordSize); larger blocks are skipped without being
// buffered. A payload still in a content coding (gzip, deflate) is decoded
// up to Reader.MaxPayloadSize; a larger one is reported and skipped, never
// cut. The gzip members of a .warc.gz are read through a guard.Inflation:
// a file that expands like a decompression bomb is refused as a whole.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/ingest/guard"
)

// DefaultMaxRecordSize caps the record block read into memory. CC-NEWS
// truncates payloads at 1 MiB; news pages are far smaller than this cap.
const DefaultMaxRecordSize = 16 << 20

// Record is an HTML response taken from a WARC file.
type Record struct {
	Type       string               // WARC-Type: always "response" from Next
	ID         string               // WARC-Record-ID
	TargetURI  string               // WARC-Target-URI: the page's URL
	Date       time.Time            // WARC-Date: when it was captured (UTC); zero if absent or invalid
	Header     textproto.MIMEHeader // all WARC headers
	Status     int                  // HTTP status (always 2xx from Next)
	HTTPHeader http.Header          // the archived HTTP response headers
	Body       io.Reader            // the payload: de-chunked and decompressed if the headers say so
	// Offset is where the record starts: a byte offset in a plain WARC file,
	// or the offset of the record's gzip member in a .warc.gz file (as in a
	// CDX index). Offsets count from where the Reader started reading.
	Offset int64
}

// ContentType returns the payload's media type (from the HTTP headers, else
// WARC-Identified-Payload-Type), with parameters such as charset.
func (r *Record) ContentType() string {
	if ct := r.HTTPHeader.Get("Content-Type"); ct != "" {
		return ct
	}
	return r.Header.Get("WARC-Identified-Payload-Type")
}

// RecordError reports a damaged record. It is not fatal: the next call to
// Next continues with the following record.
type RecordError struct {
	Offset    int64  // as Record.Offset
	ID        string // WARC-Record-ID, if it could be read
	TargetURI string // if it could be read
	Err       error
}

func (e *RecordError) Error() string { return e.where() + ": " + e.Err.Error() }

// where names the record.
func (e *RecordError) where() string {
	switch {
	case e.TargetURI != "":
		return fmt.Sprintf("warc record at offset %d (%s)", e.Offset, e.TargetURI)
	case e.ID != "":
		return fmt.Sprintf("warc record at offset %d (%s)", e.Offset, e.ID)
	}
	return fmt.Sprintf("warc record at offset %d", e.Offset)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Errors wrapped in a RecordError.
var (
	ErrTruncated = errors.New("record truncated")
	ErrCorrupt   = errors.New("corrupt record")
	ErrTooLarge  = errors.New("record larger than MaxRecordSize, skipped")
	ErrBadGzip   = errors.New("corrupt gzip member")
	// ErrPayloadTooLarge: the payload's content coding expands past
	// MaxPayloadSize.
	ErrPayloadTooLarge = errors.New("payload too large once decoded, skipped")
	errEndOfInput      = errors.New("end of member") // internal: the stream ended cleanly between records
)

// Stats counts what a Reader has seen so far.
type Stats struct {
	Records int   // well-formed records of any type
	HTML    int   // HTML responses returned by Next
	Errors  int   // RecordErrors returned
	Bytes   int64 // input bytes consumed (compressed for .warc.gz)
}

// Reader reads HTML response records from a WARC or WARC.gz stream.
type Reader struct {
	// MaxRecordSize is the largest record block held in memory (default
	// DefaultMaxRecordSize). An HTML response with a larger block is skipped
	// with an ErrTooLarge RecordError; other large records are skipped
	// silently. Set it before the first call to Next.
	MaxRecordSize int64
	// MaxPayloadSize is the largest payload after undoing its content
	// coding (default MaxRecordSize). A larger one is skipped with an
	// ErrPayloadTooLarge RecordError. Set it before the first call to Next.
	MaxPayloadSize int64

	in      *countingReader
	zbr     *bufio.Reader // buffered input (compressed for .warc.gz)
	seeker  io.Seeker     // the input, if it can seek back for resync
	base    int64         // the input's offset when reading began
	gz      *gzip.Reader
	inflate *guard.Inflation // r.gz, watched for bombs across members
	gzipped bool
	started bool

	s         stream
	inMember  bool  // s holds a live stream
	memberOff int64 // offset of the current gzip member
	resync    bool  // scanning for a good member after damage: stay quiet about false starts
	err       error // sticky: io.EOF or a fatal read error
	stats     Stats
}

// NewReader returns a Reader for r, detecting gzip compression from the
// first bytes. If r is an io.Seeker (an *os.File), resynchronisation after
// a corrupt gzip member can look back inside that member.
func NewReader(r io.Reader) *Reader {
	cr := &countingReader{r: r}
	rd := &Reader{in: cr, zbr: bufio.NewReaderSize(cr, 256<<10)}
	if sk, ok := r.(io.Seeker); ok {
		if off, err := sk.Seek(0, io.SeekCurrent); err == nil {
			rd.seeker, rd.base = sk, off
		}
	}
	return rd
}

// Stats returns counts so far.
func (r *Reader) Stats() Stats {
	st := r.stats
	st.Bytes = r.inputPos()
	return st
}

// Next returns the next HTML response record. It returns a *RecordError
// for a damaged record (call Next again to go on), io.EOF at the end, and
// any other error when the underlying reader fails (then stop).
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.MaxRecordSize <= 0 {
		r.MaxRecordSize = DefaultMaxRecordSize
	}
	if r.MaxPayloadSize <= 0 {
		r.MaxPayloadSize = r.MaxRecordSize
	}
	if !r.started {
		r.started = true
		head, _ := r.zbr.Peek(2)
		r.gzipped = len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
	}
	for {
		if r.in.err != nil {
			r.err = fmt.Errorf("warc: reading input: %w", r.in.err)
			return nil, r.err
		}
		if !r.inMember {
			err := r.openMember()
			if err == io.EOF {
				r.err = io.EOF
				return nil, io.EOF
			}
			if err != nil {
				if r.in.err != nil {
					continue
				}
				return nil, r.fail(err)
			}
		}
		quiet := r.resync // set before this record: damage here may be a false gzip magic
		rec, err := r.readRecord()
		switch {
		case rec != nil:
			r.resync = false
			r.stats.HTML++
			return rec, nil
		case err == nil: // a record we do not want
			r.resync = false
		case err == errEndOfInput:
			r.inMember = false
		default:
			if r.in.err != nil {
				continue
			}
			if quiet && (errors.Is(err, ErrBadGzip) || errors.Is(err, ErrCorrupt)) {
				continue
			}
			if re := (*RecordError)(nil); errors.As(err, &re) && errors.Is(re.Err, guard.ErrBomb) {
				// Not a RecordError: nothing after a bomb is read.
				r.stats.Errors++
				r.err = fmt.Errorf("%s: %w", re.where(), re.Err)
				return nil, r.err
			}
			return nil, r.fail(err)
		}
	}
}

func (r *Reader) fail(err error) error {
	r.stats.Errors++
	return err
}

// openMember starts the next gzip member (or, for a plain file, the one
// stream). It returns io.EOF at the end of input.
func (r *Reader) openMember() error {
	if !r.gzipped {
		if r.s.br != nil {
			return io.EOF // the plain stream ran to its end
		}
		r.s.reset(r.zbr)
		r.s.pos = 0
		r.inMember = true
		return nil
	}
	for {
		if _, err := r.zbr.Peek(1); err != nil {
			return io.EOF
		}
		r.memberOff = r.inputPos()
		var err error
		if r.gz == nil {
			if r.gz, err = gzip.NewReader(r.zbr); err == nil {
				r.inflate = guard.NewInflation(r.gz, r.inputPos)
			}
		} else {
			err = r.gz.Reset(r.zbr)
		}
		if err == nil {
			r.gz.Multistream(false)
			r.s.reset(r.inflate)
			r.inMember = true
			return nil
		}
		if r.in.err != nil {
			return r.in.err
		}
		off := r.memberOff
		r.scanToMember(off + 1)
		if r.resync {
			continue
		}
		r.resync = true
		return &RecordError{Offset: off, Err: fmt.Errorf("%w: %v", ErrBadGzip, err)}
	}
}

// readRecord parses one record from the current stream. It returns the
// record if it is an HTML response; (nil, nil) for a record it skipped;
// errEndOfInput when the stream ended cleanly; a *RecordError (after
// arranging recovery) for a damaged record.
func (r *Reader) readRecord() (*Record, error) {
	s := &r.s
	start := s.pos

	// Records are separated by CRLFCRLF; tolerate extra blank lines.
	var line []byte
	var err error
	for {
		line, err = s.readLine()
		if len(bytes.TrimRight(line, "\r\n")) > 0 || err != nil {
			break
		}
		start = s.pos
	}
	if err != nil && len(bytes.TrimSpace(line)) == 0 {
		if err == io.EOF {
			return nil, errEndOfInput
		}
		return nil, r.damaged(start, "", "", err)
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, r.damaged(start, "", "", fmt.Errorf("%w: expected a WARC version line, found %q", ErrCorrupt, clip(line)))
	}

	hdr, err := r.readHeader()
	id, uri := hdr.Get("WARC-Record-ID"), targetURI(hdr)
	if err != nil {
		return nil, r.damaged(start, id, uri, err)
	}
	length, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
	if err != nil || length < 0 {
		return nil, r.damaged(start, id, uri, fmt.Errorf("%w: bad Content-Length %q", ErrCorrupt, hdr.Get("Content-Length")))
	}

	isHTTP := strings.EqualFold(hdr.Get("WARC-Type"), "response") &&
		strings.HasPrefix(strings.ToLower(strings.TrimSpace(hdr.Get("Content-Type"))), "application/http")
	if !isHTTP {
		if err := s.discard(length); err != nil {
			return nil, r.damaged(start, id, uri, err)
		}
		if err := r.trailer(nil, start, id, uri); err != nil {
			return nil, err
		}
		r.stats.Records++
		return nil, nil
	}

	if length > r.MaxRecordSize {
		// Look at the HTTP head only, to tell an oversized page (worth
		// reporting) from an oversized image or video (not).
		head := make([]byte, min(length, maxLine))
		if n, err := s.readFull(head); err != nil {
			return nil, r.cutShort(head[:n], start, id, uri, err)
		}
		if err := s.discard(length - int64(len(head))); err != nil {
			return nil, r.damaged(start, id, uri, err)
		}
		if err := r.trailer(nil, start, id, uri); err != nil {
			return nil, err
		}
		r.stats.Records++
		if status, h, _, ok := parseHTTP(head); ok && status/100 == 2 && isHTML(h, hdr, nil) {
			return nil, &RecordError{Offset: r.offset(start), ID: id, TargetURI: uri,
				Err: fmt.Errorf("%w (%d bytes)", ErrTooLarge, length)}
		}
		return nil, nil
	}

	block := make([]byte, length)
	if n, err := s.readFull(block); err != nil {
		return nil, r.cutShort(block[:n], start, id, uri, err)
	}
	if err := r.trailer(block, start, id, uri); err != nil {
		return nil, err
	}
	r.stats.Records++

	status, h, payload, ok := parseHTTP(block)
	if !ok || status/100 != 2 || !isHTML(h, hdr, payload) {
		return nil, nil
	}
	payload, err = decodePayload(payload, h, r.MaxPayloadSize)
	if err != nil {
		return nil, &RecordError{Offset: r.offset(start), ID: id, TargetURI: uri, Err: err}
	}
	rec := &Record{
		Type:       "response",
		ID:         id,
		TargetURI:  uri,
		Header:     hdr,
		Status:     status,
		HTTPHeader: h,
		Body:       bytes.NewReader(payload),
		Offset:     r.offset(start),
	}
	if d := strings.TrimSpace(hdr.Get("WARC-Date")); d != "" {
		if t, err := time.Parse(time.RFC3339Nano, d); err == nil {
			rec.Date = t.UTC()
		}
	}
	return rec, nil
}

// readHeader reads WARC header lines up to the empty line.
func (r *Reader) readHeader() (textproto.MIMEHeader, error) {
	hdr := make(textproto.MIMEHeader, 12)
	var last string
	for n := 0; ; n++ {
		if n > 1000 {
			return hdr, fmt.Errorf("%w: too many header lines", ErrCorrupt)
		}
		line, err := r.s.readLine()
		if err == errLineTooLong {
			return hdr, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if err != nil && (err != io.EOF || len(line) == 0) {
			return hdr, err
		}
		if err == io.EOF { // a header cut off mid-line
			return hdr, io.ErrUnexpectedEOF
		}
		text := strings.TrimRight(string(line), "\r\n")
		if text == "" {
			return hdr, nil
		}
		if (text[0] == ' ' || text[0] == '\t') && last != "" {
			vals := hdr[last]
			vals[len(vals)-1] += " " + strings.TrimSpace(text)
			continue
		}
		name, value, ok := strings.Cut(text, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return hdr, fmt.Errorf("%w: malformed header line %q", ErrCorrupt, clip([]byte(text)))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		hdr[last] = append(hdr[last], strings.TrimSpace(value))
	}
}

// trailer consumes the CRLFCRLF after a block. It is lenient — fewer line
// ends are accepted before the end of input or the next "WARC/" line — but
// anything else means Content-Length was wrong, and the record is reported
// as corrupt. If the block was buffered and contains the start of the next
// record (Content-Length too large), that tail is pushed back to be read
// again.
func (r *Reader) trailer(block []byte, start int64, id, uri string) error {
	s := &r.s
	next, err := s.peek(9)
	k := 0
	for k < len(next) && k < 4 && (next[k] == '\r' || next[k] == '\n') {
		k++
	}
	rest := next[k:]
	if err != nil && err != io.EOF {
		// The data after the block is unreadable (in a .warc.gz, often a
		// checksum mismatch at the member's end): the block cannot be trusted.
		return r.damaged(start, id, uri, err)
	}
	if k == 4 || (len(rest) == 0 && err == io.EOF) || bytes.HasPrefix(rest, []byte("WARC/")) {
		s.skip(k)
		return nil
	}
	cause := fmt.Errorf("%w: block does not end where Content-Length says", ErrCorrupt)
	if i := indexRecordStart(block); i >= 0 {
		s.unread(block[i:])
		return &RecordError{Offset: r.offset(start), ID: id, TargetURI: uri, Err: cause}
	}
	return r.damaged(start, id, uri, cause)
}

// cutShort handles a block that ended before Content-Length bytes. If what
// was read holds the start of another record, the Content-Length was wrong
// (the record is corrupt, not truncated) and reading resumes there.
func (r *Reader) cutShort(got []byte, start int64, id, uri string, err error) error {
	if err == io.ErrUnexpectedEOF {
		if i := indexRecordStart(got); i >= 0 {
			r.s.unread(got[i:])
			return &RecordError{Offset: r.offset(start), ID: id, TargetURI: uri,
				Err: fmt.Errorf("%w: Content-Length runs past the next record", ErrCorrupt)}
		}
	}
	return r.damaged(start, id, uri, err)
}

// indexRecordStart finds a line starting "WARC/1." inside a block.
func indexRecordStart(block []byte) int {
	if j := bytes.Index(block, []byte("\nWARC/1.")); j >= 0 {
		return j + 1
	}
	return -1
}

// damaged reports a damaged record and moves the stream to where the next
// good record can be looked for.
func (r *Reader) damaged(start int64, id, uri string, cause error) error {
	if r.in.err != nil {
		return r.in.err
	}
	switch {
	case cause == io.EOF || cause == io.ErrUnexpectedEOF:
		cause = ErrTruncated
		// The stream (file or member) ended cleanly: the next member, if
		// any, follows directly.
		r.inMember = false
	case r.gzipped && isGzipError(cause):
		cause = fmt.Errorf("%w: %v", ErrBadGzip, cause)
		r.inMember = false
		r.scanToMember(r.memberOff + 1)
		r.resync = true
	case r.gzipped:
		// A WARC-level error inside a good member: the next record starts
		// with the next member, unless this member holds several records.
		if !r.scanStream() {
			r.inMember = false
		}
	default:
		r.scanStream()
	}
	return &RecordError{Offset: r.offset(start), ID: id, TargetURI: uri, Err: cause}
}

func isGzipError(err error) bool {
	var ce flate.CorruptInputError
	return errors.As(err, &ce) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)
}

// scanStream skips lines until one starts with "WARC/1." and leaves it to
// be read next. It reports whether one was found before the stream ended.
func (r *Reader) scanStream() bool {
	for {
		line, err := r.s.readLine()
		if bytes.HasPrefix(line, []byte("WARC/1.")) {
			r.s.unread(append([]byte(nil), line...))
			return true
		}
		if err != nil && err != errLineTooLong {
			return false
		}
	}
}

// scanToMember positions the compressed input at the next gzip magic at or
// after offset from (seeking back when possible, else from the current
// position).
func (r *Reader) scanToMember(from int64) {
	if r.seeker != nil && from < r.inputPos() {
		if _, err := r.seeker.Seek(r.base+from, io.SeekStart); err == nil {
			r.in.n = from
			r.zbr.Reset(r.in)
		}
	}
	magic := []byte{0x1f, 0x8b, 0x08}
	for {
		buf, err := r.zbr.Peek(r.zbr.Size())
		if i := bytes.Index(buf, magic); i >= 0 {
			_, _ = r.zbr.Discard(i)
			return
		}
		if err != nil {
			_, _ = r.zbr.Discard(len(buf))
			return
		}
		_, _ = r.zbr.Discard(len(buf) - len(magic) + 1)
	}
}

// inputPos is the offset of the next unread input byte.
func (r *Reader) inputPos() int64 { return r.in.n - int64(r.zbr.Buffered()) }

// offset converts a stream position to a Record.Offset.
func (r *Reader) offset(streamPos int64) int64 {
	if r.gzipped {
		return r.memberOff
	}
	return streamPos
}

// parseHTTP splits an HTTP response block into status, headers and payload.
// It is lenient: malformed header lines are skipped.
func parseHTTP(block []byte) (status int, h http.Header, payload []byte, ok bool) {
	end := bytes.IndexByte(block, '\n')
	if end < 0 || !bytes.HasPrefix(block, []byte("HTTP/")) {
		return 0, nil, nil, false
	}
	fields := strings.Fields(string(block[:end]))
	if len(fields) < 2 {
		return 0, nil, nil, false
	}
	status, err := strconv.Atoi(fields[1])
	if err != nil {
		return 0, nil, nil, false
	}
	h = make(http.Header, 16)
	rest := block[end+1:]
	for len(rest) > 0 {
		i := bytes.IndexByte(rest, '\n')
		var line []byte
		if i < 0 {
			line, rest = rest, nil
		} else {
			line, rest = rest[:i], rest[i+1:]
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 {
			return status, h, rest, true
		}
		name, value, found := bytes.Cut(line, []byte(":"))
		if !found || len(bytes.TrimSpace(name)) == 0 {
			continue
		}
		h.Add(string(bytes.TrimSpace(name)), string(bytes.TrimSpace(value)))
	}
	return status, h, nil, true // headers only
}

// isHTML decides from the HTTP Content-Type, else the crawler's identified
// payload type, else by sniffing the payload.
func isHTML(h http.Header, warcHdr textproto.MIMEHeader, payload []byte) bool {
	ct := h.Get("Content-Type")
	if ct == "" {
		ct = warcHdr.Get("WARC-Identified-Payload-Type")
	}
	if ct == "" && payload != nil {
		ct = http.DetectContentType(payload)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(ct), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodePayload undoes chunked transfer coding and gzip/deflate content
// coding when the archived headers say they are still applied. Crawlers
// differ (Common Crawl stores decoded payloads and renames the headers), so
// a payload that does not decode is returned as it is. A payload that
// decodes to more than limit bytes is an ErrPayloadTooLarge: cutting it
// would pass a part for the page.
func decodePayload(payload []byte, h http.Header, limit int64) ([]byte, error) {
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		var err error
		if payload, err = undo(payload, httputil.NewChunkedReader(bytes.NewReader(payload)), limit, "chunked"); err != nil {
			return nil, err
		}
	}
	switch coding := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); coding {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(payload))
		if err != nil {
			return payload, nil
		}
		return undo(payload, zr, limit, coding)
	case "deflate":
		return undo(payload, flate.NewReader(bytes.NewReader(payload)), limit, coding)
	}
	return payload, nil
}

// undo reads dec, a decoding of payload: payload itself when it does not
// decode, an ErrPayloadTooLarge when it decodes to more than limit bytes.
func undo(payload []byte, dec io.Reader, limit int64, coding string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(dec, limit+1))
	switch {
	case int64(len(b)) > limit:
		return nil, fmt.Errorf("%w: its %s coding expands past %d bytes", ErrPayloadTooLarge, coding, limit)
	case err != nil:
		return payload, nil
	}
	return b, nil
}

// targetURI returns WARC-Target-URI without the angle brackets some WARC
// 1.1 writers (following an erratum) put around it.
func targetURI(h textproto.MIMEHeader) string {
	u := strings.TrimSpace(h.Get("WARC-Target-URI"))
	return strings.TrimSuffix(strings.TrimPrefix(u, "<"), ">")
}

func clip(b []byte) string {
	b = bytes.TrimRight(b, "\r\n")
	if len(b) > 40 {
		b = b[:40]
	}
	return string(b)
}

// countingReader counts bytes read and remembers a real read error (io.EOF
// is not one), so that damage in the data is told apart from a failing disk.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}
