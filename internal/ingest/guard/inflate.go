package guard

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
)

// Decompression bombs.
//
// Text compresses 3 to 10 times, HTML and JSON up to about 20; gigabytes of
// zeros or newlines compress about 1,000 times, the most deflate can. A
// stream is refused once some Window of its output came from less than
// 1/MaxRatio as many compressed bytes. Measuring window by window, not over
// the whole stream, catches a bomb appended to a long honest file; it
// bounds what any input can make the reader inflate to about MaxRatio
// times its size, and a bomb is refused within one Window of output
// (milliseconds).
const (
	MaxRatio = 100
	Window   = 16 << 20
)

// Inflation is a decompressed stream that fails with ErrBomb when it
// expands more than MaxRatio times over a Window of output.
type Inflation struct {
	ratio    int64 // MaxRatio, or less in tests
	window   int64 // Window, or less in tests
	r        io.Reader
	consumed func() int64 // compressed bytes read so far
	out      int64        // output bytes in this window
	in0      int64        // consumed at the window's start
	err      error        // sticky
}

// NewInflation watches r, the output of a decompressor whose input
// position consumed reports.
func NewInflation(r io.Reader, consumed func() int64) *Inflation {
	return &Inflation{ratio: MaxRatio, window: Window, r: r, consumed: consumed, in0: consumed()}
}

func (f *Inflation) Read(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.r.Read(p)
	f.out += int64(n)
	if f.out >= f.window {
		in := f.consumed() - f.in0
		if f.out > f.ratio*in {
			f.err = fmt.Errorf("%w: %d MiB of output from %d KiB of input (text expands at most some twenty times)", ErrBomb, f.out>>20, in>>10)
			return n, f.err
		}
		f.out, f.in0 = 0, f.consumed()
	}
	return n, err
}

// Gunzip returns a reader of the gzip stream in br (all members), guarded
// by an Inflation.
func Gunzip(br *bufio.Reader) (io.Reader, error) {
	c := &counter{br: br}
	zr, err := gzip.NewReader(c)
	if err != nil {
		return nil, err
	}
	return NewInflation(zr, func() int64 { return c.n }), nil
}

// counter counts the bytes read from br. It is an io.ByteReader, so that
// the decompressor reads from it directly, byte by byte as it needs, and the
// count is exact.
type counter struct {
	br *bufio.Reader
	n  int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *counter) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
