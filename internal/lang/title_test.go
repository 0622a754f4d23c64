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

func TestTitleSkipsFurniture(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"PORTMOUTH, Maine (Wirewire) - The harbour board approved the ferry timetable.", "The harbour board approved the ferry timetable."},
		{"Friday, March 7, 2014; 3:59 PM Ferry crews returned to the eastern route.", "Ferry crews returned to the eastern route."},
		{"Harbour board backs timetable Tuesday 4 March 2014 09.12 GMT The board voted by seven to two.", "Harbour board backs timetable"},
		{"Harbour board backs timetable By Ann Lee and Jo Kim Tuesday, March 4, 2014; 9:12 AM The board voted.", "Harbour board backs timetable"},
		{"The first ferry left at 6:15 a.m. Sunday with forty passengers.", "The first ferry left at 6:15 a.m. Sunday with forty passengers."},
	} {
		if got := Title("", c.text); got != c.want {
			t.Errorf("Title(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// FuzzFurniture: Furniture and HeadlineBefore stay within their input.
func FuzzFurniture(f *testing.F) {
	for _, s := range []string{"HOUSTON (Wire) - Crews returned.", "(Update 1:45 a.m.) Crews", "Head Sunday 9 March 2014 08.43 GMT Body.", ") 3:00 pm", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cut := Furniture(s)
		if cut < 0 || cut > len(s) {
			t.Fatalf("Furniture(%q) = %d", s, cut)
		}
		if k := HeadlineBefore(s, cut); k < 0 || k > cut {
			t.Fatalf("HeadlineBefore(%q, %d) = %d", s, cut, k)
		}
		_ = Title("", s)
	})
}
