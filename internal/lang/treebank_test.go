package lang

import (
	"strings"
	"testing"
)

// The texts below are written for these tests.

const treebankArticle = "Harbour council votes to close the old ferry pier\n" +
	"The council of Port Ellis voted on Tuesday to close the old ferry pier , which has stood since 1911 .\n" +
	"`` We simply ca n't keep patching it , '' said Mayor Ruth Okafor , who chairs the council .\n" +
	"The repairs would cost $ 4.5 bn -LRB- about 12 % of the budget -RRB- , the town 's engineer said .\n" +
	"Ferry operators said they wo n't move until the new dock at Gull Point is ready .\n" +
	"`` It 's a sad day , '' one captain said , `` but we 're gon na manage . ''\n" +
	"The vote passed 7 to 2 in the U.S. .\n"

const ordinaryArticle = "Harbour council votes to close the old ferry pier\n" +
	"The council of Port Ellis voted on Tuesday to close the old ferry pier, which has stood since 1911.\n" +
	"“We simply can't keep patching it,” said Mayor Ruth Okafor, who chairs the council.\n" +
	"The repairs would cost $4.5bn (about 12% of the budget), the town's engineer said.\n" +
	"Ferry operators said they won't move until the new dock at Gull Point is ready.\n" +
	"“It's a sad day,” one captain said, “but we're gonna manage.”\n" +
	"The vote passed 7 to 2 in the U.S.\n"

func TestIsTreebank(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"treebank article", treebankArticle, true},
		{"one tokenised sentence", "He said , `` No . ''", true},
		{"brackets and clitics", "The firm -LRB- Acme -RRB- does n't say .", true},
		{"ordinary article", ordinaryArticle, false},
		{"ordinary with a stray ``", "The paper, which calls itself ``independent'', said on Monday that it would close. Its editor, Ann Lee, said the owners had decided. ``We tried,'' she said, adding that staff would be paid.", false},
		{"ordinary with a detached 's", "The mayor 's office, which is in the old town hall, said the road would reopen. Crews worked all night, and traffic, the police said, was moving again by dawn.", false},
		{"ordinary with a detached comma", "Shops , banks and schools were closed on Monday, officials said, and the port was shut. Flights resumed, though delays were expected, late in the evening.", false},
		{"LaTeX quotes in ordinary text", "He called it ``a disgrace'' and left, slamming the door, before the vote. The chair, visibly annoyed, adjourned, and members, one by one, went home.", false},
		{"French spacing", "Le ministre a déclaré : « Nous ne céderons pas ! » Puis, interrogé sur la date, il a ajouté : « Demain ? Peut-être. »", false},
		{"short ordinary", "It's done.", false},
		{"empty", "", false},
		{"two signals only", "Hello , world .", false},
	}
	for _, tt := range tests {
		if got := IsTreebank(tt.text); got != tt.want {
			t.Errorf("%s: IsTreebank = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDetokenize(t *testing.T) {
	if got := Detokenize(treebankArticle); got != ordinaryArticle {
		t.Errorf("Detokenize(article):\n got %q\nwant %q", got, ordinaryArticle)
	}
	tests := []struct{ in, want string }{
		{"He said , `` No . ''", "He said, “No.”"},
		{"He said , `` No . ''\n\nThe end , then .", "He said, “No.”\n\nThe end, then."},
		{"They do n't , wo n't , ca n't .", "They don't, won't, can't."},
		{"I 'm sure you 'll see they 've said we 'd go .", "I'm sure you'll see they've said we'd go."},
		{"A list -LSB- 1 -RSB- and a set -LCB- x -RCB- , ok .", "A list [1] and a set {x}, ok."},
		{"Its title , ` Blue ' , sold well , the workers ' union said .", "Its title, ‘Blue’, sold well, the workers' union said."},
		{"It cost US$ 5m and 9\\/11 changed it \\* , they said .", "It cost US$5m and 9/11 changed it *, they said."},
		{"We 're wan na go , gon na go , you 'll see .\r\nNext , line .", "We're wanna go, gonna go, you'll see.\r\nNext, line."},
		{"Call 1 -LRB- 800-RRB-860-2442 , he said .", "Call 1 (800)860-2442, he said."},
		{"Growth was 5.2 bn , or 3 % , in 2010 , he said .", "Growth was 5.2bn, or 3%, in 2010, he said."},
		{"Really ? Yes ! Well ... maybe ; fine : ok .", "Really? Yes! Well... maybe; fine: ok."},
	}
	for _, tt := range tests {
		if got := DetokenizeTreebank(tt.in); got != tt.want {
			t.Errorf("DetokenizeTreebank(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		if got := DetokenizeTreebank(tt.want); got != tt.want {
			t.Errorf("DetokenizeTreebank changes its own output %q to %q", tt.want, got)
		}
	}
	if got := strings.Count(Detokenize(treebankArticle), "\n"); got != strings.Count(treebankArticle, "\n") {
		t.Errorf("Detokenize keeps %d line breaks of %d", got, strings.Count(treebankArticle, "\n"))
	}
}

func FuzzDetokenize(f *testing.F) {
	f.Add(treebankArticle)
	f.Add(ordinaryArticle)
	f.Add("He said , `` No . ''")
	f.Add("`` ` ' '' -LRB- -RRB- $ US$ \\/ \\* gon na , . . n't 's")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return
		}
		out := Detokenize(text)
		if !IsTreebank(text) && out != text {
			t.Fatalf("Detokenize changes text that is not tokenised: %q → %q", text, out)
		}
		if strings.Count(out, "\n") != strings.Count(text, "\n") {
			t.Fatalf("Detokenize changes the lines of %q: %q", text, out)
		}
		if again := Detokenize(out); again != out {
			t.Fatalf("Detokenize is not idempotent: %q → %q → %q", text, out, again)
		}
	})
}

func TestWireQuotes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"``We will stay,'' she said.", "“We will stay,” she said."},
		{"no marks at all", "no marks at all"},
		{"two apostrophes '' alone", "two apostrophes '' alone"},
		{"``One paragraph\n\n``and the next,'' he said.", "“One paragraph\n\n“and the next,” he said."},
		{"an open `` at the end", "an open “ at the end"},
	} {
		if got := WireQuotes(tt.in); got != tt.want {
			t.Errorf("WireQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
