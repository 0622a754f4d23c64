package quote

import (
	"fmt"
	"os"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestTmpDebug(t *testing.T) {
	b, err := os.ReadFile("/tmp/hc/dbg.txt")
	if err != nil {
		t.Skip()
	}
	qs := FindWith([]domain.Post{{Text: string(b)}}, Options{})
	for _, q := range qs[0] {
		fmt.Printf("%q kind=%s sp=%q m=%q cue=%q\n", q.Text, q.Kind, q.Speaker, q.SpeakerMention, q.Cue)
	}
	f := newField("text", string(b))
	for _, m := range f.scanMentions() {
		fmt.Printf("%+v\n", m)
	}
}
