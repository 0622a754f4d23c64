package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// render prints a page in the form the golden files hold.
func render(p Page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "liveblog: %v\nwrapped: %v\ntitle: %q\nurl: %q\n", p.Liveblog, p.Wrapped, p.Title, p.URL)
	for _, d := range p.Dropped {
		fmt.Fprintf(&b, "dropped: %q\n", d)
	}
	for _, bl := range p.Blocks {
		fmt.Fprintf(&b, "\n[%s lines=%d bytes=%d:%d]", bl.Kind, bl.Lines, bl.Start, bl.End)
		if bl.Kind == Caption {
			fmt.Fprintf(&b, " credit=%q", bl.Credit)
		}
		fmt.Fprintf(&b, "\n%s\n", bl.Text)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.input")
	if len(inputs) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := render(Scrape(string(raw)))
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (go test -update to accept):\n%s", golden, got)
			}
		})
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Boats in the harbour. Credit: Coast Agency", "Boats in the harbour.", "Coast Agency"},
		{"Mayor Ellen Marsh Credit: Town Hall", "Mayor Ellen Marsh", "Town Hall"},
		{"Waves over the wall. Photograph: Sam Okafor/Coastal Images", "Waves over the wall.", "Sam Okafor/Coastal Images"},
		{"© Ana Ruiz / NWAThe minister arrives at the plant.", "The minister arrives at the plant.", "Ana Ruiz / NWA"},
		{"© Jo McDonald/AFP", "", "Jo McDonald/AFP"},
		{"Crowds gather in the square. © Press Pool", "Crowds gather in the square.", "Press Pool"},
		{"Crowds gather (Photo: Lee Chan)", "Crowds gather", "Lee Chan"},
	}
	for _, tt := range tests {
		c, cr, ok := splitCredit(tt.in, "")
		if !ok || c != tt.caption || cr != tt.credit {
			t.Errorf("splitCredit(%q) = %q, %q, %v; want %q, %q", tt.in, c, cr, ok, tt.caption, tt.credit)
		}
	}
	for _, in := range []string{
		"The minister said the credit: terms were fair and would be kept for years to come by the bank.",
		"Photographs of the flood were shared widely on Tuesday, officials said, as the river rose.",
	} {
		if c, cr, ok := splitCredit(in, ""); ok {
			t.Errorf("splitCredit(%q) = %q, %q; want no caption", in, c, cr)
		}
	}
}

func TestLeadCredit(t *testing.T) {
	tests := []struct{ in, credit, rest string }{
		{"Photograph: Ana Ruiz/Harbour Wire Westmark's leaking pipeline is now the largest spill in the bay's history.",
			"Ana Ruiz/Harbour Wire", "Westmark's leaking pipeline is now the largest spill in the bay's history."},
		{"Photograph: Jo Tamm/Getty Images After 40 days the leak was capped.", "Jo Tamm/Getty Images", "After 40 days the leak was capped."},
		{"Photo: Westmark/Handout “We are doing everything we can,” the company said.", "Westmark/Handout", "“We are doing everything we can,” the company said."},
		{"Photograph: Getty Readers of the harbour gazette may have missed the notice.", "Getty", "Readers of the harbour gazette may have missed the notice."},
		{"Photograph: Associated Press Why did the seal fail on the second day?", "Associated Press", "Why did the seal fail on the second day?"},
	}
	for _, tt := range tests {
		cr, rest, ok := leadCredit(tt.in)
		if !ok || cr != tt.credit || rest != tt.rest {
			t.Errorf("leadCredit(%q) = %q, %q, %v; want %q, %q", tt.in, cr, rest, ok, tt.credit, tt.rest)
		}
	}
	for _, in := range []string{
		"Photograph: Ana Ruiz/Harbour Wire",                    // a credit alone: splitCredit's
		"Picture: the harbour at dawn, as seen from the pier.", // no name with a slash
		"Image: see https://x.example/a for the full map of the bay.",
		"Photo: Ana Ruiz/Harbour Wire and others at the scene.",            // no sentence after it
		"Photograph: Ana Ruiz/The Harbour Gazette Editor: Jo Tamm/gazette", // the agency's name runs on
	} {
		if cr, rest, ok := leadCredit(in); ok {
			t.Errorf("leadCredit(%q) = %q, %q; want no credit", in, cr, rest)
		}
	}
}

