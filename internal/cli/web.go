package cli

import (
	"time"

	"github.com/dateline-news/dateline/internal/fetch"
	"github.com/spf13/pflag"
)

// webFlags are the flags of commands that fetch URLs.
type webFlags struct {
	allowPrivate bool
	timeout      time.Duration
	delay        time.Duration
}

func (w *webFlags) register(f *pflag.FlagSet) {
	f.BoolVar(&w.allowPrivate, "allow-private", false, "allow fetching from private and loopback addresses")
	f.DurationVar(&w.timeout, "timeout", 30*time.Second, "give up on a fetch after this long")
	f.DurationVar(&w.delay, "host-delay", time.Second, "wait at least this long between requests to one host")
}

func (w *webFlags) client() *fetch.Client {
	return fetch.New(fetch.Options{AllowPrivate: w.allowPrivate, Timeout: w.timeout, PerHostDelay: w.delay})
}
