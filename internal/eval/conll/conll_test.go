package conll

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An invented snippet in the CoNLL-2003 layout.
const sample = `-DOCSTART- -X- -X- O

Margaret NNP B-NP B-PER
Ellison NNP I-NP I-PER
visited VBD B-VP O
Hull NNP B-NP B-LOC
. . O O

The DT B-NP O
Harbour NNP I-NP B-ORG
Trades NNP I-NP I-ORG
Forum NNP I-NP I-ORG
met VBD B-VP O
on IN B-PP O
Monday NNP B-NP O
. . O O
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 2 {
		t.Fatalf("got %d documents, want 1 with 2 sentences", len(docs))
	}
	s := docs[0].Sentences[1]
	if strings.Join(s.Words, " ") != "The Harbour Trades Forum met on Monday ." || s.Tags[1] != "B-ORG" {
		t.Errorf("sentence 2 = %q %q", s.Words, s.Tags)
	}
}

func TestTag(t *testing.T) {
	var out strings.Builder
	if err := Tag(strings.NewReader(sample), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if lines[0] != "-DOCSTART- -X- -X- O O" {
		t.Errorf("first line %q", lines[0])
	}
	in := strings.Split(sample, "\n")
	for i, l := range lines {
		if i >= len(in) || l == "" {
			continue
		}
		if !strings.HasPrefix(l, in[i]+" ") || len(strings.Fields(l)) != len(strings.Fields(in[i]))+1 {
			t.Errorf("line %d: %q does not extend %q by one column", i, l, in[i])
		}
	}
	if !strings.Contains(out.String(), "Ellison NNP I-NP I-PER I-PER") {
		t.Errorf("Ellison not tagged I-PER:\n%s", out.String())
	}
	// the output is itself valid input
	docs, err := Read(strings.NewReader(out.String()))
	if err != nil || len(docs) != 1 || len(docs[0].Sentences) != 2 {
		t.Errorf("re-reading the output: %v", err)
	}
}

// TestDev runs the harness on CoNLL++ dev and asserts the acceptance
// threshold (entity F1 ≥ 0.90).
func TestDev(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t), "eval", "ner", "conllpp", "dev.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("CoNLL++ dev not available: %v", err)
	}
	res, err := Run(path, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev F1 %.4f (P %.4f R %.4f); PER %.4f ORG %.4f LOC %.4f MISC %.4f", res.F1, res.Precision, res.Recall,
		res.PerType["PER"].F1, res.PerType["ORG"].F1, res.PerType["LOC"].F1, res.PerType["MISC"].F1)
	if res.F1 < 0.90 {
		t.Errorf("dev F1 %.4f < 0.90", res.F1)
	}
	if res.Tokens != 51362 {
		t.Errorf("read %d tokens, want 51362", res.Tokens)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("a\n\n\n-DOCSTART-\nb c\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, st := range d.Sentences {
				if len(st.Words) != len(st.Lines) || (st.Tags != nil && len(st.Tags) != len(st.Words)) {
					t.Fatalf("inconsistent sentence %+v", st)
				}
			}
		}
		var out strings.Builder
		if err := Tag(strings.NewReader(s), &out); err != nil {
			t.Fatal(err)
		}
	})
}
