//go:build !unix

package sqlite

import "context"

// fileLock is a no-op where there is no flock: concurrent ingest runs on
// one database then interleave their batches (each batch stays atomic).
func fileLock(context.Context, string) (func(), error) { return func() {}, nil }
