package cli

import (
	"encoding/json"
	"github.com/dateline-news/dateline/internal/record"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/lang"
)

// summaryGold is what the summary tests read of the seeds' gold: the
// boilerplate and commentary no summary may quote.
type summaryGold struct {
	Documents []struct {
		Boilerplate []string `json:"boilerplate"`
		Posts       []struct {
			Commentary []string `json:"commentary"`
		} `json:"posts"`
	} `json:"documents"`
}

type summaryOut struct {
	Entries []struct {
		Date      string                   `json:"date"`
		Sentences []record.SummarySentence `json:"sentences"`
	} `json:"entries"`
	Sentences []record.SummarySentence `json:"sentences"`
	Sources   []record.CitedSource     `json:"sources"`
}

// TestSummariesOnSeeds: `timeline "John Kerry"` and `brief Aleppo` on the
// seeds quote stored posts verbatim, cite them, never quote commentary or
// boilerplate, and the brief never repeats itself (word Jaccard > 0.5).
func TestSummariesOnSeeds(t *testing.T) {
	var g summaryGold
	db := ingestSeeds(t, &g)
	var banned []string
	for _, d := range g.Documents {
		banned = append(banned, d.Boilerplate...)
		for _, p := range d.Posts {
			banned = append(banned, p.Commentary...)
		}
	}
	posts := map[string]string{}
	for _, line := range exportLines(t, db, "posts") {
		var p struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(line, &p); err != nil {
			t.Fatal(err)
		}
		posts[p.ID] = p.Text
	}
	for _, args := range [][]string{{"timeline", "John Kerry"}, {"brief", "Aleppo"}} {
		out, stderr, code := run(t, append([]string{"--db", db}, append(args, "--format", "json")...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var o summaryOut
		if err := json.Unmarshal([]byte(out), &o); err != nil {
			t.Fatalf("%v: %v in %s", args, err, out)
		}
		sentences := o.Sentences
		for _, e := range o.Entries {
			sentences = append(sentences, e.Sentences...)
		}
		if len(sentences) < 2 {
			t.Fatalf("%v: %d sentences", args, len(sentences))
		}
		for _, s := range sentences {
			text, ok := posts[s.PostID]
			if !ok || s.End > len(text) || text[s.Start:s.End] != s.Text {
				t.Errorf("%v: %q is not at %d:%d of post %s", args, s.Text, s.Start, s.End, s.PostID)
			}
			if len(s.Citations) == 0 || len(s.Sources) == 0 {
				t.Errorf("%v: %q cites nothing", args, s.Text)
			}
			for _, n := range s.Citations {
				if n < 1 || n > len(o.Sources) {
					t.Errorf("%v: citation [%d] of %d sources", args, n, len(o.Sources))
				}
			}
			for _, b := range banned {
				if strings.Contains(lang.Space(b), lang.Space(s.Text)) || strings.Contains(lang.Space(s.Text), lang.Space(b)) {
					t.Errorf("%v: %q quotes commentary or boilerplate %q", args, s.Text, b)
				}
			}
		}
		if args[0] != "brief" {
			continue
		}
		for i, a := range sentences {
			for _, b := range sentences[i+1:] {
				if j := wordJaccard(a.Text, b.Text); j > 0.5 {
					t.Errorf("brief repeats itself (Jaccard %.2f): %q / %q", j, a.Text, b.Text)
				}
			}
		}
	}
}

func wordJaccard(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range lang.Words(s) {
			m[w] = true
		}
		return m
	}
	x, y := set(a), set(b)
	inter := 0
	for w := range x {
		if y[w] {
			inter++
		}
	}
	if u := len(x) + len(y) - inter; u > 0 {
		return float64(inter) / float64(u)
	}
	return 0
}
