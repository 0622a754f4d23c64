package summary

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

func TestTimeline(t *testing.T) {
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

	tl := Timeline(posts, TimelineOptions{Dates: 2, PerDate: 2, Since: oct(10), Until: oct(13)})
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

	if Timeline(nil, TimelineOptions{}) != nil {
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

func TestBrief(t *testing.T) {
	posts := []domain.Post{
		post("p3", 12, nil, vote, later),
		post("p1", 10, nil, bridge1, ferry),
		post("p2", 10, nil, bridge2),
		post("undated", 11, nil, flood),
	}
	posts[3].Published = time.Time{}
	posts[0].Quotes = []domain.Quote{{Text: "hardest decision", Speaker: "Mara Holt", Start: len(vote) + 1, End: len(vote) + 20}}

	b := Brief(posts, BriefOptions{Words: 60})
	words := 0
	for i, s := range b {
		words += len(strings.Fields(s.Text))
		for _, o := range b[:i] {
			if (s.Text == bridge1 && o.Text == bridge2) || (s.Text == bridge2 && o.Text == bridge1) {
				t.Errorf("the two bridge sentences both chosen")
			}
		}
		if i > 0 && !b[i-1].Published.IsZero() && !s.Published.IsZero() && s.Published.Before(b[i-1].Published) {
			t.Errorf("not in order: %v", b)
		}
		if s.Text == later && (len(s.Speakers) != 1 || s.Speakers[0] != "Mara Holt") {
			t.Errorf("speakers of %q: %v", s.Text, s.Speakers)
		}
	}
	if len(b) < 3 || words > 66 {
		t.Errorf("brief of %d sentences, %d words: %+v", len(b), words, b)
	}
	if last := b[len(b)-1]; !last.Published.IsZero() && containsFlood(b) {
		t.Errorf("the undated sentence is not last: %+v", b)
	}
	if Brief(nil, BriefOptions{}) != nil {
		t.Error("no posts: a brief")
	}
}

func containsFlood(b []Sentence) bool {
	for _, s := range b {
		if s.Text == flood {
			return true
		}
	}
	return false
}

// TestRankBySupport: a sentence that other reports of the day echo ranks
// above one that only its own long article dwells on, however much of
// the day's text that article is.
func TestRankBySupport(t *testing.T) {
	long := post("long", 10, nil,
		"The city council debated the harbour budget for six hours without reaching any agreement on the dredging costs.",
		"Council members argued over the harbour budget and the dredging costs until late in the evening session.",
		"The harbour budget dispute in the council turned on the dredging costs and the pier repair schedule.")
	posts := []domain.Post{long, post("a", 10, nil, bridge1), post("b", 10, nil, bridge2)}
	cands := candidates(posts, true, nil, func(int, []time.Time, bool) bool { return true })
	ranked := rank(cands, oct(10), centroid(cands), focus{})
	if got := ranked[0].post.ID; got == "long" {
		t.Errorf("top sentence from %q (%q), want one of the two bridge reports", got, ranked[0].span.In(ranked[0].post.Text))
	}
}

// A sentence that opens on a pronoun or a conjunction weighs less than
// one that names its subject.
func TestPriorLeansBack(t *testing.T) {
	posts := []domain.Post{post("p", 10, nil,
		"The harbour master reopened the eastern ferry route after the storm damage was repaired overnight.",
		"He reopened the eastern ferry route after the storm damage to the southern pier was repaired overnight.")}
	cands := candidates(posts, true, nil, func(int, []time.Time, bool) bool { return true })
	if len(cands) != 2 {
		t.Fatalf("%d candidates, want 2", len(cands))
	}
	named, he := cands[0].prior(focus{}), cands[1].prior(focus{})
	// positions differ too: compare without the lead bonus
	named /= 1 + leadBonus/1
	he /= 1 + leadBonus/2
	if he >= named {
		t.Errorf("prior of the pronoun sentence %.3f, want below %.3f", he, named)
	}
}

// TestSubject: a timeline or briefing about an entity takes the
// sentences naming it, wherever they stand in their post, over the leads
// of the posts that name it elsewhere.
func TestSubject(t *testing.T) {
	named := "Harbour master Ida Brandt said the eastern channel would stay closed until the divers finished their survey."
	p := post("p1", 10, nil, bridge1, ferry, flood, vote, later, named)
	at := strings.Index(p.Text, "Ida Brandt")
	subject := map[string][]domain.Span{"p1": {{Start: at, End: at + len("Ida Brandt")}}}
	posts := []domain.Post{p, post("p2", 10, nil, bridge2)}
	tl := Timeline(posts, TimelineOptions{Dates: 1, PerDate: 1, Subject: subject})
	if len(tl) != 1 || len(tl[0].Sentences) != 1 || tl[0].Sentences[0].Text != named {
		t.Errorf("timeline about Ida Brandt: %+v, want the sentence naming her", tl)
	}
	b := Brief(posts, BriefOptions{Words: 20, Subject: subject})
	if len(b) != 1 || b[0].Text != named {
		t.Errorf("briefing about Ida Brandt: %+v, want the sentence naming her", b)
	}
	// (the sixth sentence is a briefing's candidate with no subject too,
	// but not the one a briefing about nothing in particular takes)
	if b := Brief(posts, BriefOptions{Words: 20}); len(b) != 1 || b[0].Text == named {
		t.Errorf("briefing about nothing in particular: %+v, want one sentence, not %q", b, named)
	}
}
