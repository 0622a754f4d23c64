package queue

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/queue/queuetest"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/nats-io/nats.go"
)

var now = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func TestMessageRoundTrip(t *testing.T) {
	for _, j := range []Job{
		{Kind: KindFile, Name: "scrapes/a.txt", Data: []byte("Headline\n\nText."), Outlet: "Wire"},
		{Kind: KindFile, Name: "crawl.warc.gz", Data: []byte{0x1f, 0x8b, 0}, Offset: 1 << 20},
		{Kind: KindSection, Name: "big.jsonl", Path: "/data/big.jsonl", Offset: 0, Length: 12 << 20},
		{Kind: KindURL, Name: "https://news.example/feed.xml"},
		{Kind: KindDocuments, Name: "https://news.example/rss", Docs: []domain.Document{
			{ID: "d1", Source: "https://news.example/rss", Title: "T", Raw: "<p>x</p>", HTML: true, PrecutPosts: true, ContentType: "text/html", NotAfter: now, Published: now},
		}},
		// a name a header cannot hold as it is
		{Kind: KindFile, Name: "odd\r\nname 100% \x1b[31m.txt", Data: []byte("x")},
	} {
		m, err := j.message()
		if err != nil {
			t.Fatal(err)
		}
		for k, vs := range m.Header {
			for _, v := range vs {
				if strings.ContainsAny(v, "\r\n") {
					t.Errorf("header %s = %q holds a line break", k, v)
				}
			}
		}
		got, err := decode(m.Header, m.Data)
		if err != nil {
			t.Fatalf("%s: %v", j.Name, err)
		}
		if !reflect.DeepEqual(got, j) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, j)
		}
	}
	for _, h := range []nats.Header{
		{hKind: {"tape"}},
		{hKind: {KindSection}, hOffset: {"-1"}, hLength: {"3"}},
		{hKind: {KindURL}, hName: {"/etc/passwd"}},
	} {
		if _, err := decode(h, nil); err == nil {
			t.Errorf("decode %v: no error", h)
		}
	}
}

// TestPlan: small files travel in the message, a large WARC file in parts
// cut at its records, other large files as references.
func TestPlan(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "a.txt")
	os.WriteFile(small, []byte("Title\n\nSome text."), 0o644)
	large := filepath.Join(dir, "b.txt")
	os.WriteFile(large, []byte(strings.Repeat("words and more words. ", 100)), 0o644)
	warcPath := filepath.Join("..", "warc", "testdata", "sample.warc.gz")
	var jobs []Job
	errs := Plan([]string{small, large, warcPath, "https://news.example/a", filepath.Join(dir, "missing.txt")}, nil, "Wire", 600, func(j Job) error {
		jobs = append(jobs, j)
		return nil
	})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt") {
		t.Errorf("errors %v, want one naming missing.txt", errs)
	}
	kinds := map[string]int{}
	for _, j := range jobs {
		kinds[j.Kind]++
		if j.Outlet != "Wire" {
			t.Errorf("%s: outlet %q", j.Name, j.Outlet)
		}
		if j.Kind == KindFile && len(j.Data) > 600 {
			t.Errorf("%s: %d bytes in the message, over 600", j.Name, len(j.Data))
		}
	}
	if kinds[KindURL] != 1 || kinds[KindSection] < 1 || kinds[KindFile] < 3 {
		t.Errorf("jobs by kind %v: want the URL, the large text as a section, the small file and WARC parts as files", kinds)
	}
}

