package lang

import "testing"

func TestTitle(t *testing.T) {
	long := "one two three four five six seven eight nine ten eleven twelve thirteen"
	for _, c := range []struct{ headline, text, want string }{
		{"  Dam holds  ", long, "Dam holds"},
		{"", "Short  text\nhere", "Short text here"},
		{"", long, "one two three four five six seven eight nine ten eleven twelve …"},
		{"", "", ""},
	} {
		if got := Title(c.headline, c.text); got != c.want {
			t.Errorf("Title(%q, %q) = %q, want %q", c.headline, c.text, got, c.want)
		}
	}
}
