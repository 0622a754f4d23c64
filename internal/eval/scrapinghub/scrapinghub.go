// Package scrapinghub evaluates article-body extraction on the ScrapingHub
// article-extraction-benchmark layout: DIR/html/<id>.html.gz pages and
// DIR/ground-truth.json holding {"<id>": {"articleBody", "url"}}.
//
// Scores are computed exactly as the benchmark's evaluate.py does: tokens
// are Unicode \w+ runs, each text is a multiset of 4-token shingles, a
// page's tp/fp/fn are normalised so every page weighs the same, precision
// and recall are averaged over pages, and F1 is the harmonic mean of the
// two averages (not the mean of per-page F1).
package scrapinghub

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/dateline-news/dateline/internal/extract"
)

// Result holds the headline figures of one evaluation run.
type Result struct {
	Pages     int
	Precision float64 // mean page precision
	Recall    float64 // mean page recall
	F1        float64 // harmonic mean of Precision and Recall
}

// Page is one page's score, for the worst-case listing.
type Page struct {
	ID        string
	URL       string
	Precision float64
	Recall    float64
}

type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// extractFunc turns one HTML page into its main text.
type extractFunc func(page []byte, url string) (string, error)

// Run evaluates extract.Text on the data at path, writes a human report
// (scores, then the ten worst pages) to w, and returns the headline figures.
func Run(path string, w io.Writer) (Result, error) {
	return run(path, w, datelineText)
}

func datelineText(page []byte, url string) (string, error) {
	return extract.Text(bytes.NewReader(page), extract.Options{URL: url, Now: time.Now()})
}

func run(path string, w io.Writer, fn extractFunc) (Result, error) {
	pages, err := score(path, fn)
	if err != nil {
		return Result{}, err
	}
	all := make([]counts, len(pages))
	for i, p := range pages {
		all[i] = p.c
	}
	var res Result
	res.Pages = len(pages)
	res.Precision, res.Recall, res.F1 = scores(all)
	fmt.Fprintf(w, "scrapinghub: %d pages  precision=%.4f  recall=%.4f  F1=%.4f\n",
		res.Pages, res.Precision, res.Recall, res.F1)

	sort.SliceStable(pages, func(i, j int) bool { return pages[i].f1() < pages[j].f1() })
	fmt.Fprintln(w, "worst pages (F1, precision, recall, id, url):")
	for _, p := range pages[:min(10, len(pages))] {
		fmt.Fprintf(w, "  %.3f  P=%.3f  R=%.3f  %s  %s\n", p.f1(), p.c.precision(), p.c.recall(), p.id, p.url)
	}
	return res, nil
}

type scored struct {
	id, url string
	c       counts
}

func (s scored) f1() float64 {
	p, r := s.c.precision(), s.c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// score extracts every page named in the ground truth and matches it
// against its expected body, in id order.
func score(path string, fn extractFunc) ([]scored, error) {
	raw, err := os.ReadFile(filepath.Join(path, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("scrapinghub: %w", err)
	}
	var gt map[string]truth
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("scrapinghub: ground-truth.json: %w", err)
	}
	if len(gt) == 0 {
		return nil, fmt.Errorf("scrapinghub: %s: no pages in ground truth", path)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]scored, 0, len(ids))
	for _, id := range ids {
		page, err := readGzip(filepath.Join(path, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("scrapinghub: page %s: %w", id, err)
		}
		// A failed extraction is an empty prediction, as in the benchmark.
		text, _ := fn(page, gt[id].URL)
		out = append(out, scored{id: id, url: gt[id].URL, c: match(gt[id].ArticleBody, text)})
	}
	return out, nil
}

func readGzip(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}
