// Package watch polls feeds and ingests only what is new: `dateline watch
// FEED_URL|FILE… [--every 5m]`.
//
// Each poll makes a conditional GET with the validators remembered from the
// last successful poll (a 304 ends the poll), parses the feed, keeps the
// items whose GUIDs the State has not seen, optionally follows their links,
// hands the documents to Ingest, and only then remembers the GUIDs and the
// new validators — so a failed ingest is retried on the next poll rather
// than lost. A feed that is down, slow or malformed costs its own poll only;
// every poll logs one line.
//
// Dependencies are injected (State, Ingest, Fetcher, Clock) so the loop can
// be tested without a network or real time. The package starts no
// goroutines: polls run one after another in the caller's goroutine, and
// Run returns when ctx is done.
package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/feed"
	"github.com/dateline-news/dateline/internal/fetch"
)

// DefaultEvery is the default time between the starts of two rounds.
const DefaultEvery = 5 * time.Minute

// FeedState is what is remembered about a feed between polls: the HTTP
// validators of its last successful fetch. For a file, LastModified holds
// its modification time and size instead.
type FeedState struct {
	ETag         string
	LastModified string
}

// State remembers feeds and items across polls; the store implements it.
// Feed keys are the URLs or paths given to Run. Every method returns an
// error only when the storage itself fails; an unknown feed is a zero
// FeedState, an unknown item is false.
type State interface {
	FeedState(ctx context.Context, feed string) (FeedState, error)
	PutFeedState(ctx context.Context, feed string, s FeedState) error
	// HasItem reports whether the item with this GUID was ingested from feed.
	HasItem(ctx context.Context, feed, guid string) (bool, error)
	// MarkItems records the GUIDs as ingested from feed.
	MarkItems(ctx context.Context, feed string, guids []string) error
}

// Fetcher performs conditional GETs; *fetch.Client is one.
type Fetcher interface {
	Get(ctx context.Context, url string, cond fetch.Conditional) (*fetch.Response, error)
}

// Clock tells the time and waits; tests pass a fake one.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx is done, returning ctx.Err() then.
	Sleep(ctx context.Context, d time.Duration) error
}

// Options configures a Watcher. State and Ingest are required.
type Options struct {
	State  State
	Ingest func(ctx context.Context, docs []domain.Document) error
	Fetch  Fetcher                                               // default: fetch.New(fetch.Options{})
	Clock  Clock                                                 // default: the real clock
	Log    io.Writer                                             // one line per poll, each in one Write; default: discarded
	Every  time.Duration                                         // time between the starts of rounds (default DefaultEvery)
	Rounds int                                                   // stop after this many rounds; 0 means until ctx is done
	Follow feed.PageFunc                                         // if set, new items' links are fetched and extracted (--follow)
	Open   func(path string) (io.ReadCloser, os.FileInfo, error) // reads FILE sources; default os.Open + Stat
}

// Watcher polls feeds.
type Watcher struct {
	opts Options
}

