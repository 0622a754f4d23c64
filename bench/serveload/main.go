// Command serveload is the load generator of bench/serve.sh: it asks a
// running dateline serve (on loopback) for real names, words and IDs
// through its API, then runs a fixed number of client workers for a fixed
// time against the search, quotes, entity and story pages and their API
// twins, and prints, per route, the requests answered, the errors and the
// p50/p95/p99 latency. It exits 1 when a request failed or a route's p95
// is over -target.
//
//	go run ./bench/serveload -base http://127.0.0.1:8080 -workers 2 -duration 30s
//
// Each worker takes the routes in turn (so every route gets the same share)
// with a parameter drawn at random from the samples; a request counts as
// an error unless it answers 200 and its body is read whole. The first
// -warmup of load is not counted: it fills the page cache after a cold
// start.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

func main() {
	base := flag.String("base", "http://127.0.0.1:8080", "the server's base URL (loopback only)")
	workers := flag.Int("workers", 2, "client workers, each with one request in flight")
	duration := flag.Duration("duration", 30*time.Second, "how long to measure")
	warmup := flag.Duration("warmup", 5*time.Second, "load before measuring, not counted")
	target := flag.Duration("target", 50*time.Millisecond, "the p95 every route must stay under")
	seed := flag.Uint64("seed", 1, "seed of the parameter draws")
	only := flag.String("routes", "", "comma-separated route names to load (default: all), e.g. /search,/api/search")
	flag.Parse()
	if err := run(*base, *workers, *duration, *warmup, *target, *seed, *only); err != nil {
		fmt.Fprintln(os.Stderr, "serveload:", err)
		os.Exit(1)
	}
}

func run(base string, workers int, duration, warmup, target time.Duration, seed uint64, only string) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	if h := u.Hostname(); h != "127.0.0.1" && h != "::1" && h != "localhost" {
		return fmt.Errorf("-base %s: loopback only", base)
	}
	if workers < 1 || duration <= 0 || warmup < 0 {
		return errors.New("-workers and -duration must be positive, -warmup not negative")
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	s, err := sample(client, base)
	if err != nil {
		return fmt.Errorf("sample the archive: %w", err)
	}
	fmt.Printf("samples: %d words, %d speakers, %d entities, %d stories\n", len(s.words), len(s.speakers), len(s.entities), len(s.stories))
	rs := routes(s)
	if only != "" {
		want := strings.Split(only, ",")
		rs = slices.DeleteFunc(rs, func(r route) bool { return !slices.Contains(want, r.name) })
		if len(rs) != len(want) {
			return fmt.Errorf("-routes %s: want names among /search, /quotes, /entities/{id}, /stories/{id} and their /api twins", only)
		}
	}
	for _, r := range rs {
		if len(r.samples) == 0 {
			return fmt.Errorf("%s: the archive gave nothing to ask for", r.name)
		}
	}
	if warmup > 0 {
		load(client, base, rs, workers, warmup, seed+1)
	}
	res := load(client, base, rs, workers, duration, seed)
	return report(os.Stdout, rs, res, duration, target)
}

// samples are real parameters found in the archive.
type samples struct {
	words, speakers, entities, stories []string
}

// sample asks the API for a few pages of quotes, people and stories, and
// takes search words from the quotations and story labels.
func sample(c *http.Client, base string) (samples, error) {
	var s samples
	seen := map[string]bool{}
	addWords := func(text string) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(w)) >= 5 && !seen[strings.ToLower(w)] {
				seen[strings.ToLower(w)] = true
				s.words = append(s.words, w)
			}
		}
	}
	speakers := map[string]bool{}
	var quotes struct {
		Results []struct{ Text, Speaker string }
	}
	if err := getJSON(c, base+"/api/quotes?limit=100", &quotes); err != nil {
		return s, err
	}
	for _, q := range quotes.Results {
		addWords(q.Text)
		if q.Speaker != "" && !speakers[q.Speaker] {
			speakers[q.Speaker] = true
			s.speakers = append(s.speakers, q.Speaker)
		}
	}
	var people struct {
		Results    []struct{ ID, Name string }
		NextCursor string `json:"next_cursor"`
	}
	for page, cursor := 0, ""; page < 3; page++ {
		if err := getJSON(c, base+"/api/entities?type=PER&limit=100&cursor="+url.QueryEscape(cursor), &people); err != nil {
			return s, err
		}
		for _, p := range people.Results {
			s.entities = append(s.entities, p.ID)
		}
		if cursor = people.NextCursor; cursor == "" {
			break
		}
	}
	var stories struct {
		Results    []struct{ ID, Label string }
		NextCursor string `json:"next_cursor"`
	}
	for page, cursor := 0, ""; page < 3; page++ {
		if err := getJSON(c, base+"/api/stories?limit=100&cursor="+url.QueryEscape(cursor), &stories); err != nil {
			return s, err
		}
		for _, st := range stories.Results {
			s.stories = append(s.stories, st.ID)
			addWords(st.Label)
		}
		if cursor = stories.NextCursor; cursor == "" {
			break
		}
	}
	return s, nil
}

