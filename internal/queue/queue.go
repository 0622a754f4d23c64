// Package queue is Dateline's work queue on NATS JetStream: `dateline
// enqueue` publishes jobs, `dateline worker` takes them (as
// pipeline.Jobs), `dateline queue` counts them.
//
// # Streams and subjects
//
// Jobs are messages on the subject dateline.jobs, kept in the stream
// DATELINE_JOBS with work-queue retention: a message stays until a
// worker acknowledges it, and every worker takes from the one durable
// pull consumer dateline-workers, so each job goes to one worker at a
// time. A worker acknowledges a job (and waits for the server to confirm
// it) only after the store committed everything the job produced. One
// that does not within the consumer's AckWait, because it died or hung,
// loses the job: JetStream hands it to another worker. A worker working
// on a long job reports progress (InProgress) to keep it.
//
// A job that fails is handed out again after a delay (a negative
// acknowledgement with delay, NakWithDelay), up to MaxDeliver tries in
// all; then the worker publishes it, with its last error, to the
// dead-letter subject dateline.dead (stream DATELINE_DEAD, kept 30 days)
// and terminates it in the work queue. A job delivered more than
// MaxDeliver times without an answer (each try killed its worker) is
// dead-lettered when it comes again, unread. JetStream's own MaxDeliver
// is set a little higher, as a backstop.
//
// Publishing sets Nats-Msg-Id to a hash of the job, so that a job
// enqueued twice within the stream's duplicate window (an hour) is
// stored once; outside it, the store's content hashes make the second
// run add nothing.
//
// # Message format
//
// A job's headers say what it is; its body holds the bytes:
//
//	Dateline-Kind    file | section | url | documents
//	Dateline-Name    the path or URL as given to enqueue: documents' sources name it
//	Dateline-Path    section: the file to read (a path every worker can read)
//	Dateline-Offset  file, section: where the bytes start in the named file
//	Dateline-Length  section: how many bytes to read
//	Dateline-Outlet  the outlet of documents that name none (enqueue --outlet)
//
// A file job carries the file (or a part of it cut at WARC record
// boundaries) in its body; a section job names a part of a file on
// storage every worker shares, for what is too large to carry; a url job
// is fetched by the worker; a documents job (from `watch --nats`) carries
// feed items already read, as a JSON array.
//
// A dead letter is the job's message with two more headers:
// Dateline-Error (the last error, one line) and Dateline-Tries.
package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the streams, subjects and consumer.
const (
	JobStream   = "DATELINE_JOBS"
	JobSubject  = "dateline.jobs"
	DeadStream  = "DATELINE_DEAD"
	DeadSubject = "dateline.dead"
	Consumer    = "dateline-workers"
)

// Header names of the message format.
const (
	hKind   = "Dateline-Kind"
	hName   = "Dateline-Name"
	hPath   = "Dateline-Path"
	hOffset = "Dateline-Offset"
	hLength = "Dateline-Length"
	hOutlet = "Dateline-Outlet"
	hError  = "Dateline-Error"
	hTries  = "Dateline-Tries"
)

// Defaults of Options.
const (
	DefaultAckWait    = time.Minute
	DefaultMaxDeliver = 3
	DefaultRetryDelay = 5 * time.Second
	DefaultFetchWait  = time.Second
	duplicateWindow   = time.Hour
	deadMaxAge        = 30 * 24 * time.Hour
)

// Options configure the consumer workers share. The zero value is the
// defaults.
type Options struct {
	// AckWait is how long a job may go without word from its worker
	// before another worker gets it (0: DefaultAckWait).
	AckWait time.Duration
	// MaxDeliver is how many times a job is tried before it is
	// dead-lettered (0: DefaultMaxDeliver).
	MaxDeliver int
	// RetryDelay is the wait before a failed job is tried again, times
	// the tries so far (0: DefaultRetryDelay).
	RetryDelay time.Duration
	// FetchWait is how long Next waits for a first job (0:
	// DefaultFetchWait).
	FetchWait time.Duration
}

func (o Options) withDefaults() Options {
	if o.AckWait <= 0 {
		o.AckWait = DefaultAckWait
	}
	if o.MaxDeliver <= 0 {
		o.MaxDeliver = DefaultMaxDeliver
	}
	if o.RetryDelay <= 0 {
		o.RetryDelay = DefaultRetryDelay
	}
	if o.FetchWait <= 0 {
		o.FetchWait = DefaultFetchWait
	}
	return o
}

