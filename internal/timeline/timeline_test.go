package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/segment"
)

func oct(d int) time.Time { return time.Date(2016, 10, d, 0, 0, 0, 0, time.UTC) }

// post makes a post published on day d from sentences; refs maps a
// sentence index to the day it names.
func post(id string, d int, refs map[int]int, sentences ...string) domain.Post {
	text := strings.Join(sentences, " ")
	p := domain.Post{ID: id, Text: text, Published: oct(d), Sentences: segment.Sentences(text),
		Sources: []domain.Source{{DocID: "d" + id, Outlet: "wire.example", Published: oct(d)}}}
	for i, r := range refs {
		s := p.Sentences[i]
		p.Dates = append(p.Dates, domain.DateRef{Text: "x", Type: domain.DateTypeDate, Value: oct(r).Format(time.DateOnly), Start: s.Start, End: s.Start + 1})
	}
	return p
}

var (
	bridge1 = "Engineers reopened the harbour bridge to traffic after a week of storm repairs across the estuary."
	bridge2 = "The harbour bridge reopened to traffic after engineers finished a week of storm repairs on the estuary."
	vote    = "The city council approved the harbour budget in a narrow vote after a long and heated debate."
	ferry   = "Ferry crews resumed the eastern route crossings while inspectors examined the damaged southern pier."
	flood   = "Flood barriers along the river held overnight as the water level peaked just below the warning mark."
	later   = "Looking back, the council said the vote on the harbour budget had been its hardest decision of the year."
)

func TestBuild(t *testing.T) {
	posts := []domain.Post{
		post("p1", 10, nil, bridge1, ferry),
		post("p2", 10, nil, bridge2),
		post("p3", 12, nil, vote),
		post("p4", 14, map[int]int{0: 12}, later, flood),
		post("p5", 14, nil, flood),
		post("dup", 14, nil, flood),
		post("undated", 11, nil, vote),
	}
	posts[5].DupOf = "p5"
	posts[6].Published = time.Time{}

	tl := Build(posts, Options{Dates: 2, PerDate: 2, Since: oct(10), Until: oct(13)})
	if len(tl) != 2 || !tl[0].Date.Equal(oct(10)) || !tl[1].Date.Equal(oct(12)) {
		t.Fatalf("days: %+v", tl)
	}
	// Day 10: the two bridge sentences say one thing: one of them, and
	// the ferry sentence.
	if n := len(tl[0].Sentences); n != 2 {
		t.Fatalf("day 10: %d sentences: %+v", n, tl[0].Sentences)
	}
	for _, e := range tl {
		for _, s := range e.Sentences {
			var p *domain.Post
			for i := range posts {
				if posts[i].ID == s.PostID {
					p = &posts[i]
				}
			}
			if p == nil || p.Text[s.Start:s.End] != s.Text || len(s.Sources) == 0 {
				t.Errorf("%s: %q is not a cited span of its post", e.Date.Format(time.DateOnly), s.Text)
			}
			if s.Text == flood {
				t.Errorf("a sentence of a day outside the window: %q", s.Text)
			}
		}
	}
	// Day 12 holds the vote, and the later sentence that names the day.
	got := map[string]bool{}
	for _, s := range tl[1].Sentences {
		got[s.Text] = true
	}
	if !got[vote] || !got[later] {
		t.Errorf("day 12: %+v", tl[1].Sentences)
	}

	if Build(nil, Options{}) != nil {
		t.Error("no posts: a timeline")
	}
}

func TestT17(t *testing.T) {
	tl := []Entry{{Date: oct(10), Sentences: []Sentence{{Text: "One  sentence\nhere."}, {Text: "Two."}}}, {Date: oct(12), Sentences: []Sentence{{Text: "Three."}}}}
	want := "2016-10-10\nOne sentence here.\nTwo.\n" + strings.Repeat("-", 32) + "\n2016-10-12\nThree.\n" + strings.Repeat("-", 32) + "\n"
	if got := T17(tl); got != want {
		t.Errorf("T17 = %q, want %q", got, want)
	}
}
