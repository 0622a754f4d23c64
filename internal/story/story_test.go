package story

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

func day(d int) time.Time { return time.Date(2016, 10, d, 0, 0, 0, 0, time.UTC) }

func TestEligible(t *testing.T) {
	s := Story{First: day(10), Last: day(12)}
	for _, c := range []struct {
		name string
		s    Story
		day  time.Time
		want bool
	}{
		{"within", s, day(11), true},
		{"window after last", s, day(12 + Window), true},
		{"past the window", s, day(13 + Window), false},
		{"window before first", s, day(10 - Window), true},
		{"before the window", s, day(9 - Window), false},
		{"span too long", Story{First: day(1), Last: day(1 + MaxSpan - 1)}, day(1 + MaxSpan + 1), false},
		{"span at most MaxSpan", Story{First: day(1), Last: day(1 + MaxSpan - 1)}, day(1 + MaxSpan), true},
		{"undated post joins any", s, time.Time{}, true},
		{"dated post, undated story", Story{}, day(11), false},
	} {
		if got := Eligible(c.s, c.day); got != c.want {
			t.Errorf("%s: Eligible = %v, want %v", c.name, got, c.want)
		}
	}
}

// post makes a placeable post of text, with idf from no earlier posts.
func post(id, headline, text string, d time.Time, people ...string) Post {
	dp := domain.Post{ID: id, Headline: headline, Text: text, Published: d}
	for _, p := range people {
		dp.Mentions = append(dp.Mentions, domain.Mention{Type: domain.PER, Name: p, Entity: "e-" + p})
	}
	p := PostOf(dp)
	p.Vector = Weigh(BagOf(dp), 0, nil)
	return p
}

func TestPlace(t *testing.T) {
	convoy := New(post("p1", "Aid convoy struck near Aleppo", "An aid convoy was struck near Aleppo, killing twenty aid workers.", day(10), "Putin"))
	embassy := New(post("p2", "Embassy replies to protest call", "The embassy asked whether protests outside embassies were a new form of diplomacy.", day(10)))
	cands := []Story{convoy, embassy}
	SortByID(cands)
	find := func(id string) int {
		for i, s := range cands {
			if s.ID == id {
				return i
			}
		}
		return -2
	}
	for _, c := range []struct {
		name string
		p    Post
		want int
	}{
		{"same event", post("p3", "Putin blamed for aid convoy attack", "The attack on the aid convoy near Aleppo killed twenty aid workers.", day(11), "Putin"), find(convoy.ID)},
		{"same event, too late", post("p4", "Putin blamed for aid convoy attack", "The attack on the aid convoy near Aleppo killed twenty aid workers.", day(10+MaxSpan+1), "Putin"), -1},
		{"other event", post("p5", "Markets rally", "Shares rose sharply in early trading on hopes of lower rates.", day(10)), -1},
		{"the other story", post("p6", "Protests outside the embassy", "The embassy replied to calls for protests outside embassies.", day(10)), find(embassy.ID)},
	} {
		if got := Place(c.p, cands, nil); got != c.want {
			t.Errorf("%s: Place = %d, want %d", c.name, got, c.want)
		}
	}
}

// TestPlaceShared: a story holding a passage of the post needs only
// PassageThreshold, the others ThresholdAt.
func TestPlaceShared(t *testing.T) {
	speech := New(post("p1", "War against children", "A former minister told the emergency debate that bombs had landed on hospitals.", time.Time{}))
	other := New(post("p2", "Markets rally", "Shares rose sharply in early trading on hopes of lower rates.", time.Time{}))
	cands := []Story{speech, other}
	SortByID(cands)
	p := post("p3", "Rogue elephant", "Speaking at the emergency debate, another minister accused Moscow of shredding humanitarian law.", time.Time{})
	sim := Cosine(p.Vector, speech.Centroid)
	if sim >= ThresholdAt(0) || sim < PassageThreshold {
		t.Fatalf("similarity %.3f: the test needs one between PassageThreshold and ThresholdAt(0)", sim)
	}
	i := slices.IndexFunc(cands, func(s Story) bool { return s.ID == speech.ID })
	at := func(k int, l Link) []Link {
		links := make([]Link, len(cands))
		links[k] = l
		return links
	}
	for _, c := range []struct {
		name  string
		links []Link
		want  int
	}{
		{"no passage shared", nil, -1},
		{"a passage shared with the speech", at(i, Passage), i},
		{"a passage shared with the other story only", at(1-i, Passage), -1},
		{"the same occasion as the speech", at(i, Occasion), i},
		// an occasion outweighs words: speeches at one sitting share few
		{"the same occasion as the other story", at(1-i, Occasion), 1 - i},
	} {
		if got := Place(p, cands, c.links); got != c.want {
			t.Errorf("%s: Place = %d, want %d", c.name, got, c.want)
		}
	}
}

func TestSharedPassages(t *testing.T) {
	p := PostOf(domain.Post{ID: "p", Passages: []domain.PassageRef{
		{ID: "new", End: passageBytes}, {ID: "once", End: passageBytes}, {ID: "stock", End: passageBytes}, {ID: "short", End: passageBytes - 1},
	}})
	df := map[uint64]int64{PassageKey("once"): 1, PassageKey("stock"): PassagePosts + 1, PassageKey("short"): 1}
	if got, want := SharedPassages(p, df), []uint64{PassageKey("once")}; !reflect.DeepEqual(got, want) {
		t.Errorf("SharedPassages = %v, want %v (once)", got, want)
	}
	if len(p.Passages) != 3 {
		t.Errorf("PostOf kept %d passages, want 3 (not the short one)", len(p.Passages))
	}
}

