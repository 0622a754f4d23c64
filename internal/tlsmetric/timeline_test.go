package tlsmetric

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

const dashes = "--------------------------------"

func TestReadTimeline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Timeline
	}{
		{"newest first, trailing spaces",
			"2010-09-19\nSealed . \n" + dashes + "\n2010-09-17\nCement .\nMore .\n" + dashes + "\n",
			Timeline{day("2010-09-19"): {"Sealed ."}, day("2010-09-17"): {"Cement .", "More ."}}},
		{"repeated day merged in file order",
			"2009-05-04\nA .\n" + dashes + "\n2009-05-03\nB .\n" + dashes + "\n2009-05-04\nC .\n" + dashes + "\n",
			Timeline{day("2009-05-04"): {"A .", "C ."}, day("2009-05-03"): {"B ."}}},
		{"blank lines, no final separator, CRLF",
			"\r\n2001-01-01\r\n\r\nA .\r\n",
			Timeline{day("2001-01-01"): {"A ."}}},
		{"day line ends a block", "2001-01-01\nA .\n2001-01-02\nB .\n",
			Timeline{day("2001-01-01"): {"A ."}, day("2001-01-02"): {"B ."}}},
		{"day without sentences", "2001-01-01\n" + dashes + "\n", Timeline{day("2001-01-01"): nil}},
		{"impossible date is a sentence", "2001-01-01\n2001-02-30\n", Timeline{day("2001-01-01"): {"2001-02-30"}}},
		{"empty", "", Timeline{}},
	}
	for _, tt := range tests {
		got, err := ReadTimeline(strings.NewReader(tt.text))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: ReadTimeline = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, bad := range []string{"Orphan sentence .\n", "2001-01-01\nA .\n" + dashes + "\nOrphan .\n"} {
		if _, err := ReadTimeline(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadTimeline(%q) gave no error", bad)
		}
	}
}

func TestWriteTimeline(t *testing.T) {
	var b bytes.Buffer
	tl := Timeline{day("2010-09-19"): {"Sealed ."}, day("2010-09-17"): {"Cement .", "More ."}}
	if err := WriteTimeline(&b, tl); err != nil {
		t.Fatal(err)
	}
	want := "2010-09-17\nCement .\nMore .\n" + dashes + "\n2010-09-19\nSealed .\n" + dashes + "\n"
	if b.String() != want {
		t.Errorf("WriteTimeline = %q, want %q", b.String(), want)
	}
	for _, s := range []string{"", " padded", "two\nlines", dashes, "2010-01-01"} {
		if err := WriteTimeline(&b, Timeline{day("2010-09-19"): {s}}); err == nil {
			t.Errorf("WriteTimeline accepted sentence %q", s)
		}
	}
}

func FuzzReadTimeline(f *testing.F) {
	f.Add("2010-09-19\nSealed . \n" + dashes + "\n2010-09-17\nCement .\n" + dashes + "\n")
	f.Add("2009-05-04\nA .\n2009-05-04\n\n" + dashes + "\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		tl, err := ReadTimeline(strings.NewReader(text))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteTimeline(&b, tl); err != nil {
			t.Fatalf("cannot write what was read from %q: %v", text, err)
		}
		again, err := ReadTimeline(&b)
		if err != nil || !reflect.DeepEqual(again, tl) {
			t.Fatalf("round trip of %q: %q, %v; want %q", text, again, err, tl)
		}
	})
}

// t17Gold are the gold timelines of Timeline17 with their day blocks,
// distinct days and sentences (../shared/eval/README.md, section 5).
var t17Gold = []struct {
	path                    string
	blocks, days, sentences int
}{
	{"EgyptianProtest_cnn/timelines/tl8.txt", 20, 20, 56},
	{"Finan_washingtonpost/timelines/financial_crisis_wallstreet_washingtonpost.txt", 65, 65, 451},
	{"H1N1_bbc/timelines/influenza_A_h1n1_scotland_bbc.txt", 9, 7, 40},
	{"H1N1_guardian/timelines/swine_flu_guardian.txt", 12, 12, 34},
	{"H1N1_reuters/timelines/h1n1_reuters.txt", 15, 15, 23},
	{"IraqWar_guardian/timelines/tl7.txt", 158, 155, 410},
	{"bpoil_bbc/timelines/bbc.txt", 48, 48, 98},
	{"bpoil_foxnews/timelines/foxnews.txt", 13, 13, 52},
	{"bpoil_guardian/timelines/guardian.txt", 104, 102, 307},
	{"bpoil_reuters/timelines/rbpoil.txt", 16, 16, 30},
	{"bpoil_washingtonpost/timelines/washingtonpost.txt", 12, 12, 19},
}

func readGold(t testing.TB, path string) Timeline {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tl, err := ReadTimeline(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return tl
}

// TestTimeline17 reads every gold timeline, writes it back, and scores it
// against itself: every metric must then give 1.
func TestTimeline17(t *testing.T) {
	dir := sharedtest.Dir(t, "eval", "tls", "t17")
	for _, g := range t17Gold {
		tl := readGold(t, filepath.Join(dir, g.path))
		sentences := 0
		for _, s := range tl {
			sentences += len(s)
		}
		if len(tl) != g.days || sentences != g.sentences {
			t.Errorf("%s: %d days, %d sentences; want %d (of %d blocks), %d", g.path, len(tl), sentences, g.days, g.blocks, g.sentences)
		}
		var b bytes.Buffer
		if err := WriteTimeline(&b, tl); err != nil {
			t.Fatalf("%s: %v", g.path, err)
		}
		if again, err := ReadTimeline(&b); err != nil || !reflect.DeepEqual(again, tl) {
			t.Errorf("%s: round trip differs (%v)", g.path, err)
		}
		for m := Concat; m <= AlignPlusManyToOne; m++ {
			r := Evaluate(m, tl, []Timeline{tl}, rouge.Options{Stem: true})
			one := rouge.Score{P: 1, R: 1, F: 1}
			if !nearScore(r.Rouge1, one) || !nearScore(r.Rouge2, one) || !nearScore(r.Date, one) {
				t.Errorf("%s against itself, %s: %+v", g.path, m, r)
			}
		}
	}
}

// BenchmarkAlignPlusManyToOne scores the largest Timeline17 gold timeline
// (155 days), shifted by one day, against itself.
func BenchmarkAlignPlusManyToOne(b *testing.B) { benchmarkShiftedGold(b, AlignPlusManyToOne) }

func BenchmarkAlignPlus(b *testing.B) { benchmarkShiftedGold(b, AlignPlus) }

func benchmarkShiftedGold(b *testing.B, m Metric) {
	dir := sharedtest.Dir(b, "eval", "tls", "t17")
	gold := readGold(b, filepath.Join(dir, "IraqWar_guardian/timelines/tl7.txt"))
	pred := Timeline{}
	for d, s := range gold {
		pred[DateOf(d.midnight().AddDate(0, 0, 1))] = s
	}
	opts := rouge.Options{Stem: true}
	for b.Loop() {
		Evaluate(m, pred, []Timeline{gold}, opts)
	}
}
