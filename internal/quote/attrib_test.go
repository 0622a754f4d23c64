package quote

import (
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

// TestAttributionRules: an attribution in the quotation's own sentence
// (or in the line right after a quotation that ends its paragraph) beats
// carrying a speaker over; a speaker is carried over only to quotations
// that continue a quotation; the speaker is a name or a noun phrase.
func TestAttributionRules(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
		kind                       domain.QuoteKind
	}{
		{"a number ends the subject's name",
			"“We will hold the line,” Minister Pia Holm said.\n\nThe commander of Air Wing 7 admitted that “we bombed both bridges”.",
			"we bombed both bridges", "commander of Air Wing 7", ""},
		{"a bracketed update before the subject",
			"“Talks go on,” said Ivo Kral, the envoy.\n\n(Update 9:10 p.m. in Oslo, 3:10 p.m. ET) Prime Minister Ana Lind welcomed the offer and said the deal “is a step toward a lasting peace.”",
			"is a step toward a lasting peace.", "Ana Lind", ""},
		{"a description named after a comma",
			"The road reopened on Friday.\n\nThe bridge is safe and “fully repaired”, says the senior engineer overseeing the work, Harbour Police Cmdr. Omar Castillo.",
			"fully repaired", "Omar Castillo", ""},
		{"the attribution on the next line",
			"“We are a club of friends,” said Nora Veld.\n\n“It felt like a secret club with its own handshake.”\n\nis how one member puts it.",
			"It felt like a secret club with its own handshake.", "member", ""},
		{"a quotation closed in the next paragraph",
			"“They will not pay,” Senator Rob Dahl said.\n\nThen there is the talk of readiness. “We had crews there from the first day.\n\nThis was treated as serious from the first day,” Interior Secretary Dana Moss said on Sunday.",
			"We had crews there from the first day.", "Dana Moss", ""},
		{"no carry-over into narration",
			"“Tourism is gone,” said the minister, Carlos Ruiz.\n\nIt may not help that a shirt on sale bears the slogan: “I went to Lima and all I got was a cold.”",
			"I went to Lima and all I got was a cold.", "", ""},
		{"carry-over to the next paragraph of quotation",
			"“Tourism is gone,” said the minister, Carlos Ruiz.\n\n“The hotels are empty and the beaches are closed.”",
			"The hotels are empty and the beaches are closed.", "Carlos Ruiz", ""},
		{"a paragraph of quotation after a statement takes its subject",
			"“Tourism is gone,” said the minister, Carlos Ruiz.\n\nHotel owner Lena Pardo disagreed with him on every point.\n\n“The hotels are full and the beaches are open.”",
			"The hotels are full and the beaches are open.", "Lena Pardo", ""},
		{"no carry-over past narration",
			"“Tourism is gone,” said the minister, Carlos Ruiz.\n\nThe weather was poor all week.\n\n“The hotels are full and the beaches are open.”",
			"The hotels are full and the beaches are open.", "", ""},
		{"an abstract subject is no speaker",
			"The agency was reorganised last year.\n\nThe move comes amid charges from senators that the agency was “too cozy” with the firms.",
			"too cozy", "", ""},
		{"a pronoun after an unnamed speaker",
			"Ana Cole, a company official, spoke first.\n\nAnother worker said he keeps to himself.\n\n“People treat you fine,” he said.",
			"People treat you fine,", "worker", ""},
		{"a contraction is no name",
			"It's Tom Roberts who has the last word.\n\n“We won,” he said.",
			"We won,", "Tom Roberts", ""},
		{"a common word opening a sentence is no name",
			"The last train left at noon.\n\nLast said the board “will meet again next week”.",
			"will meet again next week", "", ""},
		{"a pronoun does not go to a place the tagger knows",
			"Gen. Omar Saadi's wife Leila told reporters she had hope.\n\nBy chance, the Blue Crescent Bay looked calm.\n\n“He sounded tired,” she said.",
			"He sounded tired,", "Leila", ""},
		{"a name set off by dashes",
			"“It is early,” said Lena Berg.\n\nAnother scientist -- harbour modeler Jonas Weld -- admitted last week that the “tides are not predictable beyond a month.”",
			"tides are not predictable beyond a month.", "Jonas Weld", ""},
		{"a later cue joined by and shares the subject",
			"“We will see,” said Ivo Kral.\n\nEnergy Minister Rosa Lind “welcomed” the report and said she would read it closely.",
			"welcomed", "Rosa Lind", ""},
		{"a possessor's claim",
			"Harbour Watch checked Mayor Tom Ruiz's claim that there were “hundreds of leaks” in the old pipes.",
			"hundreds of leaks", "Tom Ruiz", ""},
		{"the tagger's organisation is no person",
			"Gen. Omar Saadi's wife Leila told reporters she had hope.\n\nBy chance, the Blue Crescent arranged a call.\n\n“He sounded tired,” she said.",
			"He sounded tired,", "Leila", ""},
		{"but a name with a particle stays a person",
			"Assembly-line painter Joao Pereira da Costa bought a new car in May. “I would not buy it now,” he said.",
			"I would not buy it now,", "Joao Pereira da Costa", ""},
		{"a transcript turn",
			"HOST: What about the farms?\n\nMAYOR DIAZ: We doubled the water budget.\n\nAnd we are telling them, ‘Now, for more water, you must share the wells with your neighbours.’\n\nHOST: Thank you.",
			"Now, for more water, you must share the wells with your neighbours.", "MAYOR DIAZ", ""},
		{"an indefinite description named after a comma",
			"The port is run by a private firm.\n\nA spokeswoman, Laura Bekele, said staff had been at the dock since Monday.\n\nShe said the firm was committed to “working with the crews to keep the harbour safe for everyone”.",
			"working with the crews to keep the harbour safe for everyone", "Laura Bekele", ""},
		{"a title is not part of the name",
			"“We hope so,” said Chief Operating Officer Dana Voss.",
			"We hope so,", "Dana Voss", ""},
		{"a quotation closed two paragraphs on",
			"Sen. Mary Odell warned about the rigs leaving.\n\n“If these rigs ever leave the coast, they will not come back.\n\nSome of them take years to build.\n\nThey are not coming home any time soon,” she said.",
			"If these rigs ever leave the coast, they will not come back.", "Mary Odell", ""},
		{"a participle after a name is a noun",
			"Envoy Carl Ross spoke to us in May.\n\nHe says the New York posting, which kept him busy for five years, was “dramatic”, “exciting”, “challenging”.",
			"challenging", "Carl Ross", ""},
		{"a subject after a lead-in closed by a colon",
			"Mexican President Luis Calderon says the spill is bad.\n\nAt the town hall: Governor Ana Pike travels to the coast to see the damage.\n\nShe calls the spill a “grave” disaster and pledges a “relentless” response.",
			"relentless", "Ana Pike", ""},
		{"a verb opening a sentence is no part of a name",
			"Says Peter Ortiz, the budget director: the plan is sound.\n\nSuch firms “look solvent only because it is hidden,” Ortiz said.",
			"look solvent only because it is hidden,", "Peter Ortiz", ""},
		{"an owner before a description and a name",
			"“This is the first good news in months,” said the BBC's business editor Ruth Penn.",
			"This is the first good news in months,", "Ruth Penn", ""},
		{"a film named in apposition is scare",
			"The director was finishing his film on the flood, “When the Levees Broke”, when the spill began.",
			"When the Levees Broke", "", domain.QuoteScare},
		{"a programme name in a transcript label is scare",
			"ANNA MARSH, “THIS WEEK WITH ANNA MARSH”: We left that crowd.",
			"THIS WEEK WITH ANNA MARSH", "", domain.QuoteScare},
		{"a value after a quoted key is scare",
			"{“title”: “Playing the price game”, “id”: 7}",
			"Playing the price game", "", domain.QuoteScare},
		{"a pseudonym in marks is scare",
			"(Ann and “Bobby”, of Bobby's Corner, keep their names secret because they do not want trouble.)",
			"Bobby", "", domain.QuoteScare},
		{"a term that is the subject of a verb is scare",
			"Dr Ruth Klein said “bird flu” led to the confusion about eggs.",
			"bird flu", "", domain.QuoteScare},
		{"a term named by a noun is scare",
			"Klein created the category of “enemy fighter”, to whom no rules applied.",
			"enemy fighter", "", domain.QuoteScare},
		{"a single shouted word is scare",
			"Instead of his long speeches I would rather hear “FORE”.",
			"FORE", "", domain.QuoteScare},
		{"a participle hangs on the main subject, not an object",
			"Maria Lopez quickly posted a Facebook comment of her own, saying, \"We are so happy to see the baby!\"",
			"We are so happy to see the baby!", "Maria Lopez", ""},
		{"a participle hangs on the main subject, not the subject of a that-clause",
			"Pia Holm apologized for the columns after they came out, saying they were old and have \"nothing to do with who I am.\"",
			"nothing to do with who I am.", "Pia Holm", ""},
		{"after a reporting verb the participle is the reported clause's, which the outer speaker reports",
			"Aides said Reyes went after Grady, calling him \"a clever man\" on stage.",
			"a clever man", "Aides", ""},
		{"a question closed by its mark is attributed after it",
			"Dana Moss spoke first.\n\n“We may never get along, who knows?” Reyes told a radio station in an interview aired on Monday when asked about the talks.",
			"We may never get along, who knows?", "Reyes", ""},
		{"a bare name speaks through a verb and particle",
			"Dana Moss spoke first.\n\n“They are all here for the free food,” Reyes shot back with a laugh.",
			"They are all here for the free food,", "Reyes", ""},
		{"but not through any verb",
			"Dana Moss spoke first.\n\n“They are all here for the free food,” Ostrava shrugged on Monday.",
			"They are all here for the free food,", "Dana Moss", ""},
		{"nested: the outer speaker of a complement clause",
			"Ana Lind said she is sure Reyes wants to remain “a champion of the harbour” for years.",
			"a champion of the harbour", "Ana Lind", ""},
		{"nested: the outer speaker over an inner subject",
			"Ana Lind met the mayor.\n\nOmar Castillo said on Monday that Reyes hopes “somebody else takes up the cause” soon.",
			"somebody else takes up the cause", "Omar Castillo", ""},
		{"nested: an inner verb introducing the words keeps them",
			"Ana Lind said it was a good night, as Omar Castillo shouted: “We won the harbour!”",
			"We won the harbour!", "Omar Castillo", ""},
		{"nested: a conjunction ends the complement",
			"Ana Lind said the port was open, though Omar Castillo believes it is “far from safe.”",
			"far from safe.", "Omar Castillo", ""},
		{"nested: a comma before the inner subject",
			"Whatever Omar Castillo says, Ana Lind thinks the plan is “far from safe.”",
			"far from safe.", "Ana Lind", ""},
		{"a cue after a conjunction reports something else",
			"Ana Lind spoke.\n\nDana Moss said she speaks often about ports because “you talk about the issues in front of you,” though Pia Holm noted the port is closed.",
			"you talk about the issues in front of you,", "Dana Moss", ""},
		{"a cue in a subordinate clause after the quotation reports something else",
			"The ad ends with footage of Dana Moss saying, “That makes me smart,” when Reyes blasted her for not paying taxes.",
			"That makes me smart,", "Dana Moss", ""},
		{"a cue word after a quantifier is a noun",
			"“The voters do not agree with Reyes,” Dana Moss said, suggesting a few questions, including, “Mr. Reyes, do you really need a tax break?”",
			"Mr. Reyes, do you really need a tax break?", "Dana Moss", ""},
		{"what he called: the main clause's subject",
			"Ana Lind spoke.\n\nThe ministers condemned what they called a “brazen breach” of the rules.",
			"brazen breach", "ministers", ""},
		{"what a named person called keeps the words",
			"Ana Lind spoke.\n\nThe port sought to shed what Omar Castillo called “a perception problem.”",
			"a perception problem.", "Omar Castillo", ""},
		{"the name after a description, not the description",
			"Nurse Ola Berg said the wards were full.\n\nThe head of the bureau's water program, Ines Varga, said the supply had \"recovered fast\" this week.\n\n\"We are close to normal,\" she said.",
			"We are close to normal,", "Ines Varga", ""},
		{"the name after a description, after a quotation closing the sentence before",
			"Nurse Ola Berg said the wards were \"full.\"\n\nThe head of the bureau's water program, Ines Varga, said the supply had \"recovered fast\" this week.",
			"recovered fast", "Ines Varga", ""},
		{"a relative clause with commas of its own",
			"Author Lena Pardo, who wrote a book called Salt: Fish, Ships and Money in the North, said the yard \"never changed its ways\" after the fire.",
			"never changed its ways", "Lena Pardo", ""},
		{"a place and a role before the name",
			"Harbour tug captain Ivo Kral lamented the delay, and said the port was \"far behind the times.\"",
			"far behind the times.", "Ivo Kral", ""},
		{"a capitalised word qualifying a description is no name",
			"\"The plan is real,\" said one Western banking source.",
			"The plan is real,", "Western banking source", ""},
		{"a surname that is also a title",
			"Mayor Tom Hale spoke first.\n\n\"The beach is clean,\" said Ada King, a member of the Harbour Trade Board.\n\n\"Nobody believes it,\" King said.",
			"Nobody believes it,", "Ada King", ""},
		{"an inverted cue and a name whose body owns a thing",
			"The flood threatens jobs and its costs, such as the ban, will last.\n\n“Revenue can wait,” said economist Rosa Lind of Harbour's research arm.",
			"Revenue can wait,", "Rosa Lind", ""},
		{"a cue in an aside does not attribute what follows it",
			"Mayor Ana Lind spoke on Sunday.\n\nShe said any comparison to the flood, in which the town council warned residents, is “a total mischaracterization.”",
			"a total mischaracterization.", "Ana Lind", ""},
		{"a pronoun goes to the person, not the body after 'of'",
			"Admiral Ivo Kral of the Harbour Guard said it could work.\n\n“We will try every valve we have,” he told reporters.",
			"We will try every valve we have,", "Ivo Kral", ""},
		{"a title, a name and a body with an organisation word",
			"As Tom Hale wrote, “the port is shut.”\n\nHowever, as Archbishop Ivo Kral of the Harbour Church of Lima told reporters, “We have suffered the same fate.” He added, “The city should have acted first.”",
			"The city should have acted first.", "Ivo Kral", ""},
		{"a newspaper owning a name",
			"As the Daily Post’s Ivo Kral wrote, “the port is closed for good.”",
			"the port is closed for good.", "Ivo Kral", ""},
		{"a surname ending like a nationality",
			"Bishop Aris Vardanian said, “We will rebuild the church.”",
			"We will rebuild the church.", "Aris Vardanian", ""},
		{"a single word after a reporting verb is partial",
			"The mayor called the plan “reckless” on Monday.",
			"reckless", "mayor", domain.QuotePartial},
	}
	for _, tc := range tests {
		post := domain.Post{Text: tc.text}
		var people []domain.Entity
		switch tc.name {
		case "a pronoun does not go to a place the tagger knows":
			people = []domain.Entity{{Name: "Blue Crescent Bay", Type: domain.LOC}}
		case "the tagger's organisation is no person":
			people = []domain.Entity{{Name: "Blue Crescent", Type: domain.ORG}}
		case "but a name with a particle stays a person":
			people = []domain.Entity{{Name: "Joao Pereira da Costa", Type: domain.ORG}}
		}
		var got *domain.Quote
		qs := FindWith([]domain.Post{post}, Options{People: people})[0]
		for i := range qs {
			if qs[i].Text == tc.quote {
				got = &qs[i]
			}
		}
		if got == nil {
			t.Errorf("%s: quotation %q not found in %+v", tc.name, tc.quote, qs)
			continue
		}
		if tc.kind != "" && got.Kind != tc.kind {
			t.Errorf("%s: kind %s, want %s", tc.name, got.Kind, tc.kind)
		}
		if got.Kind != domain.QuoteScare && got.Speaker != tc.speaker {
			t.Errorf("%s: speaker %q (mention %q), want %q", tc.name, got.Speaker, got.SpeakerMention, tc.speaker)
		}
	}
}