func TestJoin(t *testing.T) {
	s := New(post("p1", "", "Aid convoy struck near Aleppo on Monday, killing twenty aid workers and a driver.", day(10), "Putin"))
	if s.ID != NewID("p1") || s.Label != "Aid convoy struck near Aleppo on Monday, killing twenty aid workers and …" || s.Size != 1 {
		t.Errorf("New = %+v", s)
	}
	Join(&s, post("p2", "Convoy attack: Putin blamed", "Putin was blamed for the convoy attack.", day(8), "Putin", "Johnson"))
	Join(&s, Post{ID: "p3", Day: day(12)}) // a near copy: dates and size only
	if !s.First.Equal(day(8)) || !s.Last.Equal(day(12)) || s.Size != 3 {
		t.Errorf("days %v–%v, size %d", s.First, s.Last, s.Size)
	}
	if s.Label != "Aid convoy struck near Aleppo on Monday, killing twenty aid workers and …" {
		t.Errorf("label changed to %q", s.Label)
	}
	if got := TopPeople(s); !reflect.DeepEqual(got, []string{"e-Putin", "e-Johnson"}) {
		t.Errorf("people = %v", got)
	}
	if len(s.Centroid) == 0 || len(s.Centroid) > CentroidTerms || len(FileKeys(s, Post{})) != min(KeyTerms, len(s.Centroid)) {
		t.Errorf("centroid of %d terms, %d keys", len(s.Centroid), len(FileKeys(s, Post{})))
	}
}

func TestStateRoundTrip(t *testing.T) {
	s := New(post("p1", "Aid convoy struck", "An aid convoy was struck near Aleppo.", day(10), "Putin", "Assad"))
	var got Story
	if err := UnmarshalState(MarshalState(s), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Centroid, s.Centroid) || !reflect.DeepEqual(got.People, s.People) {
		t.Errorf("round trip: %+v, want %+v", got, s)
	}
	for _, bad := range [][]byte{nil, {5}, {1, 1, 2}} {
		if err := UnmarshalState(bad, &got); err == nil {
			t.Errorf("UnmarshalState(%v) accepted", bad)
		}
	}
}

func TestWeigh(t *testing.T) {
	// a word every earlier post had weighs less than one none had
	b := BagOf(domain.Post{Text: "convoy aleppo"})
	v := Weigh(b, 10, map[uint64]int64{WordKey("aleppo"): 10})
	w := map[uint64]float64{}
	for _, t := range v {
		w[t.Key] = t.Weight
	}
	if !(w[WordKey("convoy")] > w[WordKey("aleppo")]) {
		t.Errorf("weights %v", w)
	}
	if n := v.norm(); n < 0.999 || n > 1.001 {
		t.Errorf("norm %f", n)
	}
	if BagOf(domain.Post{Text: "the protests"})[WordKey("protest")] != 1 {
		t.Error("plural not folded, or stopword kept")
	}
}

// TestSkipBoilerplate: a story is not labelled with the promotion that
// opens every page of a site, once many posts have carried it.
func TestSkipBoilerplate(t *testing.T) {
	promo := "Two men charged after a harbour fire that closed the ferry port for a week."
	lead := "Protesters filled the main square for a third day on Tuesday, defying a curfew."
	text := promo + "\n" + lead + " Police stayed back."
	p := PostOf(domain.Post{ID: "p1", Text: text, Passages: []domain.PassageRef{
		{ID: "promo", Start: 0, End: len(promo)},
		{ID: "lead", Start: len(promo) + 1, End: len(promo) + 1 + len(lead)},
	}})
	for _, c := range []struct {
		name  string
		df    map[uint64]int64
		label string
	}{
		{"the promotion seen in few posts: it may be the post's own", map[uint64]int64{PassageKey("promo"): PassagePosts}, "Two men charged"},
		{"the promotion seen in many posts", map[uint64]int64{PassageKey("promo"): PassagePosts + 1}, "Protesters filled"},
		{"leading passages seen in many posts: the rest", map[uint64]int64{PassageKey("promo"): 50, PassageKey("lead"): 50}, "Police stayed back"},
	} {
		q := p
		q.SkipBoilerplate(c.df)
		if got := New(q).Label; !strings.HasPrefix(got, c.label) {
			t.Errorf("%s: label %q, want it to start %q", c.name, got, c.label)
		}
	}
	// a promotion run into the paragraph it opens: the sentence goes, though
	// the paragraph is the post's own
	para := promo + " " + lead
	run := PostOf(domain.Post{ID: "p3", Text: para, Passages: []domain.PassageRef{
		{ID: "para", Start: 0, End: len(para), Paragraph: true},
		{ID: "promo", Start: 0, End: len(promo)},
	}})
	run.SkipBoilerplate(map[uint64]int64{PassageKey("promo"): 50})
	if got := New(run).Label; !strings.HasPrefix(got, "Protesters filled") {
		t.Errorf("a promotion opening a paragraph: label %q", got)
	}
	// a post that is nothing but a passage of many keeps its text
	only := PostOf(domain.Post{ID: "p2", Text: promo, Passages: []domain.PassageRef{{ID: "promo", Start: 0, End: len(promo)}}})
	only.SkipBoilerplate(map[uint64]int64{PassageKey("promo"): 50})
	if got := New(only).Label; !strings.HasPrefix(got, "Two men charged") {
		t.Errorf("a post of boilerplate only: label %q", got)
	}
}
