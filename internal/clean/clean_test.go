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
