package entity

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Johnson's call", "Johnson|'s|call"},
		{"Syria\u2019s second city", "Syria|\u2019s|second|city"},
		{"the terrorists' friend", "the|terrorists|'|friend"},
		{"Don't go", "Do|n't|go"},
		{"I'm sure we've", "I|'m|sure|we|'ve"},
		{"U.S. Secretary of State", "U.S.|Secretary|of|State"},
		{"Mr. Kerry and Mr Lavrov", "Mr.|Kerry|and|Mr|Lavrov"},
		{"John F. Kennedy", "John|F.|Kennedy"},
		{"Bashar al-Assad, Shi'ite, O'Brien", "Bashar|al-Assad|,|Shi'ite|,|O'Brien"},
		{"78,000 civilians, 2.5% and 1,2", "78,000|civilians|,|2.5|%|and|1,2"},
		{"AT&T", "AT&T"},
		{"state,John Kerry", "state|,|John|Kerry"},
		{"\u201cbombed into smithereens\u201d", "\u201c|bombed|into|smithereens|\u201d"},
		{"Kerry: Paris", "Kerry|:|Paris"},
		{"wait... what--now", "wait|...|what|--|now"},
		{"\u2013 John Kerry, US Secretary of State", "\u2013|John|Kerry|,|US|Secretary|of|State"},
		{"see https://example.org/a-b?c=1, then", "see|https://example.org/a-b?c=1|,|then"},
		{"end.", "end|."},
		{"(ICC) procedures", "(|ICC|)|procedures"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("Tokenize(%q): token %q has offsets %d-%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

func TestSentenceBounds(t *testing.T) {
	text := `He said: "It is over." Then he left. Mr. Smith stayed in the U.S. for now.` + "\n\nA new paragraph"
	toks := Tokenize(text)
	var got []string
	for _, b := range sentenceBounds(text, toks) {
		got = append(got, text[toks[b[0]].Start:toks[b[1]-1].End])
	}
	want := []string{`He said: "It is over."`, `Then he left.`, `Mr. Smith stayed in the U.S. for now.`, `A new paragraph`}
	if !slices.Equal(got, want) {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// TestMentions checks how titles, honorifics, appositions and role-only
// mentions become mentions, on invented sentences.
func TestMentions(t *testing.T) {
	tests := []struct {
		name  string
		posts []domain.Post
		want  []string // "text => name [role]" of the PER mentions, in order
	}{
		{"prenominal title and surname",
			[]domain.Post{{Text: "Home Secretary Margaret Ellison visited Hull. Ms Ellison said the port would reopen. Ellison left later."}},
			[]string{"Home Secretary Margaret Ellison => Margaret Ellison [Home Secretary]", "Ms Ellison => Margaret Ellison", "Ellison => Margaret Ellison"}},
		{"apposition after the name",
			[]domain.Post{{Text: "David Okafor, the MP for Hull West and Hessle, criticised the plan."}},
			[]string{"David Okafor, the MP for Hull West and Hessle => David Okafor [MP for Hull West and Hessle]"}},
		{"apposition before the name",
			[]domain.Post{{Text: "The plan was backed by Paul Rees and the French interior minister, Claire Duval, on Friday."}},
			[]string{"Paul Rees => Paul Rees", "the French interior minister, Claire Duval => Claire Duval [French interior minister]"}},
		{"possessive country in the title",
			[]domain.Post{{Text: "Nigeria's Foreign Minister Tunde Adebayo arrived in Geneva."}},
			[]string{"Nigeria's Foreign Minister Tunde Adebayo => Tunde Adebayo [Nigeria's Foreign Minister]"}},
		{"honorific Sheikh is not part of the name",
			[]domain.Post{{Text: "Qatari Trade Minister Sheikh Khalid bin Hamad Al Nuaimi spoke first."}},
			[]string{"Qatari Trade Minister Sheikh Khalid bin Hamad Al Nuaimi => Khalid bin Hamad Al Nuaimi [Qatari Trade Minister]"}},
		{"a name the tagger may not know is a person's when a post in something follows it",
			[]domain.Post{{Text: "Protesters gathered in the square on Friday. Temur Ashkali, head of the pan-Arab Coastal Union party, said the vote was rigged."}},
			[]string{"Temur Ashkali => Temur Ashkali"}},
		{"or a member of something",
			[]domain.Post{{Text: "The session ended early on Monday. Tavish Oundro, an independent member of the assembly and an expert on its rules, said the vote was void."}},
			[]string{"Tavish Oundro => Tavish Oundro"}},
		{"post-nominal MP",
			[]domain.Post{{Text: "Peter Lang MP spoke in the Commons."}},
			[]string{"Peter Lang MP => Peter Lang [MP]"}},
		{"role-only subject links to the person of the post",
			[]domain.Post{{Text: "Former cabinet minister Peter Lang backed the review. The former Bristol mayor said it was overdue."}},
			[]string{"Former cabinet minister Peter Lang => Peter Lang [Former cabinet minister]", "The former Bristol mayor => Peter Lang [former Bristol mayor]"}},
		{"matching title wins over the latest person",
			[]domain.Post{{Text: "Foreign Secretary Anna Berg met Mark Ward in Oslo. Mr Ward left early. The foreign secretary said talks went well."}},
			[]string{"Foreign Secretary Anna Berg => Anna Berg [Foreign Secretary]", "Mark Ward => Mark Ward", "Mr Ward => Mark Ward", "The foreign secretary => Anna Berg [foreign secretary]"}},
		{"indefinite role links forward to a matching title; a headline gives no role",
			[]domain.Post{{Headline: "MP: regulator failed", Text: "The regulator failed, an MP has said. David Okafor, MP for Hull West, told the Commons it was a disgrace."}},
			[]string{"MP => David Okafor", "an MP => David Okafor [MP]", "David Okafor, MP for Hull West => David Okafor [MP for Hull West]"}},
		{"unlinkable role-only mention is dropped",
			[]domain.Post{{Text: "The minister said nothing. A spokesman declined to comment."}},
			nil},
		{"title-case headline",
			[]domain.Post{{Headline: "Margaret Ellison Backs Review Of Northern Port Closures", Text: "Home Secretary Margaret Ellison said the closures were avoidable."}},
			[]string{"Margaret Ellison => Margaret Ellison", "Home Secretary Margaret Ellison => Margaret Ellison [Home Secretary]"}},
		{"a gendered honorific joins the person of that gender",
			[]domain.Post{{Text: "Paul Vance opened the bakery in 1990. His wife, Ruth Vance, runs it now. Mrs. Vance said sales were up. Mr. Vance declined to comment."}},
			[]string{"Paul Vance => Paul Vance", "Ruth Vance => Ruth Vance", "Mrs. Vance => Ruth Vance", "Mr. Vance => Paul Vance"}},
		{"father and son stay apart",
			[]domain.Post{{Text: "George Hale Jr. took over the mill from his father, George Hale, in May."}},
			[]string{"George Hale Jr. => George Hale Jr.", "George Hale => George Hale"}},
		{"a surname is the first person introduced with it, not a relative named later",
			[]domain.Post{{Text: "Dan Kessler endorsed the levy on Monday. His daughter, Maya Kessler, works for the council. Kessler said he was proud of her."}},
			[]string{"Dan Kessler => Dan Kessler", "Maya Kessler => Maya Kessler", "Kessler => Dan Kessler"}},
		{"a surname nobody named in full can bear is someone else",
			[]domain.Post{{Text: "Nancy Brandt hosted the dinner. President Brandt arrived late. Mr. Brandt thanked the staff, and Brandt left at ten."}},
			[]string{"Nancy Brandt => Nancy Brandt", "President Brandt => Brandt [President]", "Mr. Brandt => Brandt", "Brandt => Brandt"}},
		{"a namesake introduced as a subject takes the surname for a while",
			[]domain.Post{{Text: "Libertarian candidate Hal Ostrow was praised by his doctor.\n\nIn other news, the storm moved east.\n\nTransport Secretary Vera Ostrow says trains will run. Ostrow tells reporters that repairs are done."}},
			[]string{"Libertarian candidate Hal Ostrow => Hal Ostrow [Libertarian candidate]", "Transport Secretary Vera Ostrow => Vera Ostrow [Transport Secretary]", "Ostrow => Vera Ostrow"}},
		{"a short name ending a longer one",
			[]domain.Post{{Text: "Daw Khin Mya Thet spoke in Yangon. Later Mya Thet met students."}},
			[]string{"Daw Khin Mya Thet => Daw Khin Mya Thet", "Mya Thet => Daw Khin Mya Thet"}},
		{"a description is not the person its sentence names after it",
			[]domain.Post{{Text: "Ann Reyes sued the county over the permit. The judge agreed with Ann Reyes that the permit was void."}},
			[]string{"Ann Reyes => Ann Reyes", "Ann Reyes => Ann Reyes"}},
		{"a description of another party is not the person",
			[]domain.Post{{Text: "Republican nominee Carl Dunmore spoke in Ohio. The Democratic nominee said he was wrong."}},
			[]string{"Republican nominee Carl Dunmore => Carl Dunmore [Republican nominee]"}},
		{"a description is no one when two people precede it in its sentence",
			[]domain.Post{{Text: "Carl Dunmore offered advice to Ann Reyes on Friday, as the nominee tries to win back voters."}},
			[]string{"Carl Dunmore => Carl Dunmore", "Ann Reyes => Ann Reyes"}},
		{"a possessive description is someone else",
			[]domain.Post{{Text: "Maya Kessler, the Republican nominee's eldest daughter, spoke first."}},
			[]string{"Maya Kessler => Maya Kessler"}},
		{"an editor's note names no one",
			[]domain.Post{{Text: "Editor's note: Carl Dunmore wrote to us after the debate."}},
			[]string{"Carl Dunmore => Carl Dunmore"}},
		{"surname before the full name in a headline",
			[]domain.Post{{Headline: "Thornhill: no deal yet", Text: "Shadow Trade Secretary Emma Thornhill said talks had stalled."}},
			[]string{"Thornhill => Emma Thornhill", "Shadow Trade Secretary Emma Thornhill => Emma Thornhill [Shadow Trade Secretary]"}},
		{"a word glued to the front of a name in a title line is not the person's",
			[]domain.Post{{Text: "Hold Maya Kessler to her promises.\n\nDan Kessler and Maya Kessler spoke. Kessler agreed."}},
			[]string{"Maya Kessler => Maya Kessler", "Dan Kessler => Dan Kessler", "Maya Kessler => Maya Kessler", "Kessler => Dan Kessler"}},
		{"a first sentence that is no title line keeps its names",
			[]domain.Post{{Text: "Daw Khin Mya Thet spoke in Yangon. Later Mya Thet met students."}},
			[]string{"Daw Khin Mya Thet => Daw Khin Mya Thet", "Mya Thet => Daw Khin Mya Thet"}},
		{"a title the tagger took into the name, with its place",
			[]domain.Post{{Text: "Officials met on Friday. Harriet Mayor Ann Reyes said the curfew would end."}},
			[]string{"Mayor Ann Reyes => Ann Reyes [Mayor]"}},
		{"a nickname in quotation marks is not the subject of the next sentence",
			[]domain.Post{{Text: "In Toledo, Ann Reyes praised the striker nicknamed \u201cKing Carl\u201d for his charity work. The Democratic nominee said children deserve a chance."}},
			[]string{"Ann Reyes => Ann Reyes", "King Carl => Carl [King]", "The Democratic nominee => Ann Reyes [Democratic nominee]"}},
		// issue 12: roles go to the person they are said of
		{"a description in apposition before a name is that name's",
			[]domain.Post{{Text: "Mr. Tobin Marsh praised the town. After the Republican mayor of Glenford, Arlo Pim, was elected, a party was held."}},
			[]string{"Mr. Tobin Marsh => Tobin Marsh", "the Republican mayor of Glenford, Arlo Pim => Arlo Pim [Republican mayor of Glenford]"}},
		{"a possessive description in apposition is the name's, never the possessor's",
			[]domain.Post{{Text: "Sen. Nina Ortel spoke in Dover. Ortel's campaign manager, Mark Pratt, said the race was close."}},
			[]string{"Sen. Nina Ortel => Nina Ortel [Sen.]", "Ortel => Nina Ortel", "Ortel's campaign manager => Mark Pratt [Ortel's campaign manager]", "Mark Pratt => Mark Pratt"}},
		{"a name with a possessive description after it",
			[]domain.Post{{Text: "Sen. Nina Ortel spoke in Dover. Mark Pratt, Ortel's campaign manager, said the race was close."}},
			[]string{"Sen. Nina Ortel => Nina Ortel [Sen.]", "Mark Pratt => Mark Pratt", "Ortel => Nina Ortel", "Ortel's campaign manager => Mark Pratt [Ortel's campaign manager]"}},
		{"a predicate with a possessor is the subject's",
			[]domain.Post{{Text: "Nina Ortel, who served as Mr. Voss's secretary of state, spoke first."}},
			[]string{"Nina Ortel => Nina Ortel", "Mr. Voss => Voss", "Mr. Voss's secretary of state => Nina Ortel [Mr. Voss's secretary of state]"}},
		{"a person's possessive is no prefix of a name",
			[]domain.Post{{Text: "Gov. Nina Ortel met voters. Ortel's aide Mark Pratt drove."}},
			[]string{"Gov. Nina Ortel => Nina Ortel [Gov.]", "Ortel => Nina Ortel", "aide Mark Pratt => Mark Pratt [aide]"}},
		{"a predicate ends before another person's name",
			[]domain.Post{{Text: "Mark Olsen served as finance chairman for former Ohio governor Ann Reyes's campaign."}},
			[]string{"Mark Olsen => Mark Olsen", "finance chairman => Mark Olsen [finance chairman]", "former Ohio governor Ann Reyes => Ann Reyes [former Ohio governor]"}},
		{"a predicate is said of a person of its own sentence",
			[]domain.Post{{Text: "Sen. Nina Ortel spoke in Dover. The speech pleased a man who served as finance director for the party."}},
			[]string{"Sen. Nina Ortel => Nina Ortel [Sen.]"}},
		{"a spokesman for a candidate gives the candidate no role of his",
			[]domain.Post{{Text: "A spokesman for Democratic presidential candidate Nina Ortel called the report false."}},
			[]string{"Democratic presidential candidate Nina Ortel => Nina Ortel [Democratic presidential candidate]"}},
		{"a title word used as a verb is no title",
			[]domain.Post{{Text: "Nina Ortel arrived. Asked whether he would counsel Ortel to run, Mr. Voss said no."}},
			[]string{"Nina Ortel => Nina Ortel", "Ortel => Nina Ortel", "Mr. Voss => Voss"}},
		{"a description after he-said is not the speaker",
			[]domain.Post{{Text: "Nina Ortel called the ruling unfair. She said she believed the Ohio-born judge was biased."}},
			[]string{"Nina Ortel => Nina Ortel"}},
		{"an aide is not the person named before",
			[]domain.Post{{Text: "Sen. Nina Ortel met the mayor on Monday. The aide declined to give details."}},
			[]string{"Sen. Nina Ortel => Nina Ortel [Sen.]"}},
		{"a campaign manager is not the senator",
			[]domain.Post{{Text: "Sen. Nina Ortel spoke first. \"We will win,\" added her campaign manager Mark Pratt, after the senator left."}},
			[]string{"Sen. Nina Ortel => Nina Ortel [Sen.]", "campaign manager Mark Pratt => Mark Pratt [campaign manager]", "the senator => Nina Ortel [senator]"}},
		{"a description after a copula is no mention",
			[]domain.Post{{Text: "Republican nominee Carl Dunmore spoke in Ohio. Voters expect that Ann Reyes will become the nominee."}},
			[]string{"Republican nominee Carl Dunmore => Carl Dunmore [Republican nominee]", "Ann Reyes => Ann Reyes"}},
		{"an indefinite after as is no one",
			[]domain.Post{{Text: "Carl Dunmore spoke. \"This is not what we need as a president,\" he said. President Carl Dunmore left."}},
			[]string{"Carl Dunmore => Carl Dunmore", "President Carl Dunmore => Carl Dunmore [President]"}},
		{"an indefinite after a preposition is no one",
			[]domain.Post{{Text: "Voters value honesty in a candidate, polls show. Candidate Carl Dunmore agreed."}},
			[]string{"Candidate Carl Dunmore => Carl Dunmore [Candidate]"}},
		{"a title goes to the relative who holds it, not to one holding another office",
			[]domain.Post{{Text: "Former President Paul Vance spoke at the dinner. Earlier, Secretary Vance said the talks would resume."}},
			[]string{"Former President Paul Vance => Paul Vance [Former President]", "Secretary Vance => Vance [Secretary]"}},
		{"the speaker of words reported about a person is not that person",
			[]domain.Post{{Text: "Senior members of the government spoke on Thursday. Vice President Omar Lund made important statements about a dialogue, the senior official said."}},
			[]string{"Vice President Omar Lund => Omar Lund [Vice President]"}},
		{"a description after an unnamed one of its kind is that one",
			[]domain.Post{{Text: "Ambassador Margo Lind met the minister. A senior administration official said the speech was disappointing. The official said the talks would go on."}},
			[]string{"Ambassador Margo Lind => Margo Lind [Ambassador]"}},
		{"a description does not go back to the subject of a clause reported before it",
			[]domain.Post{{Text: "Industry chief Omar Sahl spoke on Monday. On television Carl Dunmore says that if Omar Sahl had worked for him, he would have been fired. The president says the talks will go on."}},
			[]string{"Industry chief Omar Sahl => Omar Sahl [Industry chief]", "Carl Dunmore => Carl Dunmore", "Omar Sahl => Omar Sahl", "The president => Carl Dunmore [president]"}},
		{"a description after an unnamed one introduced by one is that one",
			[]domain.Post{{Text: "Some officers were angered by the decision of Commissioner Ann Reyes. One officer accused Mark Pratt of ignoring the advice. The officer said the plan had failed."}},
			[]string{"Commissioner Ann Reyes => Ann Reyes [Commissioner]", "Mark Pratt => Mark Pratt"}},
		{"an unnamed one described with an abbreviation is the one the description goes back to",
			[]domain.Post{{Text: "Director Leon Marsh spoke to Congress. A U.S. intelligence official tells reporters that Marsh was misquoted. The official said the reports were wrong."}},
			[]string{"Director Leon Marsh => Leon Marsh [Director]", "Marsh => Leon Marsh"}},
		{"a knight named by his given name keeps the title",
			[]domain.Post{{Text: "The report was published on Monday. Sir Rupert, a former envoy, argues that the war was a mistake."}},
			[]string{"Sir Rupert, a former envoy => Sir Rupert [former envoy]"}},
		{"a headline gives no role",
			[]domain.Post{{Headline: "Senator Ortel backs the levy", Text: "Nina Ortel spoke in Dover."}},
			[]string{"Senator Ortel => Nina Ortel", "Nina Ortel => Nina Ortel"}},
	}
	tg := mustTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ms := range tg.Annotate(tt.posts) {
				for _, m := range ms {
					if m.Type != domain.PER {
						continue
					}
					s := m.Text + " => " + m.Name
					if m.Role != "" {
						s += " [" + m.Role + "]"
					}
					got = append(got, s)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("PER mentions:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		a, b     string
		conflict bool
		match    bool
	}{
		{"US Secretary of State", "Secretary of State", false, true},
		{"US Secretary of State", "U.S. Secretary of State", false, true},
		{"America's top diplomat", "US diplomat", false, true},
		{"Cynon Valley MP", "MP for Uxbridge and South Ruislip", true, false},
		{"Tory MP", "MP", false, true},
		{"Foreign Secretary", "foreign secretary", false, true},
		{"Russian Foreign Minister", "US Foreign Minister", true, false},
		{"Shadow Foreign Secretary", "Foreign Secretary", false, true},
		{"Vice President", "President", true, false},
		{"vice presidential nominee", "nominee", false, true},
		{"Foreign Secretary", "Secretary of State", true, false},
		{"former London mayor", "Foreign Secretary", false, false},
		{"Republican nominee", "presidential nominee", false, true},
		{"Republican nominee", "Democratic presidential nominee", true, false},
		{"GOP nominee", "Republican nominee", false, true},
		{"Libertarian vice presidential candidate Gov.", "Oregon Gov.", false, true},
		{"Republican presidential candidate", "candidate for president", false, true},
		{"parliamentary candidate", "candidate for parliament", false, true},
		{"candidate for mayor", "presidential candidate", true, false},
		{"candidate for president", "presidential candidate", false, true},
		{"Fed chairman", "Federal Reserve Chairman", false, true},
		{"Fed chairman", "Senate Banking Committee chairman", true, false},
		{"state senator", "United States senator", true, false},
	}
	bodies := []struct {
		a, b  string
		other bool
	}{
		{"MP for Leeds", "Cynon Valley MP", true},
		{"NYC mayor", "mayor of New York City", false},
		{"F.B.I. director", "director of the Federal Bureau of Investigation", false},
		{"RNC spokesman", "Republican National Committee spokesman", false},
		{"Morehouse President", "president of Dartmouth College", true},
		{"Morehouse President", "former president of Dartmouth College", false},
		{"health secretary", "Defence Secretary", false},
		{"Vice President", "President", false},
		{"US ambassador", "British ambassador", true},
		{"communications director", "Communication Director", false},
		{"Health Secretary", "Defence Secretary", false},
		{"\u010cEZ director", "director of \u010cesk\u00e9 Energetick\u00e9 Z\u00e1vody", false},
		{"LA Times editor", "editor of the Boston Globe", true},
	}
	for _, tt := range bodies {
		if got := analyzeRole(tt.a).otherBody(analyzeRole(tt.b)); got != tt.other {
			t.Errorf("otherBody(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
	for _, tt := range tests {
		a, b := analyzeRole(tt.a), analyzeRole(tt.b)
		if got := a.conflict(b); got != tt.conflict {
			t.Errorf("conflict(%q, %q) = %v", tt.a, tt.b, got)
		}
		if got := a.matches(b); got != tt.match {
			t.Errorf("matches(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func TestKey(t *testing.T) {
	same := [][2]string{
		{"Sergei Lavrov", "Sergey Lavrov"},
		{"Bashar al-Assad", "Bashar Assad"},
		{"Jean-Marc Ayrault", "Jean Marc Ayrault"},
		{"Mohammed bin Salman", "Mohamed bin Salman"},
		{"Mr Kerry", "kerry"},
	}
	for _, p := range same {
		if Key(domain.PER, p[0]) != Key(domain.PER, p[1]) {
			t.Errorf("Key(%q) = %q != Key(%q) = %q", p[0], Key(domain.PER, p[0]), p[1], Key(domain.PER, p[1]))
		}
	}
	if Key(domain.PER, "Mark Smith") == Key(domain.PER, "Mary Smith") {
		t.Error("Mark Smith and Mary Smith share a key")
	}
	if Key(domain.LOC, "the U.S.") != Key(domain.LOC, "US") {
		t.Error("U.S. and US differ")
	}
}

// TestEntitiesMerge checks the merge rules across documents.
func TestEntitiesMerge(t *testing.T) {
	per := func(text, name, role string) domain.Mention {
		return domain.Mention{Text: text, Type: domain.PER, Name: name, Role: role}
	}
	posts := []domain.Post{
		{DocID: "a", Mentions: []domain.Mention{per("Foreign Secretary Anna Berg", "Anna Berg", "Foreign Secretary"), per("Obama", "Obama", "")}},
		{DocID: "b", Mentions: []domain.Mention{per("Anna Berg", "Anna Berg", ""), per("Barack Obama", "Barack Obama", "")}},
		{DocID: "c", Mentions: []domain.Mention{per("John Smith, MP for Leeds", "John Smith", "MP for Leeds")}},
		{DocID: "d", Mentions: []domain.Mention{per("John Smith, MP for York", "John Smith", "MP for York")}},
	}
	ents := Entities(posts)
	names := map[string]int{}
	for _, e := range ents {
		names[e.Name]++
	}
	if names["Anna Berg"] != 1 || names["Barack Obama"] != 1 || names["Obama"] != 0 {
		t.Errorf("want one Anna Berg and one Barack Obama (with Obama merged in), got %v", names)
	}
	if names["John Smith"] != 2 {
		t.Errorf("want two John Smiths (MP for Leeds, MP for York), got %d", names["John Smith"])
	}
	ids := map[string]bool{}
	for _, e := range ents {
		if ids[e.ID] {
			t.Errorf("duplicate ID %s", e.ID)
		}
		ids[e.ID] = true
	}
}

// TestSurnameOwner: a surname-only person joins the one person named in
// full elsewhere whom nothing rules out.
func TestSurnameOwner(t *testing.T) {
	// the mentions of a document, all of the person its first form names
	per := func(doc string, forms ...string) domain.Post {
		p := domain.Post{DocID: doc}
		for _, f := range forms {
			p.Mentions = append(p.Mentions, domain.Mention{Text: f, Type: domain.PER, Name: forms[0]})
		}
		return p
	}
	tests := []struct {
		name  string
		posts []domain.Post
		want  string // the entity that holds the surname-only document's mentions
	}{
		{"one person of the surname",
			[]domain.Post{per("a", "Tobias Lund"), per("b", "Lund")}, "Tobias Lund"},
		{"two people of the surname: no one",
			[]domain.Post{per("a", "Tobias Lund"), per("b", "Inger Lund"), per("c", "Lund")}, "Lund"},
		{"the honorific tells the gender",
			[]domain.Post{per("a", "Tobias Lund"), per("b", "Ruth Lund"), per("c", "Lund", "Mr. Lund")}, "Tobias Lund"},
		{"a given name of unknown gender is not ruled out",
			[]domain.Post{per("a", "Zoltar Lund"), per("b", "Ruth Lund"), per("c", "Lund", "Mr. Lund")}, "Zoltar Lund"},
		{"the one called by the surname alone elsewhere",
			[]domain.Post{per("a", "Zoltar Lund", "Lund"), per("b", "Ruth Lund"), per("c", "Lund")}, "Zoltar Lund"},
		{"honorifics that disagree tell nothing",
			[]domain.Post{per("a", "Tobias Lund"), per("b", "Ruth Lund"), per("c", "Lund", "Mr. Lund", "Mrs. Lund")}, "Lund"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Merge(nil, tt.posts)
			last := tt.posts[len(tt.posts)-1]
			id := m.Of(last.DocID, last.Mentions[0])
			found := false
			for _, e := range m.Entities {
				if e.ID == id {
					found = true
					if e.Name != tt.want {
						t.Errorf("%q went to %q, want %q", last.Mentions[0].Text, e.Name, tt.want)
					}
				}
			}
			if !found {
				t.Errorf("%q is in no entity (ID %q), want %q", last.Mentions[0].Text, id, tt.want)
			}
		})
	}
	// a surname more people bear than SurnamePeople is no one's
	var posts []domain.Post
	for i := 0; i <= SurnamePeople; i++ {
		posts = append(posts, per(fmt.Sprint(i), fmt.Sprintf("Zoltar%d Lund", i)))
	}
	posts = append(posts, per("x", "Lund", "Mr. Lund"))
	for _, e := range Entities(posts) {
		if strings.HasPrefix(e.Name, "Zoltar") && e.Mentions != 1 {
			t.Errorf("%s took the surname of a crowd", e.Name)
		}
	}
}

// TestMerge checks that adding posts to existing entities equals
// aggregating everything at once.
func TestMerge(t *testing.T) {
	posts := examplePosts(t)
	ms := mustTagger(t).Annotate(posts)
	for i := range posts {
		posts[i].Mentions = ms[i]
	}
	all := Entities(posts)
	step := Merge(Entities(posts[:2]), posts[2:]).Entities
	if len(step) != len(all) {
		t.Fatalf("%d entities merged step by step, %d at once", len(step), len(all))
	}
	byID := make(map[string]domain.Entity)
	for _, e := range all {
		byID[e.ID] = e
	}
	for _, e := range step {
		w, ok := byID[e.ID]
		if !ok || w.Name != e.Name || w.Mentions != e.Mentions || len(w.Roles) != len(e.Roles) {
			t.Errorf("step by step %+v, at once %+v", e, w)
		}
	}
	// entities the new posts do not touch come back as they were
	again := Merge(step, []domain.Post{{DocID: "other", Mentions: []domain.Mention{{Text: "Oslo", Type: domain.LOC, Name: "Oslo"}}}}).Entities
	if len(again) != len(step)+1 {
		t.Fatalf("%d entities after adding one, want %d", len(again), len(step)+1)
	}
	for _, e := range step {
		found := false
		for _, g := range again {
			if g.ID == e.ID {
				found = reflect.DeepEqual(g, e)
			}
		}
		if !found {
			t.Errorf("untouched entity %s changed", e.ID)
		}
	}
}

// TestMergeLinks: Merge says which entity each mention went to, and
// which entity a prior one disappeared into.
func TestMergeLinks(t *testing.T) {
	obama := domain.Mention{Text: "Obama", Type: domain.PER, Name: "Obama"}
	first := Merge(nil, []domain.Post{{DocID: "d1", Mentions: []domain.Mention{obama}}})
	surname := first.Of("d1", obama)
	if len(first.Entities) != 1 || surname == "" || surname != first.Entities[0].ID {
		t.Fatalf("first merge: %+v, Of = %q", first.Entities, surname)
	}
	full := domain.Mention{Text: "Barack Obama", Type: domain.PER, Name: "Barack Obama"}
	oslo := domain.Mention{Text: "Oslo", Type: domain.LOC, Name: "Oslo"}
	second := Merge(first.Entities, []domain.Post{{DocID: "d2", Mentions: []domain.Mention{full, oslo}}})
	if len(second.Entities) != 2 {
		t.Fatalf("second merge: %+v, want Barack Obama (with the surname-only entity) and Oslo", second.Entities)
	}
	into := second.Into[surname]
	if into == "" || into != second.Of("d2", full) || second.Of("d2", oslo) == "" || second.Of("d2", oslo) == into {
		t.Errorf("Into[%s] = %q, Of(full) = %q, Of(Oslo) = %q", surname, into, second.Of("d2", full), second.Of("d2", oslo))
	}
	if got := second.Of("d1", full); got != "" {
		t.Errorf("a mention of another document: %q, want none", got)
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"US Secretary of State John Kerry said: \"No.\"",
		"the US secretary of state,John Kerry <https://x.y/z>, has said",
		"MP: Putin 'sticking two fingers up'",
		"Don't \u2019s '' ' \u2013 \u2026 U.S. F. 78,000",
		"The MP for Uxbridge and South Ruislip added",
		"\xff\xfe invalid utf8 Mr",
		"a, the, of, Mr, Sheikh, ,,,",
		"Mr. De La said the plan was fine. De La left.",                      // a name of particles only: an empty key
		"Residents held a long meeting in Cairo's Manshiet Nasser official.", // once an endless loop
		"Officials said that he would coach",                                 // a role head read as a verb, ending the text: once out of range
	} {
		f.Add(s)
	}
	tg := mustTagger(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, tk := range Tokenize(s) {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
		}
		posts := []domain.Post{{Headline: s, Caption: s, Text: s + "\n\n" + s}}
		for _, ms := range tg.Annotate(posts) {
			for _, m := range ms {
				field := posts[0].Text
				switch m.Field {
				case domain.FieldHeadline:
					field = posts[0].Headline
				case domain.FieldCaption:
					field = posts[0].Caption
				}
				if m.Start < 0 || m.End > len(field) || m.Start >= m.End || field[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v outside its field %q", m, field)
				}
				if m.Name == "" {
					t.Fatalf("mention without name: %+v", m)
				}
			}
		}
	})
}

func TestAddRoleOnce(t *testing.T) {
	p := &person{}
	for _, title := range []string{"foreign minister", "Foreign Minister", "foreign minister", "former foreign minister", "US foreign minister", "prime minister"} {
		p.addRole(analyzeRole(title))
	}
	if len(p.roles) != 5 { // capitals make a title of its own: they can match a name
		t.Errorf("%d roles, want 5 (a title held already adds nothing): %+v", len(p.roles), p.roles)
	}
}

// TestNameVariants checks that the forms of one name in different
// documents make one entity, and a son's name another.
func TestNameVariants(t *testing.T) {
	tg := mustTagger(t)
	docs := []string{
		"Sen. Tom Reed of Ohio voted against the bill on Tuesday.",
		"Thomas Reed said the bill would raise costs for farmers.",
		"The amendment was drafted by Tom J. Reed and two aides.",
		"Walter Drake Jr. opened a second store in Dayton.",
		"Walter Drake, who founded the chain, retired in 2001.",
	}
	var posts []domain.Post
	for i, d := range docs {
		p := domain.Post{DocID: string(rune('a' + i)), Text: d}
		p.Mentions = tg.Annotate([]domain.Post{p})[0]
		posts = append(posts, p)
	}
	people := map[string]int{}
	for _, e := range Entities(posts) {
		if e.Type == domain.PER {
			people[e.Name]++
		}
	}
	if len(people) != 3 || people["Walter Drake Jr."] != 1 || people["Walter Drake"] != 1 {
		t.Errorf("want Tom Reed's three forms as one person, and Walter Drake apart from his son; got %v", people)
	}
}

// TestNotPeople: a name the tagger takes for a person's keeps the type
// PER only when the document shows a person.
func TestNotPeople(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // the type of the named mentions of want's name
		of   string
	}{
		{"a firm's name with nothing of a person", "Earlier this month, Brannock Vellis was fined $185 million.", "ORG", "Brannock Vellis"},
		{"a group's name", "Insurgents affiliated with Zal Morrow attacked the base.", "ORG", "Zal Morrow"},
		{"a nickname", "Hackers known as Velvet Lynx broke into the servers.", "ORG", "Velvet Lynx"},
		{"a person shown by an honorific", "Brannock Vellis was charged twice. Mr. Vellis apologised on Tuesday.", "PER", "Brannock Vellis"},
		{"a person shown by a job", "Senior forecaster Zorya Hallet said the rain would ease.", "PER", "Zorya Hallet"},
		{"a person shown by a pronoun", "Zorya Hallet said she would not resign.", "PER", "Zorya Hallet"},
		{"a person shown by a relative", "Dan Kessler spoke first. His daughter, Zorya Kessler, works for the council.", "PER", "Zorya Kessler"},
		{"a person who speaks, then \"she said\" after a quotation", "Sela Varga said the work would \"tear the heart out of the bay.\"\n\n\"We were never asked,\" she said.", "PER", "Sela Varga"},
		{"a person who speaks after a quotation, then \"she said\"", "\"The bay is dying,\" said Sela Varga. \"We were never asked,\" she said.", "PER", "Sela Varga"},
		{"the outlet a reporter works for is no one who speaks", "A reporter for Brannock Vellis called it \"chaos.\" \"We saw people running,\" he said.", "ORG", "Brannock Vellis"},
		{"a person shown by an occupation set off after the name", "Sela Varga, 44, a retired nurse from Larose, spoke first.", "PER", "Sela Varga"},
		{"a person shown by an age set off after the name", "Dev Varga, 34, has worked at the port for eleven years.", "PER", "Dev Varga"},
		{"a known given name is enough", "Earlier this month, Thomas Vellis was fined $185 million.", "PER", "Thomas Vellis"},
		{"a one-word name the document also makes a place", "Officials in Harriet urged calm. Harriet remains under a curfew.", "LOC", "Harriet"},
	}
	tg := mustTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range tg.Annotate([]domain.Post{{Text: tt.text}})[0] {
				if m.Name == tt.of {
					got = append(got, string(m.Type))
				}
			}
			if len(got) == 0 {
				t.Fatalf("no mention of %s", tt.of)
			}
			for _, g := range got {
				if g != tt.want {
					t.Errorf("%s typed %v, want %s", tt.of, got, tt.want)
					break
				}
			}
		})
	}
}

// TestGivenNameOfBothSexes: a given name of both sexes ("Kim") does not
// keep its bearer from a later "Mrs." of the same surname; a man's does.
func TestGivenNameOfBothSexes(t *testing.T) {
	per := func(text, name string) domain.Mention {
		return domain.Mention{Text: text, Type: domain.PER, Name: name}
	}
	for _, tt := range []struct {
		full string
		want int // entities
	}{
		{"Kim Varnow", 1},
		{"Jordan Varnow", 1},
		{"Terry Varnow", 1},
		{"Paul Varnow", 2},
	} {
		posts := []domain.Post{{DocID: "a", Mentions: []domain.Mention{per(tt.full, tt.full), per("Mrs. Varnow", "Varnow")}}}
		if got := len(Entities(posts)); got != tt.want {
			t.Errorf("%s, then Mrs. Varnow: %d entities, want %d", tt.full, got, tt.want)
		}
	}
}

// TestSurnameAloneAcrossDocuments: the archive's entity known by a
// surname alone is not moved whole into the one person of that surname a
// new document names when the archive knows several; a document's
// "President Obama" goes to the person reported as president, not to a
// relative of that surname reported in no office.
func TestSurnameAloneAcrossDocuments(t *testing.T) {
	person := func(name string, mentions int, roles ...string) domain.Entity {
		e := domain.Entity{ID: "p-" + name, Name: name, Type: domain.PER, Key: Key(domain.PER, name), Aliases: []string{name}, Mentions: mentions}
		for _, r := range roles {
			e.Roles = append(e.Roles, domain.Role{Title: r, Date: "2016-01-02"})
		}
		return e
	}
	archive := []domain.Entity{person("Obama", 50, "President"), person("Barack Obama", 80, "President"), person("Michelle Obama", 9)}
	michelle := domain.Mention{Text: "Michelle Obama", Type: domain.PER, Name: "Michelle Obama"}
	m := Merge(archive, []domain.Post{{DocID: "d1", Mentions: []domain.Mention{michelle}}})
	if into, ok := m.Into[archive[0].ID]; ok {
		t.Errorf("the archive's Obama merged into %s by a document naming only Michelle Obama", into)
	}
	president := domain.Mention{Text: "President Obama", Type: domain.PER, Name: "Obama", Role: "President"}
	m = Merge(archive[1:], []domain.Post{{DocID: "d2", Mentions: []domain.Mention{president, michelle}}})
	if got := m.Of("d2", president); got != archive[1].ID {
		t.Errorf("President Obama went to %q, want Barack Obama %q", got, archive[1].ID)
	}
	// a title the archive gave Barack Obama once is no evidence: the
	// archive's surname-only Obama keeps the document's
	m = Merge(archive, []domain.Post{{DocID: "d3", Mentions: []domain.Mention{president}}})
	if got := m.Of("d3", president); got != archive[0].ID {
		t.Errorf("President Obama went to %q, want the archive's Obama %q", got, archive[0].ID)
	}
	// reported as president on three dates, he is the one the title
	// tells, whatever the archive's surname-only Obama holds; an untitled
	// "Obama" still joins that one
	archive[1].Roles = append(archive[1].Roles, domain.Role{Title: "U.S. president", Date: "2016-03-04"}, domain.Role{Title: "President", Date: "2016-05-06"})
	untitled := domain.Mention{Text: "Obama", Type: domain.PER, Name: "Obama"}
	m = Merge(archive, []domain.Post{{DocID: "d4", Mentions: []domain.Mention{president}}, {DocID: "d5", Mentions: []domain.Mention{untitled}}})
	if got := m.Of("d4", president); got != archive[1].ID {
		t.Errorf("President Obama went to %q, want Barack Obama %q", got, archive[1].ID)
	}
	if got := m.Of("d5", untitled); got != archive[0].ID {
		t.Errorf("an untitled Obama went to %q, want the archive's Obama %q", got, archive[0].ID)
	}
}

// TestOfficeByDate: a surname with an office title goes to the person of
// that surname the archive reports in the office near the document's
// date, when two held it ("President Bush" of 2005 is the son).
func TestOfficeByDate(t *testing.T) {
	person := func(name string, dates ...string) domain.Entity {
		e := domain.Entity{ID: "p-" + name, Name: name, Type: domain.PER, Key: Key(domain.PER, name), Aliases: []string{name}, Mentions: 9}
		for _, d := range dates {
			e.Roles = append(e.Roles, domain.Role{Title: "President", Date: d})
		}
		return e
	}
	// (a stored title keeps its first and last dates only: spanRoles)
	archive := []domain.Entity{person("Bush", "1990-01-02", "2005-01-02"), person("George H.W. Bush", "1989-01-20", "1993-01-19"),
		person("George W. Bush", "2001-01-20", "2009-01-19")}
	archive[1].Roles = append(archive[1].Roles, domain.Role{Title: "Vice President", Date: "1985-01-02"})
	archive[2].Roles = append(archive[2].Roles, domain.Role{Title: "Gov.", Date: "1998-01-02"})
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	president := domain.Mention{Text: "President Bush", Type: domain.PER, Name: "Bush", Role: "President"}
	for _, c := range []struct{ date, want string }{
		{"2005-09-01", "p-George W. Bush"},
		{"1991-09-01", "p-George H.W. Bush"},
		{"1997-09-01", "p-Bush"}, // neither in office near then: the archive's surname-only Bush
		{"2007-09-01", "p-George W. Bush"},
	} {
		m := Merge(archive, []domain.Post{{DocID: "d", Published: day(c.date), Mentions: []domain.Mention{president}}})
		if got := m.Of("d", president); got != c.want {
			t.Errorf("President Bush of %s went to %q, want %q", c.date, got, c.want)
		}
	}
}

// TestOfficeAcrossDocuments: a document's surname with an office title
// goes to the archive's person of that surname only if nothing reported
// them in another office at the time ("President Bush" is not Gov. Jeb
// Bush; Gov. Kaine of 2008 is the later senator and committee chairman);
// while one person of the surname holds another office and none this one,
// the surname is no one's.
func TestOfficeAcrossDocuments(t *testing.T) {
	person := func(name, role, date string) domain.Entity {
		e := domain.Entity{ID: "p-" + name, Name: name, Type: domain.PER, Key: Key(domain.PER, name), Aliases: []string{name}, Mentions: 5}
		if role != "" {
			e.Roles = []domain.Role{{Title: role, Date: date}}
		}
		return e
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	titled := func(name, role string) domain.Mention {
		return domain.Mention{Text: role + " " + name, Type: domain.PER, Name: name, Role: role}
	}
	for _, c := range []struct {
		archive []domain.Entity
		mention domain.Mention
		date    string
		want    string // "" for an entity of its own
	}{
		{[]domain.Entity{person("Jed Corran", "Gov.", "2000-01-07")}, titled("Corran", "President"), "2000-03-01", ""},
		{[]domain.Entity{person("Tam Keany", "former committee chairman", "2016-06-21")}, titled("Keany", "Gov."), "2008-09-24", "p-Tam Keany"},
		{[]domain.Entity{person("Harry Goldin", "chairman", "2005-01-10"), person("Sam Goldin", "", "")}, titled("Goldin", "attorney general"), "2005-02-23", ""},
		{[]domain.Entity{person("Jed Corran", "President", "2000-01-07")}, titled("Corran", "President"), "2000-03-01", "p-Jed Corran"},
	} {
		m := Merge(c.archive, []domain.Post{{DocID: "d", Published: day(c.date), Mentions: []domain.Mention{c.mention}}})
		got := m.Of("d", c.mention)
		if c.want == "" && slices.ContainsFunc(c.archive, func(e domain.Entity) bool { return e.ID == got }) || c.want != "" && got != c.want {
			t.Errorf("%q of %s went to %q, want %q", c.mention.Text, c.date, got, c.want)
		}
	}
}

// TestTitleHeldIsNoConflict: a surname titled president goes to the one
// person of that surname the archive reports as vice president and
// later as president: a title an entity holds conflicts with none of its
// others.
func TestTitleHeldIsNoConflict(t *testing.T) {
	held := domain.Entity{ID: "p-hadad", Name: "Omar Hadad", Type: domain.PER, Key: Key(domain.PER, "Omar Hadad"), Aliases: []string{"Omar Hadad"}, Mentions: 5,
		Roles: []domain.Role{{Title: "Vice President", Date: "2011-01-29"}, {Title: "President", Date: "2011-02-10"}}}
	men := domain.Mention{Text: "President Hadad", Type: domain.PER, Name: "Hadad", Role: "President"}
	day, _ := time.Parse("2006-01-02", "2011-02-11")
	m := Merge([]domain.Entity{held}, []domain.Post{{DocID: "d", Published: day, Mentions: []domain.Mention{men}}})
	if got := m.Of("d", men); got != "p-hadad" {
		t.Errorf("%q went to %q, want p-hadad", men.Text, got)
	}
}

// TestMiddleNameAndInitial: a middle name written out is the person
// written with its initial; a name never written with initials is no
// evidence (a father and son).
func TestMiddleNameAndInitial(t *testing.T) {
	person := func(name string, aliases ...string) domain.Entity {
		return domain.Entity{ID: "p-" + name, Name: name, Type: domain.PER, Key: Key(domain.PER, name), Aliases: append([]string{name}, aliases...), Mentions: 5}
	}
	named := func(name string) domain.Mention { return domain.Mention{Text: name, Type: domain.PER, Name: name} }
	for _, c := range []struct {
		archive []domain.Entity
		mention string
		want    string // "" for an entity of its own
	}{
		{[]domain.Entity{person("Jared C. Koppel", "Koppel")}, "Jared Charles Koppel", "p-Jared C. Koppel"},
		{[]domain.Entity{person("Jared Charles Koppel")}, "Jared C. Koppel", "p-Jared Charles Koppel"},
		{[]domain.Entity{person("Gerald H.W. Busk")}, "Gerald Herbert Walker Busk", "p-Gerald H.W. Busk"},
		{[]domain.Entity{person("Gerald W. Busk")}, "Gerald Herbert Walker Busk", ""},
		{[]domain.Entity{person("Jon Addams")}, "Jon Quincy Addams", ""},
		{[]domain.Entity{person("Jared C. Koppel"), person("Jared Cyril Koppel")}, "Jared Charles Koppel", ""},
	} {
		men := named(c.mention)
		m := Merge(c.archive, []domain.Post{{DocID: "d", Mentions: []domain.Mention{men}}})
		got := m.Of("d", men)
		if c.want == "" && slices.ContainsFunc(c.archive, func(e domain.Entity) bool { return e.ID == got }) || c.want != "" && got != c.want {
			t.Errorf("%q with %v went to %q, want %q", c.mention, c.archive[0].Name, got, c.want)
		}
	}
}

// TestSurnameAloneWithAnotherGivenName: an archive's person known by the
// surname alone, whom some document called by another given name ("Group
// Captain Al Varnow", whose "Al" the person key reads as a particle), is
// not the one person of that surname a later document names in full.
func TestSurnameAloneWithAnotherGivenName(t *testing.T) {
	per := func(text, name string) domain.Mention {
		return domain.Mention{Text: text, Type: domain.PER, Name: name}
	}
	first := []domain.Post{{DocID: "a", Mentions: []domain.Mention{per("Group Captain Al Varnow", "Al Varnow"), per("Varnow", "Al Varnow")}}}
	later := []domain.Post{{DocID: "b", Mentions: []domain.Mention{per("Matthew Varnow", "Matthew Varnow")}}}
	if got := Merge(Entities(first), later).Entities; len(got) != 2 {
		t.Errorf("Al Varnow, then Matthew Varnow: %d entities %v, want 2", len(got), got)
	}
	// a particle written small is no given name: "bin Varnow" is Osama
	first = []domain.Post{{DocID: "a", Mentions: []domain.Mention{per("bin Varnow", "bin Varnow")}}}
	later = []domain.Post{{DocID: "b", Mentions: []domain.Mention{per("Osama bin Varnow", "Osama bin Varnow")}}}
	if got := Merge(Entities(first), later).Entities; len(got) != 1 {
		t.Errorf("bin Varnow, then Osama bin Varnow: %d entities, want 1", len(got))
	}
}

// TestGivenNameAloneAcrossDocuments: a person a document calls by a given
// name alone ("Jack", a commenter) is no entity: not the one person the
// archive names in full with that word as surname (Brian Jack), nor one
// with the "Jack" of other documents; "Mr. Jack" is Brian Jack.
func TestGivenNameAloneAcrossDocuments(t *testing.T) {
	per := func(text, name string) domain.Mention {
		return domain.Mention{Text: text, Type: domain.PER, Name: name}
	}
	named := Entities([]domain.Post{{DocID: "a", Mentions: []domain.Mention{per("Brian Jack", "Brian Jack")}}})
	for _, tt := range []struct {
		form string
		want string // the entity of the later documents' mention
	}{{"Jack", ""}, {"Mr. Jack", named[0].ID}} {
		m := per(tt.form, "Jack")
		later := []domain.Post{{DocID: "b", Mentions: []domain.Mention{m}}, {DocID: "c", Mentions: []domain.Mention{m}}}
		got := Merge(named, later)
		if len(got.Entities) != 1 || got.Of("b", m) != tt.want || got.Of("c", m) != tt.want {
			t.Errorf("Brian Jack, then %q twice: entities %v, mentions of %q and %q, want %q", tt.form, got.Entities, got.Of("b", m), got.Of("c", m), tt.want)
		}
	}
}

// TestEntityNameAsWritten: an entity is named by the form it is written
// in, not a lower-case web address's, a headline's capitals or an
// article before an acronym; an acronym of three letters keeps its
// capitals ("WHO" is not "Who").
func TestEntityNameAsWritten(t *testing.T) {
	for _, c := range []struct {
		typ   domain.EntityType
		forms []string // mentions' names, in order
		want  string
	}{
		{domain.ORG, []string{"bp", "bp", "bp", "BP", "BP"}, "BP"},
		{domain.ORG, []string{"The WHO", "The WHO", "WHO", "Who"}, "WHO"},
		{domain.LOC, []string{"Us", "US", "US"}, "US"},
		{domain.LOC, []string{"ROME", "ROME", "ROME", "Rome"}, "Rome"},
		{domain.PER, []string{"OBAMA", "OBAMA", "Obama"}, "Obama"},
		{domain.MISC, []string{"The View", "The View", "View"}, "The View"},
	} {
		var ms []domain.Mention
		for _, f := range c.forms {
			ms = append(ms, domain.Mention{Text: f, Type: c.typ, Name: f})
		}
		es := Entities([]domain.Post{{DocID: "d", Mentions: ms}})
		if len(es) != 1 || es[0].Name != c.want {
			t.Errorf("%q: entities %v, want one named %q", c.forms, es, c.want)
		}
	}
}

// TestGivenNameAloneInItsDocument: Entities (a document's people, whom
// its quotations name) makes a person known by a given name alone an
// entity of that document's alone, whatever order documents come in.
func TestGivenNameAloneInItsDocument(t *testing.T) {
	per := func(doc, text string) domain.Post {
		return domain.Post{DocID: doc, Mentions: []domain.Mention{{Text: text, Type: domain.PER, Name: "Jack"}}}
	}
	a, b, c := per("a", "Jack"), per("b", "Mr. Jack"), per("c", "Jack")
	for _, posts := range [][]domain.Post{{a, b, c}, {b, a, c}, {c, b, a}} {
		es := Entities(posts)
		ids := map[string]bool{}
		for _, e := range es {
			ids[e.ID] = true
		}
		if len(es) != 3 || len(ids) != 3 {
			t.Errorf("docs %s%s%s: entities %v, want three apart", posts[0].DocID, posts[1].DocID, posts[2].DocID, es)
		}
	}
}

// TestFirmReadAsPerson: a document's bare one-word person whose word the
// archive knows well as a body, and as no one's surname, is that body;
// one the archive also names in full as a person stays a person.
func TestFirmReadAsPerson(t *testing.T) {
	firm := domain.Entity{ID: "o-Transocean", Name: "Transocean", Type: domain.ORG, Key: Key(domain.ORG, "Transocean"), Aliases: []string{"Transocean"}, Mentions: 40}
	person := domain.Entity{ID: "p-Ann Transocean", Name: "Ann Transocean", Type: domain.PER, Key: Key(domain.PER, "Ann Transocean"), Aliases: []string{"Ann Transocean"}, Mentions: 3}
	bare := domain.Mention{Text: "Transocean", Type: domain.PER, Name: "Transocean"}
	titled := domain.Mention{Text: "Mr. Transocean", Type: domain.PER, Name: "Transocean"}
	for _, c := range []struct {
		why     string
		archive []domain.Entity
		m       domain.Mention
		want    string // "" for a person of its own
	}{
		{"the firm", []domain.Entity{firm}, bare, "o-Transocean"},
		{"a person named in full bears the word", []domain.Entity{firm, person}, bare, "p-Ann Transocean"},
		{"an honorific makes a person", []domain.Entity{firm}, titled, ""},
		{"a body known too little", []domain.Entity{{ID: "o-T", Name: "Transocean", Type: domain.ORG, Key: "transocean", Aliases: []string{"Transocean"}, Mentions: 5}}, bare, ""},
	} {
		wentTo(t, c.why, c.archive, c.m, c.want)
	}
}

// TestDominantSurnameOwner: a document's untitled surname goes to the
// person of that surname the archive knows far better than all others
// named in full; not when two are well known, nor against a title the
// person never held.
func TestDominantSurnameOwner(t *testing.T) {
	known := knownPerson("Bram Okafor", 400, "Senator", "senator", "candidate")
	bare := domain.Mention{Text: "Okafor", Type: domain.PER, Name: "Okafor"}
	judge := domain.Mention{Text: "Justice Okafor", Type: domain.PER, Name: "Okafor", Role: "Justice"}
	for _, c := range []struct {
		why     string
		archive []domain.Entity
		m       domain.Mention
		want    string // "" for none of the archive's
	}{
		{"one bearer known far better", []domain.Entity{known, knownPerson("Ada Okafor", 12)}, bare, "p-Bram Okafor"},
		{"two well-known bearers", []domain.Entity{known, knownPerson("Ada Okafor", 150)}, bare, ""},
		{"a title the person never held", []domain.Entity{known, knownPerson("Ada Okafor", 12)}, judge, ""},
		{"known too little", []domain.Entity{knownPerson("Bram Okafor", 40, "Senator", "senator", "candidate")}, bare, "p-Bram Okafor"}, // the one bearer: surnameOwner
	} {
		wentTo(t, c.why, c.archive, c.m, c.want)
	}
}

// TestLookupsSuffice: Merge into the entities a store finds by Lookups'
// keys and surnames gives what Merge into every entity gives, for the
// rules that look beyond a name's own key (a body of the word, the people
// of a surname).
func TestLookupsSuffice(t *testing.T) {
	archive := []domain.Entity{
		{ID: "o-Halliburton", Name: "Halliburton", Type: domain.ORG, Key: Key(domain.ORG, "Halliburton"), Aliases: []string{"Halliburton"}, Mentions: 40},
		knownPerson("Bram Okafor", 400, "Senator", "senator", "candidate"), knownPerson("Ada Okafor", 12),
		knownPerson("Omar Varga", 30, "President", "U.S. president", "President"), knownPerson("Lena Varga", 9),
		knownPerson("Harbour Board", 3),
	}
	ms := []domain.Mention{
		{Text: "Halliburton", Type: domain.PER, Name: "Halliburton"}, // (whose person key is not its body key)
		{Text: "Okafor", Type: domain.PER, Name: "Okafor"},
		{Text: "President Varga", Type: domain.PER, Name: "Varga", Role: "President"},
	}
	posts := []domain.Post{{DocID: "d", Published: time.Date(2016, 2, 1, 0, 0, 0, 0, time.UTC), Mentions: ms}}
	lk := Lookups(posts)
	var found []domain.Entity
	for _, e := range archive {
		ws := strings.Fields(e.Key)
		if slices.Contains(lk.Keys, e.Key) || e.Type == domain.PER && len(ws) > 0 && slices.Contains(lk.Surnames, ws[len(ws)-1]) {
			found = append(found, e)
		}
	}
	all, some := Merge(archive, posts), Merge(found, posts)
	for _, m := range ms {
		if a, b := all.Of("d", m), some.Of("d", m); a != b {
			t.Errorf("%q: %q merged into every entity, %q into those Lookups finds", m.Text, a, b)
		}
	}
}

// knownPerson is a stored person of mentions mentions and titles, one a
// day from 2016-01-01.
func knownPerson(name string, mentions int, titles ...string) domain.Entity {
	e := domain.Entity{ID: "p-" + name, Name: name, Type: domain.PER, Key: Key(domain.PER, name), Aliases: []string{name}, Mentions: mentions}
	for i, r := range titles {
		e.Roles = append(e.Roles, domain.Role{Title: r, Date: fmt.Sprintf("2016-01-%02d", i+1)})
	}
	return e
}

// wentTo checks that a document's mention m merged into archive goes to
// the entity want, or, want being "", to none of the archive's.
func wentTo(t *testing.T, why string, archive []domain.Entity, m domain.Mention, want string) {
	t.Helper()
	got := Merge(archive, []domain.Post{{DocID: "d", Mentions: []domain.Mention{m}}}).Of("d", m)
	if want == "" && slices.ContainsFunc(archive, func(e domain.Entity) bool { return e.ID == got }) || want != "" && got != want {
		t.Errorf("%s: went to %q, want %q", why, got, want)
	}
}

// TestShortFormOwner: a longer name ("Hana Maris Reyes") joins the person
// of its given name and surname whom the archive knows far better, and so
// does the archive's entity of the longer name; a person known as little
// as the newcomer stays apart (John Quincy Adams is not John Adams).
func TestShortFormOwner(t *testing.T) {
	long := domain.Mention{Text: "Hana Maris Reyes", Type: domain.PER, Name: "Hana Maris Reyes"}
	wentTo(t, "known far better", []domain.Entity{knownPerson("Hana Reyes", 400, "Senator", "senator", "candidate")}, long, "p-Hana Reyes")
	wentTo(t, "known as little", []domain.Entity{knownPerson("Hana Reyes", 40, "Senator", "senator", "candidate")}, long, "")
	archive := []domain.Entity{knownPerson("Hana Reyes", 400, "Senator", "senator", "candidate"), knownPerson("Hana Maris Reyes", 12, "Senator")}
	m := Merge(archive, []domain.Post{{DocID: "d", Mentions: []domain.Mention{long}}})
	if got := m.Of("d", long); got != "p-Hana Reyes" {
		t.Errorf("with the archive's longer name: went to %q, want p-Hana Reyes", got)
	}
	if into := m.Into["p-Hana Maris Reyes"]; into != "p-Hana Reyes" {
		t.Errorf("the archive's Hana Maris Reyes merged into %q, want p-Hana Reyes", into)
	}
}

// TestSpouseIsNotTheOffice: a leader's spouse, the one person of the
// surname a document names in full, does not take the leader's "President
// Lund"; the surname with no office still goes to the one person named in
// full.
func TestSpouseIsNotTheOffice(t *testing.T) {
	for _, c := range []struct {
		full, role, titled, want string
	}{
		{"Ruth Lund", "first lady", "President", "Lund"},
		{"Ruth Lund", "", "President", "Ruth Lund"},
		{"Ruth Lund", "first lady", "", "Ruth Lund"},
	} {
		posts := []domain.Post{
			{DocID: "a", Mentions: []domain.Mention{{Text: c.full, Type: domain.PER, Name: c.full, Role: c.role}}},
			{DocID: "b", Mentions: []domain.Mention{{Text: strings.TrimSpace(c.titled + " Lund"), Type: domain.PER, Name: "Lund", Role: c.titled}}},
		}
		m := Merge(nil, posts)
		id := m.Of("b", posts[1].Mentions[0])
		for _, e := range m.Entities {
			if e.ID == id && e.Name != c.want {
				t.Errorf("%q (role %q) then %q: went to %q, want %q", c.full, c.role, posts[1].Mentions[0].Text, e.Name, c.want)
			}
		}
	}
}

// TestFirstLadyIsARole: "first lady" before a name is the person's role,
// not an honorific and a stray word.
func TestFirstLadyIsARole(t *testing.T) {
	text := "He and first lady Maria Harlow were holding a picnic."
	ms := mustTagger(t).Annotate([]domain.Post{{DocID: "d", Text: text}})[0]
	if len(ms) != 1 || ms[0].Name != "Maria Harlow" || ms[0].Role != "first lady" || text[ms[0].Start:ms[0].End] != "first lady Maria Harlow" {
		t.Errorf("mentions %+v, want Maria Harlow with the role first lady", ms)
	}
}
