package quote

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// want describes one expected quotation; empty fields are not checked.
type want struct {
	text    string
	kind    domain.QuoteKind
	speaker string // "" unchecked, noSpeaker for none
	mention string
	field   domain.Field
}

// noSpeaker wants a quotation with no speaker.
const noSpeaker = "-"

func TestFindPatterns(t *testing.T) {
	tests := []struct {
		name string
		post domain.Post
		want []want
	}{
		{
			name: "direct after a colon",
			post: domain.Post{Text: "Mayor Ana Ruiz spoke at the town hall on Monday.\n\nMs Ruiz said: \"We will rebuild the bridge by spring.\""},
			want: []want{{text: "We will rebuild the bridge by spring.", kind: domain.QuoteDirect, speaker: "Ana Ruiz", mention: "Ms Ruiz"}},
		},
		{
			name: "partial inside reported speech",
			post: domain.Post{Text: "Finance Minister Tom Hale added that the budget was \"a reckless gamble\" and \"bad for pensioners\"."},
			want: []want{
				{text: "a reckless gamble", kind: domain.QuotePartial, speaker: "Tom Hale", mention: "Finance Minister Tom Hale"},
				{text: "bad for pensioners", kind: domain.QuotePartial, speaker: "Tom Hale"},
			},
		},
		{
			name: "cue after the quotation, inverted",
			post: domain.Post{Text: "Energy Secretary Joan Marsh visited the plant.\n\n\"Prices will fall next winter,\" said Mrs Marsh."},
			want: []want{{text: "Prices will fall next winter,", kind: domain.QuoteDirect, speaker: "Joan Marsh", mention: "Mrs Marsh"}},
		},
		{
			name: "curly single marks and an apposition",
			post: domain.Post{Text: "‘We are ready for talks,’ Piotr Zelek, the deputy mayor, told reporters."},
			want: []want{{text: "We are ready for talks,", kind: domain.QuoteDirect, speaker: "Piotr Zelek"}},
		},
		{
			name: "pronoun resolved to the last compatible person",
			post: domain.Post{Text: "Senator Maria Lopez arrived late from the airport.\n\n\"It was a long day,\" she said."},
			want: []want{{text: "It was a long day,", speaker: "Maria Lopez", mention: "she"}},
		},
		{
			name: "a pronoun contracted with its modal",
			post: domain.Post{Text: "Piotr Zelek rarely explained his novels.\n\n\u201cThey are dense in a powerful way,\u201d said Anna Weiss, his editor. When critics asked him to explain himself, he\u2019d respond, \u201cI have a horror of being obvious.\u201d"},
			want: []want{
				{text: "They are dense in a powerful way,", kind: domain.QuoteDirect, speaker: "Anna Weiss"},
				{text: "I have a horror of being obvious.", kind: domain.QuoteDirect, speaker: "Piotr Zelek", mention: "he"},
			},
		},
		{
			name: "a pronoun contracted with is",
			post: domain.Post{Text: "Analysts proposed separate US and RoW (Rest of World) units. The next speaker is Ana Ruiz, a toxicologist.\n\nShe\u2019s a specialist in marine mammals.\n\nShe tells the conference that she was the only toxicologist \u201cdumb enough\u201d to swim there."},
			want: []want{{text: "dumb enough", kind: domain.QuotePartial, speaker: "Ana Ruiz", mention: "She"}},
		},
		{
			name: "a pronoun contracted with is, then a participle cue",
			post: domain.Post{Text: "Senator Dana Voss won the primary on Tuesday. She\u2019s predicting she will do \u201cvery, very well\u201d in Nevada. \u201cIf she\u2019s elected, she\u2019ll keep the movement going,\u201d her husband said."},
			want: []want{
				{text: "very, very well", kind: domain.QuotePartial, speaker: "Dana Voss", mention: "She"},
				{text: "If she\u2019s elected, she\u2019ll keep the movement going,", kind: domain.QuoteDirect},
			},
		},
		{
			name: "she's before a participle is she has",
			post: domain.Post{Text: "Senator Dana Voss won the primary on Tuesday. She\u2019s said repeatedly, \u201cWe will win in Nevada.\u201d"},
			want: []want{{text: "We will win in Nevada.", speaker: "Dana Voss"}},
		},
		{
			name: "a title in marks as a sentence's subject is no one's words",
			post: domain.Post{Text: "Senator Ann Voss will be a guest tonight.\n\nShe\u2019ll weigh in on the budget.\n\n\u201cTHE EVENING DESK\u201d starts at the top of the hour. \u201cIt\u2019s a Wonderful Life\u201d debuted in 1946. \u201cNo comment,\u201d Voss said."},
			want: []want{
				{text: "THE EVENING DESK", kind: domain.QuoteScare},
				{text: "It\u2019s a Wonderful Life", kind: domain.QuoteScare},
				{text: "No comment,", speaker: "Ann Voss"},
			},
		},
		{
			name: "a watchdog's name ends in Watch",
			post: domain.Post{Text: "\u201cThe court-ordered discovery will help,\u201d said Judicial Watch president Tom Fitton."},
			want: []want{{text: "The court-ordered discovery will help,", speaker: "Tom Fitton"}},
		},
		{
			name: "a body named with a portfolio and \"and\"",
			post: domain.Post{Text: "The well will be drilled next month.\n\nA spokeswoman for the Department of Energy and Climate Change said: \u201cWe will not consent to the drilling.\u201d\n\nSecretary of State Ann Reyes and Defence Secretary Tom Hale met on Monday."},
			want: []want{{text: "We will not consent to the drilling.", speaker: "spokeswoman for the Department of Energy and Climate Change"}},
		},
		{
			name: "a thing named after a dash",
			post: domain.Post{Text: "Officials said the tests went well.\n\nThe Taiwanese vessel - called \u201cA Whale\u201d - is designed to vacuum up oily water."},
			want: []want{{text: "A Whale", kind: domain.QuoteScare}},
		},
		{
			name: "a name spelled out before its acronym",
			post: domain.Post{Text: "Since the 1990s, lending has been run by a model called \u201closs given default\u201d (LGD). LGD adds up the risks."},
			want: []want{{text: "loss given default", kind: domain.QuoteScare}},
		},
		{
			name: "a name spelled out after its acronym",
			post: domain.Post{Text: "His firm, HMS (\u201cHarbour Marine Systems\u201d), had built a skimmer that separated oil from water."},
			want: []want{{text: "Harbour Marine Systems", kind: domain.QuoteScare}},
		},
		{
			name: "a paragraph of quotation after \"But\" goes on from the paragraph before",
			post: domain.Post{Text: "The chairman warned against cuts.\n\n\u201cThe board faces hard choices,\u201d Ivo Kral told the committee.\n\nBut \u201cunless we show a firm commitment to balance, we will have neither stability nor growth.\u201d\n\nThe debt is set to double."},
			want: []want{{text: "The board faces hard choices,", speaker: "Ivo Kral"}, {text: "unless we show a firm commitment to balance, we will have neither stability nor growth.", speaker: "Ivo Kral"}},
		},
		{
			name: "a writer or an outlet named after \"reports\" and the comma that ends what they report",
			post: domain.Post{Text: "The council had a secret plan to bypass the mayor, reports the Harbour Post: \u201cLast August, the council drew up its own budget.\u201d\n\nThe White House is caught in a strange partnership with the firm, reports Juliet Marlowe: \u201cIt was a relationship for which neither side was ready.\u201d"},
			want: []want{{text: "Last August, the council drew up its own budget.", speaker: "Harbour Post"}, {text: "It was a relationship for which neither side was ready.", speaker: "Juliet Marlowe"}},
		},
		{
			name: "a document opening its sentence before a \"which\" clause with commas of its own",
			post: domain.Post{Text: "The governor declared a state of emergency on Friday.\n\nThe order, which covers Harbour, Lindon, Marsh, Walton, Bay and Gulf counties, says the slick \u201cis moving north and threatens the coast\u201d."},
			want: []want{{text: "is moving north and threatens the coast", speaker: "order"}},
		},
		{
			name: "a word or two given to a subject that is no person, with no cue between, is a term",
			post: domain.Post{Text: "During the pressure test, Vantor Group used it as a \u201cspacer\u201d to separate seawater from a dense fluid called \u201cmud\u201d.\n\nIn remarks after the meeting, Ivo Kral sought to reassure the town that the coast would \u201cbounce back\u201d from the spill."},
			want: []want{{text: "spacer", kind: domain.QuoteScare}, {text: "mud"}, {text: "bounce back", speaker: "Ivo Kral"}},
		},
		{
			name: "a headline's bare \"report says\", a possessor's advice, adjectives before an inverted name",
			post: domain.Post{Text: "Wartime criminals were given \u2018safe haven\u2019 in U.S., report says: The 600-page report provides new evidence.\n\nMr Brown said the cabinet had full discussions. Lord Harwood's full advice had concluded that the government would need \u201chard evidence\u201d that the regime was not cooperating.\n\n\u201cTo replace them with what?\u201d asked the estimable, admirably candid Coast Guard Adm. Thad Allwood, the national incident commander."},
			want: []want{{text: "safe haven", speaker: "report"}, {text: "hard evidence", speaker: "Harwood"}, {text: "To replace them with what?", speaker: "Thad Allwood"}},
		},
		{
			name: "a hearing's title after \"on\"",
			post: domain.Post{Text: "Vantor's chief arrived on Capitol Hill on Thursday to testify before a subcommittee hearing on \u201cthe role of Vantor in the rig explosion and oil spill.\u201d"},
			want: []want{{text: "the role of Vantor in the rig explosion and oil spill.", kind: domain.QuoteScare}},
		},
		{
			name: "a title-cased name given to a thing after a naming participle",
			post: domain.Post{Text: "More than 90,000 people had pledged to take part in a Facebook group called \u201cWe Are All Karim Said,\u201d named after an activist.\n\nSome are funny, like the old toilet labeled \u201cVantor Headquarters.\u201d"},
			want: []want{{text: "We Are All Karim Said,", kind: domain.QuoteScare}, {text: "Vantor Headquarters.", kind: domain.QuoteScare}},
		},
		{
			name: "people of a body after a coordinator are the clause's subject, not the sentence's first words",
			post: domain.Post{Text: "Higher oil prices are expected to boost all the big oil companies, but analysts at Harbour Bank said Vantor's predicted result \u201cmay be lower than the figure for the first quarter\u201d.\n\nA source close to the Russian partners in the venture said that the dispute arose because \u201cwe felt our strategies were diverging\u201d.\n\nKral is accused by members of the US Congress of \u201cstonewalling\u201d on the figures."},
			want: []want{{text: "may be lower than the figure for the first quarter", speaker: "analysts at Harbour Bank"}, {text: "we felt our strategies were diverging", speaker: "source"}, {text: "stonewalling", speaker: "members of the US Congress"}},
		},
		{
			name: "\"according to\" in an aside between dashes gives a figure's source, not the words'",
			post: domain.Post{Text: "A health spokesman said the number of infections in Lindon -- at 40, according to the ministry's count -- seemed to be mainly \u201cimported cases\u201d."},
			want: []want{{text: "imported cases", speaker: "health spokesman"}},
		},
		{
			name: "words a crowd raises after \"cheers of\" or \"chants of\" are the subject's if people, else no one's",
			post: domain.Post{Text: "\u201cIt is not about me,\u201d Kral said.\n\nAnd chants of \u201cleave, leave, leave!\u201d erupted from the square.\n\nDemonstrators carried officers on their shoulders amid cheers of \u201cpolice and people are one.\u201d"},
			want: []want{{text: "It is not about me,", speaker: "Kral"}, {text: "leave, leave, leave!", speaker: noSpeaker}, {text: "police and people are one.", speaker: "Demonstrators"}},
		},
		{
			name: "a crowd's cries the sentence gives a source for keep that source",
			post: domain.Post{Text: "Pressure is building on the governor, who was greeted with chants of \u201cBobby!\u201d at a labor conference last month, according to union president Doris Crane-Mays."},
			want: []want{{text: "Bobby!", speaker: "Doris Crane-Mays"}},
		},
		{
			name: "a one-word name whose bearer gave no surname is no one else's surname",
			post: domain.Post{Text: "One protester arrested in Tuesday's demonstrations told reporters he had been beaten.\n\n\u201cThey kept us in a cell for two days without food,\u201d said Ahmed, who would not give his last name.\n\nReporting by Housam Ahmed in Cairo."},
			want: []want{{text: "They kept us in a cell for two days without food,", speaker: "Ahmed"}},
		},
		{
			name: "lyrics after a rapper's name and \"rapping:\" are the rapper's; an anthem's title is no quotation",
			post: domain.Post{Text: "It sounds more like an update of the Carter Family's enduring 1930s anthem \u201cNo Depression in Heaven,\u201d with Ivo Kral rapping: \u201cWe won't go home until the old man goes.\u201d"},
			want: []want{{text: "No Depression in Heaven,", kind: domain.QuoteScare}, {text: "We won't go home until the old man goes.", speaker: "Ivo Kral"}},
		},
		{
			name: "\"Administrator\" is a title, no part of the name after it",
			post: domain.Post{Text: "\u201cIt is critical that all actions be conducted in a transparent manner,\u201d Environmental Protection Agency Administrator Lisa Jaxon said in a letter."},
			want: []want{{text: "It is critical that all actions be conducted in a transparent manner,", speaker: "Lisa Jaxon"}},
		},
		{
			name: "a newspaper named by its country",
			post: domain.Post{Text: "Officials met on Monday.\n\n\u201cThe bridge will reopen in May,\u201d the Philippine Star reported."},
			want: []want{{text: "The bridge will reopen in May,", speaker: "Philippine Star"}},
		},
		{
			name: "a quotation without a cue inherits the previous speaker",
			post: domain.Post{Text: "\"The tunnel is safe,\" said engineer Raj Patel. \"We checked every bolt.\""},
			want: []want{
				{text: "The tunnel is safe,", speaker: "Raj Patel"},
				{text: "We checked every bolt.", speaker: "Raj Patel", kind: domain.QuoteDirect},
			},
		},
		{
			name: "quotation over three paragraphs",
			post: domain.Post{Text: "Coach Lena Berg said: \"The first half was poor.\n\n\"We changed the shape at the break.\n\n\"The second half showed what we can do.\""},
			want: []want{{text: "The first half was poor. We changed the shape at the break. The second half showed what we can do.", kind: domain.QuoteDirect, speaker: "Lena Berg"}},
		},
		{
			name: "nested single marks inside double marks",
			post: domain.Post{Text: "\"He told me 'never again', and I believed him,\" Dr Omar Farah said."},
			want: []want{{text: "He told me 'never again', and I believed him,", speaker: "Omar Farah"}},
		},
		{
			name: "unclosed quotation at the end of a post",
			post: domain.Post{Text: "Union leader Kate Moss said: \"We will not back down until the offer improves"},
			want: []want{{text: "We will not back down until the offer improves", speaker: "Kate Moss"}},
		},
		{
			name: "according to",
			post: domain.Post{Text: "The talks collapsed over \"irreconcilable demands\", according to a ministry spokesman."},
			want: []want{{text: "irreconcilable demands", kind: domain.QuotePartial, speaker: "ministry spokesman", mention: "a ministry spokesman"}},
		},
		{
			name: "organisation as speaker",
			post: domain.Post{Text: "The Ruritanian Embassy said the claims were \"absurd and baseless\"."},
			want: []want{{text: "absurd and baseless", kind: domain.QuotePartial, speaker: "Ruritanian Embassy"}},
		},
		{
			name: "role description resolved by title",
			post: domain.Post{Text: "Foreign Secretary Alan Brook met his counterpart in Oslo.\n\nThe foreign secretary said he wanted \"a fresh start\"."},
			want: []want{{text: "a fresh start", kind: domain.QuotePartial, speaker: "Alan Brook"}},
		},
		{
			name: "block quotation closed by a trailer line",
			post: domain.Post{Text: "Governor Ruth Okafor has written to every school.\n\nOur teachers have carried this state through a hard year.\n\nThey deserve better pay.\n\n– Ruth Okafor, Governor"},
			want: []want{{text: "Our teachers have carried this state through a hard year. They deserve better pay.", kind: domain.QuoteBlock, speaker: "Ruth Okafor", mention: "Ruth Okafor, Governor"}},
		},
		{
			name: "headline quotation with a colon speaker",
			post: domain.Post{Headline: "Brook: talks are a 'last chance for peace'", Text: "Foreign Secretary Alan Brook said the talks were a \"last chance for peace\"."},
			want: []want{
				{text: "last chance for peace", kind: domain.QuotePartial, speaker: "Alan Brook", mention: "Brook", field: domain.FieldHeadline},
				{text: "last chance for peace", kind: domain.QuotePartial, speaker: "Alan Brook", field: domain.FieldText},
			},
		},
		{
			name: "scare quotes and titles of works",
			post: domain.Post{Text: "The so-called 'moderates' met in a hotel. Critics watched the documentary \"Rivers Of Salt\" afterwards."},
			want: []want{
				{text: "moderates", kind: domain.QuoteScare},
				{text: "Rivers Of Salt", kind: domain.QuoteScare},
			},
		},
		{
			name: "apostrophes are not quotation marks",
			post: domain.Post{Text: "Syria's rebels and the terrorists' backers rejected the '90s deal. Rock 'n' roll lives."},
			want: nil,
		},
		{
			name: "a plural possessive inside single marks",
			post: domain.Post{Text: "Mara Lind taught politics for years.\n\n‘Before the war she was most students’ idea of a professor,’ said Lind."},
			want: []want{{text: "Before the war she was most students’ idea of a professor,", kind: domain.QuoteDirect, speaker: "Mara Lind"}},
		},
		{
			name: "a closing mark after an s with a partial quotation",
			post: domain.Post{Text: "The minister called them ‘bad neighbours’ and left. Later she spoke of ‘friends’."},
			want: []want{{text: "bad neighbours", kind: domain.QuotePartial}, {text: "friends", kind: domain.QuotePartial}},
		},
		{
			name: "a pronoun for an unnamed person a name qualifies, not the firm before",
			post: domain.Post{Text: "A quarter is held by Ohio-based Tarvex.\n\nA US oil lawyer said the deal would hold.\n\nSuch a ruling would have \"grave consequences\" for the partners, he said."},
			want: []want{{text: "grave consequences", kind: domain.QuotePartial, speaker: "US oil lawyer", mention: "he"}},
		},
		{
			name: "a coordinated object before an inverted cue is no apposition",
			post: domain.Post{Text: "The rules are strict, said Ivo Kral, a former prosecutor.\n\nTom Lind, an analyst at Norvik, had not foreseen this.\n\nThe firm could face charges, along with Norvik and Halco, as well as civil penalties, said Kral of the University of Leith.\n\n\"They might settle,\" he said."},
			want: []want{{text: "They might settle,", kind: domain.QuoteDirect, speaker: "Ivo Kral", mention: "he"}},
		},
		{
			name: "they for a group of people that opened a clause",
			post: domain.Post{Text: "The report says six leaks were found.\n\nWhile it was on the wellhead, the investigators say the valve followed the standards.\n\nHowever, they say there were \"no indications\" of tests.\n\nLater, Harbour Guard soldiers moved onto the streets.\n\nBut protesters defied all warnings.\n\n\"Down with the regime,\" they shouted.\n\nOn a call with analysts, Norvik executives said it was too early.\n\n\"We are helping,\" they said."},
			want: []want{
				{text: "no indications", kind: domain.QuotePartial, speaker: "investigators", mention: "they"},
				{text: "Down with the regime,", speaker: "protesters", mention: "they"},
				{text: "We are helping,", kind: domain.QuoteDirect, speaker: "Norvik executives", mention: "they"},
			},
		},
		{
			name: "a name qualifying the noun after an inverted cue",
			post: domain.Post{Text: "Ivo Kral sounded a note of caution.\n\n\"We have challenges ahead,\" said the Nobel laureate, who led the agency."},
			want: []want{{text: "We have challenges ahead,", kind: domain.QuoteDirect, speaker: "Nobel laureate", mention: "the Nobel laureate"}},
		},
		{
			name: "names given as examples are no quotation, even in a reported clause",
			post: domain.Post{Text: "Ivo Kral said that he feared for the oyster beds, which the crews have given names like \"Flat Rock\" and \"Old Mill.\""},
			want: []want{{text: "Flat Rock", kind: domain.QuoteScare}, {text: "Old Mill.", kind: domain.QuoteScare}},
		},
		{
			name: "a form of \"continue\" that tells of something going on is no cue",
			post: domain.Post{Text: "For this reason, the harbour board will continue, with all that entails. The record of its chairman has fuelled fears, as has his enthusiasm for the \"Pier option\".\n\nTom Ruiz continued to hurt his cause. \"He is done,\" Ana Lind said. \"It is over,\" she continued."},
			want: []want{{text: "Pier option", kind: domain.QuoteScare}, {text: "He is done,", kind: domain.QuoteDirect, speaker: "Ana Lind", mention: "Ana Lind"}, {text: "It is over,", kind: domain.QuoteDirect, speaker: "Ana Lind", mention: "she"}},
		},
		{
			name: "a title set off before its holder's name",
			post: domain.Post{Text: "The mayor said the fund would be run by the council's \"harbour czar,\" Tom Ruiz, who ran the last one."},
			want: []want{{text: "harbour czar,", kind: domain.QuoteScare}},
		},
		{
			name: "a word mentioned, even where a cue follows and the word could open a clause",
			post: domain.Post{Text: "Epidemiologists love the word \"could\" because it can always assure them of a headline."},
			want: []want{{text: "could", kind: domain.QuoteScare}},
		},
		{
			name: "a name set between a determiner and the noun it names",
			post: domain.Post{Text: "Volunteer Ana Lind, who wore a \"Save Our Bay\" cap, said she hoped to help.\n\nShe pointed to the board's \"C-minus\" rating. \n\nMayor Tom Ruiz called for a \"Clean Harbour\" plan and a \"full and fair\" inquiry."},
			want: []want{{text: "Save Our Bay", kind: domain.QuoteScare}, {text: "C-minus", kind: domain.QuoteScare}, {text: "Clean Harbour", kind: domain.QuoteScare}, {text: "full and fair", kind: domain.QuotePartial, speaker: "Tom Ruiz", mention: "Mayor Tom Ruiz"}},
		},
		{
			name: "a term after an indefinite article opening a clause",
			post: domain.Post{Text: "A \"reporter\" thought of a headline and kept it.\n\nA \"special menu\" was prepared for the guests, Mr Kral said."},
			want: []want{{text: "reporter", kind: domain.QuoteScare}, {text: "special menu", kind: domain.QuotePartial, speaker: "Kral"}},
		},
		{
			name: "the addressee of a document does not speak",
			post: domain.Post{Text: "A report to the commission said safety lapses were \"chronic\" at the firm."},
			want: []want{{text: "chronic", kind: domain.QuotePartial, speaker: "report", mention: "A report"}},
		},
		{
			name: "a body that says nothing in the sentence before is no speaker",
			post: domain.Post{Text: "The Harbour Broadcasting Corporation used two phone videos shot by passers-by.\n\n\"People are very media-savvy.\""},
			want: []want{{text: "People are very media-savvy.", kind: domain.QuoteDirect, speaker: noSpeaker}},
		},
		{
			name: "a cleft's name is the subject, a subordinate clause's is not the topic",
			post: domain.Post{Text: "Ivo Kral debated Tom Lind in Leith.\n\nBut it was Kral who made the greater gaffe when he implied that Sam Reyes could not have helped because he was obstructed by the rules.\n\nBut he went on, and he then turned on them.\n\n\"It is a disgrace,\" he said."},
			want: []want{{text: "It is a disgrace,", kind: domain.QuoteDirect, speaker: "Ivo Kral", mention: "he"}},
		},
		{
			name: "a name qualifying people who speak is no speaker",
			post: domain.Post{Text: "Tom Lind spoke in Leith.\n\nNorvik executives said the outing was \"insulting\" to the families."},
			want: []want{{text: "insulting", kind: domain.QuotePartial, speaker: "Norvik executives"}},
		},
		{
			name: "a title's first word glued after a name is no part of it",
			post: domain.Post{Text: "End Quote Ivo Kral Retired admiral If the tests work \"we move to the next step\", he said."},
			want: []want{{text: "we move to the next step", kind: domain.QuotePartial, speaker: "Ivo Kral", mention: "he"}},
		},
		{
			name: "two curly apostrophes close a double-marked quotation",
			post: domain.Post{Text: "“It was an attempt to mislead voters,’’ Ivo Kral, head of a fact-checking site, said. “It is wrong.”"},
			want: []want{{text: "It was an attempt to mislead voters,", kind: domain.QuoteDirect, speaker: "Ivo Kral"}, {text: "It is wrong."}},
		},
		{
			name: "quotation in a caption",
			post: domain.Post{Caption: "Protesters carry a banner reading \"No more war\" outside parliament.", Text: "Thousands marched on Saturday."},
			want: []want{{text: "No more war", field: domain.FieldCaption}},
		},
		{
			name: "a dash and a name closing the paragraph",
			post: domain.Post{Text: "\"The schools here changed my life.\" ― Aisha Bello"},
			want: []want{{text: "The schools here changed my life.", speaker: "Aisha Bello"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find([]domain.Post{tt.post})[0]
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotations, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text {
					t.Errorf("quote %d text %q, want %q", i, g.Text, w.text)
				}
				if w.kind != "" && g.Kind != w.kind {
					t.Errorf("quote %d %q kind %s, want %s", i, g.Text, g.Kind, w.kind)
				}
				if w.speaker == noSpeaker && g.Speaker != "" {
					t.Errorf("quote %d %q speaker %q (mention %q), want none", i, g.Text, g.Speaker, g.SpeakerMention)
				} else if w.speaker != "" && w.speaker != noSpeaker && g.Speaker != w.speaker {
					t.Errorf("quote %d %q speaker %q (mention %q), want %q", i, g.Text, g.Speaker, g.SpeakerMention, w.speaker)
				}
				if w.mention != "" && g.SpeakerMention != w.mention {
					t.Errorf("quote %d %q mention %q, want %q", i, g.Text, g.SpeakerMention, w.mention)
				}
				if w.field != "" && g.Field != w.field {
					t.Errorf("quote %d %q field %q, want %q", i, g.Text, g.Field, w.field)
				}
				checkOffsets(t, tt.post, g)
			}
		})
	}
}

