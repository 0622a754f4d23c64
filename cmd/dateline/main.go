// Command dateline turns raw news from many outlets into a clean,
// deduplicated, searchable record of who said what, when, and who
// reported it. See README.md, or run dateline --help.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/dateline-news/dateline/internal/cli"
	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// the first signal asks Run to stop (a batch being saved is
		// finished or rolled back); a second one ends the process at once
		<-ctx.Done()
		stop()
	}()
	code := cli.Run(ctx, os.Args[1:], cli.IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		Terminal: term.IsTerminal(int(os.Stderr.Fd())),
	})
	stop()
	os.Exit(code)
}
