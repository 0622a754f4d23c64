package rouge_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

// ducTopic returns the sentences of one DUC 2004 system summary and of
// its topic's four human summaries.
func ducTopic(b *testing.B) (peer []string, models [][]string) {
	b.Helper()
	dir := sharedtest.Dir(b, "eval", "rouge", "duc2004")
	peer = readSEE(b, filepath.Join(dir, "peers", "d30001.ICSISumm.html"))
	paths, err := filepath.Glob(filepath.Join(dir, "models", "d30001.*.html"))
	if err != nil || len(paths) != 4 {
		b.Fatalf("models of d30001: %v %v", paths, err)
	}
	for _, p := range paths {
		models = append(models, readSEE(b, p))
	}
	return peer, models
}

// BenchmarkTopic scores one DUC topic as rouge.res does (tokens with
// stemming and a 100-word limit, ROUGE-1 to 4) plus ROUGE-L.
func BenchmarkTopic(b *testing.B) {
	peerText, modelTexts := ducTopic(b)
	opts := rouge.Options{Stem: true, WordLimit: 100}
	for b.Loop() {
		peer := rouge.Sentences(peerText, opts)
		models := make([][][]string, len(modelTexts))
		flat := make([][]string, len(modelTexts))
		for i, m := range modelTexts {
			models[i] = rouge.Sentences(m, opts)
			flat[i] = slices.Concat(models[i]...)
		}
		p := slices.Concat(peer...)
		for n := 1; n <= 4; n++ {
			rouge.NCounts(p, flat, n)
		}
		rouge.LCounts(peer, models)
	}
}

// BenchmarkTokens is the tokenisation part of BenchmarkTopic.
func BenchmarkTokens(b *testing.B) {
	peerText, _ := ducTopic(b)
	opts := rouge.Options{Stem: true}
	for b.Loop() {
		rouge.Sentences(peerText, opts)
	}
}

// BenchmarkStopwords measures -s with the stopword list of ROUGE-1.5.5.
func BenchmarkStopwords(b *testing.B) {
	peerText, _ := ducTopic(b)
	f, err := os.Open(filepath.Join(sharedtest.Dir(b, "eval", "rouge"), "smart_common_words.txt"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	stop, err := rouge.ParseStopwords(f)
	if err != nil {
		b.Fatal(err)
	}
	opts := rouge.Options{Stem: true, Stopwords: stop}
	for b.Loop() {
		rouge.Sentences(peerText, opts)
	}
}
