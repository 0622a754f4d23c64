package dedup_test

import (
	"testing"

	"github.com/dateline-news/dateline/internal/dedup"
	"github.com/dateline-news/dateline/internal/dedup/buckettest"
)

func TestMemoryConformance(t *testing.T) {
	buckettest.Run(t, func(*testing.T) dedup.Buckets { return dedup.NewMemory() })
}
