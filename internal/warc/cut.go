package warc

import (
	"errors"
	"io"
)

// Cuts returns where a WARC or WARC.gz file read from r can be cut into
// parts of about size bytes (or more: a part holds whole records), each
// part a WARC file of its own: 0, then the offsets of the records that
// start a part. Records are cut between HTML responses, at the start of
// one (its gzip member in a .warc.gz, so that each part is a gzip stream
// of whole members); the records before the first response and between two
// responses stay with the part before, so that each part holds one. A .warc.gz compressed as one stream has no cut but 0.
// Damaged records are passed over; a read error of r is returned.
func Cuts(r io.Reader, size int64) ([]int64, error) {
	rd := NewReader(r)
	cuts := []int64{0}
	held := false // the part so far holds a response
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return cuts, nil
		}
		if re := (*RecordError)(nil); errors.As(err, &re) {
			continue
		}
		if err != nil {
			return cuts, err
		}
		if held && rec.Offset-cuts[len(cuts)-1] >= size {
			cuts = append(cuts, rec.Offset)
		}
		held = true
	}
}
