package summary

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestStatements(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // the statements, verbatim spans of in
	}{
		{"plain sentence", "The harbour board approved the new ferry timetable on Monday.",
			[]string{"The harbour board approved the new ferry timetable on Monday."}},
		{"wire dateline with agency", "PORTMOUTH, Maine (Wirewire) - The harbour board approved the new ferry timetable.",
			[]string{"The harbour board approved the new ferry timetable."}},
		{"caps dateline", "PORTMOUTH -- The harbour board approved the new ferry timetable.",
			[]string{"The harbour board approved the new ferry timetable."}},
		{"chronology item", "March 4 - The harbour board approves the new ferry timetable.",
			[]string{"The harbour board approves the new ferry timetable."}},
		{"headline before a time stamp is kept apart", "Harbour board backs new ferry timetable after long dispute Tuesday 4 March 2014 09.12 GMT The board voted by seven to two.",
			[]string{"Harbour board backs new ferry timetable after long dispute", "The board voted by seven to two."}},
		{"time stamp in US style", "Friday, March 7, 2014; 3:59 PM Ferry crews returned to the eastern route.",
			[]string{"Ferry crews returned to the eastern route."}},
		{"a clock time of the sentence's own", "The first ferry left the harbour at 6:15 a.m. Sunday with forty passengers aboard.",
			[]string{"The first ferry left the harbour at 6:15 a.m. Sunday with forty passengers aboard."}},
		{"update stamp", "Last updated at 3:59 PM Ferry crews returned to the eastern route.",
			[]string{"Ferry crews returned to the eastern route."}},
		{"live blog update stamp", "(Update 2:15 p.m. local time) Ferry crews returned to the eastern route.",
			[]string{"Ferry crews returned to the eastern route."}},
		{"transcript label", "JANE ROE, HOST: Ferry crews returned to the eastern route this morning.",
			[]string{"Ferry crews returned to the eastern route this morning."}},
		{"headline run into the lead", "Ferries back on eastern route after storm The first crossing left the harbour at dawn with forty passengers aboard.",
			[]string{"The first crossing left the harbour at dawn with forty passengers aboard."}},
		{"question", "Will the ferry timetable survive another winter of storms?", nil},
		{"banner in capitals", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", nil},
		{"an editor's note", "Editor's Note: This article is being updated as the ferry crews report back.", nil},
		{"an editor's note run into a byline", "By the Harbour Wire Staff Ferries resume on eastern route Editor's Note: This article is being updated.", nil},
		{"a run of headlines", "Ferry Board Names New Chair, New Timetable; 38 Crossings Cancelled in Storm; Harbour Pier Closed Aired January 29, 2014", nil},
		{"a sentence full of names", "President Ana Lind and Prime Minister Omar Castillo of Harbour Island met Monday in Portmouth.",
			[]string{"President Ana Lind and Prime Minister Omar Castillo of Harbour Island met Monday in Portmouth."}},
		{"a sentence with an acronym", "The NTSB and the FAA reviewed the ferry timetable on Monday.",
			[]string{"The NTSB and the FAA reviewed the ferry timetable on Monday."}},
		{"fragment", "continued the board's chair in a statement to the press.", nil},
		{"list run into a line", "Timetable changes * Eastern route restored * Southern pier closed for inspection", nil},
		{"photo credit", "Ferry crews on the eastern route. (Photo/Ann Lee) The crossing took an hour.", nil},
		{"caption ending in a full date", "Passengers board the first ferry in Portmouth, March 7, 2014.", nil},
		{"handout photo", "The damaged pier is shown in this handout photograph released by the harbour board.", nil},
		{"teaser cut short", "Ferry crews returned to the eastern route on Friday after the board...", nil},
		{"addressed to the reader", "Click here for the full ferry timetable and the list of closed piers.", nil},
		{"address", "Send your questions about the ferry timetable to letters@example.org today.", nil},
		{"reader comment", "At 08:15 on 7 March, Sam wrote: the ferries were late again this week.", nil},
		{"writer's own voice", "I watched the first ferry leave the harbour at dawn with a few passengers.", nil},
		{"quoted first person is a report", "“We will keep the eastern route open,” the harbour master said on Friday.",
			[]string{"“We will keep the eastern route open,” the harbour master said on Friday."}},
		{"the US is not us", "The US Coast Guard escorted the first ferry out of the harbour on Friday.",
			[]string{"The US Coast Guard escorted the first ferry out of the harbour on Friday."}},
		{"title case headline", "Harbour Board Says The Ferry Timetable Will Change Next Week", nil},
		{"print note", "A version of this article appeared in print on page 4 of the city edition.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range statements(c.in, domain.Span{Start: 0, End: len(c.in)}) {
				got = append(got, s.In(c.in))
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("statements(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// FuzzStatements checks that statements never panics and returns spans
// inside the sentence it was given.
func FuzzStatements(f *testing.F) {
	for _, s := range []string{"HOUSTON (Wire) - Crews returned.", "(Update 1:45 a.m.) Crews", "Head Sunday 9 March 2014 08.43 GMT Body.", ") 3:00 pm", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sp := range statements(s, domain.Span{Start: 0, End: len(s)}) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("span %v outside %q", sp, s)
			}
		}
	})
}