// TestWorkAndDeadLetter: a worker stores what enqueue published; a job
// that cannot be read is tried MaxDeliver times, then dead-lettered with
// its error, and the queue counts say so.
func TestWorkAndDeadLetter(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	q := openQueue(ctx, t)
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.html")
	os.WriteFile(junk, []byte("\x00\x01\x02\xff\xfe binary \x00\x00\x00"+strings.Repeat("\x00\x07", 300)), 0o644)
	examples := filepath.Join("..", "..", "examples")
	good := 0
	if errs := Plan([]string{examples, junk}, nil, "", 1<<20, func(j Job) error {
		if j.Name != junk {
			good++
		}
		dup, err := q.Enqueue(ctx, j)
		if dup {
			t.Errorf("%s: a duplicate at its first enqueue", j.Name)
		}
		return err
	}); len(errs) > 0 {
		t.Fatal(errs)
	}
	// enqueued twice: one job
	Plan([]string{junk}, nil, "", 1<<20, func(j Job) error {
		if dup, err := q.Enqueue(ctx, j); err != nil || !dup {
			t.Errorf("enqueued again: duplicate=%v, %v; want a duplicate", dup, err)
		}
		return nil
	})
	if c, err := q.Counts(ctx); err != nil || c != (Counts{Pending: good + 1}) {
		t.Fatalf("counts before work = %+v, %v; want %d pending", c, err, good+1)
	}

	if err := q.Consume(ctx, Options{MaxDeliver: 2, RetryDelay: 10 * time.Millisecond, AckWait: 10 * time.Second, FetchWait: 100 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	q.Read = ingest.Options{Now: now}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum, err := pipeline.Work(ctx, st, q, pipeline.WorkConfig{
		Config:   pipeline.Config{Annotate: annotate.Options{Now: now}},
		Take:     5,
		IdleExit: time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Jobs != good || sum.Failed != 2 {
		t.Errorf("work: %d jobs done, %d failures; want %d and 2 (the junk, tried twice)", sum.Jobs, sum.Failed, good)
	}
	if c, err := q.Counts(ctx); err != nil || c != (Counts{Done: good, Failed: 1}) {
		t.Errorf("counts after work = %+v, %v; want %d done, 1 failed", c, err, good)
	}
	dead, err := q.Dead(ctx, 10)
	if err != nil || len(dead) != 1 || dead[0].Name != junk || dead[0].Tries != 2 || !strings.Contains(dead[0].Error, "junk.html") || !strings.Contains(dead[0].Error, "binary") {
		t.Errorf("dead letters = %+v, %v; want the junk after 2 tries, with its error", dead, err)
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Documents < good {
		t.Errorf("stored %d documents (%v), want at least %d", stats.Documents, err, good)
	}
}

// TestTurn: a run waits for the jobs queued before its own to be
// finished, and stops waiting once the first of them has stayed put for
// an acknowledgement wait (its worker died, say).
func TestTurn(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	q := openQueue(ctx, t)
	for i := range 3 {
		if _, err := q.Enqueue(ctx, Job{Kind: KindFile, Name: fmt.Sprintf("j%d.txt", i), Data: []byte("Title\n\nText.")}); err != nil {
			t.Fatal(err)
		}
	}
	const ackWait = 2 * time.Second
	if err := q.Consume(ctx, Options{AckWait: ackWait, FetchWait: 100 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	take := func() pipeline.Job {
		jobs, err := q.Next(ctx, 1)
		if err != nil || len(jobs) != 1 {
			t.Fatalf("next: %d jobs, %v", len(jobs), err)
		}
		return jobs[0]
	}
	first, second, third := take(), take(), take()
	if err := q.Turn(ctx, []pipeline.Job{first}); err != nil {
		t.Fatalf("the first job's turn: %v", err)
	}
	// the second waits for the first
	turned := make(chan time.Time, 1)
	go func() {
		if err := q.Turn(ctx, []pipeline.Job{second}); err != nil {
			t.Error(err)
		}
		turned <- time.Now()
	}()
	time.Sleep(200 * time.Millisecond)
	select {
	case <-turned:
		t.Fatal("the second job's turn came before the first job was done")
	default:
	}
	done := time.Now()
	if err := first.Done(ctx); err != nil {
		t.Fatal(err)
	}
	if at := <-turned; at.Before(done) {
		t.Errorf("the second job's turn came at %v, before the first was done at %v", at, done)
	}
	// the third waits for the second, never done, for about an ack wait
	start := time.Now()
	if err := q.Turn(ctx, []pipeline.Job{third}); err != nil {
		t.Fatal(err)
	}
	if waited := time.Since(start); waited < ackWait {
		t.Errorf("the third job waited %v for a job that never finished, want at least the ack wait %v", waited, ackWait)
	}
}

// openQueue opens the streams on a new embedded NATS server.
func openQueue(ctx context.Context, t *testing.T) *Queue {
	t.Helper()
	nc, err := nats.Connect(queuetest.Server(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	q, err := Open(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	return q
}
