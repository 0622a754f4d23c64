package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "test.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path) // migrations run again: must be a no-op
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if _, err := s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestPathIsAFile checks that a database path is a file path, never a URI:
// characters URIs give meaning to end up in the file name.
func TestPathIsAFile(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"x#y.db", "q?mode=ro.db", "100%.db", "a b.db", "c:d.db"} {
		dir := t.TempDir()
		path := filepath.Join(dir, name)
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Errorf("%q: %v", name, err)
			continue
		}
		if _, err := s.Stats(ctx); err != nil {
			t.Errorf("%q: %v", name, err)
		}
		s.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%q: database file not where asked: %v", name, err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if n := e.Name(); n != name && !strings.HasPrefix(n, name+"-") && n != name+".lock" {
				t.Errorf("%q: stray file %q", name, n)
			}
		}
	}
}

// BenchmarkSave measures Save on batches shaped like news articles (40
// passages, quotes, mentions and dates each), into a growing database.
func BenchmarkSave(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const size = 64
	batches := storetest.BenchBatches(b.N, size)
	b.ResetTimer()
	for _, batch := range batches {
		if _, err := s.Save(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "docs/s")
}

// TestUpgradeFoldsAcronyms: a database indexed before search folded
// acronyms is indexed anew by the migration.
func TestUpgradeFoldsAcronyms(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	storetest.UpgradeAcronyms(t,
		func(t *testing.T) store.Store { return sqlite.OpenBeforeAcronyms(t, path) },
		func(t *testing.T) store.Store {
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			return s
		})
}

// TestUpgradePersonKeys: people stored under older person-key rules are
// keyed anew when the database is opened.
func TestUpgradePersonKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.db")
	storetest.UpgradePersonKeys(t, func(t *testing.T) store.Store {
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(t *testing.T) { sqlite.ForgetPersonKeys(t, path) })
}

func TestReadOnly(t *testing.T) {
	storetest.ReadOnly(t, func(t *testing.T) (store.Store, store.Store) {
		path := filepath.Join(t.TempDir(), "test.db")
		ro, err := sqlite.OpenReadOnly(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		rw, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		return rw, ro
	})
}
