package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/watch"
	"github.com/spf13/cobra"
)

// feedState adapts the store to watch.State.
type feedState struct{ st store.Store }

func (f feedState) FeedState(ctx context.Context, feed string) (watch.FeedState, error) {
	fs, err := f.st.FeedState(ctx, feed)
	return watch.FeedState{ETag: fs.ETag, LastModified: fs.LastModified}, err
}

func (f feedState) PutFeedState(ctx context.Context, feed string, s watch.FeedState) error {
	return f.st.PutFeedState(ctx, feed, store.FeedState{ETag: s.ETag, LastModified: s.LastModified})
}

func (f feedState) HasItem(ctx context.Context, feed, guid string) (bool, error) {
	return f.st.HasItem(ctx, feed, guid)
}

func (f feedState) MarkItems(ctx context.Context, feed string, guids []string) error {
	return f.st.MarkItems(ctx, feed, guids)
}

func (e *env) watchCmd() *cobra.Command {
	var (
		every  time.Duration
		rounds int
		follow bool
		web    webFlags
		nf     natsFlag
	)
	cmd := &cobra.Command{
		Use:   "watch FEED_URL|FILE ... [--every 5m]",
		Short: "Poll feeds and ingest their new items",
		Long: `Poll RSS, Atom or JSON feeds (URLs or files) every --every, and ingest only the items
not seen before. HTTP validators (ETag, Last-Modified) and item GUIDs are kept in
the database, so a restarted watch goes on where it stopped and an unchanged feed
costs one 304. A feed that is down or malformed is logged and retried next round;
the others go on. One line is logged per poll. Stop with Ctrl-C.

With --nats, new items are not ingested here but published as jobs to the work
queue for 'dateline worker' (the feeds' state stays in --db); an item counts as
seen once its job is stored in the queue.`,
		Example: `  dateline watch https://www.example.com/rss.xml https://news.example.org/atom --every 10m
  dateline watch feeds/world.xml --rounds 1
  dateline watch --nats nats://queue:4222 https://www.example.com/rss.xml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("watch needs at least one feed URL or file")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if every <= 0 {
				return usagef("--every %v: want a positive duration", every)
			}
			if rounds < 0 {
				return usagef("--rounds %d: want 0 (until interrupted) or more", rounds)
			}
			if err := web.check(); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := e.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			client := web.client()
			var ingestDocs func(context.Context, []domain.Document) error
			if nf.url != "" { // items become jobs: no annotation here
				nc, q, err := nf.connect(ctx, "watch")
				if err != nil {
					return err
				}
				defer nc.Close()
				ingestDocs = func(ctx context.Context, docs []domain.Document) error {
					return q.EnqueueDocuments(ctx, docs[0].Source, docs, maxInline(nc))
				}
			} else {
				tagger, err := entity.Default()
				if err != nil {
					return fmt.Errorf("load entity model: %w", err)
				}
				ingestDocs = func(ctx context.Context, docs []domain.Document) error {
					sum, err := pipeline.IngestDocuments(ctx, st, docs, pipeline.Config{Annotate: annotate.Options{Now: e.now(), Tagger: tagger}})
					if err == nil && len(sum.Errors) > 0 {
						err = sum.Errors[0]
					}
					return err
				}
			}
			opts := watch.Options{
				State:  feedState{st},
				Ingest: ingestDocs,
				Fetch:  client,
				Log:    lineWriter{e.Err},
				Every:  every,
				Rounds: rounds,
			}
			if follow {
				opts.Follow = ingest.PageFunc(ingest.Options{Now: e.now()})
			}
			w, err := watch.New(opts)
			if err != nil {
				return fmt.Errorf("watch: %w", err)
			}
			return w.Run(ctx, args)
		},
	}
	f := cmd.Flags()
	f.DurationVar(&every, "every", watch.DefaultEvery, "time between the starts of two rounds of polls")
	f.IntVar(&rounds, "rounds", 0, "stop after this many rounds (0: run until interrupted)")
	f.BoolVar(&follow, "follow", false, "fetch and extract the page each new item links to")
	web.register(f)
	f.StringVar(&nf.url, "nats", "", "publish new items as jobs to the work queue on this NATS server `URL` instead of ingesting them")
	return cmd
}
