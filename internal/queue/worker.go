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
	tries int // deliveries so far, this one included
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

// compile-time check
var _ pipeline.Jobs = (*Queue)(nil)