// checkOffsets checks that a quotation's offsets lie in its field and
// cover its words.
func checkOffsets(t *testing.T, p domain.Post, q domain.Quote) {
	t.Helper()
	text := fieldText(p, q.Field)
	if q.Start < 0 || q.End > len(text) || q.Start > q.End {
		t.Fatalf("quote %q: span [%d,%d) outside its field of %d bytes", q.Text, q.Start, q.End, len(text))
	}
	if q.Kind != domain.QuoteBlock {
		first := strings.Fields(q.Text)[0]
		if !strings.HasPrefix(text[q.Start:q.End], first) {
			t.Errorf("quote %q: span starts %q", q.Text, text[q.Start:q.End])
		}
	}
	if s := q.SpeakerSpan; s != nil {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("quote %q: speaker span [%d,%d) outside its field", q.Text, s.Start, s.End)
		}
		if text[s.Start:s.End] != q.SpeakerMention {
			t.Errorf("quote %q: speaker span covers %q, mention is %q", q.Text, text[s.Start:s.End], q.SpeakerMention)
		}
	}
}

func fieldText(p domain.Post, f domain.Field) string {
	switch f {
	case domain.FieldHeadline:
		return p.Headline
	case domain.FieldCaption:
		return p.Caption
	}
	return p.Text
}

