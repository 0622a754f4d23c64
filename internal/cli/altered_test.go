package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAlteredQuotes: two outlets report one quotation with a changed
// word: one quote group, flagged altered, with the word difference; a
// quotation reported with the same words is not.
func TestAlteredQuotes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	rec := func(url, outlet, text string) string {
		b, _ := json.Marshal(map[string]string{"url": url, "outlet": outlet, "published": "2019-03-11", "title": "Pier repairs", "text": text})
		return string(b) + "\n"
	}
	wire := rec("https://harbourtimes.example/pier", "Harbour Times",
		"The harbour master promised a quick repair of the storm-damaged pier on Monday.\n\n"+
			"\"We will rebuild the north pier before the spring ferry season begins,\" said Mara Holt, the harbour master.\n\n"+
			"\"Nobody was hurt when the storm hit,\" said Tomas Lind, the port director.") +
		rec("https://coastpost.example/pier", "Coast Post",
			"Repairs to the storm-damaged pier will start soon, officials said on Monday.\n\n"+
				"\"We will rebuild the north pier before the summer ferry season begins,\" Mara Holt, the harbour master, said.\n\n"+
				"\"Nobody was hurt when the storm hit!\" said Tomas Lind, the port director.")
	writeFile(t, filepath.Join(dir, "wire.jsonl"), []byte(wire))
	if _, stderr, code := run(t, "--db", db, "ingest", "-q", filepath.Join(dir, "wire.jsonl")); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	out, stderr, code := run(t, "--db", db, "quotes", "--format", "json")
	if code != 0 {
		t.Fatalf("quotes: %s", stderr)
	}
	type diff struct {
		Variant        string
		Removed, Added []string
	}
	var altered, plain int
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var q struct {
			Text     string   `json:"text"`
			Variants []string `json:"variants"`
			Outlets  int      `json:"outlets"`
			Altered  bool     `json:"altered"`
			Diff     []diff   `json:"diff"`
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.Contains(q.Text, "rebuild"):
			altered++
			if !q.Altered || q.Outlets != 2 || len(q.Diff) != 1 || strings.Join(q.Diff[0].Removed, " ") != "spring" || strings.Join(q.Diff[0].Added, " ") != "summer" {
				t.Errorf("the changed quotation: %+v", q)
			}
		case strings.Contains(q.Text, "Nobody"):
			plain++
			if q.Altered || len(q.Diff) != 0 || q.Outlets != 2 {
				t.Errorf("a quotation differing only in punctuation: %+v", q)
			}
		}
	}
	if altered != 1 || plain != 1 {
		t.Fatalf("%d groups of the changed quotation, %d of the other, want 1 each:\n%s", altered, plain, out)
	}
	out, _, _ = run(t, "--db", db, "quotes", "--altered")
	if !strings.Contains(out, "-spring +summer") || strings.Contains(out, "Nobody") {
		t.Errorf("quotes --altered:\n%s", out)
	}
}
