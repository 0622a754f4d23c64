package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/domain"
)

func TestOccasions(t *testing.T) {
	places := func(text string, names ...string) []domain.Mention {
		var ms []domain.Mention
		for _, n := range names {
			i := strings.Index(text, n)
			ms = append(ms, domain.Mention{Text: n, Type: domain.LOC, Start: i, End: i + len(n), Name: n, Entity: "loc-" + strings.ToLower(n)})
		}
		return ms
	}
	post := func(headline, text string, names ...string) domain.Post {
		return domain.Post{Headline: headline, Text: text, Mentions: places(text, names...)}
	}
	filler := strings.Repeat("The minister went on to list the costs of the programme year by year. ", 8)
	debate := post("", "The former minister told MPs that the siege of Mosul had to end, and that Iraq needed help.", "Mosul", "Iraq")
	for _, c := range []struct {
		name string
		p    domain.Post
		day  string
		want int // number of keys
	}{
		{"told MPs in the lead", debate, "2016-10-11", 2},
		{"an emergency debate", post("", "Speaking in an emergency debate, she said Aleppo was being flattened.", "Aleppo"), "", 1},
		{"the chamber in the headline", post("Minister tells the Commons of Sudan talks", "Talks will resume next week in Khartoum.", "Khartoum"), "", 1},
		{"members addressing their chamber", post("", "This House must act now on Yemen, the MP said.", "Yemen"), "", 1},
		{"a Senate hearing", post("", "The general told senators that troops would stay in Kabul.", "Kabul"), "", 1},
		{"words to reporters are no sitting", post("", "The minister told reporters that Iraq needed help.", "Iraq"), "", 0},
		{"a debate on a subject is no sitting", post("", "The debate over Iraq has divided the party.", "Iraq"), "", 0},
		{"a sitting in the background only", post("", filler+"He told MPs last year that Iraq needed help.", "Iraq"), "", 0},
		{"no place talked about", post("", "The minister told MPs that the budget would balance."), "", 0},
	} {
		if got := Occasions(c.p, c.day); len(got) != c.want {
			t.Errorf("%s: %d keys, want %d", c.name, len(got), c.want)
		}
	}
	// one sitting, one key: the same day and place give the same key,
	// another day or place another
	other := post("", "Thornberry told MPs the people of Mosul were starving.", "Mosul")
	same := Occasions(other, "2016-10-11")
	if len(same) != 1 || !slices.Contains(Occasions(debate, "2016-10-11"), same[0]) {
		t.Errorf("two reports of one sitting share no key")
	}
	if next := Occasions(other, "2016-10-12"); slices.Contains(Occasions(debate, "2016-10-11"), next[0]) {
		t.Errorf("reports of sittings on two days share a key")
	}
}
