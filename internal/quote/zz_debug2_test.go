package quote

import (
	"fmt"
	"os"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestDebugText(t *testing.T) {
	txt := os.Getenv("QTEXT")
	if txt == "" {
		t.Skip()
	}
	f := newField(domain.FieldText, txt)
	for i, tk := range f.toks {
		fmt.Printf("%d:%q(q%d,s%d,m%v) ", i, tk.text, tk.quote, f.sentOf[i], tk.mark)
	}
	fmt.Println()
	for _, q := range Find([]domain.Post{{Text: txt}})[0] {
		fmt.Printf("%-7s %q speaker %q mention %q cue %q\n", q.Kind, q.Text, q.Speaker, q.SpeakerMention, q.Cue)
	}
}

func TestDebugAttr(t *testing.T) {
	txt := os.Getenv("QTEXT")
	if txt == "" {
		t.Skip()
	}
	f := newField(domain.FieldText, txt)
	for qi := range f.quotes {
		open, after := f.qOpen[qi], f.qClose[qi]
		sb := f.sentenceStart(open)
		se := f.sentenceEnd(max(after-1, open))
		fmt.Println("quote", qi, "open", open, "after", after, "sb", sb, "se", se)
		for k := after; k < se; k++ {
			if f.cueAt(k) {
				m, ok := f.cueSubject(k, after, se)
				fmt.Println("  cue", k, f.tok(k).text, ok, m.s, m.e, m.kind)
			}
		}
		a := f.attribute(qi, nil)
		fmt.Printf("  attr %+v\n", a.has)
	}
}

func TestDebugNP(t *testing.T) {
	txt := os.Getenv("QTEXT")
	if txt == "" || os.Getenv("QNP") == "" {
		t.Skip()
	}
	f := newField(domain.FieldText, txt)
	var a, b int
	fmt.Sscanf(os.Getenv("QNP"), "%d %d", &a, &b)
	m, ok := f.npAfter(a, b)
	fmt.Println("npAfter", ok, m.s, m.e, m.kind, m.name)
	m, ok = f.npBefore(a, 0)
	fmt.Println("npBefore", ok, m.s, m.e, m.kind, m.name)
}