func getJSON(c *http.Client, u string, v any) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("GET %s: %s: %s", u, resp.Status, b)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// route is a path pattern and how to fill it in from its samples.
type route struct {
	name    string
	samples []string
	path    func(sample string) string
}

func routes(s samples) []route {
	query := func(param string) func(string) string {
		return func(v string) string { return url.Values{param: {v}}.Encode() }
	}
	twin := func(name, page, api string, xs []string, arg func(string) string) []route {
		return []route{
			{name, xs, func(v string) string { return page + arg(v) }},
			{"/api" + name, xs, func(v string) string { return api + arg(v) }},
		}
	}
	return slices.Concat(
		twin("/search", "/search?", "/api/search?", s.words, query("q")),
		twin("/quotes", "/quotes?", "/api/quotes?", s.speakers, query("speaker")),
		twin("/entities/{id}", "/entities/", "/api/entities/", s.entities, url.PathEscape),
		twin("/stories/{id}", "/stories/", "/api/stories/", s.stories, url.PathEscape),
	)
}

// result is one request: its route, how long it took, and whether it failed.
type result struct {
	route int
	took  time.Duration
	err   error
}

// load runs workers for d, each taking the routes in turn, and returns
// every request's result.
func load(c *http.Client, base string, rs []route, workers int, d time.Duration, seed uint64) []result {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	out := make([][]result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			for i := w; ctx.Err() == nil; i++ {
				k := i % len(rs)
				start := time.Now()
				err := fetch(ctx, c, base+rs[k].path(rs[k].samples[r.IntN(len(rs[k].samples))]))
				if ctx.Err() != nil {
					break // cut off by the end of the run: not counted
				}
				out[w] = append(out[w], result{k, time.Since(start), err})
			}
		})
	}
	wg.Wait()
	return slices.Concat(out...)
}

func fetch(ctx context.Context, c *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return nil
}

// report prints a table of the results per route and returns an error
// when a request failed or a route missed the target.
func report(w io.Writer, rs []route, res []result, d, target time.Duration) error {
	fmt.Fprintf(w, "%d requests in %v (%.1f/s)\n", len(res), d, float64(len(res))/d.Seconds())
	fmt.Fprintf(w, "| route | requests | errors | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|---|\n")
	var missed []string
	var firstErr error
	for k, r := range rs {
		var took []time.Duration
		errs := 0
		for _, x := range res {
			if x.route != k {
				continue
			}
			took = append(took, x.took)
			if x.err != nil {
				errs++
				if firstErr == nil {
					firstErr = x.err
				}
			}
		}
		slices.Sort(took)
		p95 := quantile(took, 0.95)
		fmt.Fprintf(w, "| %s | %d | %d | %s | %s | %s | %s |\n", r.name, len(took), errs,
			ms(quantile(took, 0.50)), ms(p95), ms(quantile(took, 0.99)), ms(quantile(took, 1)))
		if p95 >= target || len(took) == 0 {
			missed = append(missed, r.name)
		}
	}
	switch {
	case firstErr != nil:
		return fmt.Errorf("requests failed, the first: %w", firstErr)
	case len(missed) > 0:
		return fmt.Errorf("p95 at or over %v on %s", target, strings.Join(missed, ", "))
	}
	fmt.Fprintf(w, "every route's p95 under %v, no errors\n", target)
	return nil
}

// quantile is the q-th quantile of sorted durations (nearest rank).
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
