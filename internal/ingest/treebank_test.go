package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/lang"
)

// ferryArticle is written for this test, one sentence per line as the
// Timeline17 articles are.
const ferryArticle = `Port Ellis council votes to close the old ferry pier
PORT ELLIS (Coastal Wire) - The council of Port Ellis voted on Tuesday to close the old ferry pier, which has stood since 1911.
"We simply can't keep patching it," said Mayor Ruth Okafor, who has chaired the council since 2019.
The town's engineer, Daniel Brennan, said the repairs would cost $45 million (about a third of the budget).
Brennan said the pier was "beyond saving" and that divers had found cracks in most of its piles.
Ferry operators said they won't move until the new dock at Gull Point is ready.
"It's a sad day for the harbour," said Maria Santos, who runs the Gull Ferry Company.
"My grandfather sailed from that pier, and so did I, and we'll miss it."
Okafor told reporters: "Nobody wanted this vote, but the pier isn't safe."
The Harbour Trust, a charity that restores old boats, said it would ask the Department of Transport for help.
"We're not giving up," said Santos.
The pier will close on March 1.
`

// tokenizeTreebank tokenises one-sentence-per-line text the way the Penn
// Treebank does, as far as ferryArticle needs.
func tokenizeTreebank(text string) string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		var toks []string
		words := strings.Fields(line)
		for i, w := range words {
			var pre, post []string
			for {
				switch {
				case strings.HasPrefix(w, `"`):
					pre, w = append(pre, "``"), w[1:]
					continue
				case strings.HasPrefix(w, "("):
					pre, w = append(pre, "-LRB-"), w[1:]
					continue
				case strings.HasPrefix(w, "$"):
					pre, w = append(pre, "$"), w[1:]
					continue
				}
				break
			}
			for {
				switch {
				case strings.HasSuffix(w, `"`):
					post, w = append([]string{"''"}, post...), w[:len(w)-1]
					continue
				case strings.HasSuffix(w, ")"):
					post, w = append([]string{"-RRB-"}, post...), w[:len(w)-1]
					continue
				case strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!"):
					post, w = append([]string{w[len(w)-1:]}, post...), w[:len(w)-1]
					continue
				case strings.HasSuffix(w, ".") && i == len(words)-1:
					post, w = append([]string{"."}, post...), w[:len(w)-1]
					continue
				}
				break
			}
			for _, c := range []string{"n't", "'s", "'re", "'ll", "'ve", "'m", "'d"} {
				if len(w) > len(c) && strings.HasSuffix(w, c) {
					post, w = append([]string{c}, post...), w[:len(w)-len(c)]
					break
				}
			}
			toks = append(toks, pre...)
			if w != "" {
				toks = append(toks, w)
			}
			toks = append(toks, post...)
		}
		lines = append(lines, strings.Join(toks, " "))
	}
	return strings.Join(lines, "\n")
}

