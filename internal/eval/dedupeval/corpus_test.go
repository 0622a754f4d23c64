package dedupeval

import (
	"github.com/dateline-news/dateline/internal/lang"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/dedup"
)

func TestDetokenise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The market 's owners -LRB- a cooperative -RRB- said so .", "The market's owners (a cooperative) said so."},
		{"`` We had queues , '' said one auctioneer .", `"We had queues," said one auctioneer.`},
		{"It had n't been consulted ; it would review .", "It hadn't been consulted; it would review."},
		{"Prices rose 5 % to $ 20 billion !", "Prices rose 5% to $20 billion!"},
		{"The dockers ' union said : no .", "The dockers' union said: no."},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := detokenise(tt.in); got != tt.want {
			t.Errorf("detokenise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsPTB(t *testing.T) {
	if !isPTB("The market 's owners said so .\nPrices fell , traders said .\n") {
		t.Error("PTB text not recognised")
	}
	if isPTB("The market's owners said so.\n\nPrices fell, traders said.\n") {
		t.Error("plain text taken for PTB")
	}
}

func TestSplitSentences(t *testing.T) {
	got := splitSentences(`He said so. "Nobody will sail," she said. Mr. Brook and the U.S. envoy met at 5 p.m. on Monday. It was 2019. 40 boats left.`)
	want := []string{`He said so.`, `"Nobody will sail," she said.`, `Mr. Brook and the U.S. envoy met at 5 p.m. on Monday.`, `It was 2019.`, `40 boats left.`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("splitSentences:\n got %q\nwant %q", got, want)
	}
}

func TestPlanter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sents := []string{
		`The harbour master, Ines Calder, said the first sailing left at dawn with forty passengers on board.`,
		`"We have checked every mooring twice," she told reporters on the quay.`,
	}
	orig := strings.Join(sents, " ")
	pl := &planter{rng: rng, vocab: strings.Fields("storm quay ferry council inquiry dredging basin")}
	// Presentation edits never change the known Jaccard.
	for range 200 {
		d := newDraft(sents)
		for range 5 {
			pl.presentation(d)
		}
		if j := dedup.Jaccard(orig, d.String()); j != 1 {
			t.Fatalf("presentation edits changed J to %.3f: %q", j, d.String())
		}
	}
	// Copies reach their target.
	for _, target := range []float64{0.95, 0.8, 0.6, 0.4} {
		for range 50 {
			text, edits := pl.copyOf(sents, target)
			if j := dedup.Jaccard(orig, text); j > target {
				t.Errorf("copy at J=%.3f above target %.2f after %v", j, target, edits)
			}
		}
	}
	if text, _ := pl.copyOf(sents, 1); dedup.Jaccard(orig, text) != 1 {
		t.Errorf("exact copy changed: %q", text)
	}
}

func TestRunDeterministic(t *testing.T) {
	cfg := Config{Originals: 50}
	var r1, r2 strings.Builder
	a, err := RunConfig("testdata/corpus", &r1, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := RunConfig("testdata/corpus", &r2, cfg)
	if err != nil {
		t.Fatal(err)
	}
	a.PassagesPerSec, b.PassagesPerSec = 0, 0
	if a != b {
		t.Errorf("two runs differ:\n%+v\n%+v", a, b)
	}
	if a.Originals < 10 || a.Copies == 0 {
		t.Errorf("small corpus: %+v\n%s", a, r1.String())
	}
	if a.Precision < 1 || a.Recall80 < 1 {
		t.Errorf("small corpus scores: %+v\n%s", a, r1.String())
	}
	if _, err := Run("testdata/nonexistent", &r1); err == nil {
		t.Error("no error for a missing corpus")
	}
}

// FuzzCorpusText feeds arbitrary text to the corpus readers: no panics,
// and planted copies of whatever sentences come out stay within target.
func FuzzCorpusText(f *testing.F) {
	f.Add("The market 's owners -LRB- a cooperative -RRB- said so .\n`` Yes , '' he said .")
	f.Add("Plain text. With two sentences!\n\nAnd a \u201cquoted\u201d paragraph, U.S. style.")
	f.Add("\xff\xfe -LRB- '' `` n't")
	f.Fuzz(func(t *testing.T, text string) {
		isPTB(text)
		var sents []string
		for _, line := range strings.Split(text, "\n") {
			if s := detokenise(line); s != "" {
				sents = append(sents, splitSentences(s)...)
			}
		}
		if len(lang.Words(strings.Join(sents, " "))) < 4 {
			return
		}
		pl := &planter{rng: rand.New(rand.NewPCG(1, 2)), vocab: []string{"quay", "ferry"}}
		orig := strings.Join(sents, " ")
		if copyText, edits := pl.copyOf(sents, 0.5); dedup.Jaccard(orig, copyText) > 0.5 && len(edits) < 400 {
			t.Fatalf("copy of %q at J=%.2f after %v", orig, dedup.Jaccard(orig, copyText), edits)
		}
	})
}
