package store

import "testing"

func TestSnippet(t *testing.T) {
	tests := []struct {
		text, query string
		max         int
		want        string
	}{
		{"The minister called for court procedures.", "court procedures", 200, "The minister called for [court] [procedures]."},
		{"Bombing resumed as the bombers returned.", "bombing", 200, "[Bombing] resumed as the [bombers] returned."},
		{"Calls grew. The call was answered.", "calls OR x", 200, "[Calls] grew. The [call] was answered."},
		{"The F.B.I. and the FBI.", "fbi", 200, "The [F.B.I.] and the [FBI]."},
		{"The F.B.I. and the FBI.", "F.B.I.", 200, "The [F.B.I.] and the [FBI]."},
		{"J. R. Smith and J.R. Jones", "jr", 200, "J. R. Smith and [J.R.] Jones"},
		{"one two three four five six seven eight nine ten eleven twelve target thirteen fourteen", "target", 40, "…twelve [target] thirteen fourteen"},
	}
	for _, tt := range tests {
		if got := Snippet(tt.text, tt.query, tt.max); got != tt.want {
			t.Errorf("Snippet(%q, %q) = %q, want %q", tt.text, tt.query, got, tt.want)
		}
	}
}
