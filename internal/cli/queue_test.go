package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/queue"
	"github.com/dateline-news/dateline/internal/queue/queuetest"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/postgres"
	"github.com/dateline-news/dateline/internal/store/storetest"
	"github.com/nats-io/nats.go"
)

// queueCorpus writes a corpus of news-shaped documents to a new
// directory: real articles (the PolNeAR dev set when ../shared is there,
// else the bundled examples) as text files, and, in JSON-lines files of
// eight records, other outlets' versions of them: verbatim copies,
// shortened versions that keep some paragraphs after a lead of their own,
// rewrites, and documents made of the halves of two unrelated articles
// (which stories place by arrival order: before workers committed in
// queue order, their stories agreed with one process's on only 0.93-0.96
// of pairs). It returns the directory and the number of documents.
func queueCorpus(t *testing.T) (string, int) {
	t.Helper()
	src := filepath.Join("..", "..", "examples")
	if dir, ok := sharedtest.Lookup("eval", "quotes", "polnear", "dev", "text"); ok {
		src = dir
	} else {
		t.Log("../shared absent: the corpus is made from the bundled examples")
	}
	files, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s", src)
	}
	if len(files) > 80 {
		files = files[:80]
	}
	dir := t.TempDir()
	var articles [][]string // paragraphs
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), b)
		var paras []string
		for _, p := range strings.Split(string(b), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		articles = append(articles, paras)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	outlets := []string{"Harbour Herald", "Valley Wire", "Coastal Post", "Metro Ledger", "Plains Courier"}
	type record struct {
		URL       string `json:"url"`
		Title     string `json:"title"`
		Text      string `json:"text"`
		Published string `json:"published"`
		Outlet    string `json:"outlet"`
	}
	var lines []string
	n := len(files)
	for i := range 4 * len(files) {
		a := articles[rng.IntN(len(articles))]
		var paras []string
		switch i % 4 {
		case 0: // carried verbatim
			paras = slices.Clone(a)
		case 1: // shortened: a lead, then some paragraphs in order
			paras = []string{fmt.Sprintf("Reporting by our staff, item %d.", i)}
			for _, p := range a {
				if rng.IntN(3) > 0 {
					paras = append(paras, p)
				}
			}
		case 2: // the first half of one article, the second half of another
			b := articles[rng.IntN(len(articles))]
			paras = append(slices.Clone(a[:len(a)/2]), b[len(b)/2:]...)
		default: // rewritten: every other paragraph cut to its first sentence, a verb changed
			for j, p := range a {
				if j%2 == 1 {
					if k := strings.Index(p, ". "); k > 0 {
						p = p[:k+1]
					}
				}
				paras = append(paras, strings.ReplaceAll(p, " said ", " told reporters "))
			}
		}
		if len(paras) == 0 {
			continue
		}
		title := paras[0]
		if len(title) > 80 {
			title = title[:strings.LastIndex(title[:80], " ")+1]
		}
		o := outlets[rng.IntN(len(outlets))]
		r := record{
			URL:       fmt.Sprintf("https://%s.example/%d", strings.ToLower(strings.ReplaceAll(o, " ", "-")), i),
			Title:     strings.TrimSpace(title),
			Text:      strings.Join(paras, "\n\n"),
			Published: time.Date(2016, 10, 1+i%20, 8+i%9, 0, 0, 0, time.UTC).Format(time.RFC3339),
			Outlet:    o,
		}
		b, _ := json.Marshal(r)
		lines = append(lines, string(b))
		n++
	}
	for i := 0; i < len(lines); i += 8 {
		part := lines[i:min(i+8, len(lines))]
		writeFile(t, filepath.Join(dir, fmt.Sprintf("w%03d.jsonl", i/8)), []byte(strings.Join(part, "\n")+"\n"))
	}
	return dir, n
}

// records is what the workers' result is compared on: item → cluster
// for each cross-document relation, and the posts with their sources.
type records struct {
	docs     []string
	posts    []string          // ID and sources
	passages map[string]string // occurrence (post, start, end) → passage
	quotes   map[string]string // quote → group
	mentions map[string]string // mention (post, start, end) → entity
	stories  map[string]string // post → story
}

