package ingest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/warc"
)

// TestWARCPartsReadAsWhole: a WARC file cut into parts (warc.Cuts), each
// read as a section or as bytes at its offset, gives the documents the
// whole file gives, with the same sources.
func TestWARCPartsReadAsWhole(t *testing.T) {
	ctx := context.Background()
	read := func(in Input) []string {
		t.Helper()
		var got []string
		err := Read(ctx, in, Options{}, func(d domain.Document) error {
			got = append(got, d.ID+" "+d.Source)
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", in.Name, err)
		}
		return got
	}
	for _, name := range []string{"sample.warc", "sample.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("..", "warc", "testdata", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := read(FileInput(path, int64(len(data))))
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cuts, err := warc.Cuts(f, 1) // every response a part
			if err != nil {
				t.Fatal(err)
			}
			if len(cuts) < 2 {
				t.Fatalf("cuts %v: want a part per response", cuts)
			}
			cuts = append(cuts, int64(len(data)))
			var sections, inMemory []string
			for i := range len(cuts) - 1 {
				off, end := cuts[i], cuts[i+1]
				sections = append(sections, read(SectionInput(path, path, off, end-off))...)
				inMemory = append(inMemory, read(BytesInput(path, data[off:end], off))...)
			}
			if !slices.Equal(sections, want) || !slices.Equal(inMemory, want) {
				t.Errorf("parts read %v and %v, want %v", sections, inMemory, want)
			}
		})
	}
}