func TestKeyAndSimilar(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"protests outside the Ruritanian embassy", "Protests outside the Ruritanian Embassy.", true},
		{"“We will win,” ", "\"We will win\"", true},
		{"catastrphic failure of command", "catastrophic failure of command", true},
		{"a war on the harbour", "war on the harbour", true},
		{"It was a long day and we are tired of waiting for the council", "It was a long day and we are tired of waiting", true},
		{"threat to the harbour", "a danger to our shared sense of order and purpose and a threat to the harbour itself", false},
		{"very dangerous", "very dangerous indeed, said the officials in a long statement", false},
		{"no military solution", "a political solution", false},
	}
	for _, tt := range tests {
		if got := Similar(tt.a, tt.b); got != tt.same {
			t.Errorf("Similar(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
	if k := Key("“Don’t — ever — do that…”"); k != "dont ever do that" {
		t.Errorf("Key = %q", k)
	}
}

func TestMemoryGroups(t *testing.T) {
	var g MemoryGroups
	day := time.Date(2016, 10, 3, 9, 0, 0, 0, time.UTC)
	a, newA := g.Add("protests outside the Ruritanian embassy", "Alan Brook", day)
	b, newB := g.Add("Protests outside the Ruritanian embassy.", "Brook", day)
	c, newC := g.Add("protests outside the Ruritanian embassy", "Jo Reyes", day)
	d, _ := g.Add("catastrphic failure of command", "Raj Patel", day)
	e, _ := g.Add("catastrophic failure of command", "", day.Add(48*time.Hour))
	if !newA || newB || a != b {
		t.Errorf("near-identical reports by one speaker: groups %d (new %v), %d (new %v)", a, newA, b, newB)
	}
	if !newC || c == a {
		t.Errorf("the same words from another speaker should start a group")
	}
	if d != e {
		t.Errorf("a typo variant should join its group")
	}
	if v := g.Variants(a); len(v) != 2 {
		t.Errorf("variants %q, want both spellings", v)
	}
	if g.Speaker(a) != "Alan Brook" {
		t.Errorf("group speaker %q", g.Speaker(a))
	}
}

// Short quotations join a group on their words alone only when both
// speakers are known, or (three words or more) when they are reported
// within days of each other.
func TestMemoryGroupsShort(t *testing.T) {
	day := time.Date(2010, 6, 3, 12, 0, 0, 0, time.UTC)
	year := 365 * 24 * time.Hour
	long := "People now see that the rescue plan is not going to be enough, and it may be the right thing to do but the hole keeps growing"
	tests := []struct {
		name        string
		text1, spk1 string
		text2, spk2 string
		apart       time.Duration
		same        bool
	}{
		{"one word, one speaker unknown", "unprecedented", "Mary Okafor", "unprecedented", "", 0, false},
		{"one word, both unknown", "historic", "", "historic.", "", 0, false},
		{"one word, same speaker", "tiny", "Tom Hale", "tiny,", "Hale", 30 * 24 * time.Hour, true},
		{"one word, other speaker", "tiny", "Tom Hale", "tiny", "Ann Wu", 0, false},
		{"four words, unknown, same week", "a positive step forward", "Kim Dorr", "positive step forward.", "", 3 * 24 * time.Hour, true},
		{"four words, unknown, a year apart", "a positive step forward", "Kim Dorr", "a positive step forward", "", year, false},
		{"truncation, unknown, years apart", long, "Ed Marsh", "the right thing to do", "", 3 * year, false},
		{"truncation, unknown, same day", long, "Ed Marsh", "the right thing to do but the hole", "", 0, true},
		{"truncation, both known", long, "Ed Marsh", "the right thing to do", "Marsh", 3 * year, true},
		{"five words, unknown, years apart", "we will not back down", "Lea Moss", "We will not back down.", "", 3 * year, true},
	}
	for _, tt := range tests {
		var g MemoryGroups
		a, _ := g.Add(tt.text1, tt.spk1, day)
		b, _ := g.Add(tt.text2, tt.spk2, day.Add(tt.apart))
		if (a == b) != tt.same {
			t.Errorf("%s: grouped %v, want %v", tt.name, a == b, tt.same)
		}
	}
}

// TestWordGluedBeforeAKnownGivenName: a word before a known person's
// given name with no surname ("Planet Marla was in a parallel
// universe") does not make a second person who takes her later "Marla".
func TestWordGluedBeforeAKnownGivenName(t *testing.T) {
	post := domain.Post{Text: "Marla Ruzek was at first easy to dismiss.\n\nPlanet Marla was located in a parallel, ditzy universe.\n\nLast Friday, Marla left a message for her parents: \"Mom and Dad, I love you.\""}
	people := []domain.Entity{{Name: "Marla Ruzek", Type: domain.PER}}
	got := FindWith([]domain.Post{post}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Marla Ruzek" {
		t.Fatalf("got %+v, want Marla Ruzek's", got)
	}
}

// TestDatelinePlaceInTheHeader: a dateline's place that the page's
// header writes first is no one, in the header and in the dateline
// after it: no mention of it may speak.
func TestDatelinePlaceInTheHeader(t *testing.T) {
	f := newField(domain.FieldText, "GOLDEN BAY, Louisiana | Mon May 31, 2010 9:36 am EDT GOLDEN BAY, Louisiana (Reuters) - Carol Terrell, a wholesale retailer, laughs when asked about the payout she has received.")
	for _, m := range f.scanMentions() {
		if p := f.phrase(m.s, m.e); strings.Contains(p, "GOLDEN") || strings.Contains(p, "BAY") {
			t.Errorf("mention %q of the dateline's place", p)
		}
	}
}

func TestFindWithKnownPeople(t *testing.T) {
	post := domain.Post{Text: "Speaking in Geneva, Varga said the talks were \"the last chance\"."}
	if got := Find([]domain.Post{post})[0]; len(got) != 1 || got[0].Speaker != "Varga" {
		t.Fatalf("without known people: %+v", got)
	}
	people := []domain.Entity{{Name: "Elena Varga", Type: domain.PER, Aliases: []string{"Ms Varga"}, Roles: []domain.Role{{Title: "Transport Minister"}}}}
	got := FindWith([]domain.Post{post}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Elena Varga" || got[0].SpeakerMention != "Varga" {
		t.Fatalf("with known people: %+v", got)
	}
	role := domain.Post{Text: "The transport minister said the strike was \"a test of patience\"."}
	got = FindWith([]domain.Post{{Text: "Elena Varga flew in on Monday."}, role}, Options{People: people})[1]
	if len(got) != 1 || got[0].Speaker != "Elena Varga" {
		t.Fatalf("description with known people: %+v", got)
	}
}

func TestEventsLatest(t *testing.T) {
	cue := func(tok int) attr { return attr{has: true, cue: "cue", tok: tok} }
	quoted := func(tok int) attr { return attr{has: true, cue: "quoted", tok: tok} }
	ev := &events{cues: []attr{cue(3), cue(10), cue(20)}}
	for _, a := range []attr{quoted(5), {tok: 8}, quoted(10), quoted(25)} {
		ev.add(a)
	}
	tests := []struct {
		tok  int
		want attr
		ok   bool
	}{
		{3, attr{}, false},
		{4, cue(3), true},
		{6, quoted(5), true},
		{10, quoted(5), true},  // the attribution without a speaker is not an event
		{11, quoted(10), true}, // an attribution at a cue's token comes after it
		{21, cue(20), true},
		{30, quoted(25), true},
	}
	for _, tt := range tests {
		got, ok := ev.latest(tt.tok)
		if ok != tt.ok || got.tok != tt.want.tok || got.cue != tt.want.cue {
			t.Errorf("latest(%d) = %+v, %v; want %+v, %v", tt.tok, got, ok, tt.want, tt.ok)
		}
	}
	var none *events
	if _, ok := none.latest(5); ok {
		t.Error("nil events have a latest")
	}
}

// TestPronounNeverAPluralName: "he" is never a plural of people that the
// tagger passed in as a person's name ("Scientists" opening a sentence).
func TestPronounNeverAPluralName(t *testing.T) {
	post := domain.Post{Text: "Ivo Kral, a marine scientist, said the samples were sent away, since Stanford scientists had sampled the area a year ago.\n\n\"This is not natural seep,\" he said."}
	people := []domain.Entity{{Name: "Scientists", Type: domain.PER}, {Name: "Ivo Kral", Type: domain.PER}}
	got := FindWith([]domain.Post{post}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Ivo Kral" {
		t.Fatalf("got %+v, want Ivo Kral's quotation", got)
	}
}

// TestTheCompanyIsTheBodyOfThePost: "the company" with no firm as a
// subject nearby is the body the post is about (named most, a subject,
// and lately), and stays a description when no body stands out.
func TestTheCompanyIsTheBodyOfThePost(t *testing.T) {
	text := "Norvik said on Monday that the leak had slowed.\n\nNorvik shares fell 3 percent in London.\n\nEngineers at the site worked through the night.\n\nNorvik hopes to finish by May.\n\nThe weather turned bad on Tuesday, and crews left the platform.\n\nThe company said the cap would give \"a tighter fit\" next month."
	people := []domain.Entity{{Name: "Norvik", Type: domain.ORG}, {Name: "Halco", Type: domain.ORG}}
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Norvik" {
		t.Fatalf("got %+v, want Norvik's quotation", got)
	}
	even := strings.Replace(text, "Engineers at the site", "Halco said its engineers, with Halco staff and Halco divers,", 1)
	got = FindWith([]domain.Post{{Text: even}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "company" {
		t.Fatalf("two bodies named as often: got %+v, want the description", got)
	}
}

// TestPronounBeforeItsName: "he" opening a subordinate clause that opens
// its sentence is the person the main clause names after it, not the
// speaker quoted before.
func TestPronounBeforeItsName(t *testing.T) {
	text := "\"Sales slipped in the third quarter,\" said Jon Berg, a company spokesman.\n\nAlthough he called the market \"highly competitive,\" Mr. Lindqvist, the chairman, forecast higher earnings for the year."
	people := []domain.Entity{{Name: "Tomas Lindqvist", Type: domain.PER}, {Name: "Jon Berg", Type: domain.PER}}
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	if len(got) != 2 || got[1].Speaker != "Tomas Lindqvist" {
		t.Fatalf("got %+v, want Tomas Lindqvist's words second", got)
	}
}

// TestInvertedTitleThenName: after an inverted "said", a title without
// an article and the name after its comma: the name speaks.
func TestInvertedTitleThenName(t *testing.T) {
	text := "Officials would have to verify the spread first.\n\n\"Once I get firm evidence, I will make the announcement,\" said WHO director general, Ada Lindqvist."
	people := []domain.Entity{{Name: "Ada Lindqvist", Type: domain.PER}}
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Ada Lindqvist" {
		t.Fatalf("got %+v, want Ada Lindqvist's words", got)
	}
}

// TestPolicyNameIsATerm: a name in marks before a noun of policy is the
// policy's name, not words someone said.
func TestPolicyNameIsATerm(t *testing.T) {
	text := "Ministers said they were committed to the \"one region, two systems\" formula that grants the island its courts."
	got := FindWith([]domain.Post{{Text: text}}, Options{})[0]
	if len(got) != 1 || got[0].Kind != domain.QuoteScare {
		t.Fatalf("got %+v, want one term (scare)", got)
	}
}

// TestPronounAfterASubjectNoOneTagged: when the subject "he" would take
// is a capitalised phrase of common words that the tagger named nobody
// ("Big Coal"), the speaker is unknown rather than a person from further
// back; a name of no common words the tagger missed may still be "he".
func TestPronounAfterASubjectNoOneTagged(t *testing.T) {
	people := []domain.Entity{{Name: "Ivo Kral", Type: domain.PER}}
	text := "Ivo Kral, the mine's owner, said the big seam was closed.\n\nThe price of coal fell on Monday.\n\n" +
		"Big Coal is pulling together to help the miners, according to the union.\n\n\"It's unbelievable teamwork,\" he says."
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "" {
		t.Fatalf("got %+v, want one quotation with no speaker", got)
	}
	missed := strings.Replace(text, "Big Coal is pulling together to help the miners, according to the union.", "Keiji Harunobu is pulling together a plan to help the miners.", 1)
	got = FindWith([]domain.Post{{Text: missed}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Keiji Harunobu" {
		t.Fatalf("got %+v, want Keiji Harunobu's quotation", got)
	}
}

// TestSpeakerWithSuffix: a speaker named with "Jr." is read whole, not as
// a description ("U.S. Attorney James Varnow Jr. said" is no "attorney"
// left to the person the post is about).
func TestSpeakerWithSuffix(t *testing.T) {
	text := "Ivo Kral Jr. pleaded guilty on Friday.\n\nU.S. Attorney James Varnow Jr. said in the release that free speech does not protect people who \u201cmake threats to harm lawmakers.\u201d"
	people := []domain.Entity{{Name: "Ivo Kral Jr.", Type: domain.PER}, {Name: "James Varnow", Type: domain.PER}}
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "James Varnow" {
		t.Fatalf("got %+v, want James Varnow's quotation", got)
	}
}

// TestSurnameAfterItsSubject: a surname names the person of that surname
// who was the subject of the sentence before, whoever else of the name the
// post quoted more.
func TestSurnameAfterItsSubject(t *testing.T) {
	text := "Make-up artist Sally Ibrahim has protested every day. \u201cWe are not going to stop,\u201d Ibrahim said. \u201cWe will carry on,\u201d Ibrahim added.\n\nSara Ibrahim, a mother of two, took her sons to the protest. \u201cIt means a lot to us,\u201d Ibrahim said."
	people := []domain.Entity{{Name: "Sally Ibrahim", Type: domain.PER, Aliases: []string{"Ibrahim"}}, {Name: "Sara Ibrahim", Type: domain.PER, Aliases: []string{"Ibrahim"}}}
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	var speakers []string
	for _, q := range got {
		speakers = append(speakers, q.Speaker)
	}
	if want := []string{"Sally Ibrahim", "Sally Ibrahim", "Sara Ibrahim"}; !slices.Equal(speakers, want) {
		t.Errorf("speakers %q, want %q", speakers, want)
	}
	// not one acted on, nor the person a speaker speaks of
	for _, text := range []string{
		"Omar Ibrahim has led the protest for a week. \u201cWe will carry on,\u201d Ibrahim added.\n\nSara Ibrahim was arrested on Monday. \u201cShe did nothing wrong,\u201d Ibrahim said.",
		"Omar Ibrahim has led the protest for a week. \u201cWe will carry on,\u201d Ibrahim added.\n\nSara Ibrahim joined him on Monday. \u201cShe is very brave,\u201d Ibrahim said of his wife.",
	} {
		people := []domain.Entity{{Name: "Omar Ibrahim", Type: domain.PER, Aliases: []string{"Ibrahim"}}, {Name: "Sara Ibrahim", Type: domain.PER, Aliases: []string{"Ibrahim"}}}
		got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
		if len(got) != 2 || got[1].Speaker != "Omar Ibrahim" {
			t.Errorf("%q: got %+v, want Omar Ibrahim's words second", text, got)
		}
	}
}

// TestSameSpeaker: names by lang.SamePerson; descriptions by their head,
// there being no name to tell them apart.
func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"John Kerry", "Kerry", true},
		{"Bill Clinton", "Hillary Clinton", false},
		{"distressed Californian commuter", "distressed California commuter", true},
		{"family friend", "female friend", true},
		{"family friend", "police spokesman", false},
		{"", "Kerry", true},
		{"Harbour Bank", "Harbour Bank Global Markets", true},
		{"Harbour Bank", "Harbour Banking Group", false},
	} {
		if got := SameSpeaker(c.a, c.b); got != c.same {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// TestReportOfAWatchdog: "it says" after a report of a body the tagger
// named ("Human Rights Watch") is the body's.
func TestReportOfAWatchdog(t *testing.T) {
	text := "The Human Rights Watch report concludes that the attacks were unlawful.\n\n\u201cNo justification holds,\u201d it says."
	got := FindWith([]domain.Post{{Text: text}}, Options{People: []domain.Entity{{Name: "Human Rights Watch", Type: domain.ORG}}})[0]
	if len(got) != 1 || got[0].Speaker != "Human Rights Watch" {
		t.Fatalf("got %+v, want Human Rights Watch's words", got)
	}
}

// TestReferentWithKnownPeople: whom "he" or "it" stands for when the
// tagger's people are known. The subject of a relative clause on a noun
// ("the guy that Goebbels learned propaganda from") is someone the
// sentence speaks of; "it" after "The agency may decide … the whole
// company '…'" is the agency, its sentence's subject, not the company
// named after it; a person set off after a description and followed by
// "who" in a sentence about no other person ("came from one early
// practitioner, Peter Merholz, who meant it as a joke") is whom "he" in
// the next paragraph stands for, but in a sentence about someone else
// that one stays the topic.
func TestReferentWithKnownPeople(t *testing.T) {
	per := func(names ...string) []domain.Entity {
		var es []domain.Entity
		for _, n := range names {
			es = append(es, domain.Entity{Name: n, Type: domain.PER})
		}
		return es
	}
	tests := []struct {
		name, text string
		people     []domain.Entity
		want       string // the speaker of the last quotation
		one        bool   // and it is the only one
	}{
		{"relative clause", "This comes from Edward Bernays.\n\nHe's the author of the book.\n\nHe's the guy that Goebbels learned propaganda from.\n\nHe says, \"The conscious manipulation of the masses is an important element in a democratic society.\"",
			per("Edward Bernays", "Goebbels"), "Edward Bernays", true},
		{"a body opening its sentence", "The Harbour Protection Agency plays the lead role. Its deliberations, however, are suspended until the inquiry ends, according to a spokeswoman for Norvik Oil. The agency may decide to shut off contracts with divisions within Norvik Oil, or with the whole company \"if it is in the public interest to do so,\" it said in May.",
			[]domain.Entity{{Name: "Harbour Protection Agency", Type: domain.ORG}, {Name: "Norvik Oil", Type: domain.ORG}}, "Harbour Protection Agency", true},
		{"a person brought in with who", "The term was probably coined by the programmer John Barger.\n\nAs early as 1997, Barger began posting brief daily updates to his website.\n\nIt was these updates that came to define the form.\n\n\"Blog\", the short form of the word - which also serves as a verb, meaning \"to run a blog\" - probably came from one early practitioner, Peter Merholz, who meant it as a joke.\n\n\"For the record, I will say the word 'weblog' as 'wee-blog'.\n\nOr 'blog' for short,\" he wrote on his site in 1999.\n\n\"I didn't think much of it,\" he explained later.",
			per("John Barger", "Peter Merholz"), "Peter Merholz", false},
		{"who in a sentence about another", "Bob Dudley spoke in London.\n\nDudley refused to criticise his predecessor, Tony Hayward, who had been attacked for his gaffes.\n\n\"We will do the right thing,\" he said.",
			per("Bob Dudley", "Tony Hayward"), "Bob Dudley", false},
	}
	for _, tt := range tests {
		got := FindWith([]domain.Post{{Text: tt.text}}, Options{People: tt.people})[0]
		if len(got) == 0 || got[len(got)-1].Speaker != tt.want || tt.one && len(got) != 1 {
			t.Errorf("%s: got %+v, want the last quotation %s's", tt.name, got, tt.want)
		}
	}
}
