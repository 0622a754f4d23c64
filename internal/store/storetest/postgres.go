package storetest

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

var schemas atomic.Int64

// PostgresDSN returns the DSN of a new, empty schema on the PostgreSQL
// server named by $DATELINE_TEST_POSTGRES (.ci/run starts one), dropped
// when the test ends; it skips the test when the variable is not set.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("DATELINE_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("DATELINE_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := fmt.Sprintf("dateline_test_%d_%d", time.Now().UnixNano(), schemas.Add(1))
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}
