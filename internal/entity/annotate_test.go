package entity

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

type example struct {
	Published string        `json:"published"`
	Posts     []domain.Post `json:"posts"`
}

// examplePosts reads the invented live blog of testdata/liveblog.json.
func examplePosts(tb testing.TB) []domain.Post {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "liveblog.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var ex example
	if err := json.Unmarshal(b, &ex); err != nil {
		tb.Fatal(err)
	}
	date, err := time.Parse("2006-01-02", ex.Published)
	if err != nil {
		tb.Fatal(err)
	}
	for i := range ex.Posts {
		ex.Posts[i].DocID = "liveblog"
		ex.Posts[i].Index = i
		ex.Posts[i].Published = date
	}
	return ex.Posts
}

func mustTagger(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// TestAnnotateGolden checks Annotate and Entities on the invented live
// blog against testdata/liveblog.golden (go test -update rewrites it).
func TestAnnotateGolden(t *testing.T) {
	posts := examplePosts(t)
	ms := mustTagger(t).Annotate(posts)
	var buf bytes.Buffer
	for i, p := range posts {
		fmt.Fprintf(&buf, "== post %d: %s\n", i, p.Headline)
		for _, m := range ms[i] {
			field := p.Text
			switch m.Field {
			case domain.FieldHeadline:
				field = p.Headline
			case domain.FieldCaption:
				field = p.Caption
			}
			if field[m.Start:m.End] != m.Text {
				t.Errorf("post %d: mention %q has offsets %d-%d covering %q", i, m.Text, m.Start, m.End, field[m.Start:m.End])
			}
			fmt.Fprintf(&buf, "%-8s %-4s %4d-%-4d %q name=%q", m.Field, m.Type, m.Start, m.End, m.Text, m.Name)
			if m.Role != "" {
				fmt.Fprintf(&buf, " role=%q", m.Role)
			}
			buf.WriteString("\n")
		}
		posts[i].Mentions = ms[i]
	}
	buf.WriteString("== entities\n")
	for _, e := range Entities(posts) {
		js, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(js)
		buf.WriteString("\n")
	}
	golden := filepath.Join("testdata", "liveblog.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Annotate output differs from %s (go test -update rewrites it):\n%s", golden, buf.String())
	}
}

// TestFirmsAreNotPeople: names joined by an ampersand are a firm's, even
// when the tagger reads them as a person's.
func TestFirmsAreNotPeople(t *testing.T) {
	a := chunked(t, "Lawyers at Hollis & Van Marsh said the deal was sound .",
		map[int]string{2: "B-PER", 3: "I-PER", 4: "I-PER", 5: "I-PER"}) // as a tagger might
	if len(a.ms) != 1 || a.ms[0].typ != domain.ORG || a.text(0, a.ms[0].s, a.ms[0].e) != "Hollis & Van Marsh" {
		for _, m := range a.ms {
			t.Errorf("mention %q typed %s", a.text(0, m.s, m.e), m.typ)
		}
		t.Fatalf("%d mentions, want the firm as one ORG", len(a.ms))
	}
}

// TestPlaceBasedFirms: a place's "-based" before a name is no part of
// it, and makes a single unfamiliar name a firm's in every mention of the
// document, even where the tagger reads it as a person's; a known given
// name after it stays a person.
func TestPlaceBasedFirms(t *testing.T) {
	a := chunked(t, "A quarter is held by Ohio-based Tarvex . Tarvex has refused to pay . The Paris-based Ahmed Rashid wrote .",
		map[int]string{5: "B-PER", 6: "I-PER" /* "Ohio-based Tarvex", as the tagger read it */, 8: "B-PER", 15: "B-PER", 16: "I-PER", 17: "I-PER"})
	a.consistentTypes()
	var got []string
	for _, m := range a.ms {
		got = append(got, a.text(0, m.s, m.e)+"/"+string(m.typ))
	}
	if want := []string{"Tarvex/ORG", "Tarvex/ORG", "Ahmed Rashid/PER"}; !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

// TestGivenNameWhoIsAPerson: a known given name and a word, then ",
// who", is a person though the tagger reads a place.
func TestGivenNameWhoIsAPerson(t *testing.T) {
	f := newField(0, domain.FieldText, "Jillian Leith , who compiles a list , said so . Leith Harbour , which is old , flooded .")
	f.tags = make([]string, len(f.toks))
	for i := range f.tags {
		f.tags[i] = "O"
	}
	f.tags[0], f.tags[1] = "B-LOC", "I-LOC"
	f.tags[11], f.tags[12] = "B-LOC", "I-LOC"
	a := &annotator{fields: []*field{f}}
	a.chunks()
	var got []string
	for _, m := range a.ms {
		got = append(got, a.text(0, m.s, m.e)+"/"+string(m.typ))
	}
	if want := []string{"Jillian Leith/PER", "Leith Harbour/LOC"}; !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

// TestNameEndingInS: the "'s" of a firm's name stays with the name when
// the document shows it is one ("Norvik's also cut"), in every mention;
// a name the document also writes bare keeps only possessives.
func TestNameEndingInS(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Norvik's also cut the rating . Analysts at Norvik's expect more cuts .", []string{"Norvik's", "Norvik's"}},
		{"Norvik said on Monday . Norvik's also cut the rating .", []string{"Norvik", "Norvik"}},
		{"Norvik's stated aim is growth .", []string{"Norvik"}},
	} {
		f := newField(0, domain.FieldText, tc.text)
		f.tags = make([]string, len(f.toks))
		for i, tok := range f.toks {
			f.tags[i] = "O"
			if tok.Text == "Norvik" {
				f.tags[i] = "B-ORG"
			}
		}
		a := &annotator{fields: []*field{f}}
		a.chunks()
		var got []string
		for _, m := range a.ms {
			got = append(got, a.text(0, m.s, m.e))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: mentions %q, want %q", tc.text, got, tc.want)
		}
	}
}

// chunked runs the chunker over text as a tagger might have tagged it:
// tags gives the tag of some tokens, the rest are "O".
func chunked(t *testing.T, text string, tags map[int]string) *annotator {
	t.Helper()
	f := newField(0, domain.FieldText, text)
	f.tags = make([]string, len(f.toks))
	for i := range f.tags {
		f.tags[i] = "O"
	}
	for i, tag := range tags {
		f.tags[i] = tag
	}
	a := &annotator{fields: []*field{f}}
	a.chunks()
	return a
}

// TestRegnalNumber: a monarch's name with its regnal number after the
// title is a person's, even when the tagger reads it as a body's.
func TestRegnalNumber(t *testing.T) {
	a := chunked(t, "Harbouria's King Omar II named a new premier .", map[int]string{3: "B-ORG", 4: "I-ORG"})
	if len(a.ms) != 1 || a.ms[0].typ != domain.PER {
		for _, m := range a.ms {
			t.Errorf("mention %q typed %s", a.text(0, m.s, m.e), m.typ)
		}
		t.Fatalf("%d mentions, want King Omar II as one PER", len(a.ms))
	}
}

// TestVerbEndsName: a verb in a title-case run ("Mr Reyes Goes To
// Paris", a film's title played on) is no part of the name before it.
func TestVerbEndsName(t *testing.T) {
	a := chunked(t, "But Mr Reyes Goes To Paris had never been a serious hearing .", map[int]string{2: "B-PER", 3: "I-PER"})
	if len(a.ms) != 1 || a.text(0, a.ms[0].s, a.ms[0].e) != "Reyes" {
		for _, m := range a.ms {
			t.Errorf("mention %q typed %s", a.text(0, m.s, m.e), m.typ)
		}
		t.Fatalf("%d mentions, want Reyes alone", len(a.ms))
	}
}

// TestFatherAndSonInOneDocument: two names of one key with different
// middle initials are two people of the document; the name without
// initials goes with the first introduced.
func TestFatherAndSonInOneDocument(t *testing.T) {
	text := "Former President Carl H.W. Dunmore attended the ceremony. His son, President Carl W. Dunmore, spoke first. " +
		"Carl H.W. Dunmore later praised the speech, and Carl Dunmore thanked the crowd."
	posts := []domain.Post{{DocID: "d", Text: text, Published: time.Date(2030, 3, 1, 0, 0, 0, 0, time.UTC)}}
	names := map[string]string{}
	for _, m := range mustTagger(t).Annotate(posts)[0] {
		if m.Type == domain.PER {
			names[text[m.Start:m.End]] = m.Name
		}
	}
	father, son := "", ""
	for form, name := range names {
		switch {
		case form == "Carl H.W. Dunmore" || form == "Former President Carl H.W. Dunmore":
			father = name
		case form == "President Carl W. Dunmore" || form == "Carl W. Dunmore":
			son = name
		}
	}
	if father == "" || son == "" || father == son {
		t.Errorf("father %q and son %q: want two names (mentions %v)", father, son, names)
	}
	if got := names["Carl Dunmore"]; got != father {
		t.Errorf("Carl Dunmore is %q, want the first introduced, %q", got, father)
	}
}

// TestOfficeIsNotTheSpouse: an office with the surname alone ("President
// Dunmore") is not the relative named in full, whose relation the text
// gives ("first lady Maria Dunmore", "his wife, Maria Dunmore").
func TestOfficeIsNotTheSpouse(t *testing.T) {
	for _, text := range []string{
		"The spill dominated the day.\n\nPresident Dunmore met the governors on Monday.\n\nHe and first lady Maria Dunmore were holding a picnic later in the day.\n\nPresident Dunmore later said the region would recover.",
		"Senator Dunmore spoke first. His wife, Maria Dunmore, spoke after him. Senator Dunmore then left the hall.",
	} {
		posts := []domain.Post{{DocID: "d", Text: text}}
		for _, m := range mustTagger(t).Annotate(posts)[0] {
			if form := text[m.Start:m.End]; m.Type == domain.PER && (strings.HasPrefix(form, "Senator") || strings.HasPrefix(form, "President")) {
				if m.Name == "Maria Dunmore" {
					t.Errorf("%q is %q, the spouse", text[m.Start:m.End], m.Name)
				}
			}
		}
	}
}

// TestGivenNameIsNotTheReporter: a given name used alone is not the
// reporter the credits name with it.
func TestGivenNameIsNotTheReporter(t *testing.T) {
	text := "Protesters filled the square on Friday.\n\n\"We will stay until he goes,\" said Ahmed, a 24-year-old engineer who gave only his first name.\n\n" +
		"Ahmed said the crowd was growing.\n\nHarbour Wire's Ahmed Kassem and Ivan Watson contributed to this report."
	for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0] {
		if text[m.Start:m.End] == "Ahmed" && m.Name != "Ahmed" {
			t.Errorf("Ahmed at %d is %q, the reporter of the credits", m.Start, m.Name)
		}
	}
}

