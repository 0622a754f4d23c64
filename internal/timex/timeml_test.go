package timex

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestParseTimeML(t *testing.T) {
	data, err := os.ReadFile("testdata/wire.tml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ParseTimeML(data)
	if err != nil {
		t.Fatal(err)
	}
	if !d.DCT.Equal(time.Date(2016, 10, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DCT = %v", d.DCT)
	}
	if !strings.Contains(d.Text, "met earlier this month & again") || strings.Contains(d.Text, "<") {
		t.Errorf("plain text not decoded: %q", d.Text)
	}
	if len(d.Timexes) != 1 || d.Timexes[0].Text != "Sept. 12" || d.Timexes[0].Value != "2016-09-12" {
		t.Errorf("existing timexes = %+v", d.Timexes)
	}
}

// TestAnnotateTimeMLGolden: the output is the input plus TIMEX3 tags.
func TestAnnotateTimeMLGolden(t *testing.T) {
	in, err := os.ReadFile("testdata/wire.tml")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := AnnotateTimeML(bytes.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "wire.golden.tml")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("output differs from %s:\n%s", golden, out.String())
	}
	if got := stripNewTimex(out.String()); got != string(in) {
		t.Errorf("removing the added tags does not give the input back")
	}
	for _, want := range []string{
		`<TIMEX3 tid="t8" type="DATE" value="2016-11-05">Saturday</TIMEX3>`,
		`<TIMEX3 tid="t10" type="DATE" value="2016-W43">last week</TIMEX3>`,
		`<TIMEX3 tid="t11" type="DATE" value="2016-10">earlier this month</TIMEX3>`,
		`<TIMEX3 tid="t13" type="DURATION" value="P3D">the past three days</TIMEX3>`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("missing %s", want)
		}
	}
}

var newTimex = regexp.MustCompile(`<TIMEX3 tid="t\d+" type="[A-Z]+" value="[^"]*">|</TIMEX3>`)

// stripNewTimex removes the tags AnnotateTimeML adds (its open tags have
// exactly three attributes) and their close tags, keeping the close tags of
// the TIMEX3 elements that were there before.
func stripNewTimex(s string) string {
	var b strings.Builder
	depth := []bool{} // stack: was this TIMEX3 added?
	pos := 0
	for _, loc := range regexp.MustCompile(`<TIMEX3[^>]*>|</TIMEX3>`).FindAllStringIndex(s, -1) {
		tag := s[loc[0]:loc[1]]
		b.WriteString(s[pos:loc[0]])
		pos = loc[1]
		switch {
		case tag == "</TIMEX3>":
			added := depth[len(depth)-1]
			depth = depth[:len(depth)-1]
			if !added {
				b.WriteString(tag)
			}
		default:
			added := newTimex.MatchString(tag) && !strings.Contains(tag, "functionInDocument") && strings.Count(tag, "=") == 3
			depth = append(depth, added)
			if !added {
				b.WriteString(tag)
			}
		}
	}
	b.WriteString(s[pos:])
	return b.String()
}

func TestAnnotateTimeMLErrors(t *testing.T) {
	for _, in := range []string{
		"no text element",
		"<TimeML><TEXT>open <EVENT>never closed</TEXT></TimeML>",
		"<TimeML><TEXT>unclosed text",
	} {
		var out bytes.Buffer
		if err := AnnotateTimeML(strings.NewReader(in), &out); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}
