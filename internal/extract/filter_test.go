package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFilterRules(t *testing.T) {
	drop := []string{
		"Read more: Ten things we learned from the budget",
		"Related: How the vote unfolded",
		"Sign up for our morning newsletter",
		"Get the latest headlines delivered to your inbox every morning.",
		"Follow us on Twitter and Instagram.",
		"Follow Sam on Facebook for more.",
		"Click here to download the app.",
		"Copyright © 2024 Example Media. All rights reserved.",
		"Advertisement",
		"Story continues below advertisement",
		"© 2024 Example Media",
		"Find us on Facebook",
		"copyright Example Media 2019 - ISSN: 1234-5678",
		"Most read in world news",
		"Listen to Radio Five live at 12:45 weekdays - or listen back here.",
		"Source: News agencies",
		"By JANE DOE",
		"By Jane Doe and Omar Ali",
		"November 20, 2019 10:43",
		"Updated at 1:23 p.m.",
		"11/19/2019 by Lars Quist",
		"5:45 AM PST 11/19/2019",
		"sexta-feira, 22 de outubro de 2010 às 20:13",
		"https://www.example.com/news/article-123",
		"If you enjoyed this article, we have a proposition for you: join our membership programme and get every story without limits, plus invitations to events and a weekly letter from the editor.",
	}
	keep := []string{
		"The council will meet on November 20, 2019 at 10:43 to vote.",
		"The match is on 12 May 2020 at 15:00.",
		"By the end of the day, the river had risen two metres.",
		"The company said it would send a newsletter to all customers explaining the recall, after regulators found that thousands of the heaters it sold last winter could overheat and catch fire if left on overnight in small rooms.",
		"— Jane Doe (@janedoe) November 18, 2019",
		"Residents said they were told to follow the instructions of the fire service.",
		"Subscribers will get the new edition a day early.",
		"Copyright law is changing across the bloc.",
		"Recommended daily intake is two grams.",
		"Investigators would follow up on threats posted on Twitter.",
		"Advertisement spending rose by a tenth.",
		"Listen to the experts, she said.",
		"The report is out now and shows a rise in cases.",
		"Copyright law changed in 2019.",
		"Most readers said they had never heard of the scheme before the council wrote to them.",
		"Related research found the same effect in mice.",
	}
	for _, s := range drop {
		if got := filterBlocks([]block{{tag: "p", text: s}}, nil); len(got) != 0 {
			t.Errorf("kept %q", s)
		}
	}
	for _, s := range keep {
		if got := filterBlocks([]block{{tag: "p", text: s}}, nil); len(got) != 1 {
			t.Errorf("dropped %q", s)
		}
	}
}

func TestFilterKeepsTableRows(t *testing.T) {
	in := []block{{"tr", "2019 | Kyle Busch | 5040"}, {"tr", "By Jane Doe | 12"}}
	if got := filterBlocks(in, nil); len(got) != 2 {
		t.Errorf("table rows dropped: %v", got)
	}
}

func TestFilterTitleAndStandfirst(t *testing.T) {
	in := []block{
		{"h1", "Library budget agreed"},
		{"h2", "The town will spend more on books"},
		{"p", "The council agreed the budget on Monday."},
		{"h2", "What happens next"},
		{"p", "Work starts in June."},
		{"p", "Library Budget Agreed!"},
	}
	got := filterBlocks(in, []string{"Library budget agreed"})
	var texts []string
	for _, b := range got {
		texts = append(texts, b.text)
	}
	want := "The council agreed the budget on Monday.|What happens next|Work starts in June."
	if strings.Join(texts, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(texts, "|"), want)
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Boris Addo addresses staff. Credit: PA Wire", "Boris Addo addresses staff.", "PA Wire"},
		{"Displaced families leave the city. Photograph: Jo Lam/AFP/Getty Images", "Displaced families leave the city.", "Jo Lam/AFP/Getty Images"},
		{"Ministers meet in Paris © Reuters", "Ministers meet in Paris", "Reuters"},
		{"The harbour at dawn (AP Photo/Kim Lee)", "The harbour at dawn", "AP Photo/Kim Lee"},
		{"The harbour at dawn. (Photo: Kim Lee)", "The harbour at dawn.", "Kim Lee"},
		{"A crowd gathers outside parliament.", "A crowd gathers outside parliament.", ""},
	}
	for _, tt := range tests {
		c, cr := splitCredit(tt.in)
		if c != tt.caption || cr != tt.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", tt.in, c, cr, tt.caption, tt.credit)
		}
	}
}

func TestPreClean(t *testing.T) {
	const page = `<html><body><article>
<p>Lead paragraph with <a href="/a">a link</a> in it.</p>
<p><img src="x.jpg"></p><p><em>The fountain at night, 2018</em></p>
<ul class="list"><li><a href="/b">Other story one</a></li><li><a href="/c">Other story two</a></li></ul>
<p><a href="/d">Ambulance crews stretched</a> [VIDEO] | <a href="/e">Schools close early</a> [PICTURES]</p>
<div class="pf_subheadline">Who pays?</div>
<div class="social-embed"><blockquote class="twitter-tweet"><p>We are on our way.</p>— Fire Service (@fire) May 1, 2021</blockquote></div>
<div class="ShareTools"><a href="#">Share</a></div>
<div class="non-ad-column"><p>` + "Body text that must survive. " + `</p></div>
<p>Citations follow (<cite-ref><a href="#1">1</a></cite-ref>).</p>
</article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	preClean(doc)
	var texts []string
	for _, b := range blocks(doc) {
		texts = append(texts, b.text)
	}
	got := strings.Join(texts, "|")
	for _, want := range []string{"Lead paragraph with a link in it.", "Who pays?", "We are on our way.", "Body text that must survive.", "Citations follow (1)."} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q in %q", want, got)
		}
	}
	for _, bad := range []string{"fountain", "Other story", "Ambulance", "Share"} {
		if strings.Contains(got, bad) {
			t.Errorf("kept %q in %q", bad, got)
		}
	}
	if !strings.Contains(got, "Who pays?") {
		t.Errorf("subheading lost")
	}
}
