package warc

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// maxLine bounds a WARC or HTTP header line; a longer one marks the record
// as corrupt instead of growing a buffer without limit.
const maxLine = 64 << 10

var errLineTooLong = errors.New("header line too long")

// stream is the uncompressed byte stream records are parsed from: the whole
// file for plain WARC, one gzip member for .warc.gz. It counts what it
// consumes (for record offsets) and can push bytes back, which resync uses
// to re-read the tail of a record whose Content-Length overran the next
// record.
type stream struct {
	br      *bufio.Reader
	pending []byte // pushed-back bytes, read before br
	pos     int64  // bytes consumed since the stream began
}

func (s *stream) reset(r io.Reader) {
	if s.br == nil {
		s.br = bufio.NewReaderSize(r, maxLine)
	} else {
		s.br.Reset(r)
	}
	s.pending = nil
	s.pos = 0
}

// unread pushes b back in front of the stream.
func (s *stream) unread(b []byte) {
	if len(b) == 0 {
		return
	}
	p := make([]byte, 0, len(b)+len(s.pending))
	p = append(p, b...)
	s.pending = append(p, s.pending...)
	s.pos -= int64(len(b))
}

// readLine returns the next line including its '\n' (or the final bytes
// before EOF, with io.EOF). The slice is valid until the next call.
func (s *stream) readLine() ([]byte, error) {
	if len(s.pending) > 0 {
		if i := bytes.IndexByte(s.pending, '\n'); i >= 0 {
			line := s.pending[:i+1]
			s.pending = s.pending[i+1:]
			s.pos += int64(len(line))
			return line, nil
		}
		head := s.pending
		s.pending = nil
		s.pos += int64(len(head))
		if len(head) > maxLine {
			return head, errLineTooLong
		}
		rest, err := s.br.ReadSlice('\n')
		s.pos += int64(len(rest))
		line := append(append([]byte(nil), head...), rest...)
		if err == bufio.ErrBufferFull || len(line) > maxLine {
			return line, errLineTooLong
		}
		return line, err
	}
	line, err := s.br.ReadSlice('\n')
	s.pos += int64(len(line))
	if err == bufio.ErrBufferFull {
		return line, errLineTooLong
	}
	return line, err
}

// readFull fills p, returning how much it got and io.ErrUnexpectedEOF if
// the stream ends first.
func (s *stream) readFull(p []byte) (int, error) {
	n := copy(p, s.pending)
	s.pending = s.pending[n:]
	s.pos += int64(n)
	m, err := io.ReadFull(s.br, p[n:])
	s.pos += int64(m)
	if err == io.EOF && n+m < len(p) {
		err = io.ErrUnexpectedEOF
	}
	return n + m, err
}

// discard skips n bytes without buffering them.
func (s *stream) discard(n int64) error {
	k := int64(len(s.pending))
	if k > n {
		k = n
	}
	s.pending = s.pending[k:]
	s.pos += k
	n -= k
	for n > 0 {
		chunk := n
		if chunk > 1<<30 {
			chunk = 1 << 30
		}
		d, err := s.br.Discard(int(chunk))
		s.pos += int64(d)
		n -= int64(d)
		if err != nil {
			if err == io.EOF {
				return io.ErrUnexpectedEOF
			}
			return err
		}
	}
	return nil
}

// peek returns up to n upcoming bytes without consuming them; fewer at the
// end of the stream (err then says why).
func (s *stream) peek(n int) ([]byte, error) {
	if len(s.pending) >= n {
		return s.pending[:n], nil
	}
	b, err := s.br.Peek(n - len(s.pending))
	if len(s.pending) == 0 {
		return b, err
	}
	return append(append([]byte(nil), s.pending...), b...), err
}

// skip consumes n bytes already seen through peek.
func (s *stream) skip(n int) {
	k := min(n, len(s.pending))
	s.pending = s.pending[k:]
	if n > k {
		_, _ = s.br.Discard(n - k)
	}
	s.pos += int64(n)
}