// annotated reads text as a text file and annotates it.
func annotated(t *testing.T, tagger *entity.Tagger, text string) domain.Document {
	t.Helper()
	var docs []domain.Document
	err := ingest.Read(context.Background(), ingest.ReaderInput("ferry.txt", strings.NewReader(text)), ingest.Options{}, func(d domain.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Read: %d documents, %v", len(docs), err)
	}
	doc, err := annotate.Document(docs[0], annotate.Options{Now: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Tagger: tagger})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// findings lists a document's quotes (text and speaker) and entity
// mentions (name and type), sorted.
func findings(doc domain.Document) (quotes, names []string) {
	for _, p := range doc.Posts {
		for _, q := range p.Quotes {
			quotes = append(quotes, fmt.Sprintf("%q by %q", q.Text, q.Speaker))
		}
		for _, m := range p.Mentions {
			names = append(names, fmt.Sprintf("%s %s", m.Type, m.Name))
		}
	}
	sort.Strings(quotes)
	sort.Strings(names)
	return quotes, names
}

// A Penn-Treebank tokenised article is read as the ordinary one: the same
// quotes, speakers and entities.
func TestReadTreebankText(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	ptb := tokenizeTreebank(ferryArticle)
	if !lang.IsTreebank(ptb) || lang.IsTreebank(ferryArticle) {
		t.Fatalf("IsTreebank: tokenised %v, ordinary %v; tokenised:\n%s", lang.IsTreebank(ptb), lang.IsTreebank(ferryArticle), ptb)
	}
	plain, tokenised := annotated(t, tagger, ferryArticle), annotated(t, tagger, ptb)
	if tokenised.ID != ingest.DocID([]byte(ptb)) {
		t.Errorf("ID %s is not the hash of the bytes read (%s)", tokenised.ID, ingest.DocID([]byte(ptb)))
	}
	wantQ, wantE := findings(plain)
	gotQ, gotE := findings(tokenised)
	if len(wantQ) < 5 || len(wantE) < 5 {
		t.Fatalf("the ordinary article has too few findings to compare: quotes %q, entities %q", wantQ, wantE)
	}
	if strings.Join(gotQ, "\n") != strings.Join(wantQ, "\n") {
		t.Errorf("quotes of the tokenised article:\n%s\nwant (ordinary article):\n%s", strings.Join(gotQ, "\n"), strings.Join(wantQ, "\n"))
	}
	if strings.Join(gotE, "\n") != strings.Join(wantE, "\n") {
		t.Errorf("entities of the tokenised article:\n%s\nwant (ordinary article):\n%s", strings.Join(gotE, "\n"), strings.Join(wantE, "\n"))
	}
	if len(plain.Posts) != len(tokenised.Posts) || len(plain.Posts[0].Paragraphs) != len(tokenised.Posts[0].Paragraphs) || len(plain.Posts[0].Sentences) != len(tokenised.Posts[0].Sentences) {
		t.Errorf("segmented differently: %d posts, %d paragraphs, %d sentences; ordinary %d, %d, %d",
			len(tokenised.Posts), len(tokenised.Posts[0].Paragraphs), len(tokenised.Posts[0].Sentences),
			len(plain.Posts), len(plain.Posts[0].Paragraphs), len(plain.Posts[0].Sentences))
	}
}

// readAll reads one input of the given name.
func readAll(t *testing.T, name, text string) []domain.Document {
	t.Helper()
	var docs []domain.Document
	err := ingest.Read(context.Background(), ingest.ReaderInput(name, strings.NewReader(text)), ingest.Options{}, func(d domain.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read %s: %v", name, err)
	}
	return docs
}

func TestReadTreebankJSONL(t *testing.T) {
	line := `{"title":"Mayor : pier ` + "``" + ` not safe ''","text":"` + "``" + ` We ca n't keep patching it , '' the mayor said .\nThe pier -LRB- built 1911 -RRB- closes ."}`
	docs := readAll(t, "a.jsonl", line+"\n")
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	d := docs[0]
	if want := "“We can't keep patching it,” the mayor said.\nThe pier (built 1911) closes."; d.Raw != want {
		t.Errorf("text %q, want %q", d.Raw, want)
	}
	if want := "Mayor: pier “not safe”"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	if d.ID != ingest.DocID([]byte(line)) {
		t.Errorf("ID %s is not the hash of the line read", d.ID)
	}
}

// Ordinary text with a stray treebank mark is read as it is.
func TestReadOrdinaryTextKept(t *testing.T) {
	for _, text := range []string{
		ferryArticle,
		"The paper, which calls itself ''independent'', said on Monday that it would close.\nIts editor, Ann Lee, said the owners had decided , and staff would be paid.\n",
		"The mayor 's office, which is in the old town hall, said the road would reopen.\nCrews worked all night, and traffic, the police said, was moving again by dawn.\n",
	} {
		docs := readAll(t, "a.txt", text)
		if len(docs) != 1 || docs[0].Raw != text {
			t.Errorf("Read changed the text %q", text)
		}
		rec, _ := json.Marshal(map[string]string{"text": text})
		docs = readAll(t, "a.jsonl", string(rec))
		if len(docs) != 1 || docs[0].Raw != text {
			t.Errorf("Read changed the JSON-lines text %q", text)
		}
	}
}

// Wire copy's quotes (two grave accents, two apostrophes) are read as
// typographic marks, so that the quotation finder sees them; two
// apostrophes with no quotation open stay as they are.
func TestReadWireQuotes(t *testing.T) {
	text := "``We will not move,'' said Ann Lee, whose paper calls itself ``independent''.\nThe word '' alone stays.\n"
	want := "“We will not move,” said Ann Lee, whose paper calls itself “independent”.\nThe word '' alone stays.\n"
	docs := readAll(t, "a.txt", text)
	if len(docs) != 1 || docs[0].Raw != want {
		t.Fatalf("text read as %v, want one document %q", docs, want)
	}
	rec, _ := json.Marshal(map[string]string{"text": text})
	docs = readAll(t, "a.jsonl", string(rec))
	if len(docs) != 1 || docs[0].Raw != want {
		t.Fatalf("JSON-lines text read as %v, want one document %q", docs, want)
	}
}
