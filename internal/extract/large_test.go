package extract

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTooLarge(t *testing.T) {
	para := "<p>" + strings.Repeat("word ", 200) + "</p>" // 1,000 bytes
	tests := []struct {
		name string
		page string
		want bool
	}{
		{"article", "<article><h1>T</h1>" + strings.Repeat(para, 40) + "</article>", false},
		{"elements", strings.Repeat("<span>a</span>", maxExtractorElements+1), true},
		{"elements at the bound", strings.Repeat("<i>a</i>", maxExtractorElements-3), false}, // + html, head, body
		{"text", "<div>" + strings.Repeat("a", maxExtractorText+1) + "</div>", true},
		{"script text", "<script>" + strings.Repeat("a", 2*maxExtractorText) + "</script><p>x</p>", false},
		{"paragraphs × text", strings.Repeat(para, 600), true},
		{"few long paragraphs", strings.Repeat("<p>"+strings.Repeat("a", 300_000)+"</p>", 3), false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := tooLarge(doc); got != tt.want {
			t.Errorf("%s: tooLarge = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPageLarge reads pages past go-trafilatura's bounds: their text is
// kept, without navigation and footers, and a page of more paragraphs than
// any article is refused.
func TestPageLarge(t *testing.T) {
	var page bytes.Buffer
	page.WriteString(`<html lang="en"><head><title>Hearing transcript | Wire</title></head><body><nav><a href="/">Home</a> Navigation text</nav><main>`)
	page.Write(transcriptPage(400 << 10)) // a whole document: the parser folds it in
	page.WriteString(`</main><footer>Footer text</footer></body></html>`)
	d, err := Page(bytes.NewReader(page.Bytes()), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(d.Raw, "\n\n")
	if len(paras) < 1500 || !strings.HasPrefix(paras[0], "SPEAKER 0: On item 0,") || !strings.HasSuffix(paras[len(paras)-1], "until Friday.") {
		t.Errorf("%d paragraphs, first %q, last %q", len(paras), paras[0], paras[len(paras)-1])
	}
	if strings.Contains(d.Raw, "Navigation text") || strings.Contains(d.Raw, "Footer text") || strings.Contains(d.Raw, "Hearing transcript") {
		t.Errorf("furniture or title in the text: %q…", d.Raw[:200])
	}
	if !strings.HasPrefix(d.Title, "Hearing transcript") || d.Language != "en" || len(d.Posts) != 1 {
		t.Errorf("title %q, language %q, %d posts", d.Title, d.Language, len(d.Posts))
	}

	_, err = Page(bytes.NewReader(densePage((maxParagraphs+1000)*len("<p>Zeta.</p>\n"))), Options{Now: now})
	if !errors.Is(err, ErrTooManyParagraphs) {
		t.Errorf("dense page: error %v, want ErrTooManyParagraphs", err)
	}
}
