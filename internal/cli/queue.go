package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/queue"
	"github.com/nats-io/nats.go"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// natsFlag is the --nats flag of the queue commands.
type natsFlag struct{ url string }

func (n *natsFlag) register(f *pflag.FlagSet) {
	f.StringVar(&n.url, "nats", os.Getenv("NATS_URL"), "NATS server `URL` with JetStream (default $NATS_URL)")
}

// connect connects to NATS and opens the queue's streams.
func (n *natsFlag) connect(ctx context.Context, name string) (*nats.Conn, *queue.Queue, error) {
	if n.url == "" {
		return nil, nil, usagef("--nats URL is required (or set $NATS_URL)")
	}
	nc, err := nats.Connect(n.url, nats.Name("dateline "+name), nats.Timeout(10*time.Second))
	if err != nil {
		return nil, nil, fmt.Errorf("nats %s: %w", redact(n.url), err)
	}
	q, err := queue.Open(ctx, nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("nats %s: %w", redact(n.url), err)
	}
	return nc, q, nil
}

// maxInline is the most bytes of a file a job message carries: the
// server's largest message, less room for headers.
func maxInline(nc *nats.Conn) int64 {
	p := nc.MaxPayload()
	if p >= 256<<10 {
		return p - 64<<10
	}
	return p / 2
}

func (e *env) enqueueCmd() *cobra.Command {
	var (
		nf     natsFlag
		outlet string
		quiet  bool
	)
	cmd := &cobra.Command{
		Use:   "enqueue --nats URL PATH|URL ...",
		Short: "Publish ingest jobs to a NATS JetStream work queue",
		Long: `Publish ingest jobs for 'dateline worker' to the work queue on NATS JetStream
(stream DATELINE_JOBS, created when missing).

Inputs are those of 'ingest'. Each file is one job carrying its bytes; a WARC file
larger than a message is cut at record boundaries into jobs of about half a message
each; any other file too large for a message is a job naming its absolute path, for
workers that share the file system; a URL is a job the worker fetches. A job
enqueued again within an hour is stored once; later, the workers add nothing twice.

Exit status: 0 all inputs enqueued, 1 some could not be read, 2 usage error.`,
		Example: `  dateline enqueue --nats nats://127.0.0.1:4222 scrapes/ crawl.warc.gz
  dateline enqueue --nats nats://queue:4222 --outlet Reuters wire.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("enqueue needs at least one input (a file, a directory, a URL or -)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			nc, q, err := nf.connect(ctx, "enqueue")
			if err != nil {
				return err
			}
			defer nc.Close()
			jobs, dups := 0, 0
			var bytes int64
			errs := queue.Plan(args, e.In, outlet, maxInline(nc), func(j queue.Job) error {
				dup, err := q.Enqueue(ctx, j)
				if err != nil {
					return err
				}
				jobs++
				bytes += int64(len(j.Data))
				if dup {
					dups++
				}
				return nil
			})
			for _, err := range errs {
				fmt.Fprintf(e.Err, "error: %s\n", terminalText(err.Error()))
			}
			if !quiet {
				fmt.Fprintf(e.Out, "enqueued %d jobs (%d already queued), %s in messages, %d errors\n", jobs, dups, sizeText(bytes), len(errs))
			}
			if len(errs) > 0 {
				return errPartial
			}
			return nil
		},
	}
	f := cmd.Flags()
	nf.register(f)
	f.StringVar(&outlet, "outlet", "", "outlet `NAME` of every document that does not name its own")
	f.BoolVarP(&quiet, "quiet", "q", false, "print errors only")
	return cmd
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func (e *env) workerCmd() *cobra.Command {
	var (
		nf          natsFlag
		concurrency int
		take        int
		idleExit    time.Duration
		ackWait     time.Duration
		maxDeliver  int
		retryDelay  time.Duration
		maxDoc      int64
		quiet       bool
		web         webFlags
	)
	cmd := &cobra.Command{
		Use:   "worker --nats URL --db postgres://... [--concurrency N] [--idle-exit DURATION]",
		Short: "Take ingest jobs from the NATS JetStream work queue and store them",
		Long: `Take jobs that 'dateline enqueue' and 'dateline watch --nats' published, run the
ingest pipeline on them, and write to the database (--db; run any number of workers,
on any machines, against one PostgreSQL database).

A job is acknowledged only after everything it produced is committed. A worker that
dies or hangs loses its jobs to another worker after --ack-wait; documents it had
committed are then known and skipped, so nothing is lost or stored twice. The
documents of the jobs a worker takes at once are annotated in parallel without
holding the database; their cross-document matching (near-duplicates, quote groups,
entities, stories) and saving run under the database's writer lock, one worker at a
time and in the order the jobs were queued, so every worker sees what the others
stored and the result is that of one process reading the jobs in order (a worker
stops waiting for an earlier job that has not moved for --ack-wait or 15 s). A
job that fails is tried again after --retry-delay (times its tries), and after
--max-deliver tries goes to the dead-letter stream with its error ('dateline
queue' lists them). The consumer's
settings (--ack-wait, --max-deliver) are those of the last worker started.

Exit status: 0 stopped (interrupted, or idle for --idle-exit), 1 the database or
the queue failed, 2 usage error.`,
		Example: `  dateline worker --nats nats://127.0.0.1:4222 --db postgres://dateline@db/news
  GOMAXPROCS=1 dateline worker --nats nats://queue:4222 --db postgres://… --idle-exit 30s`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if concurrency < 0 || concurrency > maxWorkers() {
				return usagef("--concurrency %d: want 1 to %d (0: one per CPU)", concurrency, maxWorkers())
			}
			if take < 0 {
				return usagef("--take %d: want 1 or more (0: %d per --concurrency)", take, pipeline.TakePerWorker)
			}
			if idleExit < 0 || ackWait < time.Second || retryDelay < 0 || maxDeliver < 1 {
				return usagef("want --idle-exit ≥ 0, --ack-wait ≥ 1s, --retry-delay ≥ 0 and --max-deliver ≥ 1")
			}
			if maxDoc < 1 {
				return usagef("--max-doc-size %d: want a positive number of bytes", maxDoc)
			}
			if err := web.check(); err != nil {
				return err
			}
			tuneHeap()
			nc, q, err := nf.connect(ctx, "worker")
			if err != nil {
				return err
			}
			defer nc.Close()
			if err := q.Consume(ctx, queue.Options{AckWait: ackWait, MaxDeliver: maxDeliver, RetryDelay: max(retryDelay, time.Millisecond)}); err != nil {
				return err
			}
			q.Read = ingest.Options{MaxDocBytes: maxDoc, Now: e.now(), Fetch: web.client()}
			st, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			tagger, err := entity.Default()
			if err != nil {
				return fmt.Errorf("load entity model: %w", err)
			}
			out := lineWriter{e.Err}
			cfg := pipeline.WorkConfig{
				Config: pipeline.Config{
					Workers:  concurrency,
					Read:     q.Read,
					Annotate: annotate.Options{Now: e.now(), Tagger: tagger},
				},
				Take:      take,
				IdleExit:  idleExit,
				Heartbeat: ackWait / 3,
				Ran: func(jobs []pipeline.Job, failed []error, sum pipeline.Summary) {
					nfail := 0
					for i, err := range failed {
						if err != nil {
							nfail++
							fmt.Fprintf(out, "job failed: %s: %s\n", jobs[i].Name(), err)
						}
					}
					if !quiet {
						fmt.Fprintf(out, "%d jobs (%d failed) in %.2fs (waited %.2fs for turn and lock, held it %.2fs): %d documents (%d already stored), %d posts\n",
							len(jobs), nfail, sum.Elapsed.Seconds(), sum.Waited.Seconds(), sum.Locked.Seconds(), sum.Documents, sum.KnownDocuments, sum.Posts)
					}
				},
			}
			sum, err := pipeline.Work(ctx, st, q, cfg)
			if !quiet {
				fmt.Fprintf(e.Out, "worker stopped: %d jobs done, %d failures, %d documents, %d posts\n", sum.Jobs, sum.Failed, sum.Documents, sum.Posts)
			}
			return err
		},
	}
	f := cmd.Flags()
	nf.register(f)
	f.IntVar(&concurrency, "concurrency", 0, "documents annotated at once (default: number of CPUs)")
	f.IntVar(&take, "take", 0, "jobs taken from the queue at once (default: "+strconv.Itoa(pipeline.TakePerWorker)+" per --concurrency)")
	f.DurationVar(&idleExit, "idle-exit", 0, "stop after the queue has been empty this long (0: run until interrupted)")
	f.DurationVar(&ackWait, "ack-wait", queue.DefaultAckWait, "a job without word from its worker this long goes to another worker")
	f.IntVar(&maxDeliver, "max-deliver", queue.DefaultMaxDeliver, "tries before a failing job is dead-lettered")
	f.DurationVar(&retryDelay, "retry-delay", queue.DefaultRetryDelay, "wait before a failed job is tried again, times its tries")
	f.Int64Var(&maxDoc, "max-doc-size", ingest.DefaultMaxDocBytes, "largest document accepted, in bytes")
	f.BoolVarP(&quiet, "quiet", "q", false, "print failed jobs only")
	web.register(f)
	return cmd
}