// TestSpokesmanIsNotTheChief: an indefinite "a HBC spokesman" is not the
// HBC chief or director named after it: one body, two posts.
func TestSpokesmanIsNotTheChief(t *testing.T) {
	for _, text := range []string{
		"The workers said HBC had cut corners.\n\nA HBC spokesman said it would not comment until an investigation was completed.\n\nHBC chief Ivo Kral is scheduled to appear before the panel next week.",
		"The pupils were sent home, said the NHT.\n\nA spokesman for the NHT added: \u201cBoth pupils are well.\u201d\n\nDr Ivo Kral, director of Public Health for Northfield NHT, said the school would stay open.",
	} {
		for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0] {
			if strings.Contains(text[m.Start:m.End], "spokesman") && m.Name == "Ivo Kral" {
				t.Errorf("%q is %q, the chief", text[m.Start:m.End], m.Name)
			}
		}
	}
}

// TestUnclosedApposition: a title after a name whose closing comma the
// writer left out before "told" or "said" is still the name's; a noun
// that is also a verb ("claims") ends no title.
func TestUnclosedApposition(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{"\u201cOur concern has grown,\u201d Dr. Ann Reyes, acting director of the Northfield Health Agency told reporters on Friday.", "Ann Reyes", "acting director of the Northfield Health Agency"},
		{"Tom Fell, assistant manager of the Northfield claims office in Boothville, recalls the day.", "Tom Fell", ""},
	} {
		found := false
		for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: c.text}})[0] {
			if m.Name == c.name && m.Type == domain.PER {
				found = true
				if m.Role != c.role {
					t.Errorf("%q: %s has the title %q, want %q", c.text, c.name, m.Role, c.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %s", c.text, c.name)
		}
	}
}

// TestRanks: a two-word military rank (or an occupation) before a name
// is the person's title, even when the tagger takes its first word for
// a name.
func TestRanks(t *testing.T) {
	for _, c := range []struct{ text, name, role string }{
		{"The court heard evidence against Lance Corporal Ann Reyes, 23, who denied the charge.", "Ann Reyes", "Lance Corporal"},
		{"The court heard evidence against Lance Corporal Ann Reyes, 23. Lance Corporal Reyes said she was innocent.", "Ann Reyes", "Lance Corporal"},
		{"Staff Sergeant Tom Lind, of the Harbour Regiment, was injured on patrol.", "Tom Lind", "Staff Sergeant"},
		{"Gunner Mark Hale died on Tuesday, the ministry said.", "Mark Hale", "Gunner"},
		{"Historian Ivo Kral argued on Tuesday that the banks were to blame.", "Ivo Kral", "Historian"},
		{"She joined the reserve in 1999 and was a Lance Corporal with the Harbour Rifles.", "", ""}, // a rank, no one named
	} {
		posts := []domain.Post{{DocID: "d", Text: c.text}}
		var got []string
		for _, m := range mustTagger(t).Annotate(posts)[0] {
			if m.Type == domain.PER {
				got = append(got, m.Name+"/"+m.Role)
				if m.Name != c.name || m.Role != c.role {
					t.Errorf("%q: a person %q with role %q, want %q with %q", c.text, m.Name, m.Role, c.name, c.role)
				}
			}
		}
		if len(got) == 0 && c.name != "" {
			t.Errorf("%q: no person", c.text)
		}
	}
}

// TestBylines: the furniture of a reader's comment is no part of a name.
func TestBylines(t *testing.T) {
	text := "Why not let him debate with Reyes Posted by: harbourcat | May 4, 2030 4:23 PM | Report abuse\n\n" +
		"He will lose the debate. Posted by: tidewatch | May 4, 2030 4:25 PM | Report abuse\n\n" +
		"Reyes will win. Posted by: Anonymous | May 4, 2030 4:26 PM | Report abuse\n\n" +
		"Agreed. Posted by: Tom Lind | May 4, 2030 4:29 PM | Report abuse\n\n" +
		"Dear Reyes, please read the report. Posted by: quayside | May 4, 2030 4:31 PM | Report abuse\n\n" +
		"Dear President Reyes, it is time to go. Posted by: quayside | May 4, 2030 4:33 PM | Report abuse"
	for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0] {
		if m.Type == domain.PER && m.Name != "Reyes" {
			t.Errorf("a person %q (%q), want Reyes", m.Name, text[m.Start:m.End])
		}
	}
}

