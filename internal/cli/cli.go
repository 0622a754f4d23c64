// Package cli is Dateline's command line: the command tree, flag parsing,
// output formats and exit codes. cmd/dateline calls Run; end-to-end tests
// call it too, in process.
//
// Exit codes: 0 success; 1 the command ran but something failed (for
// ingest: some inputs could not be read, the rest were stored); 2 usage
// errors (unknown command or flag, bad flag value, missing argument, a
// search query the store refuses, as quotes --about's).
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/dateline-news/dateline/internal/record"
	"io"
	"io/fs"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/postgres"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitFailed  = 1
	ExitUsage   = 2
	defaultDB   = "dateline.db"
	envDB       = "DATELINE_DB"
	dateLayout  = "2006-01-02"
	versionText = "dateline 0.1.0"
)

// usageError marks errors in how a command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// noDatabaseError is a read-only command pointed at a database that does
// not exist: a usage error (exit 2), never a silently created empty file.
type noDatabaseError struct{ path string }

func (e noDatabaseError) Error() string {
	return fmt.Sprintf("no database at %q: ingest creates one (dateline --db %q ingest PATH…); check --db and $%s", e.path, e.path, envDB)
}

// partialError marks a command that did its work but with failures it has
// already reported (exit code 1, nothing more printed).
var errPartial = errors.New("some inputs failed")

// IO is where a command reads and writes.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	// Terminal reports whether Err is a terminal (for progress bars).
	Terminal bool
}

// env is what every command shares.
type env struct {
	IO
	db  string
	now func() time.Time
	// stopProfile ends a --cpuprofile (a no-op without one)
	stopProfile func()
}

// Run runs the command line args and returns the exit code.
func Run(ctx context.Context, args []string, stdio IO) int {
	e := &env{IO: stdio, now: time.Now, stopProfile: func() {}}
	root := e.root()
	root.SetArgs(args)
	root.SetIn(stdio.In)
	root.SetOut(stdio.Out)
	root.SetErr(stdio.Err)
	err := root.ExecuteContext(ctx)
	e.stopProfile()
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errPartial):
		return ExitFailed
	}
	var nd noDatabaseError
	if errors.As(err, &nd) {
		fmt.Fprintf(stdio.Err, "dateline: %s\n", terminalText(err.Error()))
		return ExitUsage
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) || errors.Is(err, store.ErrBadQuery) {
		fmt.Fprintf(stdio.Err, "dateline: %s\nRun 'dateline --help' for usage.\n", terminalText(err.Error()))
		return ExitUsage
	}
	fmt.Fprintf(stdio.Err, "dateline: %s\n", terminalText(err.Error()))
	return ExitFailed
}

// isCobraUsage recognises cobra's own argument errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func (e *env) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "dateline",
		Short: "Who said what, when, and who reported it",
		Long: `Dateline turns raw news (text scrapes, HTML pages, feeds, WARC archives, JSON lines)
from many outlets into a clean, deduplicated, searchable record: posts and articles,
the passages each outlet carried (and who carried them first), quotes with their
speakers, people, places and organisations with their aliases and roles, and dates;
then stories (posts about one event, across outlets), timelines and briefings in
which every sentence cites the documents that carried it.

The database is --db DSN, else $DATELINE_DB, else ./dateline.db (SQLite);
a DSN starting postgres:// selects PostgreSQL.`,
		Version:       versionText,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&e.db, "db", "", "database: a SQLite file path, or a postgres:// DSN (default $DATELINE_DB, else ./dateline.db)")
	var cpuProfile, memProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to this file (for benchmarks)")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentFlags().StringVar(&memProfile, "memprofile", "", "write a heap profile to this file at the end (for benchmarks)")
	_ = root.PersistentFlags().MarkHidden("memprofile")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if memProfile != "" {
			e.stopProfile = func() {
				if f, err := os.Create(memProfile); err == nil {
					pprof.Lookup("heap").WriteTo(f, 0)
					f.Close()
				}
			}
		}
		if cpuProfile == "" {
			return nil
		}
		profile, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(profile); err != nil {
			profile.Close()
			return err
		}
		// stopped by Run, whatever the command returns
		e.stopProfile = func() {
			pprof.StopCPUProfile()
			profile.Close()
		}
		return nil
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(e.ingestCmd(), e.exportCmd(), e.searchCmd(), e.analyzeCmd(), e.extractCmd(), e.evalCmd(), e.watchCmd(), e.quotesCmd(), e.entitiesCmd(), e.storiesCmd(), e.storyCmd(), e.timelineCmd(), e.briefCmd(), e.serveCmd(), e.enqueueCmd(), e.workerCmd(), e.queueCmd())
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	}
	return root
}

