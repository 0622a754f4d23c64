package rouge_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/sharedtest"
)

// TestAveragesRougeRes feeds the per-topic figures of rouge.res back into
// Averages: the bootstrap must give the file's Average_R/P/F and
// confidence intervals to the last digit.
func TestAveragesRougeRes(t *testing.T) {
	dir := sharedtest.Dir(t, "eval", "rouge", "duc2004")
	run := readRougeRes(t, filepath.Join(dir, "rouge.res"))
	if len(run.averages) == 0 {
		t.Fatal("rouge.res: no averages")
	}
	for key, want := range run.averages {
		byTopic := run.evals[key]
		topics := make([]string, 0, len(byTopic))
		for topic := range byTopic {
			topics = append(topics, topic)
		}
		slices.Sort(topics)
		evals := make([]rouge.Score, len(topics))
		for i, topic := range topics {
			evals[i] = byTopic[topic]
		}
		if got := rouge.Averages(evals, 1000, 95); got != want {
			t.Errorf("%s: Averages = %+v\nrouge.res       %+v", key, got, want)
		}
	}
}
