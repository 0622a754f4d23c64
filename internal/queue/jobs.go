package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/warc"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Kinds of job.
const (
	KindFile      = "file"      // bytes of a file, or of a part of one, in the message
	KindSection   = "section"   // a part of a file every worker can read
	KindURL       = "url"       // a web address, fetched by the worker
	KindDocuments = "documents" // documents already read (feed items)
)

// Job is one unit of work as it is enqueued.
type Job struct {
	Kind string
	// Name is the path or URL as given: documents' sources name it.
	Name string
	// Data is the bytes of a file job, starting at Offset in the file.
	Data []byte
	// Path, Offset and Length locate a section job's bytes.
	Path           string
	Offset, Length int64
	// Outlet is the outlet of documents that name none.
	Outlet string
	// Docs are a documents job's documents.
	Docs []domain.Document
}

// wireDoc is a document as a documents job carries it: the fields its
// JSON form leaves out as well.
type wireDoc struct {
	domain.Document
	Raw         string    `json:"raw"`
	PrecutPosts bool      `json:"precut_posts,omitempty"`
	HTML        bool      `json:"html,omitempty"`
	ContentType string    `json:"content_type,omitempty"`
	NotAfter    time.Time `json:"not_after,omitzero"`
}

// message encodes a job (see the package comment).
func (j Job) message() (*nats.Msg, error) {
	m := nats.NewMsg(JobSubject)
	m.Header.Set(hKind, j.Kind)
	setText(m.Header, hName, j.Name)
	if j.Outlet != "" {
		setText(m.Header, hOutlet, j.Outlet)
	}
	switch j.Kind {
	case KindFile:
		m.Data = j.Data
		m.Header.Set(hOffset, strconv.FormatInt(j.Offset, 10))
	case KindSection:
		setText(m.Header, hPath, j.Path)
		m.Header.Set(hOffset, strconv.FormatInt(j.Offset, 10))
		m.Header.Set(hLength, strconv.FormatInt(j.Length, 10))
	case KindURL:
	case KindDocuments:
		ws := make([]wireDoc, len(j.Docs))
		for i, d := range j.Docs {
			ws[i] = wireDoc{Document: d, Raw: d.Raw, PrecutPosts: d.PrecutPosts, HTML: d.HTML, ContentType: d.ContentType, NotAfter: d.NotAfter}
		}
		b, err := json.Marshal(ws)
		if err != nil {
			return nil, err
		}
		m.Data = b
	default:
		return nil, fmt.Errorf("unknown kind of job %q", j.Kind)
	}
	// the message's identity for JetStream's duplicate window
	h := sha256.New()
	for _, k := range []string{hKind, hName, hOutlet, hPath, hOffset, hLength} {
		fmt.Fprintf(h, "%s=%s\x00", k, m.Header.Get(k))
	}
	h.Write(m.Data)
	m.Header.Set(jetstream.MsgIDHeader, hex.EncodeToString(h.Sum(nil)[:16]))
	return m, nil
}

// decode reads a job from a message.
func decode(h nats.Header, data []byte) (Job, error) {
	j := Job{Kind: h.Get(hKind), Name: text(h, hName), Outlet: text(h, hOutlet)}
	num := func(key string) (int64, error) {
		n, err := strconv.ParseInt(h.Get(key), 10, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad %s header %q", key, h.Get(key))
		}
		return n, nil
	}
	var err error
	switch j.Kind {
	case KindFile:
		j.Data = data
		j.Offset, err = num(hOffset)
	case KindSection:
		j.Path = text(h, hPath)
		if j.Offset, err = num(hOffset); err == nil {
			j.Length, err = num(hLength)
		}
	case KindURL:
		if !ingest.IsURL(j.Name) {
			err = fmt.Errorf("not a web address: %q", j.Name)
		}
	case KindDocuments:
		var ws []wireDoc
		if err = json.Unmarshal(data, &ws); err == nil {
			for _, w := range ws {
				d := w.Document
				d.Raw, d.PrecutPosts, d.HTML, d.ContentType, d.NotAfter = w.Raw, w.PrecutPosts, w.HTML, w.ContentType, w.NotAfter
				j.Docs = append(j.Docs, d)
			}
		}
	default:
		err = fmt.Errorf("unknown kind of job %q", j.Kind)
	}
	return j, err
}

// Enqueue publishes a job and waits for the stream to store it. It
// reports whether the stream already held it (within its duplicate
// window).
func (q *Queue) Enqueue(ctx context.Context, j Job) (duplicate bool, err error) {
	m, err := j.message()
	if err != nil {
		return false, err
	}
	ack, err := q.js.PublishMsg(ctx, m)
	if err != nil {
		return false, fmt.Errorf("enqueue %s: %w", j.Name, err)
	}
	return ack.Duplicate, nil
}

