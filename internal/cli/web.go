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
	f.DurationVar(&w.timeout, "timeout", fetch.DefaultTimeout, "give up on a fetch after this long")
	f.DurationVar(&w.delay, "host-delay", fetch.DefaultPerHostDelay, "wait at least this long between requests to one host (0: no wait)")
}

// check reports flag values that mean nothing.
func (w *webFlags) check() error {
	if w.timeout <= 0 {
		return usagef("--timeout %v: want a positive duration", w.timeout)
	}
	if w.delay < 0 {
		return usagef("--host-delay %v: want 0 or a positive duration", w.delay)
	}
	return nil
}

func (w *webFlags) client() *fetch.Client {
	delay := w.delay
	if delay == 0 {
		delay = -1 // fetch.Options: negative means no delay, zero the default
	}
	return fetch.New(fetch.Options{AllowPrivate: w.allowPrivate, Timeout: w.timeout, PerHostDelay: delay})
}
