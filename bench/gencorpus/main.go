// Command gencorpus writes a large corpus of text scrapes for the ingest
// benchmark by varying the bundled examples: every output document is a
// copy of an example with its numbers and some words changed, so that
// documents and most posts are distinct (as in a real archive) while each
// keeps the example's structure, boilerplate and size.
//
//	go run ./bench/gencorpus -in examples -out /tmp/corpus -n 20000
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "examples", "directory of example .txt scrapes")
	out := flag.String("out", "", "output directory (created)")
	n := flag.Int("n", 20000, "documents to write")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		log.Fatal("gencorpus: -out is required")
	}
	files, err := filepath.Glob(filepath.Join(*in, "*.txt"))
	if err != nil || len(files) == 0 {
		log.Fatalf("gencorpus: no .txt files in %s", *in)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	rng := rand.New(rand.NewPCG(*seed, 0))
	num := regexp.MustCompile(`\b\d{1,4}\b`)
	words := []string{"council", "minister", "harbour", "river", "summit", "convoy", "union", "court", "strike", "border"}
	total := 0
	for i := range *n {
		dir := filepath.Join(*out, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
		t := texts[i%len(texts)]
		t = num.ReplaceAllStringFunc(t, func(string) string { return strconv.Itoa(rng.IntN(2000)) })
		w := words[rng.IntN(len(words))]
		t = strings.Replace(t, " the ", " the "+w+" ", 1+rng.IntN(3))
		total += len(t)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.txt", i)), []byte(t), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("wrote %d documents, %.1f MB, mean %d bytes, to %s\n", *n, float64(total)/1e6, total / *n, *out)
}
