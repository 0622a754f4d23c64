// Command hostilegen writes the inputs of bench/hostile.sh: every hostile
// input of package hostiletest, and documents of 1, 2, 4 and 8 MB of each
// shape (paragraph-dense HTML, a long article page, one-line text, long
// article text) for the growth of extraction and annotation time with size.
//
// Usage: go run ./bench/hostilegen DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dateline-news/dateline/internal/hostiletest"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: hostilegen DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "hostilegen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	cases := filepath.Join(dir, "cases")
	sizes := filepath.Join(dir, "sizes")
	for _, d := range []string{cases, sizes} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if _, err := hostiletest.Write(cases); err != nil {
		return err
	}
	for _, mb := range []int{1, 2, 4, 8} {
		n := mb << 20
		files := map[string][]byte{
			fmt.Sprintf("dense-%dMB.html", mb):   hostiletest.DenseHTML(n),
			fmt.Sprintf("article-%dMB.html", mb): hostiletest.LongHTML(n, 1),
			fmt.Sprintf("oneline-%dMB.txt", mb):  hostiletest.OneLineText(n, 1),
			fmt.Sprintf("article-%dMB.txt", mb):  hostiletest.LongText(n, 1),
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(sizes, name), b, 0o644); err != nil {
				return err
			}
		}
	}
	return os.WriteFile(filepath.Join(dir, "query.txt"), []byte(hostiletest.LongQuery(20000)), 0o644)
}