// New returns a Watcher, or an error if required options are missing.
func New(opts Options) (*Watcher, error) {
	if opts.State == nil {
		return nil, errors.New("watch: no State")
	}
	if opts.Ingest == nil {
		return nil, errors.New("watch: no Ingest")
	}
	if opts.Fetch == nil {
		opts.Fetch = fetch.New(fetch.Options{})
	}
	if opts.Clock == nil {
		opts.Clock = realClock{}
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Every <= 0 {
		opts.Every = DefaultEvery
	}
	if opts.Open == nil {
		opts.Open = openFile
	}
	return &Watcher{opts: opts}, nil
}

// Result describes one poll of one feed.
type Result struct {
	Feed        string
	Status      int  // HTTP status; 0 for files and failed requests
	NotModified bool // nothing changed since the last poll
	Items       int  // items in the feed
	New         int  // items ingested
	FollowFails int  // new items whose linked page could not be used (their feed text was ingested)
	Took        time.Duration
	Err         error
}

// String is the poll's log line (without the time stamp).
func (r Result) String() string {
	took := r.Took.Round(time.Millisecond)
	switch {
	case r.Err != nil:
		return fmt.Sprintf("poll %s: error: %v (%v)", r.Feed, r.Err, took)
	case r.NotModified:
		return fmt.Sprintf("poll %s: not modified (%v)", r.Feed, took)
	}
	s := fmt.Sprintf("poll %s: %d items, %d new", r.Feed, r.Items, r.New)
	if r.FollowFails > 0 {
		s += fmt.Sprintf(", %d links not followed", r.FollowFails)
	}
	return s + fmt.Sprintf(" (%v)", took)
}

// ErrFeedsFailed is returned by Run when feeds failed at their last poll.
var ErrFeedsFailed = errors.New("feeds failed")

// Run polls every source once per round until ctx is done (or Rounds
// rounds have run). A failing feed is logged and retried next round. When
// Run stops, it returns an error wrapping ErrFeedsFailed if any feed's last
// poll failed (the others were ingested), or an error for bad arguments.
func (w *Watcher) Run(ctx context.Context, sources []string) error {
	if len(sources) == 0 {
		return errors.New("watch: no feeds given")
	}
	clock := w.opts.Clock
	failing := make(map[string]bool, len(sources))
	stop := func() error {
		n := 0
		for _, f := range failing {
			if f {
				n++
			}
		}
		if n == 0 {
			return nil
		}
		return fmt.Errorf("%d of %d feeds failed at their last poll: %w", n, len(sources), ErrFeedsFailed)
	}
	for round := 1; ; round++ {
		start := clock.Now()
		for _, src := range sources {
			if ctx.Err() != nil {
				return stop()
			}
			res := w.Poll(ctx, src)
			failing[src] = res.Err != nil
			fmt.Fprintf(w.opts.Log, "%s %s\n", clock.Now().UTC().Format(time.RFC3339), res)
		}
		if w.opts.Rounds > 0 && round >= w.opts.Rounds {
			return stop()
		}
		wait := w.opts.Every - clock.Now().Sub(start)
		if wait < 0 {
			wait = 0
		}
		if err := clock.Sleep(ctx, wait); err != nil {
			return stop()
		}
	}
}

// Poll polls one feed once.
func (w *Watcher) Poll(ctx context.Context, src string) Result {
	clock := w.opts.Clock
	start := clock.Now()
	res := w.poll(ctx, src)
	res.Feed = src
	res.Took = clock.Now().Sub(start)
	return res
}

func (w *Watcher) poll(ctx context.Context, src string) Result {
	var res Result
	st, err := w.opts.State.FeedState(ctx, src)
	if err != nil {
		res.Err = fmt.Errorf("reading state: %w", err)
		return res
	}

	got, err := w.get(ctx, src, st, &res)
	if err != nil {
		res.Err = err
		return res
	}
	if got.notModified {
		res.NotModified = true
		return res
	}

	f, err := feed.Parse(bytes.NewReader(got.body), feed.Options{URL: got.url, ContentType: got.contentType, Now: w.opts.Clock.Now()})
	if err != nil {
		res.Err = err
		return res
	}
	res.Items = len(f.Items)

	var docs []domain.Document
	var guids []string
	seen := make(map[string]bool)
	for _, it := range f.Items {
		if seen[it.GUID] {
			continue
		}
		seen[it.GUID] = true
		has, err := w.opts.State.HasItem(ctx, src, it.GUID)
		if err != nil {
			res.Err = fmt.Errorf("reading state: %w", err)
			return res
		}
		if has {
			continue
		}
		doc := it.Doc
		if w.opts.Follow != nil && it.Doc.URL != "" {
			if followed, err := feed.Follow(ctx, it, w.opts.Fetch, w.opts.Follow); err == nil {
				doc = followed
			} else {
				res.FollowFails++
			}
		}
		docs = append(docs, doc)
		guids = append(guids, it.GUID)
	}

	if len(docs) > 0 {
		if err := w.opts.Ingest(ctx, docs); err != nil {
			res.Err = fmt.Errorf("ingest: %w", err)
			return res
		}
		if err := w.opts.State.MarkItems(ctx, src, guids); err != nil {
			res.Err = fmt.Errorf("saving state: %w", err)
			return res
		}
	}
	res.New = len(docs)
	if got.next != st {
		if err := w.opts.State.PutFeedState(ctx, src, got.next); err != nil {
			res.Err = fmt.Errorf("saving state: %w", err)
		}
	}
	return res
}

// fetched is what get read.
type fetched struct {
	body        []byte
	contentType string
	url         string    // after redirects, or the file path
	next        FeedState // to remember once the items are ingested
	notModified bool
}

// get reads a source: a conditional GET for a URL, a stat-then-read for a
// file (unchanged modification time and size count as not modified).
func (w *Watcher) get(ctx context.Context, src string, st FeedState, res *Result) (fetched, error) {
	if isURL(src) {
		resp, err := w.opts.Fetch.Get(ctx, src, fetch.Conditional{ETag: st.ETag, LastModified: st.LastModified})
		if resp != nil {
			res.Status = resp.Status
		}
		if err != nil {
			return fetched{}, err
		}
		if resp.NotModified {
			return fetched{notModified: true}, nil
		}
		return fetched{
			body:        resp.Body,
			contentType: resp.ContentType,
			url:         resp.FinalURL,
			next:        FeedState{ETag: resp.ETag, LastModified: resp.LastModified},
		}, nil
	}

	rc, info, err := w.opts.Open(src)
	if err != nil {
		return fetched{}, err
	}
	defer rc.Close()
	next := FeedState{LastModified: fmt.Sprintf("%s size=%d", info.ModTime().UTC().Format(time.RFC3339Nano), info.Size())}
	if next == st {
		return fetched{notModified: true}, nil
	}
	body, err := io.ReadAll(io.LimitReader(rc, feed.DefaultMaxBytes+1))
	if err != nil {
		return fetched{}, fmt.Errorf("read %s: %w", src, err)
	}
	return fetched{body: body, url: src, next: next}, nil
}

func isURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func openFile(path string) (io.ReadCloser, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

// realClock is the wall clock; Sleep uses a timer, not a goroutine.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
