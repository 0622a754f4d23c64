package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Next implements pipeline.Jobs: up to n jobs, waiting FetchWait for the
// first. A job that cannot be decoded, or that came back more than
// MaxDeliver times (each try killed its worker), is dead-lettered here.
// Consume must have been called.
func (q *Queue) Next(ctx context.Context, n int) ([]pipeline.Job, error) {
	if q.cons == nil {
		return nil, errors.New("queue: Next before Consume")
	}
	batch, err := q.cons.Fetch(n, jetstream.FetchMaxWait(q.opts.FetchWait))
	if err != nil {
		return nil, err
	}
	var out []pipeline.Job
	for m := range batch.Messages() {
		d := &delivery{q: q, msg: m, tries: 1}
		if md, err := m.Metadata(); err == nil {
			d.tries = int(md.NumDelivered)
			d.seq = md.Sequence.Stream
		}
		job, err := decode(m.Headers(), m.Data())
		d.job = job
		switch {
		case err != nil:
			err = fmt.Errorf("undecodable job: %w", err)
		case d.tries > q.opts.MaxDeliver:
			err = fmt.Errorf("no answer from its worker after %d tries (each worker stopped while on it)", d.tries-1)
		}
		if err != nil {
			if derr := d.dead(ctx, err); derr != nil {
				return out, derr
			}
			continue
		}
		out = append(out, d)
	}
	if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
		return out, err
	}
	return out, nil
}

// delivery is a job handed to this worker.
type delivery struct {
	q     *Queue
	msg   jetstream.Msg
	job   Job
	tries int    // deliveries so far, this one included
	seq   uint64 // the job's place in the stream (0: unknown)
}

// Name implements pipeline.Job.
func (d *delivery) Name() string {
	switch d.job.Kind {
	case KindSection:
		return fmt.Sprintf("%s (bytes %d-%d)", d.job.Name, d.job.Offset, d.job.Offset+d.job.Length)
	case KindFile:
		if d.job.Offset > 0 {
			return fmt.Sprintf("%s (bytes %d-%d)", d.job.Name, d.job.Offset, d.job.Offset+int64(len(d.job.Data)))
		}
	case KindDocuments:
		return fmt.Sprintf("%d feed items from %s", len(d.job.Docs), d.job.Name)
	}
	return d.job.Name
}

// Read implements pipeline.Job.
func (d *delivery) Read(ctx context.Context, send func(domain.Document) error) error {
	opts := d.q.Read
	if d.job.Outlet != "" {
		opts.Outlet = d.job.Outlet
	}
	var in ingest.Input
	switch d.job.Kind {
	case KindFile:
		in = ingest.BytesInput(d.job.Name, d.job.Data, d.job.Offset)
	case KindSection:
		in = ingest.SectionInput(d.job.Name, d.job.Path, d.job.Offset, d.job.Length)
	case KindURL:
		if opts.Fetch == nil {
			return fmt.Errorf("%q: this worker fetches no web addresses", d.job.Name)
		}
		in = ingest.URLInput(ctx, opts.Fetch, d.job.Name)
	case KindDocuments:
		for _, doc := range d.job.Docs {
			if doc.Outlet == "" {
				doc.Outlet = opts.Outlet
			}
			if err := send(doc); err != nil {
				return err
			}
		}
		return nil
	}
	return ingest.Read(ctx, in, opts, send)
}

// Done implements pipeline.Job: the acknowledgement, confirmed by the
// server.
func (d *delivery) Done(ctx context.Context) error { return d.msg.DoubleAck(ctx) }

// Working implements pipeline.Job.
func (d *delivery) Working(context.Context) error { return d.msg.InProgress() }

// Failed implements pipeline.Job: the job is tried again after a delay
// that grows with its tries, or dead-lettered after its last.
func (d *delivery) Failed(ctx context.Context, err error) error {
	if d.tries >= d.q.opts.MaxDeliver {
		return d.dead(ctx, err)
	}
	return d.msg.NakWithDelay(time.Duration(d.tries) * d.q.opts.RetryDelay)
}

// dead publishes the job with its error to the dead-letter subject, then
// takes it off the work queue. Should the worker stop in between, the
// job comes back and is dead-lettered again, once: the dead letter's
// message ID is the job's.
func (d *delivery) dead(ctx context.Context, cause error) error {
	m := nats.NewMsg(DeadSubject)
	for k, v := range d.msg.Headers() {
		m.Header[k] = v
	}
	m.Header.Set(hError, oneLine(cause))
	m.Header.Set(hTries, strconv.Itoa(d.tries))
	m.Data = d.msg.Data()
	if _, err := d.q.js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("dead-letter %s: %w", d.Name(), err)
	}
	return d.msg.TermWithReason("dead-lettered")
}

// Turn implements pipeline.Ordered. The stream keeps a job until it is
// acknowledged or terminated (work-queue retention), so every job queued
// before the first of jobs is finished once the stream's first sequence
// number is that job's. Turn asks the server every few milliseconds. It
// gives up waiting when the stream's first job has not changed for the
// consumer's acknowledgement wait or turnWait, whichever is shorter: that
// job belongs to a worker that died (it comes back to be done later),
// waits to be tried again (no worker is free to take it while all wait
// here), or is in a run that takes that long; the run then goes out of
// turn, which costs only the order.
func (q *Queue) Turn(ctx context.Context, jobs []pipeline.Job) error {
	first := uint64(0)
	for _, j := range jobs {
		if d, ok := j.(*delivery); ok && d.seq > 0 && (first == 0 || d.seq < first) {
			first = d.seq
		}
	}
	if first == 0 {
		return nil
	}
	stream, err := q.js.Stream(ctx, JobStream)
	if err != nil {
		return fmt.Errorf("stream %s: %w", JobStream, err)
	}
	var seen uint64 // the first sequence number last seen
	var since time.Time
	pause := time.Millisecond
	for {
		info, err := stream.Info(ctx)
		if err != nil {
			return fmt.Errorf("stream %s: %w", JobStream, err)
		}
		if info.State.Msgs == 0 || info.State.FirstSeq >= first {
			return nil
		}
		if info.State.FirstSeq != seen {
			seen, since = info.State.FirstSeq, time.Now()
		} else if time.Since(since) > min(q.opts.AckWait, turnWait) {
			return nil // the first job has not moved for a while
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, turnPoll)
	}
}

// turnPoll is the longest pause between two looks at the stream in Turn.
const turnPoll = 10 * time.Millisecond

// turnWait bounds how long Turn waits for a first job that does not move.
const turnWait = 15 * time.Second

// compile-time check
var _ pipeline.Ordered = (*Queue)(nil)
