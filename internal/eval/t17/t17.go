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
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/summary"
	"github.com/dateline-news/dateline/internal/tlsmetric"
)

// Result of a run: one row per gold timeline, and their mean (as
// news-tls averages: precision and recall averaged, F1 from those).
type Result struct {
	Timelines []Row
	Mean      tlsmetric.Result
}

// Row is one gold timeline's scores under align+ m:1.
type Row struct {
	Collection, Timeline string
	Dates, PerDate       int
	tlsmetric.Result
}

// Run scores every collection of dir.
func Run(dir string, w io.Writer) (Result, error) { return RunWith(dir, w, Options{}) }

// Options of a run.
type Options struct {
	// DBDir keeps each collection's database there, named after it, and
	// reuses a database found there instead of ingesting again (for
	// working on timelines). Empty: temporary databases.
	DBDir string
	// Out, when set, receives each predicted timeline in the Timeline17
	// format, as <collection>-<timeline name>.
	Out string
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
	stop, err := os.Open(filepath.Join(dir, "..", "..", "rouge", "smart_common_words.txt"))
	if err != nil {
		return Result{}, fmt.Errorf("t17: ROUGE stopwords (../rouge/smart_common_words.txt beside the t17 folder): %w", err)
	}
	sw, err := rouge.ParseStopwords(stop)
	stop.Close()
	if err != nil {
		return Result{}, err
	}
	ropts := rouge.Options{Stem: true, Stopwords: sw}
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
		rows, err := runCollection(context.Background(), col, filepath.Join(tmp, name+".db"), tagger, ropts, opts.Out)
		if err != nil {
			return res, fmt.Errorf("t17: %s: %w", name, err)
		}
		res.Timelines = append(res.Timelines, rows...)
	}
	results := make([]tlsmetric.Result, len(res.Timelines))
	for i, row := range res.Timelines {
		results[i] = row.Result
	}
	res.Mean = tlsmetric.Mean(results)
	report(w, res)
	return res, nil
}

func runCollection(ctx context.Context, col, db string, tagger *entity.Tagger, ropts rouge.Options, out string) ([]Row, error) {
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
		row, err := scoreTimeline(ctx, st, f, ropts, out, filepath.Base(col))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(f), err)
		}
		row.Collection = filepath.Base(col)
		rows = append(rows, row)
	}
	return rows, nil
}

func scoreTimeline(ctx context.Context, st store.Store, path string, ropts rouge.Options, out, col string) (Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return Row{}, err
	}
	gold, err := tlsmetric.ReadTimeline(f)
	f.Close()
	if err != nil {
		return Row{}, err
	}
	days := gold.Dates()
	if len(days) == 0 {
		return Row{}, fmt.Errorf("empty timeline")
	}
	sents := 0
	for _, s := range gold {
		sents += len(s)
	}
	row := Row{Timeline: filepath.Base(path), Dates: len(days), PerDate: int(math.Round(float64(sents) / float64(len(days))))}
	q := store.PostQuery{Since: days[0].Time(), Until: days[len(days)-1].Time()}
	posts, err := store.CollectPosts(ctx, st, q, 0)
	if err != nil {
		return row, err
	}
	tl := summary.Timeline(posts, summary.TimelineOptions{Dates: row.Dates, PerDate: row.PerDate, Since: q.Since, Until: q.Until})
	if out != "" {
		if err := os.WriteFile(filepath.Join(out, col+"-"+filepath.Base(path)), []byte(summary.T17(tl)), 0o644); err != nil {
			return row, err
		}
	}
	pred := make(tlsmetric.Timeline, len(tl))
	for _, e := range tl {
		for _, s := range e.Sentences {
			pred[tlsmetric.DateOf(e.Date)] = append(pred[tlsmetric.DateOf(e.Date)], s.Text)
		}
	}
	row.Result = tlsmetric.Evaluate(tlsmetric.AlignPlusManyToOne, pred, []tlsmetric.Timeline{gold}, ropts)
	return row, nil
}

func report(w io.Writer, res Result) {
	fmt.Fprintf(w, "Timeline17, align+ m:1 ROUGE (-m -s) and date F1 per gold timeline:\n")
	fmt.Fprintf(w, "%-22s %-48s %5s %3s %7s %7s %7s\n", "collection", "timeline", "dates", "k", "AR1-F", "AR2-F", "Date-F1")
	for _, r := range res.Timelines {
		fmt.Fprintf(w, "%-22s %-48s %5d %3d %7.3f %7.3f %7.3f\n", r.Collection, r.Timeline, r.Dates, r.PerDate, r.Rouge1.F, r.Rouge2.F, r.Date.F)
	}
	m := res.Mean
	fmt.Fprintf(w, "mean over %d timelines: AR1-F %.4f  AR2-F %.4f  Date-F1 %.4f  (AR1 P %.3f R %.3f, AR2 P %.3f R %.3f, date P %.3f R %.3f)\n", len(res.Timelines), m.Rouge1.F, m.Rouge2.F, m.Date.F, m.Rouge1.P, m.Rouge1.R, m.Rouge2.P, m.Rouge2.R, m.Date.P, m.Date.R)
}