// Queue is a connection to the job and dead-letter streams.
type Queue struct {
	js   jetstream.JetStream
	opts Options
	cons jetstream.Consumer // set by Consume
	// Read are the options jobs are read with (a fetch client for url
	// jobs, document size limits, the clock); a job's outlet overrides
	// Read.Outlet.
	Read ingest.Options
}

// Open connects to the streams on nc, creating them when missing.
func Open(ctx context.Context, nc *nats.Conn) (*Queue, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        JobStream,
		Description: "Dateline ingest jobs (work queue)",
		Subjects:    []string{JobSubject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  duplicateWindow,
	}); err != nil {
		return nil, fmt.Errorf("stream %s: %w", JobStream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        DeadStream,
		Description: "Dateline jobs given up after their last try, with their errors",
		Subjects:    []string{DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      deadMaxAge,
		Duplicates:  duplicateWindow,
	}); err != nil {
		return nil, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	return &Queue{js: js}, nil
}

// Consume creates or updates the workers' consumer with o (the last
// worker to start sets them for all) and readies Next.
func (q *Queue) Consume(ctx context.Context, o Options) error {
	o = o.withDefaults()
	cons, err := q.js.CreateOrUpdateConsumer(ctx, JobStream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		Description:   "Dateline workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       o.AckWait,
		MaxDeliver:    o.MaxDeliver + 2, // backstop; workers dead-letter at MaxDeliver
		FilterSubject: JobSubject,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	q.cons, q.opts = cons, o
	return nil
}

// Counts is the state of the queue.
type Counts struct {
	Pending int `json:"pending"` // waiting for a worker
	Running int `json:"running"` // handed to a worker, not yet acknowledged (or waiting to be tried again)
	Failed  int `json:"failed"`  // given up after their last try (dead-lettered)
	Done    int `json:"done"`    // acknowledged
}

// Counts reads the queue's state. Done counts every job taken off the
// work queue but those dead-lettered (purging the job stream by hand
// would count as done).
func (q *Queue) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	jobs, err := q.js.Stream(ctx, JobStream)
	if err != nil {
		return c, fmt.Errorf("stream %s: %w", JobStream, err)
	}
	ji, err := jobs.Info(ctx)
	if err != nil {
		return c, fmt.Errorf("stream %s: %w", JobStream, err)
	}
	dead, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return c, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	di, err := dead.Info(ctx)
	if err != nil {
		return c, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	cons, err := jobs.Consumer(ctx, Consumer)
	switch {
	case errors.Is(err, jetstream.ErrConsumerNotFound): // no worker yet: nothing running
	case err != nil:
		return c, fmt.Errorf("consumer %s: %w", Consumer, err)
	default:
		ci, err := cons.Info(ctx)
		if err != nil {
			return c, fmt.Errorf("consumer %s: %w", Consumer, err)
		}
		c.Running = ci.NumAckPending
	}
	c.Pending = max(0, int(ji.State.Msgs)-c.Running)
	c.Failed = int(di.State.Msgs)
	c.Done = max(0, int(ji.State.LastSeq)-int(ji.State.Msgs)-int(di.State.LastSeq))
	return c, nil
}

// DeadJob is a job given up after its last try.
type DeadJob struct {
	Name  string    `json:"name"`
	Kind  string    `json:"kind"`
	Error string    `json:"error"`
	Tries int       `json:"tries"`
	Time  time.Time `json:"time"`
}

// Dead returns the last n dead-lettered jobs, oldest first.
func (q *Queue) Dead(ctx context.Context, n int) ([]DeadJob, error) {
	dead, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	info, err := dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	var out []DeadJob
	if info.State.Msgs == 0 {
		return out, nil
	}
	first := info.State.FirstSeq
	if info.State.LastSeq >= uint64(n) && info.State.LastSeq-uint64(n)+1 > first {
		first = info.State.LastSeq - uint64(n) + 1
	}
	for seq := first; seq <= info.State.LastSeq; seq++ {
		m, err := dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("dead letter %d: %w", seq, err)
		}
		var tries int
		fmt.Sscan(m.Header.Get(hTries), &tries)
		out = append(out, DeadJob{Name: text(m.Header, hName), Kind: m.Header.Get(hKind), Error: m.Header.Get(hError), Tries: tries, Time: m.Time.UTC()})
	}
	return out, nil
}
