//go:build unix

package dedup

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time the process has used. The
// shared test machines are often busy, so benchmarks report throughput per
// CPU second as well as per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
