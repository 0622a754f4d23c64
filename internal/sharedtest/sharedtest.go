// Package sharedtest locates the shared data (seeds, evaluation sets) that
// lives beside the repository in ../shared, for tests that use it in place.
package sharedtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the path of ../shared/<elem...> relative to the repository
// root, or skips the test with a message when it is absent.
func Dir(t testing.TB, elem ...string) string {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		t.Skipf("shared data: %v", err)
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available (%s missing): these checks need ../shared beside the repository", p)
	}
	return p
}

// Lookup returns the path of ../shared/<elem...> and whether it exists,
// for tests that use shared data when it is there and go on without it.
func Lookup(elem ...string) (string, bool) {
	root, err := repoRoot()
	if err != nil {
		return "", false
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, elem...)...)
	_, err = os.Stat(p)
	return p, err == nil
}

// repoRoot walks up from the working directory to the directory holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// Gold decodes ../shared/seeds/gold.json (the hand-checked annotation of
// the seeds) into v and returns the seeds directory; it skips the test
// when the shared data is absent.
func Gold(t testing.TB, v any) string {
	t.Helper()
	dir := Dir(t, "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skipf("seed gold: %v", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("seeds/gold.json: %v", err)
	}
	return dir
}
