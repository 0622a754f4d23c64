package server

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/time/rate"
)

// Options tune a server.
type Options struct {
	// PerClient is how many requests a second one client (by remote
	// address) may make on average, Burst how many at once; past them it
	// is answered 429 with Retry-After. PerClient 0: no limit.
	PerClient float64
	Burst     int
	// Ingest, with a Token, turns on POST /api/ingest: requests bearing
	// the token store .jsonl records through it. Off (404) otherwise.
	Ingest IngestFunc
	Token  string
}

// maxClients bounds the limiters kept: past it they start afresh, so
// that many addresses cannot grow the map without bound.
const maxClients = 10000

// limiters keeps one token bucket per client address.
type limiters struct {
	mu    sync.Mutex
	every rate.Limit
	burst int
	by    map[string]*rate.Limiter
}

func newLimiters(o Options) *limiters {
	if o.PerClient <= 0 {
		return nil
	}
	burst := o.Burst
	if burst < 1 {
		burst = int(math.Ceil(o.PerClient))
	}
	return &limiters{every: rate.Limit(o.PerClient), burst: burst, by: map[string]*rate.Limiter{}}
}

// allow reports whether the client of r may be served now, and else after
// how long it may try again.
func (l *limiters) allow(r *http.Request) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	client, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		client = r.RemoteAddr
	}
	l.mu.Lock()
	lim := l.by[client]
	if lim == nil {
		if len(l.by) >= maxClients {
			clear(l.by)
		}
		lim = rate.NewLimiter(l.every, l.burst)
		l.by[client] = lim
	}
	l.mu.Unlock()
	res := lim.Reserve()
	if d := res.Delay(); d > 0 {
		res.Cancel()
		return false, d
	}
	return true, 0
}

// metrics are the server's Prometheus metrics, in a registry of its own.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	limited  prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dateline_http_requests_total", Help: "HTTP requests answered, by route pattern and status code.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "dateline_http_request_duration_seconds", Help: "Time to answer an HTTP request, by route pattern.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 8),
		}, []string{"route"}),
		limited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "dateline_http_rate_limited_total", Help: "Requests answered 429 because their client asked too often.",
		}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.limited,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// statusWriter remembers the status a handler answered.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// ServeHTTP implements http.Handler: the rate limit (not for /healthz and
// /metrics), then the routes, counted and timed by route pattern.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if r.URL.Path != "/healthz" && r.URL.Path != "/metrics" {
		if ok, wait := s.limits.allow(r); !ok {
			s.metrics.limited.Inc()
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			if strings.HasPrefix(r.URL.Path, "/api/") {
				writeError(w, http.StatusTooManyRequests, "too many requests: try again later")
			} else {
				http.Error(w, "too many requests: try again later", http.StatusTooManyRequests)
			}
			return
		}
	}
	sw := &statusWriter{ResponseWriter: w}
	s.mux.ServeHTTP(sw, r)
	route := r.Pattern
	if route == "" {
		route = "other"
	}
	if sw.code == 0 {
		sw.code = http.StatusOK
	}
	s.metrics.requests.WithLabelValues(route, strconv.Itoa(sw.code)).Inc()
	s.metrics.duration.WithLabelValues(route).Observe(time.Since(start).Seconds())
}
