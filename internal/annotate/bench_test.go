package annotate

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
)

// hostileDir, if set, makes TestWriteHostile write the generated texts
// there, for timing the binary on them:
//
//	go test ./internal/annotate -run WriteHostile -hostile-dir /tmp/hostile
var hostileDir = flag.String("hostile-dir", "", "write hostile test texts to this directory")

// Shapes of generated text.
const (
	oneLine    = iota // no newline, no sentence end: one sentence of it all
	lineSents         // no newline, ordinary sentences
	paragraphs        // ordinary sentences and paragraphs
)

var shapeNames = []string{"oneline", "sentences", "paragraphs"}

var (
	hostileWords  = strings.Fields("the a of to in and that for on with as by at from his her their its was were is are has have had will would could new old city council police minister report plan vote court week said told people year government party leader after before ago now back earlier")
	hostileNames  = strings.Fields("Smith Jones Brown Garcia Miller Davis Wilson Taylor Clark Lewis Walker Hall Allen Young King Wright Lopez Hill Scott Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Paris London Berlin Madrid Ohio Texas Reuters Senate Congress")
	hostileTitles = strings.Fields("President Senator Governor Mayor Minister Chief Judge Director")
	hostileRoles  = strings.Fields("minister president spokesman ambassador prosecutor envoy official")
	hostileDates  = []string{"on Tuesday", "on Friday", "March 3", "last week", "on May 12, 2016", "yesterday", "in 2015", "next month"}
)

// hostileText generates about n bytes of news-like text: words from a
// small vocabulary, about a fifth capitalised (names, titles), now and
// then "said", a quotation, a date, a title without a name ("the
// minister said"). It is deterministic.
func hostileText(n, shape int) string {
	r := rand.New(rand.NewPCG(uint64(n), uint64(shape)))
	var b strings.Builder
	b.Grow(n + 64)
	sent := 0
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch x := r.IntN(100); {
		case x < 12:
			b.WriteString(hostileNames[r.IntN(len(hostileNames))])
		case x < 15:
			b.WriteString(hostileTitles[r.IntN(len(hostileTitles))])
		case x < 18:
			w := hostileWords[r.IntN(len(hostileWords))]
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		case x < 20:
			b.WriteString("said")
		case x < 22:
			b.WriteString("“" + hostileWords[r.IntN(len(hostileWords))] + " " + hostileWords[r.IntN(len(hostileWords))] + " " + hostileNames[r.IntN(len(hostileNames))] + ",” said " + hostileNames[r.IntN(len(hostileNames))])
		case x < 23:
			b.WriteString(hostileDates[r.IntN(len(hostileDates))])
		case x < 25:
			b.WriteString("the " + hostileRoles[r.IntN(len(hostileRoles))] + " said")
		default:
			b.WriteString(hostileWords[r.IntN(len(hostileWords))])
		}
		sent++
		if shape != oneLine && sent > 8 && r.IntN(12) == 0 {
			b.WriteByte('.')
			sent = 0
			if shape == paragraphs && r.IntN(4) == 0 {
				b.WriteString("\n\n")
				b.WriteString(hostileNames[r.IntN(len(hostileNames))])
			}
		}
	}
	return b.String()
}

func TestWriteHostile(t *testing.T) {
	if *hostileDir == "" {
		t.Skip("no -hostile-dir")
	}
	if err := os.MkdirAll(*hostileDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, mb := range []int{1, 2, 4, 8, 15} {
		for shape, name := range shapeNames {
			path := filepath.Join(*hostileDir, fmt.Sprintf("%s-%dmb.txt", name, mb))
			if err := os.WriteFile(path, []byte(hostileText(mb<<20, shape)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// BenchmarkHugeDocument annotates generated documents of 1 to 8 MB with
// every annotator on: the time per document should about double with the
// size.
func BenchmarkHugeDocument(b *testing.B) {
	tagger, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for shape, name := range shapeNames {
		for _, mb := range []int{1, 2, 4, 8} {
			doc := domain.Document{ID: "huge", Source: "huge.txt", Raw: hostileText(mb<<20, shape)}
			b.Run(fmt.Sprintf("%s/%dMB", name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(doc.Raw)))
				for b.Loop() {
					if _, err := DocumentContext(context.Background(), doc, Options{Now: now, Tagger: tagger}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
