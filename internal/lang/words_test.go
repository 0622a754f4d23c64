package lang

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"", ""},
		{"  \n\t ", ""},
		{"Hello, World!", "hello|world"},
		{`He said: "We will see."`, "he|said|we|will|see"},
		{"He said: \u201cWe will see.\u201d", "he|said|we|will|see"},
		{"Moscow's role", "moscows|role"},
		{"Moscow\u2019s role", "moscows|role"},
		{"don't", "dont"},
		{"'quoted'", "quoted"},
		{"78,000 civilians", "78000|civilians"},
		{"3.5 per cent", "35|per|cent"},
		{"1, 2, 3", "1|2|3"},
		{"U.S. Secretary", "us|secretary"},
		{"U.S.-led", "us|led"},
		{"a.m. today", "am|today"},
		{"end.The next", "end|the|next"},
		{"no-fly zones", "no|fly|zones"},
		{"airstrikes - such as", "airstrikes|such|as"},
		{"war \u2013 and peace \u2014 again", "war|and|peace|again"},
		{"(ICC) procedures", "icc|procedures"},
		{"$20 billion, 10%", "20|billion|10"},
		{"ÉLYSÉE Café", "élysée|café"},
		{"\uff21\uff22\uff23 full width", "abc|full|width"},
		{"ﬁnal", "final"},
		{"tweet@user #tag", "tweet|user|tag"},
		{"x'", "x"},
		{"'", ""},
	}
	for _, tt := range tests {
		got := strings.Join(Words(tt.in), "|")
		if got != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
