package quote

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestDebugFile(t *testing.T) {
	path := os.Getenv("QFILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	text := string(b)
	i := strings.Index(text, "\n\n")
	posts := []domain.Post{{Headline: text[:i], Text: text[i+2:]}}
	grep := os.Getenv("QGREP")
	for _, q := range Find(posts)[0] {
		if grep != "" && !strings.Contains(q.Text, grep) {
			continue
		}
		fmt.Printf("%-8s %-7s %q\n    speaker %q mention %q cue %q\n", q.Field, q.Kind, q.Text, q.Speaker, q.SpeakerMention, q.Cue)
	}
}
