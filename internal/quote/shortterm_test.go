package quote

import (
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestShortTerms(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		quote   string
		kind    domain.QuoteKind
		speaker string // "" checks that there is none
	}{
		{"known as", "Engineers led by Dana Pike began the repair, known as \"cold plug\", on Monday, officials said.", "cold plug", domain.QuoteScare, ""},
		{"such before a noun", "Union leader Omar Reyes said there was no such thing as \"surplus\" staff at the depot.", "surplus", domain.QuoteScare, ""},
		{"such, a reporting verb further off", "Lena Ortiz said that the agency kept such 'restricted' files on one old laptop.", "restricted", domain.QuoteScare, ""},
		{"slogan before a brand", "Mayor Ben Soto said prices rose at the bakery during its new \"Fresh Every Hour\" Campaign.", "Fresh Every Hour", domain.QuoteScare, ""},
		{"called: a partial quotation", "Councillor Ruth Vance called the plan \"a disaster\" on Tuesday.", "a disaster", domain.QuotePartial, "Ruth Vance"},
		{"said it was: a partial quotation", "Senator Mia Holt said the report was \"deeply troubling\".", "deeply troubling", domain.QuotePartial, "Mia Holt"},
		{"the premodifier a speaker uses", "Governor Paul Dean warned of a \"very grave\" shortage of nurses.", "very grave", domain.QuotePartial, "Paul Dean"},
		{"a subject but no reporting verb", "We keep waiting while the 'pause' turns into a year of nothing.", "pause", domain.QuoteScare, ""},
		{"a subject's term, no reporting verb", "Readers like Tom Hale love the \"quiet hours\" rule on the ferry.", "quiet hours", domain.QuoteScare, ""},
		{"a short sentence, no reporting verb", "Ana Ruiz looked up: \"Why not?\" was all she could manage.", "Why not?", domain.QuotePartial, ""},
		{"a short quotation with a cue", "Senator Rosa Lind described the pump as \"badly worn\" on Monday.", "badly worn", domain.QuotePartial, "Rosa Lind"},
		{"after a label noun", "Harbour engineer Tom Hale said he does not use the term \"flare\" for such leaks.", "flare", domain.QuoteScare, ""},
		{"after a hyphenated naming word", "Ana Ruiz said her grandly-titled 'tide institute' is run from a shed.", "tide institute", domain.QuoteScare, ""},
		{"known as a", "Dock chief Ivo Kral said crews will lower a small dome, known as a \"top hat\", over the leak.", "top hat", domain.QuoteScare, ""},
		{"titles listed", "The band will play hits including \u201cHarbour Lights,\u201d \u201cDown By The Pier,\u201d \u201cSalt Wind\u201d and others, the promoter said.", "Down By The Pier,", domain.QuoteScare, ""},
		{"words listed are no titles", "Senator Ivo Kral called the pier plan \u201creckless,\u201d \u201ccostly\u201d and \u201cwrong\u201d on Monday.", "costly", domain.QuotePartial, "Ivo Kral"},
		{"referred to as", "The harbour master said the thin film on the water, which the port refers to as \"silver skin\", was spreading.", "silver skin", domain.QuoteScare, ""},
		{"referred to as a", "A sudden rush of gas up the pipe is referred to as a \"blowback\" by the crews, Ivo Kral said.", "blowback", domain.QuoteScare, ""},
		{"known as a, a longer name", "Crews hope to fit a cap to the cut pipe, known as a \"lower valve stack unit\", Ivo Kral said.", "lower valve stack unit", domain.QuoteScare, ""},
		{"known as, but a sentence", "The mayor, known as a tough talker, said \"we will rebuild the pier\" on Monday.", "we will rebuild the pier", domain.QuoteDirect, ""},
		{"a term with no speaker, the cue far off", "Grease, in the form of clumps and a thin surface \"film\", has also been reported washing up near the pier.", "film", domain.QuoteScare, ""},
		{"a word with its speaker, the cue far off", "Senator Rosa Lind, who chaired the long hearing on Monday, said the agency was \"too cozy\" with drillers.", "too cozy", domain.QuotePartial, "Rosa Lind"},
		{"the second of two nicknames", "Port chief Ivo Kral, variously dubbed \"salty Ivo\" and \"wayward Kral\", faces the board today.", "wayward Kral", domain.QuoteScare, ""},
		{"the second of two songs", "Known for laid-back tunes like \"Harbour Nights\" and \"Salt in Paradise,\" Ivo Kral told reporters that anger was normal.", "Salt in Paradise,", domain.QuoteScare, ""},
		{"a name in apposition between dashes", "Ivo Kral said crews will pump debris -- a \"junk shot\" -- into the valve.", "junk shot", domain.QuoteScare, ""},
		{"a reader's mocking marks", "Posted by: tidewatch | May 4, 2009 4:23 PM | Report abuse This 'expert' panel met once and Ivo Kral said nothing. Posted by: harbourcat | May 4, 2009 4:25 PM | Report abuse", "expert", domain.QuoteScare, ""},
		{"a reader quoting with a cue", "Posted by: tidewatch | May 4, 2009 4:23 PM | Report abuse Ivo Kral said the port was 'perfectly safe' last week. Posted by: harbourcat | May 4, 2009 4:25 PM | Report abuse", "perfectly safe", domain.QuotePartial, "Ivo Kral"},
		{"a thing named, no one speaking", "Dock hand Ivo Kral will whack it with a metal bar called an \"iron\" to open it.", "iron", domain.QuoteScare, ""},
		{"a name as a subject after 'the'", "The \"Harbour Daily News\" ran the old footage anyway, Ivo Kral said.", "Harbour Daily News", domain.QuoteScare, ""},
		{"the book an author wrote", "Ivo Kral, author of \"The Salt Road,\" said the port was closed.", "The Salt Road,", domain.QuoteScare, ""},
		{"lower-case words before a name", "Officials said the deal was sealed 'by Friday' Minister Kai Long said.", "by Friday", domain.QuotePartial, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find([]domain.Post{{Text: tt.text}})[0]
			for _, q := range got {
				if q.Text != tt.quote {
					continue
				}
				if q.Kind != tt.kind {
					t.Errorf("%q kind %s, want %s", q.Text, q.Kind, tt.kind)
				}
				if tt.speaker != "" && q.Speaker != tt.speaker || tt.kind == domain.QuoteScare && q.Speaker != "" {
					t.Errorf("%q speaker %q, want %q", q.Text, q.Speaker, tt.speaker)
				}
				return
			}
			t.Fatalf("no quotation %q in %+v", tt.quote, got)
		})
	}
}