// TestPronounNames: a name never ends in a pronoun, so a list item is no
// person and the sentences opening on "It" are no one's mentions.
func TestPronounNames(t *testing.T) {
	text := "Reyes said the market would recover.\nA. It was not a joke.\nB. It was a warning.\nIt was, Reyes said later, both."
	for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0] {
		if m.Type == domain.PER && m.Name != "Reyes" {
			t.Errorf("a person %q (%q)", m.Name, text[m.Start:m.End])
		}
	}
}

// TestCanonicalName: a person's name in a document is the full name
// written with middle initials, else the one written most often: a
// misspelling written once does not name a person written in full three
// times.
func TestCanonicalName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Dana Whitlock spoke first. Critics of Dana Whittlock say she spends too much. Dana Whitlock denied it. Dana Whitlock left.", "Dana Whitlock"},
		{"Dana Whitlock spoke first. Dana R. Whitlock, the governor, denied it. Dana Whitlock left.", "Dana R. Whitlock"},
		{"Tavo W. Brannick, who led the clean-up, can finally retire now.\n\nBrannick, 61, was a Harbour Guard admiral when he was appointed.", "Tavo W. Brannick"},
	} {
		for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: c.text}})[0] {
			if m.Type == domain.PER && m.Name != c.want {
				t.Errorf("%q: %q is named %q, want %q", c.text, c.text[m.Start:m.End], m.Name, c.want)
			}
		}
	}
}

// TestNameNotShouted: a name written in capitals (a transcript's label)
// does not name a person whose name is also written as names are.
func TestNameNotShouted(t *testing.T) {
	text := "\"We are ready,\" said LIAM REYES. \"The vaccine works,\" said LIAM REYES, and LIAM REYES said more doses would come. " +
		"The chief medical officer, Sir Liam Reyes, said stocks were ample."
	posts := []domain.Post{{DocID: "d", Text: text}}
	people := 0
	for _, e := range Entities([]domain.Post{{DocID: "d", Text: text, Mentions: mustTagger(t).Annotate(posts)[0]}}) {
		if e.Type == domain.PER {
			people++
			if e.Name != "Liam Reyes" {
				t.Errorf("a person named %q, want Liam Reyes", e.Name)
			}
		}
	}
	if people == 0 {
		t.Errorf("no person")
	}
}

// TestJoinedNames: a person the tagger made of two names joined by "and"
// ("Harbourline and Vantor accused …") is no one.
func TestJoinedNames(t *testing.T) {
	text := "Within hours, Harbourline and Vantor accused Reyes of shifting the blame."
	a := &annotator{}
	f := newField(0, domain.FieldText, text)
	a.fields = append(a.fields, f)
	span := func(words string) (int, int) {
		for i := range f.toks {
			if f.toks[i].Text == strings.Fields(words)[0] {
				return i, i + len(strings.Fields(words))
			}
		}
		t.Fatalf("no %q", words)
		return 0, 0
	}
	s, e := span("Harbourline and Vantor")
	joined := &mention{f: 0, s: s, e: e, typ: domain.PER}
	a.add(joined)
	s, e = span("Reyes")
	alone := &mention{f: 0, s: s, e: e, typ: domain.PER}
	a.add(alone)
	a.pronouns()
	if !joined.drop || alone.drop {
		t.Errorf("joined dropped %v (want true), Reyes dropped %v (want false)", joined.drop, alone.drop)
	}
}

// TestRetypedPersonFreesItsTitle: a "person" retyped as a place or an
// organisation (notPeople) gives back the possessor and title words its
// mention had taken. Their stale owners once sent roleLeft into an
// endless loop on this sentence (the tagger reads the district as a
// person, the city's possessive as the start of a title).
func TestRetypedPersonFreesItsTitle(t *testing.T) {
	text := "Residents held a long meeting in Cairo's Manshiet Nasser official."
	var got []domain.Mention
	done := make(chan struct{})
	go func() {
		defer close(done)
		got = mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0]
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("Annotate did not end in a minute")
	}
	for _, m := range got {
		if m.Type == domain.PER {
			t.Errorf("%q (%d-%d) is a person", m.Name, m.Start, m.End)
		}
	}
}

