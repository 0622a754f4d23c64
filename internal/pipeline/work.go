package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

// Job is one unit of queued work: a file, a part of one, a web address
// or a batch of feed items. Package queue makes them from NATS JetStream
// messages.
type Job interface {
	// Name names the job in errors and logs.
	Name() string
	// Read sends the job's documents; an error names what could not be
	// read (documents sent before it stand).
	Read(ctx context.Context, send func(domain.Document) error) error
	// Done acknowledges the job; it is called only once everything the
	// job produced is committed.
	Done(ctx context.Context) error
	// Failed reports that the job failed: the queue hands it out again
	// later, or gives it up after its last try.
	Failed(ctx context.Context, err error) error
	// Working tells the queue the job is still being worked on, so that
	// it is not handed to another worker meanwhile.
	Working(ctx context.Context) error
}

// Jobs is a work queue.
type Jobs interface {
	// Next returns up to n jobs, waiting a short while (a second or so)
	// for the first; none when none came.
	Next(ctx context.Context, n int) ([]Job, error)
}

// Ordered is a Jobs that knows the order its jobs were queued in.
//
// Cross-document stages decide from what was stored before (see
// Cross-document stages), so the order in which runs commit shapes
// entities, stories and near-duplicate clusters at their margins. One
// process reads a corpus in order; workers would otherwise commit their
// runs in whatever order their annotation ended. Work therefore waits,
// between annotating a run's documents and matching them, for Turn: the
// runs of all workers then commit in queue order, and the result is that
// of one process reading the jobs in that order. The wait is bounded (a
// job held by a worker that died comes back only after the queue's
// acknowledgement wait), so a lost or failing job delays the others for
// a while and is then placed later, never blocks them.
type Ordered interface {
	Jobs
	// Turn returns once every job queued before the first of jobs has
	// left the queue (acknowledged or given up), or once the first job
	// has not moved for a bounded time (at most the queue's wait for a
	// silent worker).
	Turn(ctx context.Context, jobs []Job) error
}

// TakePerWorker is how many jobs a run takes per annotating worker by
// default. A run's matching and saving hold the writer lock, and part of
// their cost is per run (a lock, the index entries others stored, a
// transaction of some thirty statements): larger runs hold it for less
// per document. On 840 articles, one worker with one annotating worker
// took 29 s at 4 jobs a run and 25.5 s at 16; two such workers 25 s and
// 21 s (docs/BENCHMARKS.md). A job is a file, a part of a WARC file of
// about half a NATS message, or a feed poll.
const TakePerWorker = 16

// WorkConfig controls Work.
type WorkConfig struct {
	Config
	// Take is the most jobs taken from the queue and run together
	// (0: TakePerWorker per annotating worker).
	Take int
	// IdleExit stops Work once no job has come for this long (0: never).
	IdleExit time.Duration
	// Heartbeat is how often jobs are reported as still being worked on
	// during a run (0: every 10 s); it must be well under the queue's
	// acknowledgement wait.
	Heartbeat time.Duration
	// Ran, if set, is called after each run with its jobs and summary.
	Ran func(jobs []Job, failed []error, sum Summary)
}

// WorkSummary reports Work.
type WorkSummary struct {
	Jobs, Failed int // jobs done, and jobs that failed (to be retried or given up)
	store.SaveStats
}

// Work takes jobs from q and ingests them into st until ctx is done (then
// it returns nil) or, with IdleExit, until the queue stays empty.
//
// Each run takes up to Take jobs, annotates their documents without the
// writer lock, and matches and saves them under it (Config.Shared), so
// that any number of workers can write one database at once. A job is
// acknowledged only after everything it produced is committed, and
// reported failed when it, or one of its documents, could not be read or
// annotated. A worker that dies mid-run acknowledges nothing: its jobs
// come back after the queue's acknowledgement wait, and their documents
// that were committed are then known and skipped.
func Work(ctx context.Context, st store.Store, q Jobs, cfg WorkConfig) (WorkSummary, error) {
	var sum WorkSummary
	if cfg.Shared == nil {
		cfg.Shared = new(Shared)
	}
	take := cfg.Take
	if take <= 0 {
		take = TakePerWorker * cfg.Workers
		if cfg.Workers <= 0 {
			take = TakePerWorker * runtime.NumCPU()
		}
	}
	idle := time.Now()
	for {
		jobs, err := q.Next(ctx, take)
		if ctx.Err() != nil {
			return sum, nil
		}
		if err != nil {
			return sum, fmt.Errorf("take jobs: %w", err)
		}
		if len(jobs) == 0 {
			if cfg.IdleExit > 0 && time.Since(idle) >= cfg.IdleExit {
				return sum, nil
			}
			continue
		}
		runCfg := cfg
		if o, ok := q.(Ordered); ok {
			runCfg.Turn = func(ctx context.Context) error { return o.Turn(ctx, jobs) }
		}
		failed, runSum, err := workRun(ctx, st, jobs, runCfg)
		if err != nil {
			if ctx.Err() != nil {
				return sum, nil // unacknowledged: the jobs come back
			}
			return sum, err
		}
		sum.SaveStats.Add(runSum.SaveStats)
		for i, j := range jobs {
			if failed[i] != nil {
				sum.Failed++
				err = j.Failed(ctx, failed[i])
			} else {
				sum.Jobs++
				err = j.Done(ctx)
			}
			if err != nil && ctx.Err() == nil {
				return sum, fmt.Errorf("%s: %w", j.Name(), err)
			}
		}
		if cfg.Ran != nil {
			cfg.Ran(jobs, failed, runSum)
		}
		idle = time.Now()
	}
}

// workRun ingests the documents of jobs in one run and returns, per job,
// the error that failed it (nil: done).
func workRun(ctx context.Context, st store.Store, jobs []Job, cfg WorkConfig) ([]error, Summary, error) {
	failed := make([]error, len(jobs))
	// jobOf grows in the reader goroutine and is read in the sequencer;
	// failed is written by both
	var mu sync.Mutex
	var jobOf []int // read position → job
	every := cfg.Heartbeat
	if every <= 0 {
		every = 10 * time.Second
	}
	stop := make(chan struct{})
	beat := make(chan struct{})
	go func() { // keeps the jobs ours while the run lasts
		defer close(beat)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				for _, j := range jobs {
					j.Working(ctx)
				}
			case <-stop:
				return
			}
		}
	}()
	sum, err := run(ctx, st, cfg.Config, func(seq int, err error) {
		mu.Lock()
		defer mu.Unlock()
		if i := jobOf[seq]; failed[i] == nil {
			failed[i] = err
		}
	}, func(ctx context.Context, send func(domain.Document) error) []error {
		var errs []error
		for i, j := range jobs {
			err := j.Read(ctx, func(d domain.Document) error {
				mu.Lock()
				jobOf = append(jobOf, i)
				mu.Unlock()
				return send(d)
			})
			if ctx.Err() != nil {
				return errs
			}
			if err != nil {
				mu.Lock()
				failed[i] = err
				mu.Unlock()
				errs = append(errs, err)
			}
		}
		return errs
	})
	close(stop)
	<-beat
	return failed, sum, err
}
