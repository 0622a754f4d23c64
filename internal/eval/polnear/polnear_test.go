package polnear

import (
	"fmt"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpus finds ../shared/eval/quotes/polnear/<split>, skipping the test
// when it is absent.
func corpus(t testing.TB, split string) string {
	t.Helper()
	sharedtest.Dir(t, "eval", "quotes", "polnear", split, "text") // skips when absent
	return sharedtest.Dir(t, "eval", "quotes", "polnear", split)
}

func TestDev(t *testing.T) {
	var b strings.Builder
	res, err := Run(corpus(t, "dev"), &b)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if res.F1 < 0.90 || res.SpeakerAccuracy < 0.90 {
		t.Errorf("PolNeAR dev: quote F1 %.3f, speaker accuracy %.3f; want both >= 0.90", res.F1, res.SpeakerAccuracy)
	}
}

// BenchmarkQuotes measures quote finding and attribution over the dev
// texts (84 news articles, about 6 KB each): documents per second.
func BenchmarkQuotes(b *testing.B) {
	dir := corpus(b, "dev")
	texts, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	var docs []string
	size := 0
	for _, tf := range texts {
		raw, err := os.ReadFile(tf)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			predict(d)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

// TestCueCounts prints the most frequent words of Cue spans in the
// training split: the source of the reporting-verb list in
// internal/quote/lexicon.go. Run with -v to see them.
func TestCueCounts(t *testing.T) {
	dir := corpus(t, "train")
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil || len(anns) == 0 {
		t.Skip("no training annotations")
	}
	counts := map[string]int{}
	for _, a := range anns {
		b, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.SplitN(line, "\t", 3)
			if len(f) == 3 && strings.HasPrefix(f[1], "Cue ") {
				for _, w := range words(f[2]) {
					counts[w]++
				}
			}
		}
	}
	type wc struct {
		w string
		n int
	}
	var l []wc
	for w, n := range counts {
		l = append(l, wc{w, n})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].w < l[j].w })
	var b strings.Builder
	for i, x := range l {
		if i >= 300 {
			break
		}
		fmt.Fprintf(&b, "%s:%d ", x.w, x.n)
	}
	t.Log(b.String())
}

// TestSwappedLabels: an attribution whose Source is the verb and whose
// Cue is the person is judged against the person.
func TestSwappedLabels(t *testing.T) {
	text := "Title\n\n\"We will rebuild the bridge,\" said Mara Quist.\n"
	at := func(s string) span {
		i := strings.Index(text, s)
		return span{i, i + len(s)}
	}
	spans := map[string]annSpan{
		"T1": {"Source", []span{at("said")}},
		"T2": {"Cue", []span{at("Mara Quist")}},
		"T3": {"Content", []span{at("We will rebuild the bridge,")}},
	}
	golds := goldQuotes(text, spans, []attribution{{source: "T1", cue: "T2", content: []string{"T3"}}})
	if len(golds) != 1 || golds[0].srcTxt != "Mara Quist" {
		t.Fatalf("gold quotes %+v, want one with source Mara Quist", golds)
	}
	if !speakerRight(golds[0], predQuote{speaker: "Mara Quist"}) {
		t.Error("speaker Mara Quist judged wrong")
	}
	spans["T1"], spans["T2"] = spans["T2"], spans["T1"]
	if golds := goldQuotes(text, spans, []attribution{{source: "T1", cue: "T2", content: []string{"T3"}}}); golds[0].srcTxt != "Mara Quist" {
		t.Errorf("regular labels: source %q, want Mara Quist", golds[0].srcTxt)
	}
}
