package storyeval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

func TestScore(t *testing.T) {
	for _, c := range []struct {
		name           string
		stories        map[string]string
		labels         map[string]string
		prec, rec, grp float64
		largest        int
	}{
		{"pure singletons", map[string]string{"a": "1", "b": "2"}, map[string]string{"a": "x", "b": "x"}, 1, 0.5, 0, 1},
		{"one pure story", map[string]string{"a": "1", "b": "1"}, map[string]string{"a": "x", "b": "x"}, 1, 1, 1, 2},
		{"mixed story", map[string]string{"a": "1", "b": "1", "c": "1", "d": "2"}, map[string]string{"a": "x", "b": "x", "c": "y", "d": "y"},
			(2.0*2/3 + 1.0/3 + 1) / 4, (1 + 1 + 0.5 + 0.5) / 4, 0.75, 3},
		{"unlabelled left out", map[string]string{"a": "1", "b": "1"}, map[string]string{"a": "x"}, 1, 1, 0, 1},
	} {
		r := Score(c.stories, c.labels)
		if math.Abs(r.Precision-c.prec) > 1e-9 || math.Abs(r.Recall-c.rec) > 1e-9 || math.Abs(r.Grouped-c.grp) > 1e-9 || r.Largest != c.largest {
			t.Errorf("%s: got %+v, want precision %.3f recall %.3f grouped %.3f largest %d", c.name, r, c.prec, c.rec, c.grp, c.largest)
		}
	}
}

// TestTimeline17 ingests the Timeline17 development collections into one
// database and scores its stories against the collections' topics (the
// part of the folder name before "_": the five bpoil collections are one
// topic) and against the collections. It runs when STORYEVAL_T17_DB names
// a database: one that does not exist yet is made first (1–2 minutes).
//
//	STORYEVAL_T17_DB=/tmp/t17.db go test ./internal/eval/storyeval -run Timeline17 -v
func TestTimeline17(t *testing.T) {
	db := os.Getenv("STORYEVAL_T17_DB")
	if db == "" {
		t.Skip("STORYEVAL_T17_DB not set")
	}
	root := sharedtest.Dir(t, "eval", "tls", "t17")
	ctx := context.Background()
	_, statErr := os.Stat(db)
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if statErr != nil {
		dirs, _ := filepath.Glob(filepath.Join(root, "*", "InputDocs"))
		inputs, errs := ingest.Expand(dirs, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		tagger, err := entity.Default()
		if err != nil {
			t.Fatal(err)
		}
		cfg := pipeline.Config{Annotate: annotate.Options{Tagger: tagger, Now: time.Now()}}
		if _, err := pipeline.Ingest(ctx, st, inputs, cfg); err != nil {
			t.Fatal(err)
		}
	}
	stories := map[string]string{}
	collection, topic := map[string]string{}, map[string]string{}
	err = st.Posts(ctx, func(p domain.Post) error {
		if len(p.Sources) == 0 {
			return nil
		}
		parts := strings.Split(filepath.ToSlash(p.Sources[0].Source), "/")
		for i := range parts {
			if parts[i] == "InputDocs" && i > 0 {
				collection[p.ID] = parts[i-1]
				topic[p.ID], _, _ = strings.Cut(parts[i-1], "_")
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range storetest.AllStories(t, st) {
		for _, p := range s.Posts {
			stories[p] = s.ID
		}
	}
	byTopic, byCollection := Score(stories, topic), Score(stories, collection)
	t.Logf("%d posts in %d stories; largest %d (%.1f%%); in a story of 2+: %.1f%%",
		byTopic.Posts, byTopic.Stories, byTopic.Largest, 100*byTopic.LargestShare(), 100*byTopic.Grouped)
	t.Logf("B-cubed against topics:      precision %.4f recall %.4f", byTopic.Precision, byTopic.Recall)
	t.Logf("B-cubed against collections: precision %.4f recall %.4f", byCollection.Precision, byCollection.Recall)
	if byTopic.Precision < 0.97 {
		t.Errorf("B-cubed precision against topics %.4f, want ≥ 0.97", byTopic.Precision)
	}
	if byTopic.LargestShare() > 0.10 {
		t.Errorf("the largest story holds %.1f%% of the posts, want ≤ 10%%", 100*byTopic.LargestShare())
	}
	if byTopic.Grouped < 0.5 {
		t.Errorf("%.1f%% of the posts in a story of 2+, want ≥ 50%%", 100*byTopic.Grouped)
	}
}
