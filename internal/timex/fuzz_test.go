package timex

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
)

func checkSpans(t *testing.T, text string, refs []domain.DateRef) {
	t.Helper()
	prevEnd := 0
	for _, r := range refs {
		if r.Start < 0 || r.End > len(text) || r.Start >= r.End {
			t.Fatalf("span [%d,%d) outside text of %d bytes", r.Start, r.End, len(text))
		}
		if r.Start < prevEnd {
			t.Fatalf("span [%d,%d) overlaps the previous one (ends %d)", r.Start, r.End, prevEnd)
		}
		prevEnd = r.End
		if text[r.Start:r.End] != r.Text {
			t.Fatalf("Text %q is not text[%d:%d] %q", r.Text, r.Start, r.End, text[r.Start:r.End])
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[r.Start]) || r.End < len(text) && !utf8.RuneStart(text[r.End])) {
			t.Fatalf("span [%d,%d) cuts a UTF-8 sequence in %q", r.Start, r.End, text)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, c := range timemlCases {
		f.Add(c.text)
	}
	f.Add("from 2003 until 2010, on Saturday, Dec. 10, 2016 at 5 p.m. EST")
	f.Add("Ünïcödé — “on Monday” 8 November…")
	f.Add("May May May 2016-13-45 99/99/9999 the the third quarter of")
	dct := time.Date(2016, 10, 31, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		checkSpans(t, text, Tag(text, dct))
		checkSpans(t, text, TagTimeML(text, dct))
		checkSpans(t, text, Tag(text, time.Time{}))
		_, _ = DocumentDate(text, dct)
		_ = EventDate(domain.Post{Text: text, Caption: text}, dct)
	})
}

func FuzzAnnotateTimeML(f *testing.F) {
	f.Add([]byte(`<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2016-10-31" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>They met on Saturday &amp; <EVENT eid="e1">left</EVENT> last week.</TEXT></TimeML>`))
	f.Add([]byte(`<TEXT>a <!-- c --> <![CDATA[on Monday]]> &#x41; &bogus; next year</TEXT>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 8192 {
			return
		}
		var out bytes.Buffer
		if err := AnnotateTimeML(bytes.NewReader(in), &out); err != nil {
			return
		}
		if strings.Contains(string(in), "TIMEX3") {
			return // the check below only tells added tags from others when there are none
		}
		if got := stripNewTimex(out.String()); got != string(in) {
			t.Fatalf("removing the added tags does not give the input back:\nin:  %q\nout: %q", in, out.String())
		}
	})
}
