package quote

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestNotAName(t *testing.T) {
	for w, want := range map[string]bool{
		"Meanwhile": true, "Don't": true, "However": true, "Clearly": true, "Instead,": true, "The": true,
		"He": false, "She": false, "They": false, "McNally": false, "Kelly": false, "Reilly": false,
		"Maria Lopez": false, "Kerry": false, "": false,
	} {
		if got := notAName(w); got != want {
			t.Errorf("notAName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPronounsAndDescriptions: pronouns and descriptions stand only for
// people of a compatible gender and number; with none, the speaker stays
// unknown (a pronoun) or is the description itself.
func TestPronounsAndDescriptions(t *testing.T) {
	tests := []speakerCase{
		{"a president is not the first lady of his surname",
			"President Harlow was briefed on Monday.\n\nHe and first lady Maria Harlow held a picnic later.\n\nPresident Harlow met the governors.\n\nThe president said the region would \"bounce back\" soon.", "Harlow"},
		{"nor is the surname alone hers",
			"President Harlow was briefed on Monday.\n\nHe and first lady Maria Harlow held a picnic later.\n\nHarlow flew to the coast.\n\nHe called the spill \"a disaster\" and left.", "Harlow"},
		{"someone in a place is not the place, whatever modifies it",
			"The channel showed the protests all night.\n\nA viewer in neighbouring Bahrain said: \"We watched it all and we were angry.\"", "viewer in neighbouring Bahrain"},
		{"someone from a body is not the body",
			"The channel showed the protests all night.\n\nOne student from Cairo University said: \"We watched it all and we were angry.\"", "student from Cairo University"},
		{"a mouthpiece of a body with modifiers",
			"The channel showed the spill all night.\n\nA spokesman for the oil giant Marlex said: \"We are doing all we can.\"", "spokesman for the oil giant Marlex"},
		{"an inner verb that introduces the words keeps them",
			"Kelly Cole lost her husband in Iraq last year.\n\nShe said that her husband Shane had told her: \"Do not worry about me.\"", "Shane"},
		{"but not when a pronoun names the outer speaker",
			"Tom Ruiz spoke in Ames on Monday.\n\nRuiz said he told reporters: \"We will win.\"", "Tom Ruiz"},
		{"a mouthpiece for a titled person is the mouthpiece",
			"The ministers met on Monday.\n\n\"We will ask for a meeting,\" said a spokeswoman for EU health commissioner Ana Vassila.", "spokeswoman for EU health commissioner Ana Vassila"},
		{"the head of a body named only as one of its kind is someone new",
			"Antonio Pereira spoke in Rio on Monday.\n\nBanks are continuing to sell assets.\n\n“Maybe we have turned a corner,” the worried chief executive of one leading hedge fund told me.", "worried chief executive"},
		{"a person after in is no place",
			"Marlex has a sympathiser in Joe Barton, a senator from Texas.\n\nHe says there is a system \"built on old traditions\" here.", "Joe Barton"},
		{"a minister for a portfolio is no person named after it",
			"The harbour board met on Monday.\n\nThe Minister for Fisheries said the plan was \"long overdue\".", "Minister for Fisheries"},
		{"a title for a portfolio, then the name",
			"The harbour board met on Monday.\n\nHigh Commissioner for Harbour Affairs Navi Okafor on Friday called on the board \"to exercise restraint\".", "Navi Okafor"},
		{"a title for a portfolio, then a known given name",
			"The harbour board met on Monday.\n\nThe Minister for Health Ann Reyes said the clinic would \"stay open\".", "Ann Reyes"},
		{"a pronoun after a sentence about a person's words",
			"The journalist Tom Fenwick debated the MP on Wednesday and called him ridiculous.\n\nMr Harcourt's comments after his trip were among his most controversial. He told the radio station: \"The government there is a friend of the people.\"", "Harcourt"},
		{"pronoun after an organisation and a person",
			"Nadia Orlov met officials of the Harbour Authority on Monday.\n\n\"We need the new pier,\" she said.", "Nadia Orlov"},
		{"pronoun after a place",
			"Governor Carla Mendes flew back to South Dakota on Friday.\n\n\"The roads are open again,\" she said.", "Carla Mendes"},
		{"pronoun after a building",
			"Mr. Osei toured Lambert Tower with the architects.\n\n\"It is a fine design,\" he said.", "Osei"},
		{"she is not given to a man",
			"Thomas Grady and Maria Lopez spoke after the vote. Thomas Grady left early.\n\n\"I am relieved,\" she said.", "Maria Lopez"},
		{"he is not given to a woman",
			"Maria Lopez praised Daniel Kerr on Tuesday.\n\n\"It was a fair deal,\" he said.", "Daniel Kerr"},
		{"a pronoun learns its person's gender",
			"Ines Varga met Peter Hale. She said the talks went well. Hale left.\n\n\"We agreed on everything,\" she said.", "Ines Varga"},
		{"nothing compatible: unknown",
			"The Harbour Authority published its figures for Lake County.\n\n\"The numbers are bad,\" she said.", ""},
		{"they is not an organisation or a place",
			"The Harbour Authority met in Ohio on Monday.\n\n\"We will appeal,\" they said.", ""},
		{"they is a group of people",
			"Democrats gathered in the hall on Monday.\n\n\"We will appeal,\" they said.", "Democrats"},
		{"they is no group of a story further up",
			"Democrats gathered in the hall on Monday.\n\nThe ferry left at noon.\n\nThe pier was closed.\n\nThe tide rose.\n\nThe wind dropped.\n\n\"We will appeal,\" they said.", ""},
		{"a name qualifying a group is no one",
			"Lena Ortiz spoke to parents.\n\nShe described the schools and the conservative Shia groups, which are certain to win the vote.\n\n\"They take a room in every school,\" she said.", "Lena Ortiz"},
		{"a description set off by commas before its name",
			"Analysts are mooting a Vantor bankruptcy.\n\nA Harbour Times columnist, Ana Lind, guessed that the cost of the leak could reach a staggering $40bn, making collapse a real possibility.\n\n" +
				"A prominent, albeit retired, oil analyst, Ivo Kral, has been touring television studios to declare that the oil spill was \u201centirely Vantor's fault\u201d and that the company will be bust within months.", "Ivo Kral"},
		{"a magazine described",
			"Ivo Kral joined the protesters on Friday.\n\nHarbour magazine has described him as \"the most trusted man in the port.\"", "Harbour magazine"},
		{"a name's possessive description and the name after it",
			"Ivo Kral ran the hotel.\n\nHarbour Town's health minister, Omar Varga, was grateful to the guests.\n\n\"I want to thank them.\"", "Omar Varga"},
		{"a role with a tail before the name",
			"Lena Ortiz spoke first.\n\nThe ship will arrive \"toward the end of June,\" the Harbour Board's point man for the leak, Admiral Omar Varga, said.", "Omar Varga"},
		{"an interjection is no one",
			"Ah, but she won't. Not even at home.\n\n\"More coffee?\" she asks.", ""},
		{"a preposition opening a sentence is no given name",
			"Jo Lee reports Like Ana Lind, Tavi Roe had a dream.\n\nTavi was after something more basic.\n\n\"I wanted a house with a fence,\" he says.\n\nLike Tavi, Nicole has waited for years.", "Tavi Roe"},
		{"initials before a surname after a body's title",
			"\"We are watching the port,\" Harbour Department Spokesman T.J. Varga said on Monday.", "T.J. Varga"},
		{"a reader's comment closed by two hyphens and a name",
			"Views expressed in the comments are their own.\n\n\u201cThere is a problem with limits on liability.\n\nThat is planning gone mad.\u201d -- Tavi H. Roe Jr.\n\nThis discussion is now closed.", "Tavi H. Roe Jr."},
		{"a byline after words the sentence reports",
			"Omar Varga said Monday that his party was \"still the first force in the port.\"--Lena Ortiz.", "Omar Varga"},
		{"an indefinite description after a colon",
			"At the palace: Varga welcomes Harbour President Omar Lind to the port.\n\nBoth men praise the crews.\n\nIn the bay: A U.S. official says it is \"increasingly likely\" the oil will reach the beach.", "U.S. official"},
		{"an acronym that spells a word",
			"Flu viruses mutate and \"a virulent strain can never be ruled out,\" the WHO said.", "WHO"},
		{"a body's title ending in an acronym",
			"Lena Ortiz spoke first.\n\nThe director general of the WHO said: \"We are seeing a range of severity.\"", "director general of the WHO"},
		{"a person and the body he is of",
			"The gas is both incendiary and toxic.\n\nAs Peter Varga of the Organisation for the Prohibition of Toxic Arms told the radio last week: \"If it is used as a weapon, that is prohibited.\"", "Peter Varga"},
		{"who issued the statement, in the second clause",
			"Democrats pounced on the apology.\n\nSenator Omar Varga called the remarks outrageous and the Harbour Board issued a statement calling on both parties to \"repudiate his comments.\"", "Harbour Board"},
		{"a body's name with 'and' in it",
			"The leak grew again on Monday.\n\nThe National Oceanic and Coastal Administration said the slick was \"larger than feared\".", "National Oceanic and Coastal Administration"},
		{"'and' between a person and a body",
			"The leak grew again on Monday.\n\n\"It is larger than feared,\" said Harbour Secretary Ana Lind and Port Safety Agency.", "Ana Lind"},
		{"the company named before",
			"Vantor Drilling Inc. disputed the charges on Wednesday.\n\n\"No contractor has ever been held liable for such a leak,\" the company said in a statement.", "Vantor Drilling Inc"},
		{"they: the agent of a passive before",
			"A vaccine strain has been produced by harbour scientists. It is a \"crucial step\" for the makers, they said.", "scientists"},
		{"they: not the agent of a participle with no auxiliary",
			"A dispersant made by harbour chemists is in short supply. It is a \"crucial step\" for the makers, they said.", ""},
		{"quoted as saying",
			"Harbour Wire news agency quotes Vantor Oil Ltd as saying it would \"co-operate with any inquiry\" into the leak.", "Vantor Oil Ltd"},
		{"an indefinite description is no one named pages on",
			"A Republican senator said the leak was \"a disgrace\" on Monday.\n\nThe port reopened on Tuesday.\n\nShips queued for hours.\n\nFish prices fell.\n\nTrade picked up by Friday.\n\nRepublican Senator Omar Varga, who chairs the committee, visited the pier.", "Republican senator"},
		{"a bare surname is the bearer named most, not the latest",
			"President Omar Varga opened the port on Monday. Omar Varga thanked the crews, and Omar Varga toured the pier. His wife, Lena Varga, cut the ribbon.\n\n\"We will rebuild the harbour,\" Varga said.", "Omar Varga"},
		{"a work's title is no person",
			"Ana Lind still finds it hard to talk about it.\n\nWeb of Angels was the first novel she ever sold. But later, caring for her family left her \"pretty overwhelmed,\" she said.", "Ana Lind"},
		{"a writer is not the salient president",
			"President Omar Haddad spoke in the capital on Monday.\n\nTime writer says Haddad is \"not ready\" for the vote.", "Time writer"},
		{"a description is not another party's person",
			"Republican Senator Alan Reyes spoke first.\n\n\"We can win Ohio,\" the Democratic nominee said.", "Democratic nominee"},
		{"a description goes to the salient person",
			"Senator Alan Reyes spoke at the rally.\n\n\"We can win Ohio,\" the senator said.", "Alan Reyes"},
		{"a plural description is not one person",
			"Senator Alan Reyes spoke at the rally.\n\n\"We can win Ohio,\" the organizers said.", "organizers"},
		{"an ordinary person described speaks through a participle",
			"The ferry line has drawn criticism.\n\nOne Facebook commenter captured the mood, saying: \"They raise fares and cut crossings.\"", "Facebook commenter"},
		{"a man of some kind speaks through a participle",
			"The ferry line has drawn criticism.\n\nA fisherman summed it up, saying: \"We have nothing left.\"", "fisherman"},
		{"an office is not a person described by an occupation",
			"Ana Lind, a nurse who has lived by the bay for years, spoke against the work.\n\nThe mayor defended the plan. \"This is the best chance we have had,\" the mayor said.", "mayor"},
		{"nor another office",
			"Mayor Ana Lind opened the pier on Monday.\n\nThe minister called the plan \"a sensible start\".", "minister"},
		{"a pronoun in a relative clause is who the clause hangs on",
			"Omar Varga took the chair on Monday. He said he had great respect for the board.\n\nSome were glad to see the back of Ivo Kral, who had angered the town by saying he wanted his \"peace and quiet\" back.", "Ivo Kral"},
		{"but not when the relative pronoun is the object",
			"Ivo Kral spoke at the rally on Monday.\n\nHe attacked the deal made by Mayor Omar Varga, who he said was \"asleep at the wheel\".", "Ivo Kral"},
		{"a person the sentence before names comes before the subjects of earlier ones",
			"Senator Tom Ruiz said the port would reopen.\n\nLocal leaders have yet to talk about the cost, something that worries campaigners such as Michael Brune. \"There is no mention yet of the root of this,\" he said.", "Michael Brune"},
		{"but not one a participle takes as its object",
			"Lord Omar Varga answered the charge.\n\nThe row centres on the gap between giving Mr Ivo Kral advice and the statement. In a statement, he said \"the document stands up our case.\"", "Omar Varga"},
		{"an army general is no attorney general",
			"Attorney General Omar Varga advised the cabinet in March.\n\nThe highest-ranking US general said the dogs were used to \"exploit the prisoners' fears\".", "highest-ranking US general"},
		{"no one reports in a passive \"are reported to\"",
			"The agency raised its alert on Tuesday.\n\nPersonally, I would try to avoid travel to the areas which are reported to be at the centre of the cluster WHO Assistant Director General Dr Omar Varga said it signalled a \"significant step towards a pandemic\".", "Omar Varga"},
		{"as someone put it",
			"The council warned that the pier was unsafe and the board, as one man involved in the clean-up operation put it, \"would not see a penny back\".", "man"},
		{"\"as it responds to\" acts",
			"WASHINGTON (Reuters) - The government will keep a \"boot on the neck\" of the company, as it responds to a huge oil spill in the bay, Interior Secretary Omar Varga said on Sunday.", "Omar Varga"},
		{"two people named as one subject are \"they\"",
			"Congressmen Omar Varga of Ohio and Ivo Kral of Maine said the audit was finished. They also note that requests were ignored. \"We would like to know why,\" they wrote.", "Omar Varga of Ohio and Ivo Kral of Maine"},
		{"who issued the statement",
			"The flu spread fast in May. The CDC issued a statement that \"one in four people could fall ill\".", "CDC"},
		{"a description set off before the name in apposition",
			"The pier reopened on Monday.\n\n\"We will rebuild,\" the harbour master, Tom Ruiz, said.", "Tom Ruiz"},
		{"a body's name set off after its description",
			"Waiting lists rose again.\n\n\"This is the worst winter in a decade,\" a patients' charity, Hale Trust, said in a statement.", "Hale Trust"},
		{"and after a definite one, named with its article",
			"Waiting lists rose again.\n\n\"This is the worst winter in a decade,\" the nurses' union, the NWU, said.", "NWU"},
		{"an office is not an unnamed person described by occupation",
			"Queues grew on Monday.\n\nOne nurse said it was the longest week of her career.\n\nThe health minister said more staff would come. \"We will not leave any clinic without help,\" the minister said.", "health minister"},
		{"an acronym's possessive is no \"who's\", and its director no other body's",
			"Flu checks widen.\n\nThe country has stockpiled doses, said Ben Cole, director of the National Institute for Diseases.\n\nBut the WHO's country director has said that \"if it comes here it will challenge the authorities\".", "WHO's country director"},
		{"an object pronoun is not its clause's subject, nor tells that subject's gender",
			"Border\n\nForeign Minister Eva Moravec signed the deal. Her counterpart, Bogdan Rusnak, stood beside her.\n\nRusnak was more cautious. He said the crossing would open on Monday. \"Trust is built by actions,\" he said.", "Bogdan Rusnak"},
		{"an elder brother named in full is that person, not a description",
			"Cup\n\nDanny Obi scored twice on Saturday.\n\nObi's older brother, Samuel Obi, who also came through the academy, flew in for the match. He said his younger brother had always been \"the talented one\" in the family.", "Samuel Obi"},
		{"a son who shares his father's name is not the father",
			"Race\n\nRonald K. Harlan spoke on Monday.\n\nThat prompted a harsh response from Ronald Harlan Jr., who suggested in an interview that the aide was trying to \"maintain relevance.\"", "Ronald Harlan Jr"},
		{"a company's name with its abbreviation before a relative clause speaks",
			"Gas\n\nThe shell was made by a company called Harlow Arms Inc., which describes itself as a \"tactical weapons company\" and is based in Ohio.", "Harlow Arms Inc"},
		{"a group's description ends before its verb",
			"Yemen\n\nIn Yemen, a group of anti-government protesters marched toward the palace and chanted, \"First the king, now the prince,\" referring to the heir.", "group of anti-government protesters"},
		{"two people who speak together are both the speaker",
			"Spill\n\n\"We will hold the company to account,\" Ann Lee and Tom Ruiz said in a letter.", "Ann Lee and Tom Ruiz"},
		{"and so after their subject",
			"Spill\n\nAnn Lee and Tom Ruiz said in a letter: \"We will hold the company to account.\"", "Ann Lee and Tom Ruiz"},
		{"but two titles are one person's",
			"Spill\n\nHarlow Oil broke its silence on Monday.\n\n\"Frankly, we are shocked,\" Harlow Chairman and CEO Jim Hackett said in a statement.", "Jim Hackett"},
		{"a body called an executive is no chief executive",
			"Rig\n\nHarlow chief executive Tony Hale flew to Houston.\n\nThe Health and Safety Executive issued the rig's owner with a notice in 2006, criticising its testing.\n\n\"The tool used in pressure testing was not maintained.\"", "Health and Safety Executive"},
		{"a description its comma does not close leaves the name to speak",
			"BP\n\nInvestors shrugged.\n\nHowever, Dan Uhlig, a law professor and a former federal prosecutor said the lawsuit was a bad omen.\n\n\"I would say the department was making a statement,\" he said.", "Dan Uhlig"},
		{"a body's noun is the body of that name said before",
			"Kidneys\n\nA spokesperson for the National Kidney Alliance, a patient group, welcomed the findings. In a statement, the alliance said: \"For too long, people have been told that kidney damage simply happens to them.\"", "National Kidney Alliance"},
		{"and so is a union's",
			"Strike\n\nThe Amalgamated Port Workers Union called the strike on Monday. The union said on its website that the strike would go on \"until management comes back with a serious offer.\"", "Amalgamated Port Workers Union"},
		{"a plural possessive opens a description of a body",
			"Waiting lists rose again.\n\n\"This is the worst winter in a decade,\" the nurses' union said.", "nurses union"},
		{"the writer, not what was written in",
			"The festival opened on Friday.\n\nThe old ways give way to what Lind in her libretto calls \"cultivation and repose\".", "Lind"},
		{"a saying in the sentence before has no speaker",
			"Nevertheless, a survey conducted by analyst Ruth Abara found wide fears of the neighbour. \"One day we will all wake up speaking their language,\" is one common saying here.", ""},
	}
	checkSpeakers(t, tests)
}

// TestSpeakerMention: the mention tied to the quotation follows the
// clause structure even where the resolved speaker would be the same.
func TestSpeakerMention(t *testing.T) {
	tests := []struct {
		name, text, mention string
	}{
		{"what he called: the main clause's subject",
			"Omar Castillo condemned what he called a “brazen breach” of the rules.", "Omar Castillo"},
		{"in which he called: the main clause's subject",
			"Omar Castillo did not address his posts in which he called the mayor “a disgrace” on Monday.", "Omar Castillo"},
		{"in which she called for: the caller's",
			"Ana Lind wrote an essay in which she called for “a new harbour” at once.", "she"},
		{"nested: the outer subject over an inner pronoun",
			"Omar Castillo said on Monday that he hopes “somebody else takes up the cause” soon.", "Omar Castillo"},
		{"an age and a participle before the noun",
			"Her house was flooded to the first floor. “We were told we were safe,” said the 67-year-old retired teacher.", "the 67-year-old retired teacher"},
		{"nested: a comma before the inner pronoun",
			"Whatever Omar Castillo says, he thinks the plan is “far from safe.”", "he"},
	}
	for _, tc := range tests {
		got := Find([]domain.Post{{Text: tc.text}})[0]
		if len(got) != 1 || got[0].SpeakerMention != tc.mention {
			t.Errorf("%s: got %+v, want mention %q", tc.name, got, tc.mention)
		}
	}
}

// TestSoleSpeakerAndGoingOn: a post reporting one person's speech gives
// that person its quotations left without a speaker; a description that
// goes on with the speech ("added") is the speaker before it, though it
// names a body; and neither rule applies when another person speaks.
func TestSoleSpeakerAndGoingOn(t *testing.T) {
	tests := []speakerListCase{
		{"a quotation with no attribution in one speaker's post",
			"Former minister Ruth Keane told the chamber the harbour plan had failed. \"It was doomed from the start,\" Ms Keane said.\n\nThe failure to fund the pier, \"a decision we will regret for decades.\"\n\n\"We must start again,\" Ms Keane added.",
			[]string{"Ruth Keane", "Ruth Keane", "Ruth Keane"}},
		{"not when two people speak",
			"Former minister Ruth Keane told the chamber the plan had failed. \"It was doomed,\" Ms Keane said.\n\nThe failure to fund the pier, \"a decision we will regret for decades.\"\n\n\"We must start again,\" Ms Keane added. \"Nonsense,\" Tom Birch replied.",
			[]string{"Ruth Keane", "", "Ruth Keane", "Tom Birch"}},
		{"readers' letters, each signed and answered",
			"Professor Lena Ortiz answers readers' ideas for the leak.\n\n\"Drop a heavy dome over the pipe.\"\n\n\"Then pump the oil up through it.\"\n\n- Ivo Kral, Leeds, UK Prof Ortiz says: \"A dome would clog with ice.\"\n\n\"Freeze the well shut.\"\n\n- Jo, Bristol, UK Prof Ortiz says: \"It would take months.\"\n\n-- In Leeds, the scene was calm.",
			[]string{"Ivo Kral", "Ivo Kral", "Lena Ortiz", "Jo", "Lena Ortiz"}},
		{"a rank as a description",
			"\"The final call is made by the coordinator,\" Admiral Omar Varga said.\n\nAsked if that officer is him, the retired commandant said, \"Yes.\"",
			[]string{"Omar Varga", "Omar Varga"}},
		{"a plural description is not the post's one speaker",
			"Dr Ana Lind leads the survey. \"The signal was strong,\" Lind said. \"We saw it twice,\" Lind said.\n\nThe researchers think the volume is higher than \"exogenic\" processes could give, the team wrote.",
			[]string{"Ana Lind", "Ana Lind", "researchers"}},
		{"a definite description of someone an indefinite one brought in",
			"\"The talks have stalled,\" harbour minister Paul Adair said. \"We are close,\" Adair said.\n\nA senior harbour board official disputed that.\n\n\"There is no deal,\" the official said.",
			[]string{"Paul Adair", "Paul Adair", "senior harbour board official"}},
		{"a description going on with the speech",
			"Foreign minister Paul Adair said the talks had stalled.\n\nThe member for North Glenford added that both sides must \"come back to the table\" soon.",
			[]string{"Paul Adair"}},
	}
	checkSpeakerLists(t, tests)
}

// TestExclusiveKey: one party or nation under its several names, so that
// "the GOP nominee" fits a person known as the Republican nominee.
func TestExclusiveKey(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{{"gop", "republican", true}, {"democrat", "democratic", true}, {"u.s.", "american", true}, {"republican", "democratic", false}, {"british", "american", false}} {
		if got := exclusiveKey(c.a) == exclusiveKey(c.b); got != c.same {
			t.Errorf("exclusiveKey(%q) == exclusiveKey(%q): %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// TestVoicedByACrowd: words chanted or shouted are whoever chants them,
// never the reporter who tells of it or the place where it happens; with
// no one named, no one.
func TestVoicedByACrowd(t *testing.T) {
	tests := []speakerCase{
		{"the reporter after it", "The fighting has stopped and people are hugging and chanting \"We are one,\" Harbour Radio's Jo Reyes reports.", ""},
		{"the place in the subject", "Elsewhere, protesters in Kelso shouted slogans in three languages, chanting, \"Go home, Varga!\"", ""},
		{"a relative who", "Police clashed with striking students who chanted, \"No fees, no cuts!\"", "students"},
		{"a person", "A young boy shouted, \"The boats are coming!\"", "young boy"},
	}
	checkSpeakers(t, tests)
}

// speakerCase is a text with one quotation and the speaker it should get.
// TestNicknameInName: a nickname in marks inside a name is a scare
// quotation, and the name goes on over it to the surname: the speaker is
// the whole person, not the given names before the marks.
func TestNicknameInName(t *testing.T) {
	for _, tc := range []speakerCase{
		{"after the cue",
			"\"We will rebuild the levee,\" said Rep. Thomas R. \"Tommy\" Albright, who chairs the panel.", "Thomas R. Albright"},
		{"two words, the surname alone later",
			"The shrimper Nora \u201cBee Bee\u201d Castellanos said the boats stayed in port.\n\n\"We lost the season,\" Castellanos said.", "Nora Castellanos"},
	} {
		var kinds []domain.QuoteKind
		for _, q := range Find([]domain.Post{{Text: tc.text}})[0] {
			kinds = append(kinds, q.Kind)
			if q.Kind != domain.QuoteScare && q.Speaker != tc.speaker {
				t.Errorf("%s: %q by %q (mention %q), want %q", tc.name, q.Text, q.Speaker, q.SpeakerMention, tc.speaker)
			}
		}
		if !slices.Equal(kinds, []domain.QuoteKind{domain.QuoteDirect, domain.QuoteScare}) && !slices.Equal(kinds, []domain.QuoteKind{domain.QuoteScare, domain.QuoteDirect}) {
			t.Errorf("%s: kinds %v, want the nickname scare and the words direct", tc.name, kinds)
		}
	}
}

type speakerCase struct {
	name, text, speaker string
}

// checkSpeakers finds each case's one quotation and checks its speaker.
// TestCitedPersonAfterNoPerson: when the subject "he" would take is no
// person (a name the tagger did not give anyone, written in lower case
// elsewhere), a person the sentence cites with "according to" is who
// speaks next, not someone spoken to.
func TestCitedPersonAfterNoPerson(t *testing.T) {
	text := "The big firms and the oil men met on Monday.\n\nBig Oil is pulling together to help, according to Kent Wells, head of the crisis centre.\n\n\"It is unbelievable teamwork,\" he says."
	people := []domain.Entity{{Name: "Kent Wells", Type: domain.PER, Aliases: []string{"Kent Wells"}}}
	got := FindWith([]domain.Post{{Text: text}}, Options{People: people})[0]
	if len(got) != 1 || got[0].Speaker != "Kent Wells" {
		t.Fatalf("got %+v, want Kent Wells's", got)
	}
}

// TestFrontedDescription: a description fronted before the subject
// ("A newcomer from Kenya …, she plans") is not who speaks next; the
// speaker of the paragraph before goes on.
func TestFrontedDescription(t *testing.T) {
	text := "\"It is unfair,\" said Ana Lind, 44, a nurse from Larchmont. A newcomer from Kenya who became a citizen last year, she plans to vote in March. \"She has been through enough.\""
	got := Find([]domain.Post{{Text: text}})[0]
	if len(got) != 2 || got[1].Speaker != "Ana Lind" {
		t.Fatalf("got %+v, want the second quotation Ana Lind's", got)
	}
}

func checkSpeakers(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tc := range tests {
		got := Find([]domain.Post{{Text: tc.text}})[0]
		if len(got) != 1 {
			t.Errorf("%s: %d quotations, want 1", tc.name, len(got))
			continue
		}
		if got[0].Speaker != tc.speaker {
			t.Errorf("%s: speaker %q (mention %q), want %q", tc.name, got[0].Speaker, got[0].SpeakerMention, tc.speaker)
		}
	}
}

// TestPeopleBroughtInByDescriptions: an unnamed person who speaks ("said
// a 27-year-old deckhand") is who a "he" after them stands for, and a
// group they belong to is no "he"; a pronoun subject of a report is no
// one its clause names ("He said Kruse was …"), though a relative of that
// name or a body named after them may be; and "now" between a subject
// and its cue ("the site now explains") keeps the subject.
func TestPeopleBroughtInByDescriptions(t *testing.T) {
	tests := []speakerListCase{
		{"a speaker described by age and occupation, then he",
			"Allen Kruse ran a charter boat for twenty years.\n\n\"We are burying ourselves,\" said a 27-year-old deckhand who was working for Kruse on Wednesday.\n\nHe said Kruse was facing the same problems as others: \"It is just setting in with them.\"",
			[]string{"27-year-old deckhand", "27-year-old deckhand"}},
		{"a speaker described by age alone, then he",
			"A senior union official disputed that. \"Nothing has changed,\" the official said.\n\n\"We are losing money every day,\" said a 52-year-old haulier who was waiting outside the gates. He said the strike had cost his firm two contracts. \"If it goes on another week, I am finished.\"",
			[]string{"senior union official", "52-year-old haulier", "52-year-old haulier"}},
		{"a definite occupation is the person the post gave it",
			"\"We need a big response,\" said Lance Grimaldi, the local vet.\n\n\"I hope it is not that bad,\" replied Captain Ed Stanton.\n\n\"I mean in terms of focus,\" countered the vet.",
			[]string{"Lance Grimaldi", "Ed Stanton", "Lance Grimaldi"}},
		{"a pronoun subject of a report is no one its clause names",
			"Tom Ruiz, a deckhand, spoke at the dock on Wednesday. Allen Kruse had run a charter boat for twenty years.\n\nHe said Kruse was facing the same problems as others: \"It is just setting in with them.\"",
			[]string{"Tom Ruiz"}},
		{"but a relative of that name may be",
			"Carla Fenwick ran the firm. \"It will work,\" Fenwick said.\n\nFlying home one night, she told her husband, Frank Fenwick, that the merger would be \"a fight from start to finish.\"",
			[]string{"Carla Fenwick", "Carla Fenwick"}},
		{"and a body named after them",
			"Ted Barlow spoke in Ames on Monday. \"It was a good night,\" Barlow said.\n\nHe said the Barlow campaign's volunteers were \"the best in the state.\"",
			[]string{"Ted Barlow", "Ted Barlow"}},
		{"a group is no he",
			"Bahman Rostami shot the film in the mountains.\n\nThe story follows a group of Kurdish orphans in a refugee camp.\n\nHis aim, he says, was to show the \"pain and surrealism\" of war.",
			[]string{"Bahman Rostami"}},
		{"a subject, an adverb, then the cue",
			"The bloggers met in a pub on Monday.\n\n\"We are a varied group of libertarians,\" the site now explains.",
			[]string{"site"}},
	}
	checkSpeakerLists(t, tests)
}

// speakerListCase is a text and the speakers of its quotations that are
// not scare quotes, in order.
type speakerListCase struct {
	name, text string
	want       []string
}

func checkSpeakerLists(t *testing.T, tests []speakerListCase) {
	t.Helper()
	for _, tc := range tests {
		got := Find([]domain.Post{{Text: tc.text}})[0]
		var speakers []string
		for _, q := range got {
			if q.Kind != domain.QuoteScare {
				speakers = append(speakers, q.Speaker)
			}
		}
		if !slices.Equal(speakers, tc.want) {
			t.Errorf("%s: speakers %q, want %q", tc.name, speakers, tc.want)
		}
	}
}

// TestSpeakersPastPhrases: a quotation opening a paragraph with no cue
// of its own is the subject's of the sentence before, past a phrase of
// place that opens that sentence ("Back in Tehran, he looked"); a name
// after a descriptor that opens its sentence is its subject ("Crane
// operator Dev Okafor, 34, has worked …. He said"); and people named
// with a tail and an adverb before "put it" are who put it.
func TestSpeakersPastPhrases(t *testing.T) {
	checkSpeakerLists(t, []speakerListCase{
		{"a lead-in of place before the subject",
			"Bahman Rostami carried a copy of his film to the capital.\n\n\"I wanted to be the first to show a film there,\" he said.\n\nBack in the city after the screening, he looked at the footage.\n\n\"What I saw was startling: a land full of mines.\"",
			[]string{"Bahman Rostami", "Bahman Rostami"}},
		{"a descriptor before the name, its first word capitalised as the sentence's",
			"A senior union official disputed that. \"Nothing has changed,\" the official said.\n\nCrane operator Dev Okafor, 34, has worked at the port for years. He said the board was \"out of touch\".",
			[]string{"senior union official", "Dev Okafor"}},
		{"a first-person paragraph after a sentence whose subject hides behind an aside",
			"Colonel Tim Corran spoke to us at his house.\n\n\"My view is that we were sold a dummy,\" he said.\n\nWhile not averse to grand gestures - he is puffing on a vast cigar when we meet in the garden - he does not accept the hero tag.\n\n\"I'm not a hero. The men of the regiment are the heroes.\"",
			[]string{"Tim Corran", "Tim Corran"}},
		{"people with a tail who put it so",
			"The debate went on all day.\n\nSoldiers \"put themselves in harm's way\", as opponents of the war touchingly put it.",
			[]string{"opponents of war"}},
	})
}
