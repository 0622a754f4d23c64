package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// TestMergeMadeAgainAnyBatches: a person known by the surname alone is
// merged into the person named in full, and a later document makes a
// person of that surname again (a man, where the one named in full is a
// woman). Every mention ends with the same entity whether the documents
// are saved one at a time or in one batch.
func TestMergeMadeAgainAnyBatches(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	texts := []string{
		"Harbour talks resume\n\nMs. Varga said on Monday that the harbour would reopen. Ms. Varga told reporters that the ferries were ready.\n",
		"Ferries to resume\n\nAnna Varga, the harbour chief, said on Tuesday that ferries would resume. Ms. Varga said the storm had passed.\n",
		"Council meets\n\nMr. Varga, a councillor, said on Wednesday that the council would meet. Mr. Varga said he would vote for the plan.\n",
	}
	for i, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs, errs := ingest.Expand([]string{dir}, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	run := func(batch int) string {
		t.Helper()
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		cfg := Config{Workers: 1, BatchSize: batch, Annotate: annotate.Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Tagger: tagger}}
		if _, err := Ingest(ctx, st, inputs, cfg); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		st.Entities(ctx, func(e domain.Entity) error {
			fmt.Fprintf(&b, "%s %q:", e.ID, e.Name)
			for _, p := range mentionedIn(t, st, e.ID) {
				fmt.Fprintf(&b, " %.30s", p.Text)
			}
			b.WriteString("\n")
			return nil
		})
		return b.String()
	}
	one, all := run(1), run(len(texts))
	if !strings.Contains(one, `"Anna Varga": Ms. Varga said on Monday`) || !strings.Contains(one, `"Varga": Mr. Varga, a councillor`) || strings.Count(one, "\n") != 2 {
		t.Fatalf("one at a time: want Ms. Varga merged into Anna Varga and Mr. Varga apart:\n%s", one)
	}
	if one != all {
		t.Errorf("one batch:\n%s\nwant as one at a time:\n%s", all, one)
	}
}
