package postgres_test

import (
	"context"
	"testing"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/postgres"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

// TestConformance runs the store conformance suite against the PostgreSQL
// server named by $DATELINE_TEST_POSTGRES (a postgres:// DSN; .ci/run
// starts one), each test in a schema of its own.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := postgres.Open(context.Background(), storetest.PostgresDSN(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestUpgradeFoldsAcronyms: a database indexed before search folded
// acronyms is indexed anew by the migration.
func TestUpgradeFoldsAcronyms(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	storetest.UpgradeAcronyms(t,
		func(t *testing.T) store.Store { return postgres.OpenBeforeAcronyms(t, dsn) },
		func(t *testing.T) store.Store {
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			return s
		})
}

// TestUpgradePersonKeys: people stored under older person-key rules are
// keyed anew when the database is opened.
func TestUpgradePersonKeys(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	storetest.UpgradePersonKeys(t, func(t *testing.T) store.Store {
		s, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, func(t *testing.T) { postgres.ForgetPersonKeys(t, dsn) })
}

func TestReadOnly(t *testing.T) {
	storetest.ReadOnly(t, func(t *testing.T) (store.Store, store.Store) {
		dsn := storetest.PostgresDSN(t)
		ro, err := postgres.OpenReadOnly(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		rw, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		return rw, ro
	})
}

// TestOpenAtOnce: processes that open a new database at the same time
// (workers started together) all get a store: the migrations run once,
// one process after the other.
func TestOpenAtOnce(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	ctx := context.Background()
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := postgres.Open(ctx, dsn)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("open: %v", err)
		}
	}
}
