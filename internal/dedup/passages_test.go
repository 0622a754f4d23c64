package dedup

import (
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestPassagesAssign(t *testing.T) {
	ps := NewPassages(NewMemory())
	// Post 1: a sentence whose second clause is carried, inside a different
	// sentence, by post 2.
	const a = "Councillor Ada Brook, the member for Eastgate, condemned the closure which left 40 dockers without pay for a month during the winter."
	const b = "The sudden closure left 40 dockers without pay for a month during the winter."
	const c = "Ferries resumed early on Monday with forty passengers on the first sailing."
	post1, err := ps.Assign(a, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(post1) != 3 { // sentence and two clauses
		t.Fatalf("post 1 units: %+v", post1)
	}
	for _, x := range post1 {
		if !x.New || x.Passage != x.ID || x.Similarity != 1 {
			t.Errorf("first post unit not new: %+v", x)
		}
	}
	post2, err := ps.Assign(b+" "+c, nil, []domain.Span{{Start: 0, End: len(b)}, {Start: len(b) + 1, End: len(b) + 1 + len(c)}})
	if err != nil {
		t.Fatal(err)
	}
	// Paragraph (two sentences), sentence b, sentence c; b has no clauses.
	if len(post2) != 3 || post2[0].Kind != KindParagraph || post2[1].Text != b || post2[2].Text != c {
		t.Fatalf("post 2 units: %+v", post2)
	}
	if post2[1].New || post2[1].Passage != post1[2].ID {
		t.Errorf("shared clause not found: %+v, clause %+v", post2[1], post1[2])
	}
	if !post2[2].New || !post2[0].New {
		t.Errorf("unrelated units joined: %+v", post2)
	}

	// Re-assigning post 1 changes nothing.
	again, err := ps.Assign(a, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range again {
		if x.New || x.Passage != post1[i].Passage {
			t.Errorf("re-assign unit %d: %+v", i, x)
		}
	}
}

func TestPassagesNoOverlapInOneCluster(t *testing.T) {
	// A sentence joins an earlier cluster; its own clause, also similar to
	// that cluster's representative, must not join it a second time.
	ps := NewPassages(NewMemory())
	const rep = "The storm left 20 fishermen and one coastguard stranded as they tried to reach 300 families in the cut-off village."
	const s = "Mayor Lena Hart, who leads the harbour council, condemned the delay which left 20 fishermen and one coastguard stranded as they tried to reach 300 families in the cut-off village."
	if _, err := ps.Assign(rep, nil, nil); err != nil {
		t.Fatal(err)
	}
	as, err := ps.Assign(s, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	in := 0
	repID := ID(LevelSentence, rep)
	for _, a := range as {
		if a.Passage == repID {
			in++
		}
	}
	if in != 1 {
		t.Errorf("%d overlapping units of one post in one cluster: %+v", in, as)
	}
}

func TestPostAndDocumentText(t *testing.T) {
	d := domain.Document{Posts: []domain.Post{{Headline: "Ferries return", Text: "The harbour reopened."}, {Text: "Fish market booms."}}}
	if got := PostText(d.Posts[0]); got != "Ferries return\n\nThe harbour reopened." {
		t.Errorf("PostText = %q", got)
	}
	if got := PostText(d.Posts[1]); got != "Fish market booms." {
		t.Errorf("PostText without headline = %q", got)
	}
	if got := DocumentText(d); got != "Ferries return\n\nThe harbour reopened.\n\nFish market booms." {
		t.Errorf("DocumentText = %q", got)
	}
}