func readRecords(t *testing.T, st store.Store) records {
	t.Helper()
	ctx := context.Background()
	r := records{passages: map[string]string{}, quotes: map[string]string{}, mentions: map[string]string{}, stories: map[string]string{}}
	if err := st.Documents(ctx, func(d domain.Document) error {
		r.docs = append(r.docs, d.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := st.Posts(ctx, func(p domain.Post) error {
		var srcs []string
		for _, s := range p.Sources {
			srcs = append(srcs, s.DocID)
		}
		slices.Sort(srcs)
		r.posts = append(r.posts, fmt.Sprintf("%s %v", p.ID, srcs))
		for _, x := range p.Passages {
			r.passages[fmt.Sprintf("%s %d %d", p.ID, x.Start, x.End)] = x.ID
		}
		for _, q := range p.Quotes {
			r.quotes[q.ID] = q.Group
		}
		for _, m := range p.Mentions {
			if m.Entity != "" {
				r.mentions[fmt.Sprintf("%s %d %d", p.ID, m.Start, m.End)] = m.Entity
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, s := range storetest.AllStories(t, st) {
		for _, p := range s.Posts {
			r.stories[p] = s.ID
		}
	}
	slices.Sort(r.docs)
	slices.Sort(r.posts)
	return r
}

// pairAgreement compares two clusterings of items: the share of the
// pairs clustered together in either that are together in both (1 when
// they are equal, whatever the clusters are called).
func pairAgreement(a, b map[string]string) float64 {
	pairs := func(sizes map[[2]string]int) (n int) {
		for _, s := range sizes {
			n += s * (s - 1) / 2
		}
		return n
	}
	inA, inB, inBoth := map[[2]string]int{}, map[[2]string]int{}, map[[2]string]int{}
	for item, ca := range a {
		inA[[2]string{ca}]++
		if cb, ok := b[item]; ok {
			inBoth[[2]string{ca, cb}]++
		}
	}
	for _, cb := range b {
		inB[[2]string{cb}]++
	}
	both := pairs(inBoth)
	either := pairs(inA) + pairs(inB) - both
	if either == 0 {
		return 1
	}
	return float64(both) / float64(either)
}

// compareRecords checks the acceptance of the distributed ingest: every
// document once, the same posts with the same sources, and passage
// clusters, quote groups, entities and stories agreeing on most pairs
// (see the bounds).
func compareRecords(t *testing.T, got, want records) {
	t.Helper()
	if !slices.Equal(got.docs, want.docs) {
		t.Errorf("documents: %d stored, want the %d of one process", len(got.docs), len(want.docs))
	}
	if !slices.Equal(got.posts, want.posts) {
		t.Errorf("posts or their sources differ from one process's: %d posts, want %d", len(got.posts), len(want.posts))
	}
	// Near-duplicate passages join the cluster of the first one seen, so
	// that a run committed out of turn can cluster one differently
	// (measured: 1 in every run since runs are ordered, 0.9999-1 before).
	a := pairAgreement(got.passages, want.passages)
	t.Logf("passages: %d occurrences, pair agreement with one process %.5f", len(got.passages), a)
	if a < 0.999 || len(got.passages) != len(want.passages) {
		t.Errorf("passages: %d occurrences, pair agreement %.5f; want the %d of one process, ≥ 0.999", len(got.passages), a, len(want.passages))
	}
	// Entities and stories are built incrementally: an alias or a post
	// that arrives before rather than after another can land elsewhere.
	// Workers commit their runs in queue order (pipeline.Ordered), as one
	// process reads; only a run that gave up waiting for a lost job
	// commits out of turn. Measured: 1.0000 for all three in every run
	// (before runs were ordered, entities 0.983-1.000, stories 0.98-1.00).
	for _, c := range []struct {
		what      string
		got, want map[string]string
		min       float64
	}{{"quote groups", got.quotes, want.quotes, 0.99}, {"entities", got.mentions, want.mentions, 0.99}, {"stories", got.stories, want.stories, 0.99}} {
		a := pairAgreement(c.got, c.want)
		t.Logf("%s: %d items, pair agreement with one process %.4f", c.what, len(c.got), a)
		if a < c.min || len(c.got) != len(c.want) {
			t.Errorf("%s: %d items, pair agreement %.4f; want the %d items of one process, ≥ %.2f", c.what, len(c.got), a, len(c.want), c.min)
		}
	}
}

// killingStore cancels its worker's context while the nth batch is being
// saved: the transaction is cut short midway.
type killingStore struct {
	store.Store
	n      int
	saves  atomic.Int32
	cancel context.CancelFunc
	killed atomic.Bool
}

func (s *killingStore) Save(ctx context.Context, b store.Batch) (store.SaveStats, error) {
	if int(s.saves.Add(1)) == s.n && len(b.Docs) > 0 {
		time.AfterFunc(2*time.Millisecond, s.cancel)
		stats, err := s.Store.Save(ctx, b)
		if err != nil {
			s.killed.Store(true)
		}
		return stats, err
	}
	return s.Store.Save(ctx, b)
}

// distributedSetup ingests the corpus in one process into one database,
// and enqueues it for workers writing another.
func distributedSetup(t *testing.T) (natsURL, workerDSN string, want records) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short")
	}
	dsnOne := storetest.PostgresDSN(t)
	workerDSN = storetest.PostgresDSN(t)
	dir, n := queueCorpus(t)
	if _, stderr, code := run(t, "--db", dsnOne, "ingest", "-q", dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	st, err := postgres.Open(context.Background(), dsnOne)
	if err != nil {
		t.Fatal(err)
	}
	want = readRecords(t, st)
	st.Close()
	if len(want.docs) < n*9/10 || len(want.quotes) == 0 || len(want.mentions) == 0 {
		t.Fatalf("one process stored %d documents of %d, %d quotes, %d mentions: the corpus shows nothing", len(want.docs), n, len(want.quotes), len(want.mentions))
	}
	natsURL = queuetest.Server(t)
	if out, stderr, code := run(t, "enqueue", "--nats", natsURL, dir); code != 0 || !strings.Contains(out, "enqueued") {
		t.Fatalf("enqueue: exit %d: %s%s", code, out, stderr)
	}
	return natsURL, workerDSN, want
}

// TestWorkersCancelledMidTransaction: three workers on one PostgreSQL
// database, one of them cancelled while a batch is being saved, store
// what one process stores.
func TestWorkersCancelledMidTransaction(t *testing.T) {
	natsURL, dsn, want := distributedSetup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	var ks *killingStore
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for w := range 3 {
		nc, err := nats.Connect(natsURL)
		if err != nil {
			t.Fatal(err)
		}
		defer nc.Close()
		q, err := queue.Open(ctx, nc)
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Consume(ctx, queue.Options{AckWait: 3 * time.Second, FetchWait: 200 * time.Millisecond}); err != nil {
			t.Fatal(err)
		}
		q.Read = ingest.Options{Now: time.Now()}
		pg, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer pg.Close()
		var st store.Store = pg
		wctx := ctx
		if w == 0 {
			var kill context.CancelFunc
			wctx, kill = context.WithCancel(ctx)
			ks = &killingStore{Store: pg, n: 2, cancel: kill}
			st = ks
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := pipeline.Work(wctx, st, q, pipeline.WorkConfig{
				Config:    pipeline.Config{Workers: 1, Annotate: annotate.Options{Now: time.Now(), Tagger: tagger}},
				Take:      3,
				IdleExit:  5 * time.Second, // past the killed worker's ack wait
				Heartbeat: time.Second,
			})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if !ks.killed.Load() {
		t.Fatal("the first worker was not cancelled mid-transaction: the test showed nothing")
	}
	checkQueueDone(t, natsURL)
	pg, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	compareRecords(t, readRecords(t, pg), want)
}

// TestWorkerProcessKilled: three worker processes, one killed with
// SIGKILL while it works, store what one process stores.
func TestWorkerProcessKilled(t *testing.T) {
	natsURL, dsn, want := distributedSetup(t)
	ctx := context.Background()
	pg, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	var procs []*exec.Cmd
	for range 3 {
		cmd := exec.Command(os.Args[0], "--db", dsn, "worker", "--nats", natsURL, "--concurrency", "1", "--take", "2",
			"--ack-wait", "3s", "--idle-exit", "6s", "-q")
		cmd.Env = append(os.Environ(), "DATELINE_TEST_MAIN=1", "GOMAXPROCS=1")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() {
			if t.Failed() && stderr.Len() > 0 {
				t.Logf("worker stderr: %s", stderr.String())
			}
		}()
		procs = append(procs, cmd)
	}
	// kill the first once the workers have stored something
	deadline := time.Now().Add(2 * time.Minute)
	for {
		stats, err := pg.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if stats.Documents >= 20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the workers stored nothing in 2 minutes")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := procs[0].Process.Kill(); err != nil {
		t.Fatal(err)
	}
	procs[0].Wait()
	for _, p := range procs[1:] {
		done := make(chan error, 1)
		go func() { done <- p.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("worker: %v", err)
			}
		case <-time.After(5 * time.Minute):
			p.Process.Kill()
			t.Fatal("a worker did not stop within 5 minutes")
		}
	}
	checkQueueDone(t, natsURL)
	compareRecords(t, readRecords(t, pg), want)
}

// checkQueueDone: nothing pending, running or failed.
func checkQueueDone(t *testing.T, natsURL string) {
	t.Helper()
	out, stderr, code := run(t, "queue", "--nats", natsURL, "--format", "json")
	if code != 0 {
		t.Fatalf("queue: exit %d: %s", code, stderr)
	}
	var c queue.Counts
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Pending != 0 || c.Running != 0 || c.Failed != 0 || c.Done == 0 {
		t.Errorf("queue after the workers = %s (%v): want every job done", out, err)
	}
}
