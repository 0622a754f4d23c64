package ingest

import (
	"strings"
	"testing"
)

func TestTitleLine(t *testing.T) {
	body := "The dam above the town held overnight, engineers said on Tuesday, as the river began to fall.\n\nMore text.\n"
	tests := []struct {
		name, text, want string
	}{
		{"headline", "Dam holds as river falls\n\n" + body, "Dam holds as river falls"},
		{"title case with a full stop", "Dam Holds as River Falls After Week of Rain.\n\n" + body, "Dam Holds as River Falls After Week of Rain."},
		{"question in title case", "Will the Dam Hold Another Week?\n\n" + body, "Will the Dam Hold Another Week?"},
		{"abbreviations", "U.S. Sen. Ames visits flooded towns in N.Y. state\n\n" + body, "U.S. Sen. Ames visits flooded towns in N.Y. state"},
		{"sentence case, then a dateline", "River town evacuated as dam nears capacity.\n\nAMBERFORD, Varrow (WNA) — Police moved residents out overnight as the water rose.\n",
			"River town evacuated as dam nears capacity."},
		{"leading blank lines and spaces", "\ufeff\n\n  Dam  holds as river falls \n\n" + body, "Dam holds as river falls"},
		{"CRLF", "Dam holds as river falls\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n"), "Dam holds as river falls"},

		{"a short first sentence", "The dam held overnight.\n\n" + body, ""},
		{"a question lede", "Will the dam hold another week?\n\n" + body, ""},
		{"two sentences", "Dam Holds. River Falls\n\n" + body, ""},
		{"live-blog chrome", "Live updates\n\nDam holds as river falls\n\n" + body, ""},
		{"followed by another headline", "Flood news as it happens\n\nDam holds as river falls\n\n" + body, ""},
		{"no blank line", "Dam holds as river falls\n" + body, ""},
		{"one sentence per line", "The dam held overnight .\nEngineers said the river would fall .\n", ""},
		{"wrapped paragraph", "The dam above the town held overnight,\n\n" + body, ""},
		{"dateline lede", "AMBERFORD, Varrow (WNA) — The Dam Held Overnight\n\n" + body, ""},
		{"a dateline on its own line", "AMBERFORD, New Varrow (WNA) --\n\n" + body, ""},
		{"lower case", "dam holds as river falls\n\n" + body, ""},
		{"too long", strings.Repeat("Dam ", 30) + "\n\n" + body, ""},
		{"too short", "Dam holds\n\n" + body, ""},
		{"nothing after", "Dam holds as river falls\n\n", ""},
		{"one line", "Dam holds as river falls", ""},
	}
	for _, tt := range tests {
		got, ok := titleLine(tt.text)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: titleLine = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

// TestTextDocumentTitle: the title is the document's, and the ID is still
// the hash of the whole text.
func TestTextDocumentTitle(t *testing.T) {
	text := "Dam holds as river falls\n\nThe dam above the town held overnight, engineers said on Tuesday.\n"
	d := TextDocument("story.txt", text)
	if d.Title != "Dam holds as river falls" || d.Raw != text || d.ID != DocID([]byte(text)) {
		t.Errorf("TextDocument = title %q, raw %q, id %s", d.Title, d.Raw, d.ID)
	}
}
