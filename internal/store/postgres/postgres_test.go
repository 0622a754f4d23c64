package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/postgres"
	"github.com/dateline-news/dateline/internal/store/storetest"
)

var schemas atomic.Int64

// TestConformance runs the store conformance suite against the PostgreSQL
// server named by $DATELINE_TEST_POSTGRES (a postgres:// DSN; .ci/run
// starts one), each test in a schema of its own.
func TestConformance(t *testing.T) {
	dsn := os.Getenv("DATELINE_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("DATELINE_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	storetest.Run(t, func(t *testing.T) store.Store {
		schema := fmt.Sprintf("dateline_test_%d_%d", time.Now().UnixNano(), schemas.Add(1))
		if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		s, err := postgres.Open(context.Background(), dsn+sep+"search_path="+schema)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