func (e *env) queueCmd() *cobra.Command {
	var (
		nf     natsFlag
		format string
		dead   int
	)
	cmd := &cobra.Command{
		Use:   "queue --nats URL [--format json]",
		Short: "Show the work queue: pending, running, failed and done jobs",
		Long: `Show the state of the ingest work queue on NATS JetStream: jobs pending (waiting
for a worker), running (taken by a worker and not yet acknowledged, or waiting to
be tried again), failed (given up after their last try: the dead-letter stream) and
done; then the last failed jobs with their errors.

With --format json, one object: {"pending","running","failed","done"}.`,
		Example: `  dateline queue --nats nats://127.0.0.1:4222
  dateline queue --nats nats://queue:4222 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if dead < 0 {
				return usagef("--dead %d: want 0 or more", dead)
			}
			nc, q, err := nf.connect(ctx, "queue")
			if err != nil {
				return err
			}
			defer nc.Close()
			c, err := q.Counts(ctx)
			if err != nil {
				return err
			}
			if format == "json" {
				b, _ := json.Marshal(c)
				fmt.Fprintf(e.Out, "%s\n", b)
				return nil
			}
			fmt.Fprintf(e.Out, "pending %d\nrunning %d\nfailed  %d\ndone    %d\n", c.Pending, c.Running, c.Failed, c.Done)
			if c.Failed == 0 || dead == 0 {
				return nil
			}
			jobs, err := q.Dead(ctx, dead)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.Out, "\nlast %d failed jobs:\n", len(jobs))
			w := lineWriter{e.Out}
			for _, j := range jobs {
				fmt.Fprintf(w, "%s  %s (%s, %d tries): %s\n", j.Time.Format(time.RFC3339), j.Name, j.Kind, j.Tries, j.Error)
			}
			return nil
		},
	}
	f := cmd.Flags()
	nf.register(f)
	f.StringVar(&format, "format", "text", "output format: text or json")
	f.IntVar(&dead, "dead", 20, "failed jobs to list with their errors (text)")
	return cmd
}