func TestGluedCredit(t *testing.T) {
	c, cr, rest, ok := gluedCredit("Monday 3 May 2010 09.10 BST A tug nears the platform. Photograph: Jo Tamm/AP The harbour master warned of more leaks on Sunday.")
	if !ok || c != "Monday 3 May 2010 09.10 BST A tug nears the platform." || cr != "Jo Tamm/AP" || rest != "The harbour master warned of more leaks on Sunday." {
		t.Errorf("gluedCredit = %q, %q, %q, %v", c, cr, rest, ok)
	}
	for _, in := range []string{
		"The caption read Photograph: Jo Tamm/AP The harbour master warned of more leaks on Sunday.", // inside a sentence
		"The harbour master warned of more leaks on Sunday. Officials agreed.",
	} {
		if c, cr, rest, ok := gluedCredit(in); ok {
			t.Errorf("gluedCredit(%q) = %q, %q, %q; want none", in, c, cr, rest)
		}
	}
}

func TestCleanInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the chief,Anna Holt <https://x.example/a>, has said.", "the chief,Anna Holt, has said."},
		{"no plan B <https://x.example/b> for the harbour", "no plan B for the harbour"},
		{"the master <https://x.example/c> , who said", "the master, who said"},
		{"anyone involved in this ... if it falls", "anyone involved in this ... if it falls"},
		{"a <> b", "a b"},
		{"x < y and y > z", "x < y and y > z"},
	}
	for _, tt := range tests {
		if got := cleanInline(tt.in); got != tt.want {
			t.Errorf("cleanInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzScrape(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/*.input")
	for _, in := range inputs {
		b, _ := os.ReadFile(in)
		f.Add(string(b))
	}
	f.Add("© \n<>\nRead more\n")
	f.Fuzz(func(t *testing.T, raw string) {
		p := Scrape(raw)
		for _, b := range p.Blocks {
			if b.Start < 0 || b.End > len(raw) || b.Start > b.End {
				t.Fatalf("block offsets %d:%d outside input of %d bytes", b.Start, b.End, len(raw))
			}
			if strings.Contains(b.Text, "\n") {
				t.Fatalf("block text has a line break: %q", b.Text)
			}
			if utf8.ValidString(raw) && !utf8.ValidString(b.Text) {
				t.Fatalf("valid input gave invalid UTF-8: %q", b.Text)
			}
		}
	})
}

// TestBrokenAfterBracket: a paragraph that ends on a closing bracket and
// one that goes on in lower case (or with a comma) are one sentence,
// broken where an inline element (a party and state link) was dropped.
func TestBrokenAfterBracket(t *testing.T) {
	raw := "The vote was close.\n\nRep. Ann Reyes (D-Mass.)\n\nsaid the bill would pass.\n\nSen. Tom Hale (R-Ohio)\n\n, who chairs the panel, disagreed.\n\nThe committee met (again)\n\nOn Friday the House adjourned.\n\nBoston: Is it over? (or not?)\n\nnewsroom.example: Not yet.\n"
	var got []string
	for _, b := range Scrape(raw).Blocks {
		got = append(got, b.Text)
	}
	want := []string{"The vote was close.", "Rep. Ann Reyes (D-Mass.) said the bill would pass.",
		"Sen. Tom Hale (R-Ohio), who chairs the panel, disagreed.", "The committee met (again)", "On Friday the House adjourned.",
		"Boston: Is it over? (or not?)", "newsroom.example: Not yet."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks:\n%q\nwant\n%q", got, want)
	}
}

// TestCommentsUnderTheirPolicy: a comment section's policy line starts
// the readers' comments, which are commentary, however the page's lines
// were joined into paragraphs; the reporting before it stays body.
func TestCommentsUnderTheirPolicy(t *testing.T) {
	var b strings.Builder
	// wrapped at a fixed width, as a page whose lines are joined
	for _, s := range []string{
		"The harbour board voted on Monday to close the old pier for repairs after engineers",
		"found cracks in two of its pillars, and the chairman said the work would take six",
		"months and cost the town about two million pounds over the coming financial year.",
		"Views expressed in the comments do not represent those of the Harbour Post today.",
		"The so-called \"experts\" on the board never learn anything from their mistakes.",
		"This discussion is now closed.",
	} {
		b.WriteString(s + "\n")
	}
	var body, comments []string
	for _, bl := range Scrape(b.String()).Blocks {
		switch bl.Kind {
		case Body:
			body = append(body, bl.Text)
		case Commentary:
			comments = append(comments, bl.Text)
		}
	}
	if len(body) != 1 || !strings.HasSuffix(body[0], "financial year.") || len(comments) == 0 || !strings.HasPrefix(comments[0], "Views expressed") {
		t.Errorf("body %q, commentary %q: want the report as body and the rest as commentary", body, comments)
	}
}
