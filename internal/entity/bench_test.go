//go:build unix

package entity

import (
	"bytes"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time this process has used. Benchmarks report tokens
// per CPU second besides the usual wall-clock figures, because the shared
// build machines are often busier than their core count.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// conllDocs reads the words of a CoNLL file as documents of sentences.
func conllDocs(tb testing.TB, path string) (docs [][][]string, tokens int) {
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("CoNLL data not available: %v", err)
	}
	var doc [][]string
	var sent []string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			if len(sent) > 0 {
				doc = append(doc, sent)
				sent = nil
			}
		case f[0] == "-DOCSTART-":
			if len(doc) > 0 {
				docs = append(docs, doc)
				doc = nil
			}
		default:
			sent = append(sent, f[0])
			tokens++
		}
	}
	if len(sent) > 0 {
		doc = append(doc, sent)
	}
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs, tokens
}

// BenchmarkTagDoc tags the CoNLL dev set (51,362 tokens) document by
// document.
func BenchmarkTagDoc(b *testing.B) {
	docs, n := conllDocs(b, filepath.Join(sharedtest.Dir(b), "eval", "ner", "conllpp", "dev.txt"))
	t, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			t.TagDoc(d)
		}
	}
	cpu = cpuTime() - cpu
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tok/cpu-s")
}

// BenchmarkAnnotate runs the whole annotator over the invented example
// document.
func BenchmarkAnnotate(b *testing.B) {
	posts := examplePosts(b)
	t, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, p := range posts {
		n += len(Tokenize(p.Headline)) + len(Tokenize(p.Caption)) + len(Tokenize(p.Text))
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		t.Annotate(posts)
	}
	cpu = cpuTime() - cpu
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "tok/cpu-s")
}

// BenchmarkLoad decodes the embedded model (what Default does once).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(modelData)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	posts := examplePosts(b)
	text := posts[0].Text
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Tokenize(text)
	}
}
