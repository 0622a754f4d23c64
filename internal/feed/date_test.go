package feed

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	for _, tc := range []struct {
		in   string
		want time.Time // zero: must fail
	}{
		// RFC 1123 variants.
		{"Mon, 31 Oct 2016 14:02:00 +0000", utc(2016, 10, 31, 14, 2, 0)},
		{"Tue, 31 Oct 2016 14:02:00 +0000", utc(2016, 10, 31, 14, 2, 0)}, // wrong weekday
		{"Mon, 31 Oct 2016 14:02 +0000", utc(2016, 10, 31, 14, 2, 0)},    // no seconds
		{"Mon, 31 Oct 2016 14:02:00 EST", utc(2016, 10, 31, 19, 2, 0)},
		{"Mon, 31 Oct 2016 09:02:00 -0500 (EST)", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon, 31 Oct 2016 14:02:00 +0000 (UTC)", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon, 31 Oct 2016 14:02:00 Z", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon, 31 Oct 2016 15:02:00 GMT+1", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon, 31 Oct 2016 19:32:00 UTC+05:30", utc(2016, 10, 31, 14, 2, 0)},
		{"Monday, 31-Oct-16 14:02:00 GMT", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon,31 Oct 2016 14:02:00 +0000", utc(2016, 10, 31, 14, 2, 0)},
		{"31 Oct 2016 10:02:00 EDT", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon, 31 Oct 2016 14:02:00 CET", utc(2016, 10, 31, 13, 2, 0)},
		{"Mon, 31 October 2016 14:02:00 PST", utc(2016, 10, 31, 22, 2, 0)},
		{"Mon 31 Oct 2016 2:02 PM", utc(2016, 10, 31, 14, 2, 0)},
		{"Mon, 31 Oct 2016 2:02pm BST", utc(2016, 10, 31, 13, 2, 0)},
		{"Sept 30, 2016", utc(2016, 9, 30, 0, 0, 0)},
		// ISO 8601 and friends.
		{"2016-10-31T14:02:00Z", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31T14:02:00.000+0000", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31T16:02:00+02:00", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31T14:02:00", utc(2016, 10, 31, 14, 2, 0)}, // no zone: UTC
		{"2016-10-31T14:02", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31 14:02", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31 14:02:00 -0000", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31 09:02:00 -05", utc(2016, 10, 31, 14, 2, 0)},
		{"2016-10-31", utc(2016, 10, 31, 0, 0, 0)},
		{"2016/10/31 14:02", utc(2016, 10, 31, 14, 2, 0)},
		{"20161031T140200Z", utc(2016, 10, 31, 14, 2, 0)},
		// Prose dates.
		{"October 31, 2016", utc(2016, 10, 31, 0, 0, 0)},
		{"October 31st, 2016 at 2:02 p.m.", utc(2016, 10, 31, 14, 2, 0)},
		{"Monday, October 31st, 2016 at 10:02 am EDT", utc(2016, 10, 31, 14, 2, 0)},
		{"31st October 2016", utc(2016, 10, 31, 0, 0, 0)},
		{"Oct. 31, 2016 2:02 PM ET", utc(2016, 10, 31, 19, 2, 0)},
		{"Mon, 31 Oct 2016 14:02:00 XYZT", utc(2016, 10, 31, 14, 2, 0)}, // unknown zone: read as UTC
		{"31.10.2016 14:02", utc(2016, 10, 31, 14, 2, 0)},
		{"1477922520", utc(2016, 10, 31, 14, 2, 0)},
		{"1477922520000", utc(2016, 10, 31, 14, 2, 0)},
		// Not dates.
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"2016-13-45", time.Time{}},
		{"Mon, 31 Oct 2016 14:02:00 +9999", time.Time{}},
	} {
		got, ok := parseDate(tc.in)
		if ok != !tc.want.IsZero() || !got.Equal(tc.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
		if ok && got.Location() != time.UTC {
			t.Errorf("parseDate(%q) not in UTC", tc.in)
		}
	}
}
