// Package fetch is Dateline's one HTTP client: every URL the program reads
// (feeds, followed article links, pages given on the command line) goes
// through it, so timeouts, size limits, redirects, the User-Agent, the
// per-host rate limit and the refusal of private addresses are decided in one
// place.
//
// The client starts no goroutines of its own. Rate limiting waits in the
// calling goroutine; several pipeline workers may share one Client.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// DefaultUserAgent names Dateline and where to learn about it, so site
// operators can tell who is fetching and why.
const DefaultUserAgent = "Dateline/0.1 (+https://github.com/dateline-news/dateline)"

// Defaults used when an Options field is zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 32 << 20 // a feed or article page is far smaller; this stops runaway bodies
	DefaultMaxRedirects = 5
	DefaultPerHostDelay = time.Second
)

// Options configures a Client. The zero value is a safe public-web client.
type Options struct {
	// AllowPrivate permits loopback, private, link-local and other
	// non-public addresses. Off by default so that a feed or a link cannot
	// make Dateline probe the machine's own network; tests turn it on to
	// reach an httptest server on 127.0.0.1.
	AllowPrivate bool
	// Timeout bounds a whole request, body included (default 30s).
	Timeout time.Duration
	// MaxBytes caps the decoded response body (default 32 MiB); a larger
	// body is an error rather than a silently truncated document.
	MaxBytes int64
	// MaxRedirects caps redirect hops (default 5; negative means none).
	MaxRedirects int
	// PerHostDelay is the least time between the starts of two requests to
	// the same host (default 1s; negative means no delay).
	PerHostDelay time.Duration
	// UserAgent replaces DefaultUserAgent.
	UserAgent string
}

// Conditional carries the validators of a previous response, for a
// conditional GET (If-None-Match / If-Modified-Since).
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fully read HTTP response.
type Response struct {
	Status       int
	Body         []byte // nil when NotModified
	ContentType  string
	ETag         string
	LastModified string
	FinalURL     string // after redirects
	NotModified  bool   // the server answered 304 to a conditional GET
}

// ErrTooLarge is returned (wrapped) when a body exceeds Options.MaxBytes.
var ErrTooLarge = errors.New("response body too large")

// ErrPrivateAddress is returned (wrapped) when a URL resolves to an address
// that is refused without AllowPrivate.
var ErrPrivateAddress = errors.New("refusing non-public address")

// StatusError reports an HTTP status other than 2xx or 304.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Client fetches URLs. It is safe for concurrent use.
type Client struct {
	http      *http.Client
	maxBytes  int64
	delay     time.Duration
	userAgent string

	// now and sleep are the clock; tests replace them.
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	mu   sync.Mutex
	next map[string]time.Time // host → earliest start of its next request
}

// New returns a Client configured by opts.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.PerHostDelay == 0 {
		opts.PerHostDelay = DefaultPerHostDelay
	}
	if opts.PerHostDelay < 0 {
		opts.PerHostDelay = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}

	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		// Control runs after name resolution, once per address actually
		// dialled, so a host name that resolves (or re-resolves, as in DNS
		// rebinding) to a private address is refused as surely as a literal
		// private IP.
		dialer.Control = refusePrivate
	}
	transport := &http.Transport{
		// No proxy: with one, the dial-time address check would see the
		// proxy instead of the real destination.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		// Compression stays enabled: the transport asks for gzip and
		// decodes it transparently, and MaxBytes applies to decoded bytes.
	}
	maxRedirects := opts.MaxRedirects
	c := &Client{
		http: &http.Client{
			Transport: transport,
			Timeout:   opts.Timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if maxRedirects < 0 || len(via) > maxRedirects {
					return fmt.Errorf("stopped after %d redirects", len(via))
				}
				return nil
			},
		},
		maxBytes:  opts.MaxBytes,
		delay:     opts.PerHostDelay,
		userAgent: opts.UserAgent,
		now:       time.Now,
		sleep:     sleepCtx,
		next:      make(map[string]time.Time),
	}
	return c
}

// Get fetches rawURL. With a non-empty cond it sends If-None-Match and/or
// If-Modified-Since; a 304 answer gives a Response with NotModified set and
// no body. Any status other than 2xx or 304 is a *StatusError.
func (c *Client) Get(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %q: unsupported scheme %q", rawURL, u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch %q: no host", rawURL)
	}
	if err := c.wait(ctx, strings.ToLower(u.Hostname())); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.8")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()

	out := &Response{
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FinalURL:     resp.Request.URL.String(),
	}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		// A 304 need not repeat the validators; keep the ones we sent.
		if out.ETag == "" {
			out.ETag = cond.ETag
		}
		if out.LastModified == "" {
			out.LastModified = cond.LastModified
		}
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Drain a little so the connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return out, &StatusError{URL: rawURL, Status: resp.StatusCode}
	}
	if resp.ContentLength > c.maxBytes {
		return nil, fmt.Errorf("fetch %s: %w (Content-Length %d > %d)", rawURL, ErrTooLarge, resp.ContentLength, c.maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: reading body: %w", rawURL, err)
	}
	if int64(len(body)) > c.maxBytes {
		return nil, fmt.Errorf("fetch %s: %w (more than %d bytes)", rawURL, ErrTooLarge, c.maxBytes)
	}
	out.Body = body
	return out, nil
}

// wait blocks until a request to host may start, reserving that slot first
// so that concurrent callers queue up one delay apart instead of all waking
// at once.
func (c *Client) wait(ctx context.Context, host string) error {
	if c.delay <= 0 {
		return nil
	}
	c.mu.Lock()
	now := c.now()
	start := c.next[host]
	if start.Before(now) {
		start = now
	}
	c.next[host] = start.Add(c.delay)
	if len(c.next) > 10000 {
		// Forget hosts whose slot has passed, so a long watch over many
		// hosts does not grow the map for ever.
		for h, t := range c.next {
			if t.Before(now) {
				delete(c.next, h)
			}
		}
	}
	c.mu.Unlock()
	if d := start.Sub(now); d > 0 {
		return c.sleep(ctx, d)
	}
	return nil
}

// sleepCtx sleeps for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
