package dedup

import (
	"reflect"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

// TestMemoryHoldsNoPointers guards what keeps a long ingest's garbage
// collector cheap: the per-entry storage of a Memory and of an Index's
// memo holds no pointer for the collector to follow.
func TestMemoryHoldsNoPointers(t *testing.T) {
	for _, v := range []any{slot{}, record{}, memoMatch{}, domain.IDKey{}} {
		if typ := reflect.TypeOf(v); hasPointers(typ) {
			t.Errorf("%v holds pointers", typ)
		}
	}
}

func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	}
	return true
}
