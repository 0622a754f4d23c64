package timex

import (
	"github.com/dateline-news/dateline/internal/sharedtest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

type seedGold struct {
	Conventions map[string]string `json:"conventions"`
	Documents   []struct {
		File      string  `json:"file"`
		Published *string `json:"published"`
		Posts     []struct {
			Dates []struct {
				Text  string  `json:"text"`
				Value *string `json:"value"`
			} `json:"dates"`
		} `json:"posts"`
	} `json:"documents"`
}

func ws(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestSeeds checks Tag against the hand-checked dates of the seed corpus:
// every gold expression is found with the gold span; every non-null gold
// value is found; null values (not fixable from the text) get no concrete
// calendar value; the expressions the convention excludes are not tagged;
// and a date found in the text (DocumentDate) agrees with the gold
// publication date.
func TestSeeds(t *testing.T) {
	var gold seedGold
	dir := sharedtest.Gold(t, &gold)
	adverbs, excluded := excludedPhrases(gold.Conventions["dates"])
	if len(excluded) < 5 || len(adverbs) < 3 {
		t.Fatalf("could not read the excluded expressions from conventions.dates: %q %q", adverbs, excluded)
	}
	fromText := 0
	for _, doc := range gold.Documents {
		raw, err := os.ReadFile(filepath.Join(dir, doc.File))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		var dct time.Time
		if doc.Published != nil {
			dct, err = time.Parse("2006-01-02", *doc.Published)
			if err != nil {
				t.Fatal(err)
			}
		}
		if got, ok := DocumentDate(text, time.Time{}); ok {
			fromText++
			if doc.Published == nil || !got.Equal(dct) {
				t.Errorf("%s: DocumentDate %s, gold published %v", doc.File, got.Format("2006-01-02"), doc.Published)
			}
		}
		refs := Tag(text, dct)
		used := make([]bool, len(refs))
		for _, p := range doc.Posts {
			for _, g := range p.Dates {
				found := -1
				for i, r := range refs {
					if !used[i] && ws(r.Text) == ws(g.Text) {
						found = i
						break
					}
				}
				if found < 0 {
					t.Errorf("%s: gold date %q not found; got%s", doc.File, g.Text, describe(refs))
					continue
				}
				used[found] = true
				r := refs[found]
				switch {
				case g.Value != nil && r.Value != *g.Value:
					t.Errorf("%s: %q = %q, want %q", doc.File, g.Text, r.Value, *g.Value)
				case g.Value == nil:
					if pv, ok := parseValue(r.Value); ok && pv.g >= gYear {
						t.Errorf("%s: %q = %q, but the text does not fix it", doc.File, g.Text, r.Value)
					}
				}
			}
		}
		for _, r := range refs {
			for _, a := range adverbs {
				if strings.EqualFold(ws(r.Text), a) || strings.HasSuffix(strings.ToLower(ws(r.Text)), " "+a) && !strings.Contains(r.Text, "this") {
					t.Errorf("%s: bare adverb tagged: %q", doc.File, r.Text)
				}
			}
		}
		for _, phrase := range excluded {
			re := regexp.MustCompile(`\b` + strings.ReplaceAll(regexp.QuoteMeta(phrase), " ", `\s+`) + `\b`)
			for _, loc := range re.FindAllStringIndex(text, -1) {
				for _, r := range refs {
					if r.Start < loc[1] && loc[0] < r.End {
						t.Errorf("%s: excluded expression %q tagged as %q", doc.File, phrase, r.Text)
					}
				}
			}
		}
	}
	if fromText == 0 {
		t.Error("no seed document dated from its text")
	}
}

// excludedPhrases reads the bare adverbs and the quoted examples listed
// after "Excluded:" in the gold's date convention.
func excludedPhrases(conv string) (adverbs, phrases []string) {
	i := strings.Index(conv, "Excluded:")
	if i < 0 {
		return nil, nil
	}
	rest := conv[i:]
	if j := strings.Index(rest, "Values are"); j > 0 {
		rest = rest[:j]
	}
	if a := regexp.MustCompile(`bare adverbs \(([^)]*)\)`).FindStringSubmatch(rest); a != nil {
		for _, w := range strings.Split(a[1], ",") {
			adverbs = append(adverbs, strings.TrimSpace(w))
		}
	}
	for _, m := range regexp.MustCompile(`'([^',][^']*)'`).FindAllStringSubmatch(rest, -1) {
		phrases = append(phrases, m[1])
	}
	return adverbs, phrases
}