// TestTypeEvidence: what in a text shows a name the tagger read as a
// person's to be one, or to be an organisation's, whatever the given-name
// lexicon knows. want "" is a name that must not be a person.
func TestTypeEvidence(t *testing.T) {
	for _, c := range []struct {
		why, text, name string
		want            domain.EntityType
	}{
		{"a relative which", "Within hours of its release, Vantor accused Pellmark of attempting to shift attention. " +
			"It says Vantor's choice of foam cement failed. Vantor, which carried out the cement work, said it had followed Pellmark's design.",
			"Vantor", domain.ORG},
		{"a relative who", "Protesters gathered again on Friday. Tarek Badr Nour, who led the march, said the crowd would stay until the vote.",
			"Tarek Badr Nour", domain.PER},
		{"a transcript's speaker label", "Let's bring in our producer in the capital, Ennis Marlow. So what is going on?\n\n" +
			"ENNIS MARLOW, PRODUCER: Well, the talks went on all night.\n\n" +
			"HOST: And now?\n\nMARLOW: Now they wait.",
			"Ennis Marlow", domain.PER},
		{"a credit", "The talks ended late on Sunday.\n\nBexley Wire Press contributed to this report. Orlo Vance and Tamsin Quill contributed reporting.",
			"Orlo Vance", domain.PER},
		{"a credit", "The talks ended late on Sunday.\n\nBexley Wire Press contributed to this report. Orlo Vance and Tamsin Quill contributed reporting.",
			"Tamsin Quill", domain.PER},
		{"an agency's credit", "The talks ended late on Sunday.\n\nBexley Wire Press contributed to this report. Orlo Vance and Tamsin Quill contributed reporting.",
			"Bexley Wire Press", ""},
		{"a speaker a 'she' follows", "Fewer women go out alone now. \u201cThe streets are not safe,\u201d says Nadim Ostrava.\n\n" +
			"She describes how the schools have changed. \u201cThey check every bag,\u201d she says.",
			"Nadim Ostrava", domain.PER},
		{"a speaker an 'it' follows", "Fewer firms hire now. \u201cThe market is not safe,\u201d says Vantor Holdings.\n\n" +
			"It describes how the schools have changed.",
			"Vantor Holdings", domain.ORG},
		{"a subject the next sentence calls 'she'", "The gala drew a crowd. Odelia Varnstrom provided some more star power.\n\n" +
			"She said the coast had been betrayed.",
			"Odelia Varnstrom", domain.PER},
		{"a common foreign given name", "Writing in the paper El Diario, Ricardo Morvane says the flu is a plague of the poor.",
			"Ricardo Morvane", domain.PER},
		{"a body's description before the name", "Meanwhile, a leading credit-rating agency, Moodwell, downgraded the shipping group to A.",
			"Moodwell", domain.ORG},
		{"an owner's body before the name", "Britain's third-biggest lender, Harrowgate, said it would cut 400 jobs.",
			"Harrowgate", domain.ORG},
		{"a body's description after the name", "Kestrel, a rival carrier, said it saw no reason to change its plans.",
			"Kestrel", domain.ORG},
		{"a given name common outside English makes a person", "Priya Aiyer said the port would reopen on Monday.",
			"Priya Aiyer", domain.PER},
		{"and so does a Polish one", "Wojciech Nowak said the port would reopen on Monday.",
			"Wojciech Nowak", domain.PER},
		{"a sports club is no person, whatever role its short name gets", "Redcliffe Rovers beat Eastport Town 2-1 on Saturday. Rovers manager Claire Donnelly praised the fans.",
			"Redcliffe Rovers", domain.ORG},
		{"a coalition described after its name", "Harrow Forward, a coalition of tenants' groups, said the rents were too high.",
			"Harrow Forward", domain.ORG},
		{"but not a place before a clause that goes on to a body", "In Louisiana, a lawyer has asked a panel of federal judges to join the cases.",
			"Louisiana", domain.LOC},
		{"the head of a body", "However, the head of the parliament's agriculture committee, Sergei Vostrin, said it was a scandal.",
			"Sergei Vostrin", domain.PER},
		{"a person who trades", "Carol Terrebonne, a wholesale retailer who buys shrimp off the boats, laughs at the offer.",
			"Carol Terrebonne", domain.PER},
	} {
		n := 0
		for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: c.text}})[0] {
			if m.Name != c.name {
				continue
			}
			n++
			if c.want == "" && m.Type == domain.PER || c.want != "" && m.Type != c.want {
				t.Errorf("%s: %q at %d is %s, want %s", c.why, m.Name, m.Start, m.Type, cmp.Or(string(c.want), "no person"))
			}
		}
		if n == 0 && c.want != "" {
			t.Errorf("%s: %q is not named", c.why, c.name)
		}
	}
}