// dsn resolves the database to use.
func (e *env) dsn() string {
	if e.db != "" {
		return e.db
	}
	if v := os.Getenv(envDB); v != "" {
		return v
	}
	return defaultDB
}

// readStore opens the configured database for a command that only reads
// it: a SQLite file that does not exist is an error, not a new database.
func (e *env) readStore(ctx context.Context) (store.Store, error) {
	if path, ok := sqlitePath(e.dsn()); ok && path != ":memory:" {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, noDatabaseError{path}
		}
	}
	return e.openStore(ctx)
}

// queryStore opens the configured database, which must exist, for
// queries only: its schema is brought up to date, then its connections
// refuse to write.
func (e *env) queryStore(ctx context.Context) (store.Store, error) {
	dsn := e.dsn()
	path, isSQLite := sqlitePath(dsn)
	if !isSQLite {
		s, err := postgres.OpenReadOnly(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("%s: %s", redact(dsn), strings.ReplaceAll(err.Error(), dsn, redact(dsn)))
		}
		return s, nil
	}
	if path == ":memory:" {
		return e.openStore(ctx)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, noDatabaseError{path}
	}
	return sqlite.OpenReadOnly(ctx, path)
}

// sqlitePath is the file of a SQLite DSN; ok is false for PostgreSQL.
func sqlitePath(dsn string) (path string, ok bool) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return "", false
	}
	return strings.TrimPrefix(dsn, "sqlite://"), true
}

// openStore opens the configured database, creating a SQLite file that
// does not exist yet.
func (e *env) openStore(ctx context.Context) (store.Store, error) {
	dsn := e.dsn()
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			// pgx errors can quote the DSN: never print a password
			return nil, fmt.Errorf("%s: %s", redact(dsn), strings.ReplaceAll(err.Error(), dsn, redact(dsn)))
		}
		return s, nil
	}
	path, _ := sqlitePath(dsn)
	return sqlite.Open(ctx, path)
}

// redact hides a password in a DSN for messages.
func redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			if c := strings.Index(dsn[i+3:at], ":"); c >= 0 {
				return dsn[:i+3+c] + ":***" + dsn[at:]
			}
		}
	}
	return dsn
}

// parseDate parses a --since/--until flag value.
func parseDate(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, v)
	if err != nil {
		return t, usagef("--%s %q: want a date as YYYY-MM-DD", flag, v)
	}
	return t, nil
}

// parseDays parses the --since and --until flags of a command.
func parseDays(since, until string) (s, u time.Time, err error) {
	if s, err = parseDate("since", since); err != nil {
		return s, u, err
	}
	u, err = parseDate("until", until)
	return s, u, err
}

// checkFormat checks a --format flag against the formats a command has.
func checkFormat(format string, formats ...string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	last := len(formats) - 1
	return usagef("--format %q: want %s or %s", format, strings.Join(formats[:last], ", "), formats[last])
}

// checkCount checks a count flag whose default means "all": given
// explicitly, it must be at least 1, as --limit is for every command.
func checkCount(cmd *cobra.Command, flag string, n int) error {
	if cmd.Flags().Changed(flag) && n < 1 {
		return usagef("--%s %d: want 1 or more (leave it out for all)", flag, n)
	}
	return nil
}

func dateText(t time.Time) string {
	if v, ok := record.Date(t).(string); ok {
		return v
	}
	return ""
}

// jsonLines writes one JSON value per line.
type jsonLines struct{ enc *json.Encoder }

func newJSONLines(w io.Writer) jsonLines {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return jsonLines{enc}
}

func (j jsonLines) write(v any) error { return j.enc.Encode(v) }
