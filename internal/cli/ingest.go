package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// ingestMemoryLimit is the Go heap's soft limit during ingest.
const ingestMemoryLimit = 640 << 20

// ingestGCPercent is the collector's GOGC during ingest: the heap may
// grow to three times the live heap (up to ingestMemoryLimit) before a
// collection, for about 5% less CPU than the default 100 on real articles
// (docs/BENCHMARKS.md).
const ingestGCPercent = 200

// tuneHeap sets the collector up for a long ingest. The heap of a long
// ingest is mostly garbage from finished documents; a soft limit makes the
// collector work harder near it rather than let the process grow to twice
// the live heap, and below it a higher GOGC collects less often.
// GOMEMLIMIT and GOGC, if set, win.
func tuneHeap() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ingestMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(ingestGCPercent)
	}
}

// maxWorkers bounds --workers: annotation is CPU-bound, so more workers
// than a few per CPU only hold more documents in memory.
func maxWorkers() int { return 8 * runtime.NumCPU() }

func (e *env) ingestCmd() *cobra.Command {
	var (
		workers    int
		maxDoc     int64
		quiet      bool
		noProgress bool
		noDedup    bool
		follow     bool
		outlet     string
		noAnnotate bool
		passageJ   float64
		postJ      float64
		window     int
		web        webFlags
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Read, process and store news inputs",
		Long: `Read inputs, clean them, cut them into posts and passages, annotate them, and store them.

Inputs are files, directories (read recursively), URLs, or - for standard input:
  .txt                 a scraped page (live blog or article)
  .html .htm           a web page: main text and metadata; live blogs from JSON-LD or the DOM
  .rss .atom .xml      a feed (RSS 2.0, Atom, JSON Feed): each item is a document
  .warc .warc.gz       a web archive (CC-NEWS style): each HTML response is a document
  .jsonl               one {"url","title","text","published","outlet"} record per line
  .gz                  gzip of any of these
  http(s)://…          a page or feed, fetched (private addresses need --allow-private)
Files of other kinds in a directory are skipped; a file given by name whose
extension says nothing, standard input, and fetched URLs are recognised from
their content.

A document already stored (same content) is skipped, and a post carried by
several documents is stored once with every source, so running ingest twice
on the same inputs adds nothing. Passages (paragraphs, sentences, clauses)
that outlets carried verbatim or nearly so are stored once with every
occurrence; near-duplicate posts and documents point to the first one seen
(duplicate_of in the export). Exact copies are found across the whole
archive; near copies among the most recent texts (--dedup-window). An input that cannot be read is reported on
its own line and the others are stored.

Exit status: 0 all inputs stored, 1 some inputs failed (the rest stored),
2 usage error.`,
		Example: `  dateline ingest examples/
  dateline --db news.db ingest scrapes/ wire.jsonl.gz
  cat page.txt | dateline ingest -`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("ingest needs at least one input (a file, a directory, or -)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			tuneHeap()
			for name, j := range map[string]float64{"passage-threshold": passageJ, "post-threshold": postJ} {
				if j < 0 || j > 1 {
					return usagef("--%s %g: want a Jaccard similarity between 0 and 1", name, j)
				}
			}
			if err := web.check(); err != nil {
				return err
			}
			if workers < 0 || workers > maxWorkers() {
				return usagef("--workers %d: want 1 to %d (0: one per CPU)", workers, maxWorkers())
			}
			if maxDoc < 1 {
				return usagef("--max-doc-size %d: want a positive number of bytes", maxDoc)
			}
			if window < 1 {
				return usagef("--dedup-window %d: want at least 1", window)
			}
			var inputs []ingest.Input
			var argErrs []error
			var files []string
			client := web.client()
			for _, a := range args {
				if ingest.IsURL(a) {
					inputs = append(inputs, ingest.URLInput(ctx, client, a))
					continue
				}
				files = append(files, a)
			}
			ins, errs := ingest.Expand(files, e.In)
			inputs = append(inputs, ins...)
			argErrs = append(argErrs, errs...)

			st, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			var tagger *entity.Tagger
			if !noAnnotate {
				if tagger, err = entity.Default(); err != nil {
					return fmt.Errorf("load entity model: %w", err)
				}
			}

			cfg := pipeline.Config{
				Workers:          workers,
				Read:             ingest.Options{MaxDocBytes: maxDoc, Now: e.now(), Fetch: client, Follow: follow, Outlet: outlet},
				Annotate:         annotate.Options{Now: e.now(), Tagger: tagger, NoQuotes: noAnnotate, NoDates: noAnnotate},
				NoDedup:          noDedup,
				PassageThreshold: passageJ,
				PostThreshold:    postJ,
				DedupWindow:      window,
				Waiting: func() {
					if !quiet {
						fmt.Fprintln(e.Err, "waiting for another ingest on this database to finish…")
					}
				},
			}
			var bar *progressbar.ProgressBar
			if e.Terminal && !quiet && !noProgress && len(inputs) > 1 {
				var total int64
				for _, in := range inputs {
					if in.Size > 0 {
						total += in.Size
					}
				}
				bar = progressbar.NewOptions64(total,
					progressbar.OptionSetWriter(e.Err),
					progressbar.OptionSetDescription("ingest"),
					progressbar.OptionShowBytes(true),
					progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish(),
				)
				cfg.Progress = func(in ingest.Input) {
					if in.Size > 0 {
						_ = bar.Add64(in.Size)
					}
				}
			}
			sum, err := pipeline.Ingest(ctx, st, inputs, cfg)
			if bar != nil {
				_ = bar.Finish()
			}
			errs = append(argErrs, sum.Errors...)
			for _, err := range errs {
				fmt.Fprintf(e.Err, "error: %s\n", terminalText(err.Error()))
			}
			if err != nil {
				if ctx.Err() != nil {
					// whatever error the interrupted step saw, the cause is the interrupt
					return errors.New("ingest interrupted: every batch committed before stays stored; run the same command again to go on")
				}
				return fmt.Errorf("ingest stopped: %w", err)
			}
			if !quiet {
				fmt.Fprintf(e.Out, "ingested %d inputs in %.1fs: %d documents (%d already stored), %d posts, %d duplicate posts, %d passages, %d errors\n",
					sum.Inputs+len(argErrs), sum.Elapsed.Seconds(), sum.Documents, sum.KnownDocuments, sum.Posts, sum.DuplicatePosts, sum.Passages, len(errs))
			}
			if len(errs) > 0 {
				return errPartial
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&workers, "workers", 0, "documents annotated at once (default: number of CPUs)")
	f.Int64Var(&maxDoc, "max-doc-size", ingest.DefaultMaxDocBytes, "largest document accepted, in bytes")
	f.BoolVarP(&quiet, "quiet", "q", false, "print errors only, no progress or summary")
	f.BoolVar(&noProgress, "no-progress", false, "no progress bar even on a terminal")
	f.BoolVar(&noAnnotate, "no-annotate", false, "store posts and passages only: no quotes, entities or dates (fastest)")
	f.BoolVar(&follow, "follow", false, "for feeds: fetch and extract the page each item links to")
	f.StringVar(&outlet, "outlet", "", "outlet `NAME` of every document that does not name its own (a page, feed or .jsonl record that names one keeps it)")
	web.register(f)
	f.Float64Var(&passageJ, "passage-threshold", dedup.Defaults(dedup.LevelSentence).Threshold, "Jaccard similarity (word 3-shingles) for two passages to be one")
	f.Float64Var(&postJ, "post-threshold", dedup.Defaults(dedup.LevelPost).Threshold, "Jaccard similarity for near-duplicate posts and documents")
	f.IntVar(&window, "dedup-window", pipeline.DefaultDedupWindow, "near copies are looked for among this many of the most recent distinct texts (about 90 per article; memory: up to 2 KB each)")
	f.BoolVar(&noDedup, "no-dedup", false, "match passages and posts only when exactly equal (faster; no near-duplicates)")
	return cmd
}
