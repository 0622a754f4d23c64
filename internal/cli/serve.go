package cli

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/server"
	"github.com/spf13/cobra"
)

// envToken names the environment variable of serve's ingest token.
const envToken = "DATELINE_TOKEN"

// shutdownGrace is how long serve waits for requests in flight when told
// to stop.
const shutdownGrace = 5 * time.Second

func (e *env) serveCmd() *cobra.Command {
	var (
		addr        string
		perClient   float64
		burst       int
		allowIngest bool
		token       string
	)
	cmd := &cobra.Command{
		Use:   "serve [--db DSN] [--addr 127.0.0.1:8080]",
		Short: "Serve the store: web pages and a JSON API",
		Long: `Serve the store over HTTP, read-only: web pages to explore it in a browser (no
JavaScript; usable at phone width and by keyboard) and a JSON API under /api/ that
mirrors the command line, with the field names of export and --format json.

Pages: / (search box, latest stories, most mentioned people, corpus figures),
/search?q=, /quotes?speaker=&about=, /entities/{id} (aliases, roles, quotes, a
chart of when they were quoted), /stories/{id} (posts, briefing, quotes),
/documents/{id} (text with quotations and names marked), /timeline?q=&entity=&story=.

API:

  GET /api/search?q=&speaker=&outlet=&since=&until=&per_document=&cursor=&limit=
  GET /api/quotes?speaker=&about=&since=&until=&cursor=&limit=
  GET /api/entities?type=&cursor=&limit=     GET /api/entities/{id}
  GET /api/stories?since=&until=&about=&cursor=&limit=
  GET /api/stories/{id}                      GET /api/documents/{id}
  GET /api/timeline?q=&entity=&story=&since=&until=&dates=&per_date=
  GET /api/brief?q=&entity=&story=&since=&until=&words=
  GET /api/openapi.json (the OpenAPI 3 description)   GET /healthz

Listings answer {"results": […], "next_cursor": "…"}; pass next_cursor as cursor
for the next page. Errors answer {"error": "…"} with status 400, 404 or 405.

With --allow-ingest and --token, POST /api/ingest (Authorization: Bearer TOKEN)
stores the .jsonl records of its body (at most 16 MiB), as ingest does.

Prometheus metrics (requests and latency by route, rate-limited requests, Go
runtime) are at /metrics. A client asking more than --rate-limit requests a
second (after a --burst) is answered 429 with Retry-After.

--addr binds 127.0.0.1 (this machine only) unless given another address.`,
		Example: `  dateline serve --db news.db
  curl 'http://127.0.0.1:8080/api/search?q=aleppo&limit=5'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if perClient < 0 || burst < 0 {
				return usagef("--rate-limit %g --burst %d: want 0 (no limit) or more", perClient, burst)
			}
			if _, _, err := net.SplitHostPort(addr); err != nil {
				return usagef("--addr %q: want HOST:PORT", addr)
			}
			if token == "" {
				token = os.Getenv(envToken)
			}
			if allowIngest && len(token) < 16 {
				return usagef("--allow-ingest needs --token (or $%s) of at least 16 characters", envToken)
			}
			ctx := cmd.Context()
			// queries go through connections that cannot write; only
			// POST /api/ingest, when allowed, needs a writable store
			open := e.queryStore
			if allowIngest {
				open = e.openStore
			}
			st, err := open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := server.Options{PerClient: perClient, Burst: burst}
			if allowIngest {
				tagger, err := entity.Default()
				if err != nil {
					return fmt.Errorf("load entity model: %w", err)
				}
				opts.Token = token
				opts.Ingest = server.PipelineIngest(st, pipeline.Config{Annotate: annotate.Options{Now: e.now(), Tagger: tagger}, DedupWindow: pipeline.DefaultDedupWindow})
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			h := server.NewWith(st, opts)
			h.ErrorLog = log.New(e.Err, "dateline serve: ", log.LstdFlags)
			srv := server.HTTPServer(addr, h)
			srv.ErrorLog = h.ErrorLog
			fmt.Fprintf(e.Err, "serving on http://%s/ (API under /api/, metrics at /metrics; Ctrl-C to stop)\n", ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return err
			case <-ctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil {
				return err
			}
			if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen on this HOST:PORT")
	cmd.Flags().Float64Var(&perClient, "rate-limit", 20, "requests a second one client may make on average, past which it is answered 429 (0: no limit)")
	cmd.Flags().IntVar(&burst, "burst", 40, "requests one client may make at once")
	cmd.Flags().BoolVar(&allowIngest, "allow-ingest", false, "accept POST /api/ingest of .jsonl records from clients bearing --token")
	cmd.Flags().StringVar(&token, "token", "", "the bearer token POST /api/ingest requires (default $"+envToken+")")
	return cmd
}
