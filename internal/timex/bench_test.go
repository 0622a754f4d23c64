package timex

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchText is an invented wire story dense in temporal expressions.
const benchText = `GENEVA, Oct. 31 (Wire) -- Foreign ministers will meet in Lausanne on Saturday, officials said on Monday, after talks collapsed last week.

The two sides met for the first time earlier this month, and again on October 3, when the US suspended the ceasefire talks. Over the past three days at least 84 people were killed, the ministry said. Russia said it had not bombed the city for a fortnight.

"We will see whether the ceasefire holds over the next two weeks," the envoy told reporters at 5 p.m. on Sunday. He served as an envoy from 2003 until 2010 and was appointed again in September 2015.

Third-quarter exports fell 3% from a year earlier, and analysts expect growth to resume early next year. The council meets every Monday; the next session is on Nov. 8, 2016, the day of the US presidential election. In the 1990s, the city hosted talks twice a year.
`

// cpuTime is the CPU time (user+system) the process has used: on a shared
// machine it measures the work done where wall time measures the queue.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// report adds per-CPU-second rates to a benchmark that tagged docs
// documents holding exprs expressions and bytes bytes per iteration.
func report(b *testing.B, cpu0 time.Duration, docs, exprs, bytes int) {
	cpu := (cpuTime() - cpu0).Seconds()
	if cpu <= 0 {
		return
	}
	n := float64(b.N)
	b.ReportMetric(n*float64(docs)/cpu, "docs/cpu-s")
	b.ReportMetric(n*float64(exprs)/cpu, "expr/cpu-s")
	b.ReportMetric(n*float64(bytes)/cpu/1e6, "MB/cpu-s")
}

func BenchmarkTag(b *testing.B) {
	dct := time.Date(2016, 10, 31, 0, 0, 0, 0, time.UTC)
	n := len(TagTimeML(benchText, dct))
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		TagTimeML(benchText, dct)
	}
	report(b, cpu0, 1, n, len(benchText))
}

// BenchmarkTagTBAQ tags the plain text of the 256 TempEval-3 training
// documents (real newswire) against their DCTs.
func BenchmarkTagTBAQ(b *testing.B) {
	dir := sharedtest.Dir(b, "eval", "timex", "tbaq")
	var docs []*TimeMLDoc
	filepath.WalkDir(dir, func(p string, de os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".tml") {
			if data, err := os.ReadFile(p); err == nil {
				if d, err := ParseTimeML(data); err == nil {
					docs = append(docs, d)
				}
			}
		}
		return nil
	})
	if len(docs) == 0 {
		b.Skipf("TimeML data not available at %s", dir)
	}
	exprs, size := 0, 0
	for _, d := range docs {
		exprs += len(TagTimeML(d.Text, d.DCT))
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			TagTimeML(d.Text, d.DCT)
		}
	}
	report(b, cpu0, len(docs), exprs, size)
}
