package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/clean"
	"github.com/dateline-news/dateline/internal/domain"
)

func texts(text string, spans []domain.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.In(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"U.S. Secretary of State Jane Doe arrived. She spoke briefly.", []string{"U.S. Secretary of State Jane Doe arrived.", "She spoke briefly."}},
		{"Aid reached the U.S. The convoy left at noon.", []string{"Aid reached the U.S.", "The convoy left at noon."}},
		{"Mr Holt and Mrs. Lund met Dr. Ruiz. They agreed.", []string{"Mr Holt and Mrs. Lund met Dr. Ruiz.", "They agreed."}},
		{"Sheikh Hamad bin Khalid spoke first. Gen. Amos Reed followed.", []string{"Sheikh Hamad bin Khalid spoke first.", "Gen. Amos Reed followed."}},
		{`"We are ready," he said. "Are you?" she asked.`, []string{`"We are ready," he said.`, `"Are you?" she asked.`}},
		{`He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"“It is over.” Then he left.", []string{"“It is over.”", "Then he left."}},
		{"It's been no secret... if the city falls... the war goes on.", []string{"It's been no secret... if the city falls... the war goes on."}},
		{"The port is liberated... Very large areas were cleared.", []string{"The port is liberated...", "Very large areas were cleared."}},
		{"John F. Kennedy Airport reopened. Flights resumed.", []string{"John F. Kennedy Airport reopened.", "Flights resumed."}},
		{"Inflation was 3.5 per cent. Rates held.", []string{"Inflation was 3.5 per cent.", "Rates held."}},
		{"Is it safe? Nobody knows! Officials declined to comment.", []string{"Is it safe?", "Nobody knows!", "Officials declined to comment."}},
		{"They met on Jan. 5 in Geneva. Talks failed.", []string{"They met on Jan. 5 in Geneva.", "Talks failed."}},
		{"First paragraph ends here\n\nSecond one here.", []string{"First paragraph ends here", "Second one here."}},
		{"the mark ? inside the text and more.", []string{"the mark ? inside the text and more."}},
	}
	for _, tt := range tests {
		got := texts(tt.in, Sentences(tt.in))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "One.\n\n  Two.  \n\n\n\nThree."
	if got := texts(text, Paragraphs(text)); !reflect.DeepEqual(got, []string{"One.", "Two.", "Three."}) {
		t.Errorf("Paragraphs = %q", got)
	}
}

func TestPostsLiveblog(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "clean", "testdata", "liveblog.input"))
	if err != nil {
		t.Fatal(err)
	}
	r := Posts(clean.Scrape(string(raw)))
	if r.Kind != domain.KindLiveblog || len(r.Posts) != 2 {
		t.Fatalf("kind %s with %d posts, want a live blog of 2", r.Kind, len(r.Posts))
	}
	p := r.Posts[1]
	if p.Headline != "Sandbag depot opens at the old bus station" || p.Caption != "Volunteers fill sandbags at the bus station." || p.Credit != "Valley Photo Agency" {
		t.Errorf("post 2 = %q / %q / %q", p.Headline, p.Caption, p.Credit)
	}
	if strings.Contains(p.Text, "Sorry") || strings.Contains(p.Text, "Load more") || strings.Contains(p.Text, "•") {
		t.Errorf("boilerplate in post text: %q", p.Text)
	}
}

func TestPostsArticle(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "clean", "testdata", "republished.input"))
	if err != nil {
		t.Fatal(err)
	}
	r := Posts(clean.Scrape(string(raw)))
	if r.Kind != domain.KindArticle || len(r.Posts) != 1 {
		t.Fatalf("kind %s with %d posts, want one article", r.Kind, len(r.Posts))
	}
	p := r.Posts[0]
	if p.Headline != "" || p.Credit != "Ana Ruiz / NWA" || !strings.HasSuffix(p.Caption, "Eastport, March 3, 2020.") {
		t.Errorf("article = headline %q caption %q credit %q", p.Headline, p.Caption, p.Credit)
	}
	if len(p.Commentary) != 1 || strings.Contains(p.Text, "Comment:") {
		t.Errorf("commentary %q; text %q", p.Commentary, p.Text)
	}
	if strings.Contains(p.Text, "Strikers' families rally") {
		t.Error("inserted related headline kept in the article body")
	}
}

func TestBareCaption(t *testing.T) {
	page := clean.Page{Blocks: []clean.Block{
		{Kind: clean.Body, Text: "Flood barrier holds for now", Lines: 1},
		{Kind: clean.Body, Text: "Engineer Tom Reyes at the barrier.", Lines: 1},
		{Kind: clean.Body, Text: "The barrier held overnight, engineers said.", Lines: 1},
		{Kind: clean.Body, Text: "Second update here", Lines: 1},
		{Kind: clean.Body, Text: "Residents have returned to their homes.", Lines: 1},
		{Kind: clean.Body, Text: "More text follows in this update.", Lines: 1},
	}, Liveblog: true}
	r := Posts(page)
	if len(r.Posts) != 2 || r.Posts[0].Caption != "Engineer Tom Reyes at the barrier." || r.Posts[1].Caption != "" {
		t.Errorf("posts = %+v", r.Posts)
	}
}

func FuzzSegment(f *testing.F) {
	for _, name := range []string{"liveblog.input", "wrapped.input", "republished.input"} {
		b, _ := os.ReadFile(filepath.Join("..", "clean", "testdata", name))
		f.Add(string(b))
	}
	f.Add("A. B. C... D? “E.” U.S. F")
	f.Fuzz(func(t *testing.T, raw string) {
		r := Posts(clean.Scrape(raw))
		for _, p := range r.Posts {
			check := func(kind string, spans []domain.Span) {
				last := 0
				for _, s := range spans {
					if s.Start < last || s.End > len(p.Text) || s.Start >= s.End {
						t.Fatalf("%s span %d:%d out of order or outside text of %d bytes", kind, s.Start, s.End, len(p.Text))
					}
					last = s.End
				}
			}
			check("paragraph", p.Paragraphs)
			check("sentence", p.Sentences)
		}
		// sentences of arbitrary text stay inside it
		for _, s := range Sentences(raw) {
			if s.Start < 0 || s.End > len(raw) || s.Start >= s.End {
				t.Fatalf("sentence %d:%d outside %d bytes", s.Start, s.End, len(raw))
			}
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	raw, _ := os.ReadFile(filepath.Join("..", "clean", "testdata", "liveblog.input"))
	text := string(raw)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

// TestDatelineLineIsNoHeadline: a wire dateline filed on a line of its
// own opens the text; it is not the article's headline.
func TestDatelineLineIsNoHeadline(t *testing.T) {
	r := Posts(clean.Scrape("AMBERFORD, New Varrow (WNA) --\n\nPolice moved residents out overnight as the water rose behind the dam, officials said.\n\nThe dam held.\n"))
	if len(r.Posts) != 1 || r.Posts[0].Headline != "" || !strings.HasPrefix(r.Posts[0].Text, "AMBERFORD") {
		t.Fatalf("got %+v, want one post opening with its dateline and no headline", r.Posts)
	}
}