// Plan turns enqueue's arguments into jobs, calling fn for each: a web
// address is a url job; a file of up to maxInline bytes is a file job;
// a larger WARC file is cut at record boundaries into parts of about
// maxInline/2 bytes, each a file job (or, when one record alone is too
// large, a section job); any other larger file is a section job naming
// its absolute path, for workers that share the file system. Directories
// are walked as by ingest, and "-" is standard input (at most maxInline
// bytes). Arguments that cannot be read are returned as errors; an error
// from fn stops the plan and is returned last.
func Plan(args []string, stdin io.Reader, outlet string, maxInline int64, fn func(Job) error) []error {
	var errs []error
	var files []string
	for _, a := range args {
		if ingest.IsURL(a) {
			if err := fn(Job{Kind: KindURL, Name: a, Outlet: outlet}); err != nil {
				return append(errs, err)
			}
			continue
		}
		if a == "-" {
			data, err := io.ReadAll(io.LimitReader(stdin, maxInline+1))
			if err == nil && int64(len(data)) > maxInline {
				err = fmt.Errorf("more than %d bytes: save it to a file the workers can read", maxInline)
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("standard input: %w", err))
				continue
			}
			if err := fn(Job{Kind: KindFile, Name: "-", Data: data, Outlet: outlet}); err != nil {
				return append(errs, err)
			}
			continue
		}
		files = append(files, a)
	}
	inputs, rerrs := ingest.Expand(files, nil)
	errs = append(errs, rerrs...)
	for _, in := range inputs {
		jerr, err := planFile(in.Name, in.Size, outlet, maxInline, fn)
		if err != nil {
			return append(errs, err)
		}
		if jerr != nil {
			errs = append(errs, fmt.Errorf("%q: %w", in.Name, jerr))
		}
	}
	return errs
}

// planFile makes the jobs of one file. It returns the file's own error
// apart from fn's.
func planFile(name string, size int64, outlet string, maxInline int64, fn func(Job) error) (fileErr, fnErr error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return err, nil
	}
	cuts := []int64{0}
	if size > maxInline && ingest.FormatOf(name) == ingest.FormatWARC {
		f, err := os.Open(name)
		if err != nil {
			return err, nil
		}
		cuts, err = warc.Cuts(f, max(1, maxInline/2))
		f.Close()
		if err != nil {
			return err, nil
		}
	}
	cuts = append(cuts, size)
	for i := range len(cuts) - 1 {
		off, n := cuts[i], cuts[i+1]-cuts[i]
		j := Job{Kind: KindSection, Name: name, Path: abs, Offset: off, Length: n, Outlet: outlet}
		if n <= maxInline {
			data, err := readSection(name, off, n)
			if err != nil {
				return err, nil
			}
			j = Job{Kind: KindFile, Name: name, Data: data, Offset: off, Outlet: outlet}
		}
		if err := fn(j); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

func readSection(path string, off, n int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, n)
	if _, err := f.ReadAt(data, off); err != nil && !(errors.Is(err, io.EOF) && n == 0) {
		return nil, err
	}
	return data, nil
}

// oneLine makes an error fit a header: one line, at most 2,000 bytes.
func oneLine(err error) string {
	s := strings.Join(strings.Fields(strings.ToValidUTF8(err.Error(), "\uFFFD")), " ")
	if len(s) > 2000 {
		cut := 2000
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// setText sets a header to any text: "%", line breaks and other control
// characters, which a header cannot hold, are %-escaped.
func setText(h nats.Header, key, v string) {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == '%' || c < 0x20 || c == 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	h.Set(key, b.String())
}

// text reads a header set by setText.
func text(h nats.Header, key string) string {
	v := h.Get(key)
	if s, err := url.PathUnescape(v); err == nil {
		return s
	}
	return v
}

// EnqueueDocuments publishes documents already read (new feed items) as
// documents jobs named name, as many to a job as fit in maxBytes.
func (q *Queue) EnqueueDocuments(ctx context.Context, name string, docs []domain.Document, maxBytes int64) error {
	if len(docs) == 0 {
		return nil
	}
	j := Job{Kind: KindDocuments, Name: name, Docs: docs}
	m, err := j.message()
	if err != nil {
		return err
	}
	if int64(len(m.Data)) > maxBytes && len(docs) > 1 {
		half := len(docs) / 2
		if err := q.EnqueueDocuments(ctx, name, docs[:half], maxBytes); err != nil {
			return err
		}
		return q.EnqueueDocuments(ctx, name, docs[half:], maxBytes)
	}
	if _, err := q.js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("enqueue %s: %w", name, err)
	}
	return nil
}
