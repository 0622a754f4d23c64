// Package t17 scores Dateline's timelines on Timeline17
// (../shared/eval/tls/t17): for each collection, its InputDocs are ingested
// into a fresh database (each folder name is the publication date of the
// articles in it), then for each gold timeline a timeline is built over the
// posts published between the gold's first and last date, asking for as
// many dates as the gold has and round(mean sentences per gold date)
// sentences per date, as the news-tls protocol does. Scores are date F1
// and, through package tlsmetric, alignment-based ROUGE.
package t17

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/timeline"
)

// Gold is a gold timeline: days and their sentences.
type Gold map[time.Time][]string

// Days are the gold's days in order.
func (g Gold) Days() []time.Time {
	days := make([]time.Time, 0, len(g))
	for d := range g {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	return days
}

// ReadGold reads a Timeline17 timeline file: blocks of a YYYY-MM-DD line,
// sentences one per line, a line of dashes. Blocks of one date are merged.
func ReadGold(r io.Reader) (Gold, error) {
	g := make(Gold)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var cur time.Time
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case strings.Trim(line, "-") == "":
			cur = time.Time{}
		case cur.IsZero():
			d, err := time.Parse(time.DateOnly, line)
			if err != nil {
				return nil, fmt.Errorf("line %d: want a YYYY-MM-DD date, got %q", n, line)
			}
			cur = d
			if g[cur] == nil {
				g[cur] = []string{}
			}
		default:
			g[cur] = append(g[cur], line)
		}
	}
	return g, sc.Err()
}

// Scores of one timeline.
type Scores struct {
	DateP, DateR, DateF float64
}

// Result of a run: one row per gold timeline, and their mean.
type Result struct {
	Timelines []Row
	Mean      Scores
}

// Row is one gold timeline's scores.
type Row struct {
	Collection, Timeline string
	Dates, PerDate       int
	Scores
}

// Run scores every collection of dir.
func Run(dir string, w io.Writer) (Result, error) { return RunWith(dir, w, Options{}) }

// Options of a run.
type Options struct {
	// DBDir keeps each collection's database there, named after it, and
	// reuses a database found there instead of ingesting again (for
	// working on timelines). Empty: temporary databases.
	DBDir string
}

// RunWith is Run with options.
func RunWith(dir string, w io.Writer, opts Options) (Result, error) {
	cols, err := filepath.Glob(filepath.Join(dir, "*", "InputDocs"))
	if err != nil || len(cols) == 0 {
		return Result{}, fmt.Errorf("t17: no <collection>/InputDocs in %s", dir)
	}
	tagger, err := entity.Default()
	if err != nil {
		return Result{}, err
	}
	tmp := opts.DBDir
	if tmp == "" {
		if tmp, err = os.MkdirTemp("", "dateline-t17-"); err != nil {
			return Result{}, err
		}
		defer os.RemoveAll(tmp)
	}
	var res Result
	for _, in := range cols {
		col := filepath.Dir(in)
		name := filepath.Base(col)
		rows, err := runCollection(context.Background(), col, filepath.Join(tmp, name+".db"), tagger)
		if err != nil {
			return res, fmt.Errorf("t17: %s: %w", name, err)
		}
		res.Timelines = append(res.Timelines, rows...)
	}
	var p, r float64
	for _, row := range res.Timelines {
		p += row.DateP
		r += row.DateR
	}
	n := float64(len(res.Timelines))
	res.Mean = Scores{DateP: p / n, DateR: r / n, DateF: f1(p/n, r/n)}
	report(w, res)
	return res, nil
}

func runCollection(ctx context.Context, col, db string, tagger *entity.Tagger) ([]Row, error) {
	_, statErr := os.Stat(db)
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if statErr != nil {
		inputs, _ := ingest.Expand([]string{filepath.Join(col, "InputDocs")}, nil)
		cfg := pipeline.Config{Annotate: annotate.Options{Tagger: tagger, Now: time.Now()}}
		if _, err := pipeline.Ingest(ctx, st, inputs, cfg); err != nil {
			return nil, err
		}
	}
	files, _ := filepath.Glob(filepath.Join(col, "timelines", "*.txt"))
	var rows []Row
	for _, f := range files {
		row, err := scoreTimeline(ctx, st, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(f), err)
		}
		row.Collection = filepath.Base(col)
		rows = append(rows, row)
	}
	return rows, nil
}

func scoreTimeline(ctx context.Context, st store.Store, path string) (Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return Row{}, err
	}
	gold, err := ReadGold(f)
	f.Close()
	if err != nil {
		return Row{}, err
	}
	days := gold.Days()
	if len(days) == 0 {
		return Row{}, fmt.Errorf("empty timeline")
	}
	sents := 0
	for _, s := range gold {
		sents += len(s)
	}
	row := Row{Timeline: filepath.Base(path), Dates: len(days), PerDate: int(math.Round(float64(sents) / float64(len(days))))}
	q := store.PostQuery{Since: days[0], Until: days[len(days)-1]}
	var posts []domain.Post
	page := store.Page{Limit: store.MaxLimit}
	for {
		ps, next, err := st.ListPosts(ctx, q, page)
		if err != nil {
			return row, err
		}
		posts = append(posts, ps...)
		if next == "" {
			break
		}
		page.Cursor = next
	}
	tl := timeline.Build(posts, timeline.Options{Dates: row.Dates, PerDate: row.PerDate, Since: q.Since, Until: q.Until})
	hit := 0
	for _, e := range tl {
		if _, ok := gold[e.Date]; ok {
			hit++
		}
	}
	row.DateP, row.DateR = ratio(hit, len(tl)), ratio(hit, len(days))
	row.DateF = f1(row.DateP, row.DateR)
	return row, nil
}

func report(w io.Writer, res Result) {
	fmt.Fprintf(w, "%-22s %-48s %5s %4s %7s\n", "collection", "timeline", "dates", "k", "date-F1")
	for _, r := range res.Timelines {
		fmt.Fprintf(w, "%-22s %-48s %5d %4d %7.3f\n", r.Collection, r.Timeline, r.Dates, r.PerDate, r.DateF)
	}
	fmt.Fprintf(w, "mean over %d timelines: date P %.3f R %.3f F1 %.3f\n", len(res.Timelines), res.Mean.DateP, res.Mean.DateR, res.Mean.DateF)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
