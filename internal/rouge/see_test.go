package rouge

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadSEE(t *testing.T) {
	const page = `<html>
<head>
<title>d1.A</title>
</head>
<body bgcolor="white">
<a name="1">[1]</a> <a href="#1" id=1>First sentence, with AT&amp;T.</a>
<a size="10" name="2">[2]</a> <a href="#2" id=2>Second one.</a>
<a name="3">[3]</a> <a href="#3" id=3></a>
<a name="4">[4]</a> <a href="#4" id=4>Cut at 1 < 2 here</a>
 <a name="5">[5]</a> <a href="#5" id=5>Indented: ignored.</a>
</body>
</html>
`
	got, err := ReadSEE(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"First sentence, with AT&amp;T.", "Second one.", "Cut at 1 "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadSEE = %q, want %q", got, want)
	}
}

func FuzzReadSEE(f *testing.F) {
	f.Add(`<a name="1">[1]</a> <a href="#1" id=1>Text.</a>` + "\n")
	f.Add("<html>\n<a name=\"2\">[2]</a>\t<a href=\"#2\" id=2>x")
	f.Fuzz(func(t *testing.T, page string) {
		sentences, err := ReadSEE(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sentences {
			if s == "" || strings.Contains(s, "<") {
				t.Fatalf("sentence %q from %q", s, page)
			}
		}
	})
}
