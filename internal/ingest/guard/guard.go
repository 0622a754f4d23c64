// Package guard holds the checks that keep hostile input out of the
// readers: a decompression-bomb guard for every compressed stream, and one
// detector of binary data for every kind of decoded text.
//
// Both are shared by packages ingest (files, gzip, JSON lines, feeds), warc
// (gzip members and payload content codings) and extract (HTML after
// charset decoding), so that every format refuses the same inputs with the
// same errors.
package guard

import "errors"

// ErrBinary is returned for data that is not text.
var ErrBinary = errors.New("binary data, not text")

// ErrBomb is returned for a compressed stream that expands far more than
// text does.
var ErrBomb = errors.New("decompression bomb")
