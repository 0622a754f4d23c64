package server

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
)

func TestSnippetHTML(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"the [dam] <b>held</b>", "the <mark>dam</mark> &lt;b&gt;held&lt;/b&gt;"},
		{"[a] and [b&c]", "<mark>a</mark> and <mark>b&amp;c</mark>"},
		{"open [bracket", "open [bracket"},
		{"close] only", "close] only"},
	} {
		if got := string(snippetHTML(c.in)); got != c.want {
			t.Errorf("snippetHTML(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextHTML(t *testing.T) {
	text := `Kerry said "Aleppo <is> burning" & left.`
	q := domain.Quote{ID: "q1", Start: 12, End: 31, Speaker: "John Kerry"}
	for _, c := range []struct {
		name     string
		quotes   []domain.Quote
		mentions []domain.Mention
		want     string
	}{
		{"none", nil, nil, `Kerry said &#34;Aleppo &lt;is&gt; burning&#34; &amp; left.`},
		{"nested", []domain.Quote{q}, []domain.Mention{{Start: 0, End: 5, Entity: "e1", Name: "John Kerry"}, {Start: 12, End: 18, Entity: "e2", Name: "Aleppo"}},
			`<a class="mention" href="/entities/e1" title="John Kerry">Kerry</a> said &#34;<span class="quote" id="q-q1" title="quoting John Kerry"><a class="mention" href="/entities/e2" title="Aleppo">Aleppo</a> &lt;is&gt; burning</span>&#34; &amp; left.`},
		{"crossing mention dropped", []domain.Quote{q}, []domain.Mention{{Start: 8, End: 18, Entity: "e3"}},
			`Kerry said &#34;<span class="quote" id="q-q1" title="quoting John Kerry">Aleppo &lt;is&gt; burning</span>&#34; &amp; left.`},
		{"bad offsets dropped", []domain.Quote{{ID: "x", Start: 5, End: 500}, {ID: "y", Start: -1, End: 3}}, []domain.Mention{{Start: 3, End: 3, Entity: "e"}, {Start: 0, End: 5}},
			`Kerry said &#34;Aleppo &lt;is&gt; burning&#34; &amp; left.`},
	} {
		if got := string(textHTML(text, c.quotes, c.mentions)); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestChartOf(t *testing.T) {
	day := func(s string, n int) store.DayCount {
		d, _ := time.Parse(time.DateOnly, s)
		return store.DayCount{Day: d, N: n}
	}
	if c := chartOf(nil); len(c.Bars) != 0 {
		t.Errorf("empty: %d bars", len(c.Bars))
	}
	c := chartOf([]store.DayCount{{N: 4}, day("2016-10-01", 1), day("2016-10-03", 2)})
	if c.Unit != "day" || len(c.Bars) != 3 || c.Max != 2 || c.Bars[1].N != 0 || c.Bars[2].N != 2 {
		t.Errorf("days: %+v", c)
	}
	c = chartOf([]store.DayCount{day("2016-10-03", 1), day("2016-01-15", 1), day("2016-01-20", 2)})
	if c.Unit != "month" || len(c.Bars) != 10 || c.Bars[0].Label != "2016-01" || c.Bars[0].N != 3 {
		t.Errorf("months: %+v", c)
	}
}
