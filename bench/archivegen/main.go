// Command archivegen writes a large archive of news documents for the
// archive-scale benchmark: every document is a new combination of real
// paragraphs (from article folders such as ../shared/eval/quotes/polnear
// and ../shared/eval/tls/t17), most of them lightly rewritten (a number
// changed, a word replaced, a sentence dropped), under a dateline naming
// the document, so that no document is an exact copy of another while
// the text keeps the length, vocabulary, quotations and names of real
// news. Documents are .jsonl records ({url,title,text,published,outlet}),
// 1,000 to a file, dated in order over two years.
//
//	go run ./bench/archivegen -out /tmp/archive -n 100000 DIR...
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

func main() {
	out := flag.String("out", "", "output directory (created)")
	n := flag.Int("n", 100000, "documents to write")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		log.Fatal("usage: archivegen -out DIR [-n N] SOURCE_DIR...")
	}
	paras, err := paragraphs(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	if len(paras) < 100 {
		log.Fatalf("archivegen: only %d paragraphs in %v", len(paras), flag.Args())
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(*seed, 0))
	start := time.Date(2015, 1, 1, 6, 0, 0, 0, time.UTC)
	span := 2 * 365 * 24 * time.Hour
	var f *os.File
	var w *bufio.Writer
	enc := (*json.Encoder)(nil)
	total := 0
	for i := range *n {
		if i%1000 == 0 {
			if f != nil {
				closeFile(f, w)
			}
			f, err = os.Create(filepath.Join(*out, fmt.Sprintf("%03d.jsonl", i/1000)))
			if err != nil {
				log.Fatal(err)
			}
			w = bufio.NewWriterSize(f, 1<<20)
			enc = json.NewEncoder(w)
		}
		r := document(rng, paras, i, start.Add(time.Duration(float64(span)*float64(i)/float64(*n))))
		total += len(r.Text)
		if err := enc.Encode(r); err != nil {
			log.Fatal(err)
		}
	}
	closeFile(f, w)
	fmt.Printf("archivegen: %d documents, %.1f MB of text, from %d paragraphs\n", *n, float64(total)/1e6, len(paras))
}

func closeFile(f *os.File, w *bufio.Writer) {
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

var outlets = func() []string {
	var out []string
	for _, a := range []string{"daily", "evening", "morning", "national", "city", "metro", "global", "herald"} {
		for _, b := range []string{"post", "times", "wire", "news", "record"} {
			out = append(out, a+b+".example")
		}
	}
	return out
}()

var cities = []string{"WASHINGTON", "LONDON", "CAIRO", "NEW YORK", "HOUSTON", "GENEVA", "BAGHDAD", "CHICAGO", "MEXICO CITY", "BRUSSELS"}

// document makes document i: 8 to 40 paragraphs, most rewritten, under a
// dateline.
func document(rng *rand.Rand, paras []string, i int, published time.Time) record {
	outlet := outlets[rng.IntN(len(outlets))]
	k := 8 + rng.IntN(33)
	var body []string
	for range k {
		p := paras[rng.IntN(len(paras))]
		if rng.IntN(4) > 0 {
			p = rewrite(rng, p)
		}
		body = append(body, p)
	}
	dateline := fmt.Sprintf("%s, %s (%s) - Report %d.", cities[rng.IntN(len(cities))], published.Format("January 2"), strings.TrimSuffix(outlet, ".example"), i)
	body[0] = dateline + " " + body[0]
	title := headline(body[0][len(dateline)+1:])
	return record{
		URL:       fmt.Sprintf("https://%s/%s/report-%d", outlet, published.Format("2006/01/02"), i),
		Title:     title,
		Text:      strings.Join(body, "\n\n"),
		Published: published.Format(time.RFC3339),
		Outlet:    outlet,
	}
}

// headline is the first words of a paragraph.
func headline(p string) string {
	ws := strings.Fields(p)
	return strings.TrimRight(strings.Join(ws[:min(len(ws), 10)], " "), ",.;:")
}

var (
	number    = regexp.MustCompile(`\b\d{1,4}\b`)
	longWord  = regexp.MustCompile(`\b[a-z]{6,}\b`)
	sentences = regexp.MustCompile(`[.!?]["”’]?\s+`)
	fillers   = []string{"reported", "official", "several", "announced", "earlier", "regional", "further", "federal"}
)

// rewrite changes a paragraph lightly: a number, a word, or its last
// sentence.
func rewrite(rng *rand.Rand, p string) string {
	switch rng.IntN(3) {
	case 0:
		if locs := number.FindAllStringIndex(p, -1); len(locs) > 0 {
			l := locs[rng.IntN(len(locs))]
			return p[:l[0]] + strconv.Itoa(rng.IntN(2000)) + p[l[1]:]
		}
	case 1:
		if locs := sentences.FindAllStringIndex(p, -1); len(locs) > 1 {
			return p[:locs[len(locs)-1][1]-1] // up to the last sentence end
		}
	}
	if locs := longWord.FindAllStringIndex(p, -1); len(locs) > 0 {
		l := locs[rng.IntN(len(locs))]
		return p[:l[0]] + fillers[rng.IntN(len(fillers))] + p[l[1]:]
	}
	return p
}

// paragraphs reads every text file under dirs and returns its paragraphs
// of eight words or more (blank-line separated; one per line in files
// without blank lines).
func paragraphs(dirs []string) ([]string, error) {
	var out []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			text := strings.ReplaceAll(string(b), "\r\n", "\n")
			sep := "\n\n"
			if !strings.Contains(text, sep) {
				sep = "\n"
			}
			for _, p := range strings.Split(text, sep) {
				p = strings.Join(strings.Fields(p), " ")
				if len(strings.Fields(p)) >= 8 {
					out = append(out, p)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