// TestHonorificMakesAPerson: a name after a capitalised gendered
// honorific is a person's whatever the tagger read ("Ms. Holt"); the
// verb "miss" is no honorific.
func TestHonorificMakesAPerson(t *testing.T) {
	a := chunked(t, "Ms. Holt said the harbour would reopen . Gordon will miss Hoboken .",
		map[int]string{1: "B-ORG" /* as the tagger read it */, 8: "B-PER", 11: "B-LOC"})
	a.consistentTypes()
	var got []string
	for _, m := range a.ms {
		got = append(got, a.text(0, m.s, m.e)+"/"+string(m.typ))
	}
	if want := []string{"Holt/PER", "Gordon/PER", "Hoboken/LOC"}; !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

// TestRegnalTitleTakesAGivenName: a monarch's title goes with a given or
// regnal name, never with the surname of another person of the report.
func TestRegnalTitleTakesAGivenName(t *testing.T) {
	text := "Harbouria's Omar Rashad massed troops on the border today. Also today, King Rashad of Veldonia arrived in the capital to mediate. " +
		"The king met the envoy, and Rashad, the Harbourian leader, said nothing."
	posts := []domain.Post{{DocID: "d", Text: text}}
	names := map[string]string{}
	for _, m := range mustTagger(t).Annotate(posts)[0] {
		if m.Type == domain.PER {
			names[text[m.Start:m.End]] = m.Name
		}
	}
	king := names["King Rashad of Veldonia"]
	if king == "" {
		king = names["King Rashad"]
	}
	if king == "" || king == "Omar Rashad" {
		t.Errorf("King Rashad is %q, want a person of his own (mentions %v)", king, names)
	}
}

// TestFirmShortName: a one-word name that opens the name of a company of
// the document is the company, whatever its apposition suggests; an
// honorific keeps a surname a person's.
func TestFirmShortName(t *testing.T) {
	for _, c := range []struct {
		text, form string
		want       domain.EntityType
	}{
		{"Hallvard-Brenner Cos. said it would cut prices. Hallvard, the largest brewer in the region, said sales were flat.", "Hallvard", domain.ORG},
		{"Hallvard-Brenner Cos. said it would cut prices. Mr. Hallvard, its founder, said sales were flat.", "Hallvard", domain.PER},
		{"Mayor Hallvard, founder of Hallvard Ltd., spoke on Monday. Hallvard said the city would recover.", "Hallvard", domain.PER},
		{"Attorney General Ada Brandt and President Lindqvist met the families. The Lindqvist-Moreau campaign said nothing. Lindqvist has sought to distance himself from the case.", "Lindqvist", domain.PER},
	} {
		posts := []domain.Post{{DocID: "d", Text: c.text}}
		found := false
		for _, m := range mustTagger(t).Annotate(posts)[0] {
			if c.text[m.Start:m.End] == c.form || strings.HasSuffix(c.text[m.Start:m.End], " "+c.form) {
				found = true
				if m.Type != c.want {
					t.Errorf("%q in %q typed %s, want %s", c.text[m.Start:m.End], c.text, m.Type, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q", c.text, c.form)
		}
	}
}

// TestCoordinatedGivenName: a given name coordinated with a full name
// shares its surname ("Joe and Hunter Biden"), so that the first of the
// family the report names keeps its surname and titles; a given name the
// report gives someone of another surname, or a surname, does not.
func TestCoordinatedGivenName(t *testing.T) {
	checkNamed(t, []namedCase{
		{"He had no knowledge of efforts to investigate Joe and Hunter Lindqvist. Vice President Lindqvist was not a topic.", "Vice President Lindqvist", "Joe Lindqvist"},
		{"He had no knowledge of efforts to investigate Joe and Hunter Lindqvist. Vice President Lindqvist was not a topic.", "Joe", "Joe Lindqvist"},
		{"Hillary Marsden spoke first. Later Hillary and Huma Abernathy arrived.", "Hillary", "Hillary Marsden"},
	})
}

// typed runs the steps that settle types after chunking.
func typed(a *annotator) {
	a.peopleByPost()
	a.dropTitleWords()
	a.consistentTypes()
}

// TestPostAfterMakesAPerson: a two-word name the tagger read as a body,
// described by a post it holds, is a person, and the post's capitalised
// head no one's name; a body so described after "the" stays a body.
func TestPostAfterMakesAPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		tags map[int]string
		want []string
	}{
		{"Analysts were cautious . Pankaj Pandey , Head of Research at Halvard Securities , said so .",
			map[int]string{4: "B-ORG", 5: "I-ORG", 7: "B-PER", 11: "B-ORG", 12: "I-ORG"},
			[]string{"Pankaj Pandey/PER", "Halvard Securities/ORG"}},
		{"Credit Suisse , a leader in wealth management , cut jobs . In Iowa , King at first refused .",
			map[int]string{0: "B-ORG", 1: "I-ORG", 15: "B-PER"},
			[]string{"Credit Suisse/ORG", "King/PER"}},
	} {
		a := chunked(t, c.text, c.tags)
		typed(a)
		var got []string
		for _, m := range a.ms {
			if !m.drop {
				got = append(got, a.text(0, m.s, m.e)+"/"+string(m.typ))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
	a := chunked(t, "Joining me from the State Department , Secretary of State Ann Reyes .",
		map[int]string{4: "B-ORG", 5: "I-ORG", 9: "B-LOC", 10: "B-PER", 11: "I-PER"})
	typed(a)
	if m := a.ms[0]; m.typ != domain.ORG {
		t.Errorf("%q typed %s, want ORG", a.text(0, m.s, m.e), m.typ)
	}
}

// TestRoleObjectIsNotTheSubject: a description that is a verb's object
// ("he would have fired BP's top executive, if …") is no one the text
// made salient; one that opens its clause still is.
func TestRoleObjectIsNotTheSubject(t *testing.T) {
	checkNamed(t, []namedCase{
		{"Governor Ann Reyes has sharpened her attacks on the firm. Reyes has said she would have fired Halvard's top executive, if she were in charge.", "Halvard's top executive", ""},
		{"Governor Ann Reyes spoke on Monday. Later, the governor, who faces a hard race, said the bridge would reopen.", "the governor", "Ann Reyes"},
		{"Governor Ann Reyes spoke to reporters on Monday. \"We will fight on,\" the governor, who faces a hard race, told them.", "the governor", "Ann Reyes"},
	})
}

// namedCase is a text, the form of a mention in it, and the canonical
// name of the person it should be ("" for none).
type namedCase struct{ text, form, want string }

func checkNamed(t *testing.T, cases []namedCase) {
	t.Helper()
	for _, c := range cases {
		if got := personNamed(t, c.text, c.form); got != c.want {
			t.Errorf("%q in %q is %q, want %q", c.form, c.text, got, c.want)
		}
	}
}

// personNamed annotates text as one post and returns the canonical name
// of the person mentioned as form ("" for none).
func personNamed(t *testing.T, text, form string) string {
	t.Helper()
	got := ""
	for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0] {
		if m.Type == domain.PER && text[m.Start:m.End] == form {
			got = m.Name
		}
	}
	return got
}

// TestDescriptionOfAnotherCountry: a description naming a country goes
// to the person the document titles with that country, not to a nearer
// person whose titles name none.
func TestDescriptionOfAnotherCountry(t *testing.T) {
	checkNamed(t, []namedCase{
		{"Egyptian President Omar Rashad addressed the nation on Friday. Later, President Ann Reyes spoke with Egypt's president moments after Omar Rashad addressed his country.",
			"Egypt's president", "Omar Rashad"},
		{"President Ann Reyes spoke on Monday. Later, the French president, who faces a hard race, said the bridge would reopen.",
			"the French president", "Ann Reyes"},
	})
}

// TestNotPeopleByForm: words of a time stamp, salutations, acronyms the
// text spells out and the names of states are no people, whatever the
// tagger read (the tags below are its errors on real text).
func TestNotPeopleByForm(t *testing.T) {
	for _, c := range []struct {
		why, text string
		tags      map[int]string
		want      []string // the mentions, text/type
	}{
		{"a time stamp's zone and a dateline after it", "BRACKLEY | Tue Apr 28 , 2009 6:32 pm EDT BRACKLEY ( Reuters ) - The council voted .",
			map[int]string{0: "B-PER", 9: "B-PER", 10: "I-PER", 12: "B-ORG"},
			[]string{"BRACKLEY/LOC", "BRACKLEY/LOC", "Reuters/ORG"}},
		{"a dateline after a byline's title", "By Ann Reyes , Health and Science Editor BRACKLEY | Fri Jun 19 , 2009 9:46 am EDT BRACKLEY ( Reuters ) - The council voted .",
			map[int]string{1: "B-PER", 2: "I-PER", 8: "B-PER", 18: "B-PER", 20: "B-ORG"},
			[]string{"Ann Reyes/PER", "BRACKLEY/LOC", "BRACKLEY/LOC", "Reuters/ORG"}},
		{"a name opening with a storm's word", "Hurricanes Delia and Rita reached the coast .",
			map[int]string{0: "B-PER", 1: "I-PER", 3: "B-PER"},
			[]string{"Hurricanes Delia/MISC", "Rita/PER"}},
		{"a sentence adverb glued to a firm", "Besides Vantor , the council voted .",
			map[int]string{0: "B-ORG", 1: "I-ORG"},
			[]string{"Vantor/ORG"}},
		{"a salutation", "Glenford : Hi Tamsin , thanks for taking questions .",
			map[int]string{0: "B-LOC", 2: "B-PER", 3: "I-PER"},
			[]string{"Glenford/LOC", "Tamsin/PER"}},
		{"an acronym spelled out", "The Harbour Safety Board met . The HSB said the harbour would stay closed .",
			map[int]string{1: "B-ORG", 2: "I-ORG", 3: "I-ORG", 7: "B-PER"},
			[]string{"Harbour Safety Board/ORG", "HSB/ORG"}},
		{"a word of capitals spelled out nowhere", "COOPER : The council voted .",
			map[int]string{0: "B-PER"},
			[]string{"COOPER/PER"}},
		{"a storm", "Hurricane Delia reached the coast . Delia weakened on Friday .",
			map[int]string{1: "B-PER", 6: "B-PER"},
			[]string{"Delia/MISC", "Delia/MISC"}},
		{"a suffix cut off its name", "The candidate has five children : Donald Reyes , Jr. spoke .",
			map[int]string{6: "B-PER", 7: "I-PER", 9: "B-PER"},
			[]string{"Donald Reyes/PER"}},
		{"a title spoken to", "But Mr President , if I may ask .",
			map[int]string{2: "B-PER"},
			nil},
		{"a sentence adverb", "Additionally , the council voted .",
			map[int]string{0: "B-PER"},
			nil},
		{"a time stamp glued to a name", "Posted 6:14PMAnn Reyes spoke .",
			map[int]string{1: "B-PER", 2: "I-PER"},
			[]string{"Reyes/PER"}},
		{"a party and state cut off a name", "Rep. Ann Reyes ( D-Fla ) spoke .",
			map[int]string{1: "B-PER", 2: "I-PER", 4: "B-PER"},
			[]string{"Rep. Ann Reyes/PER"}},
		{"a surname opening a sentence before a comma", "Mr. Connolly spoke . Connolly , who led the team , agreed .",
			map[int]string{1: "B-PER", 4: "B-PER"},
			[]string{"Mr. Connolly/PER", "Connolly/PER"}},
		{"a name of digits", "50 Cent sang .",
			map[int]string{0: "B-PER", 1: "I-PER"},
			[]string{"50 Cent/ORG"}}, // whole (and, shown by nothing, a body)
		{"an administration's leader the document names otherwise", "The Corran administration said so . Corran took office in May .",
			map[int]string{1: "B-LOC", 6: "B-LOC"},
			[]string{"Corran/PER", "Corran/PER"}},
		{"an administration's leader named no other way", "The economy grew at the slowest pace since the Corran administration .",
			map[int]string{9: "B-LOC"},
			nil},
		{"an administration of a state", "The Texas administration said so .",
			map[int]string{1: "B-LOC"},
			[]string{"Texas/LOC"}},
		{"an administration of a party", "The Labour administration said so . Labour won .",
			map[int]string{1: "B-ORG", 6: "B-ORG"},
			[]string{"Labour/ORG", "Labour/ORG"}},
		{"an administration of a place only ever a place", "The Kabul administration fell . Kabul is calm .",
			map[int]string{1: "B-LOC", 5: "B-LOC"},
			[]string{"Kabul/LOC", "Kabul/LOC"}},
		{"an acronym's administration", "The FDA administration said so .",
			map[int]string{1: "B-ORG"},
			[]string{"FDA/ORG"}},
		{"a state of two words", "Oil reached the coast off South Carolina on Friday .",
			map[int]string{5: "B-PER", 6: "I-PER"},
			[]string{"South Carolina/LOC"}},
		{"a name ending in an initial before a weekday", "Jay Z Monday released an album .",
			map[int]string{0: "B-PER", 1: "I-PER"},
			[]string{"Jay Z/PER"}},
		{"a group", "The vote of Latinos will decide it .",
			map[int]string{3: "B-PER"},
			nil},
		{"a surname that is a nationality", "Principal Jane English spoke . English said the school would close .",
			map[int]string{1: "B-PER", 2: "I-PER", 5: "B-PER"},
			[]string{"Jane English/PER", "English/PER"}},
		{"a state", "Oil reached the marshes off Louisiana on Friday .",
			map[int]string{5: "B-PER"},
			[]string{"Louisiana/LOC"}},
	} {
		var got []string
		for _, m := range tagged(c.text, c.tags, onlyPlace("Kabul")) {
			got = append(got, c.text[m.Start:m.End]+"/"+string(m.Type))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: mentions %q, want %q", c.why, got, c.want)
		}
	}
}

// TestListIsNoApposition: "the president, Ann Reyes and daughter Maya"
// lists three, so the title is not Ann Reyes's; with commas round the
// name it is ("the chancellor, Ann Reyes, and the foreign minister").
func TestListIsNoApposition(t *testing.T) {
	checkNamed(t, []namedCase{
		{"The trip to the coast by the president, Ann Reyes and daughter Maya was planned for weeks.", "the president, Ann Reyes", ""},
		{"The trip to the coast by the president, Ann Reyes and daughter Maya was planned for weeks.", "Ann Reyes", "Ann Reyes"},
		{"The coalition will govern under the chancellor, Ann Reyes, and the foreign minister, Omar Rashad.", "the chancellor, Ann Reyes", "Ann Reyes"},
	})
}

// TestGluedNames: wire highlights run together without full stops glue
// a place or another person's surname to a name ("clash in Glenford
// Vantorik's position", "says of Vantorik Reyes says"); a name after a
// comma that follows no place stays whole. The tags are the tagger's
// errors on such text.
func TestGluedNames(t *testing.T) {
	intro := "President Omar Vantorik spoke in Glenford . Governor Ann Reyes met him . "
	tags := map[int]string{1: "B-PER", 2: "I-PER", 5: "B-LOC", 8: "B-PER", 9: "I-PER"}
	for _, c := range []struct {
		text string
		at   map[int]string
		want string // the mention of the second name: text/type/canonical name
	}{
		{"Crowds clash in Glenford Vantorik 's position .", map[int]string{3: "B-PER", 4: "I-PER"}, "Vantorik/PER/Omar Vantorik"},
		{"A senator says of Vantorik Reyes says the transition must begin .", map[int]string{4: "B-PER", 5: "I-PER"}, "Reyes/PER/Ann Reyes"},
		{"To his credit , Glenford Reyes said nothing .", map[int]string{4: "B-PER", 5: "I-PER"}, "Glenford Reyes/PER/Glenford Reyes"},
		{"His family lives in Glenford , Glenford Vantorik says .", map[int]string{6: "B-PER", 7: "I-PER"}, "Vantorik/PER/Omar Vantorik"},
	} {
		text := intro + c.text
		all := maps.Clone(tags)
		for i, tag := range c.at {
			all[i+13] = tag // after the intro's 13 tokens
		}
		got := ""
		for _, m := range tagged(text, all, nil) {
			if m.Start >= len(intro) && m.Type == domain.PER {
				got = text[m.Start:m.End] + "/" + string(m.Type) + "/" + m.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: last person %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTitleStopsAtStampsAndHeadlines: a time stamp's zone and a word of
// a headline run into the text are no part of a title.
func TestTitleStopsAtStampsAndHeadlines(t *testing.T) {
	for _, c := range []struct{ text, role string }{
		{"Tuesday, March 3, 2009; 4:57 PM President Ann Reyes spoke to the council on Monday.", "President"},
		{"Would you like to make this your default edition? YES | NO Veldonian President Ann Reyes stepped down on Friday.", "Veldonian President"},
		{"BLITZER: Does President Ann Reyes have any authority left?", "President"},
		{"In Speech to Congress, Reyes Outlines His Plans for Economic Recovery President Ann Reyes offered a grim portrait of the economy.", "President"},
	} {
		got := "(no mention)"
		for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: c.text}})[0] {
			if m.Name == "Ann Reyes" {
				got = m.Role
				break
			}
		}
		if got != c.role {
			t.Errorf("%q: role %q, want %q", c.text, got, c.role)
		}
	}
}

// TestSurnameTheTaggerKnows: a name of two words nothing else shows to be
// a person's, with an unknown given name and a surname the tagger's
// training data knows only as a person's, stays a person; a name ending
// in a word of places ("Capitol Hill") is a place.
func TestSurnameTheTaggerKnows(t *testing.T) {
	known := func(words ...string) uint8 {
		if len(words) == 1 && (words[0] == "Gonzalez" || words[0] == "Hill") {
			return 1 << typeIndex(domain.PER)
		}
		return 0
	}
	for _, c := range []struct{ text, want string }{
		{"The boy stayed with Lazaro Gonzalez in the city .", "Lazaro Gonzalez/PER"},
		{"The vote on Capitol Hill was put off .", "Capitol Hill/LOC"},
	} {
		tags := map[int]string{}
		for i, w := range strings.Fields(c.text) {
			switch w {
			case "Lazaro", "Capitol":
				tags[i] = "B-PER"
			case "Gonzalez", "Hill":
				tags[i] = "I-PER"
			}
		}
		var got []string
		for _, m := range tagged(c.text, tags, known) {
			got = append(got, c.text[m.Start:m.End]+"/"+string(m.Type))
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNameGoesOnPastAnInitial: no name ends in a middle initial, so the
// capitalised word after it is the name's, whatever the tagger gave it
// ("George W. Bush", whose "Bush" it gave Jeb Bush's surname).
func TestNameGoesOnPastAnInitial(t *testing.T) {
	for _, text := range []string{"The author Ann Q. Lund wrote it .", "The author Ann Q Lund wrote it ."} {
		var got []string
		for _, m := range tagged(text, map[int]string{2: "B-PER", 3: "I-PER", 4: "B-ORG"}, nil) {
			got = append(got, string(m.Type)+"/"+m.Name)
		}
		if want := "PER/" + strings.Join(strings.Fields(text)[2:5], " "); len(got) != 1 || got[0] != want {
			t.Errorf("%q: mentions %q, want %q as one person", text, got, want)
		}
	}
}

// TestTitlesWithoutFullStops: British style writes ranks without the full
// stop ("Lt Col Ann Reyes", "Cpl Lund"): a title, no part of the name.
func TestTitlesWithoutFullStops(t *testing.T) {
	text := "Corporal Omar Lund, 21, served in the regiment. Cpl Lund was engaged to be married. Lt Col Ann Reyes said the unit would stay."
	got := map[string]string{}
	for _, m := range mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0] {
		if m.Type == domain.PER {
			got[text[m.Start:m.End]] = m.Name + "/" + m.Role
		}
	}
	for form, want := range map[string]string{"Cpl Lund": "Omar Lund/Cpl", "Lt Col Ann Reyes": "Ann Reyes/Lt Col"} {
		if got[form] != want {
			t.Errorf("%q is %q, want %q (all: %v)", form, got[form], want, got)
		}
	}
}

// tagged runs every rule of the annotator over text (one post), with
// the tags the tagger is taken to have given by token index ("O" for the
// rest) and the training data's answers of labelled (nil: it knew no
// name), and returns its mentions.
// onlyPlace is a tagger's training data that gave words only the type
// LOC.
func onlyPlace(words ...string) func(...string) uint8 {
	return func(ws ...string) uint8 {
		if len(ws) == 1 && slices.Contains(words, ws[0]) {
			return 1 << typeIndex(domain.LOC)
		}
		return 0
	}
}

func tagged(text string, tags map[int]string, labelled func(...string) uint8) []domain.Mention {
	return taggedField(domain.FieldText, text, tags, labelled)
}

// taggedField is tagged for a field of another kind (a headline).
func taggedField(kind domain.Field, text string, tags map[int]string, labelled func(...string) uint8) []domain.Mention {
	f := newField(0, kind, text)
	f.tags = make([]string, len(f.toks))
	for i := range f.tags {
		f.tags[i] = cmp.Or(tags[i], "O")
	}
	if labelled == nil {
		labelled = func(...string) uint8 { return 0 }
	}
	a := &annotator{fields: []*field{f}, labelled: labelled}
	for _, step := range a.steps() {
		step()
	}
	return a.output(1)[0]
}

// TestHeadlineUs: "Us" in a title-case headline is the pronoun, though
// the tagger reads it as the United States; "US" stays the country.
func TestHeadlineUs(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int // the token the tagger read as a place
		want []string
	}{
		{"Just Give Us a Few Figures", 2, nil},
		{"US Economy Grew in May", 0, []string{"US/LOC"}},
	} {
		var got []string
		for _, m := range taggedField(domain.FieldHeadline, c.text, map[int]string{c.at: "B-LOC"}, nil) {
			got = append(got, c.text[m.Start:m.End]+"/"+string(m.Type))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNicknameInName: a nickname in marks between a given name and a
// surname is the person's, whatever the tagger made of the three parts:
// one mention, named without the nickname, the surname alone later its
// own, and the nickname no mention.
func TestNicknameInName(t *testing.T) {
	for _, c := range []struct {
		text string
		tags map[int]string
		want string // the one mention's type/name/text
	}{
		// the tagger's: a person, a quotation's word, a company
		{`State Treasurer Martin " Skip " Delacroix said so .`, map[int]string{2: "B-PER", 4: "B-MISC", 6: "B-ORG"}, `PER/Martin Delacroix/State Treasurer Martin " Skip " Delacroix`},
		{"Rep. Thomas R. “Tommy” Albright voted .", map[int]string{1: "B-PER", 2: "I-PER", 4: "B-PER", 6: "B-PER"}, "PER/Thomas R. Albright/Rep. Thomas R. “Tommy” Albright"},
		// two words, the surname untagged, the given name a company's
		{`The shrimper Nora " Bee Bee " Castellanos , 59 , said it .`, map[int]string{2: "B-ORG", 4: "B-PER", 5: "I-PER"}, `PER/Nora Castellanos/Nora " Bee Bee " Castellanos`},
	} {
		var got []string
		for _, m := range tagged(c.text, c.tags, nil) {
			got = append(got, string(m.Type)+"/"+m.Name+"/"+c.text[m.Start:m.End])
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: mentions %q, want only %q", c.text, got, c.want)
		}
	}
	// not a nickname: marks glued to the name, or a quotation after it
	for _, text := range []string{`He thanked Martin "Skip"Delacroix today .`, `He told Martin " Stop " and left .`} {
		for _, m := range tagged(text, map[int]string{3: "B-PER"}, nil) {
			if strings.Contains(m.Name, "Skip") || strings.Contains(m.Name, "Delacroix") || strings.Contains(m.Name, "and") {
				t.Errorf("%q: mention %q", text, m.Name)
			}
		}
	}
}

// TestNameTypedByItsPost: a name set off by a comma after a description
// of someone's post, or opening with a known given name before one, is a
// person's however the tagger read it ("Lindqvist's deputy, Ole
// Strand,", "Rudolph Giuliani, the former mayor of New York City,"; not
// "Black Lives Matter, …", whose first word is no given name); a body
// followed by its leader's post stays a body.
func TestNameTypedByItsPost(t *testing.T) {
	tests := []struct {
		text string
		tags map[int]string
		want domain.EntityType
	}{
		{"Lindqvist's deputy, Ole Strand, said so.", map[int]string{4: "B-ORG", 5: "I-ORG"}, domain.PER},
		{"Anna Bligh, the party's leader, said so.", map[int]string{0: "B-LOC", 1: "I-LOC"}, domain.PER},
		{"Harbour Watch, the group's leader, said so.", map[int]string{0: "B-ORG", 1: "I-ORG"}, domain.ORG},
	}
	for _, tt := range tests {
		a := chunked(t, tt.text, tt.tags)
		a.consistentTypes()
		if len(a.ms) != 1 || a.ms[0].typ != tt.want {
			for _, m := range a.ms {
				t.Errorf("%s: mention %q typed %s", tt.text, a.text(0, m.s, m.e), m.typ)
			}
			t.Errorf("%s: %d mentions, want one %s", tt.text, len(a.ms), tt.want)
		}
	}
}

// TestPostHolderIsAPerson: a name set off after a description of
// someone's post ("Lindqvist's deputy, Ole Sandvik,") is a person's,
// though nothing else in the document shows it and its given name is
// unfamiliar.
func TestPostHolderIsAPerson(t *testing.T) {
	posts := []domain.Post{{Text: "Union leader Marta Lindqvist met the minister on Monday.\n\nLindqvist's deputy, Ole Sandvik, said the talks would resume."}}
	ms := mustTagger(t).Annotate(posts)
	found := false
	for _, m := range ms[0] {
		if m.Text == "Ole Sandvik" {
			found = true
			if m.Type != domain.PER {
				t.Errorf("%q typed %s, want PER", m.Text, m.Type)
			}
		}
	}
	if !found {
		t.Errorf("no mention of Ole Sandvik in %+v", ms[0])
	}
}

// TestRoleSetOffBeforeOrAfterTheName: a description of a post set off by
// commas binds to the name it stands beside, also when the name ends the
// sentence, when a body's noun owns the post, and when the title has a
// corporate modifier ("chief operating officer"); a name the tagger
// missed leaves the description to no one else; a headline's verb run
// into a name is no part of it. A lower-case compound may own the post
// ("the port authority's spokesman"), a noun may qualify it ("a city
// auditor"), and a possessive pronoun may own it ("Its general
// secretary").
func TestRoleSetOffBeforeOrAfterTheName(t *testing.T) {
	posts := []domain.Post{{Text: "Actor Kevin Costner has invested in a machine.\n\n" +
		"The machines will work within 60 days, said Norvik's chief operating officer, Doug Sutter.\n\n" +
		"The company's finance chief, Anil Kapoor, said margins would recover.\n\n" +
		"The port authority's spokesman, Erik Dahlberg, declined to comment. A city auditor, Priya Nandakumar, found the errors.\n\n" +
		"The union met on Monday. Its general secretary, Mary Okafor, said the strike would go on.\n\n" +
		"Harbour Union President Criticizes Obama's Economic Policies"}}
	ms := mustTagger(t).Annotate(posts)
	posts[0].Mentions = ms[0]
	roles := make(map[string][]string)
	for _, e := range Entities(posts) {
		if e.Type == domain.PER {
			for _, r := range e.Roles {
				roles[e.Name] = append(roles[e.Name], r.Title)
			}
			if _, ok := roles[e.Name]; !ok {
				roles[e.Name] = nil
			}
		}
	}
	want := map[string]string{"Doug Sutter": "Norvik's chief operating officer", "Anil Kapoor": "finance chief", "Kevin Costner": "", "Obama": "",
		"Erik Dahlberg": "spokesman", "Priya Nandakumar": "auditor", "Mary Okafor": "general secretary"}
	for name, role := range want {
		got, ok := roles[name]
		if !ok {
			t.Errorf("no person %q in %v", name, roles)
			continue
		}
		if role == "" && len(got) > 0 || role != "" && !slices.Contains(got, role) {
			t.Errorf("%s: roles %q, want %q", name, got, role)
		}
	}
}

// TestCouncilTitles: a council member's title before the name is a
// title, not part of the name ("Councilwoman Rosa Delgado" is Rosa
// Delgado, titled Councilwoman).
func TestCouncilTitles(t *testing.T) {
	posts := []domain.Post{{Text: "The council met on Tuesday.\n\nCouncilwoman Rosa Delgado, who led the opposition, said taxpayers should not pay for \"a playground for billionaires.\""}}
	posts[0].Mentions = mustTagger(t).Annotate(posts)[0]
	for _, e := range Entities(posts) {
		if e.Type != domain.PER {
			continue
		}
		if e.Name != "Rosa Delgado" || len(e.Roles) == 0 || e.Roles[0].Title != "Councilwoman" {
			t.Errorf("person %q roles %+v, want Rosa Delgado titled Councilwoman", e.Name, e.Roles)
		}
	}
}

// TestPersonByPostWithoutArticle: a name the tagger read as a place or a
// body, set before a post with no article ("head of …", "BP's senior
// vice-president"), is a person's; one before a description with an
// article ("a leader in …") stays what the tagger read.
func TestPersonByPostWithoutArticle(t *testing.T) {
	for _, c := range []struct {
		text string
		tag  string
		want string
	}{
		{"Big firms are pulling together , according to Kent Wells , head of the communications effort .", "LOC", "PER"},
		{"Kent Wells, HBC's senior vice-president, said it would work.", "LOC", "PER"},
		{"Kent Wells , a leader in wealth management , said it would work .", "ORG", "ORG"},
	} {
		at := slices.Index(strings.Fields(c.text), "Kent")
		var got []string
		tags := map[int]string{at: "B-" + c.tag, at + 1: "I-" + c.tag}
		if o := slices.Index(strings.Fields(c.text), "HBC"); o >= 0 {
			tags[o] = "B-ORG"
		}
		for _, m := range tagged(c.text, tags, nil) {
			if m.Name == "Kent Wells" {
				got = append(got, string(m.Type))
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: Kent Wells typed %q, want %s", c.text, got, c.want)
		}
	}
}

// TestDatelinePlace: a town in capitals opening the text before a dash
// is a place, whatever the tagger read; a byline's name in capitals is
// no town.
func TestDatelinePlace(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
		n                int
	}{
		{"KIRKWALL - Hundreds of islanders were stranded on Friday .", "KIRKWALL", "LOC", 1},
		{"EDGAR HALLORAN - Hundreds of islanders were stranded on Friday .", "EDGAR HALLORAN", "ORG", 2},
	} {
		tags := map[int]string{0: "B-ORG"}
		if c.n == 2 {
			tags[1] = "I-ORG"
		}
		var got []string
		for _, m := range tagged(c.text, tags, nil) {
			if m.Name == c.name {
				got = append(got, string(m.Type))
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: %s typed %q, want %s", c.text, c.name, got, c.want)
		}
	}
}

// TestOccupationOpeningASentence: an occupation capitalised as the
// sentence's first word before a full name is no part of the name
// ("Farmer Owen Pryce, 58, watched" is Owen Pryce).
func TestOccupationOpeningASentence(t *testing.T) {
	posts := []domain.Post{{Text: "The fire spread overnight.\n\nFarmer Owen Pryce, 58, watched from the road as flames reached his barn."}}
	posts[0].Mentions = mustTagger(t).Annotate(posts)[0]
	var people []string
	for _, e := range Entities(posts) {
		if e.Type == domain.PER {
			people = append(people, e.Name)
		}
	}
	if !slices.Equal(people, []string{"Owen Pryce"}) {
		t.Errorf("people %q, want [Owen Pryce]", people)
	}
}
