package domain

import (
	"testing"
	"time"
)

func TestProvenance(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 10, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		sources  []Source
		want     string
		carriers int
	}{
		{"none", nil, "no sources", 0},
		{"one", []Source{{DocID: "d1", Outlet: "itv.com", Published: day(12)}}, "carried by 1 outlet, first by itv.com on 2016-10-12", 1},
		{"earliest dated wins", []Source{
			{DocID: "d1", Outlet: "itv.com", Published: day(12)},
			{DocID: "d2", Outlet: "rt.com"},
			{DocID: "d3", Outlet: "theguardian.com", Published: day(11)},
			{DocID: "d4", Outlet: "ITV.com", Published: day(10)},
		}, "carried by 3 outlets, first by ITV.com on 2016-10-10", 3},
		{"one page repeating a sentence", []Source{
			{DocID: "d1", Source: "/scrapes/kerry.txt", PostID: "p1", Start: 0},
			{DocID: "d1", Source: "/scrapes/kerry.txt", PostID: "p1", Start: 300},
		}, `carried by 1 document (outlets unknown), earliest read "kerry.txt"`, 1},
		{"undated: earliest read, never a path", []Source{
			{DocID: "d1", Source: "/home/me/scrapes/a.txt"},
			{DocID: "d2", Source: "/home/me/scrapes/b.txt"},
		}, `carried by 2 documents (outlets unknown), earliest read "a.txt"`, 2},
		{"host of the URL", []Source{
			{DocID: "d1", Source: "https://www.bbc.co.uk/news/1", URL: "https://www.bbc.co.uk/news/1", Published: day(9)},
			{DocID: "d2", Source: "wire.jsonl#3"},
		}, "carried by 1 outlet and 1 document of unknown outlet, first by bbc.co.uk on 2016-10-09", 2},
		{"undated outlet known", []Source{{DocID: "d2", Source: "/x/wire.jsonl#3", Outlet: "AP"}}, "carried by 1 outlet, earliest read AP", 1},
		{"record of an input", []Source{{DocID: "d2", Source: "/x/wire.jsonl#3"}}, `carried by 1 document (outlets unknown), earliest read "wire.jsonl#3"`, 1},
		{"standard input", []Source{{DocID: "d2", Source: "-"}}, "carried by 1 document (outlets unknown), earliest read standard input", 1},
	}
	for _, tt := range tests {
		p := ProvenanceOf(tt.sources)
		if got := p.String(); got != tt.want || p.Carriers() != tt.carriers {
			t.Errorf("%s: %q (%d carriers), want %q (%d)", tt.name, got, p.Carriers(), tt.want, tt.carriers)
		}
	}
}
