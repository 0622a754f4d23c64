package domain

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
)

// OutletName is who published a source: its outlet, else the host of its
// URL ("www." left out), else "" when unknown. It is never a file path.
func (s Source) OutletName() string {
	if s.Outlet != "" {
		return s.Outlet
	}
	if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// Name is how a source is shown: its outlet's name, else the file name of
// the document (never its directory), quoted.
func (s Source) Name() string {
	if n := s.OutletName(); n != "" {
		return n
	}
	switch s.Source {
	case "", "-":
		return "standard input"
	}
	name := s.Source
	if i := strings.LastIndexByte(name, '#'); i > 0 { // a record of an input: "wire.jsonl#3"
		name = filepath.Base(name[:i]) + name[i:]
	} else {
		name = filepath.Base(name)
	}
	return fmt.Sprintf("%q", name)
}

// Provenance says who carried a passage, post or quote: how many distinct
// outlets, how many further documents of no known outlet, and who carried
// it first.
type Provenance struct {
	Outlets    int    // distinct outlets (OutletName, case folded)
	Unattested int    // distinct documents among the sources of no known outlet
	First      Source // the earliest dated source; else the first listed (read first)
	Dated      bool   // First is the earliest by date, not merely the first read
}

// ProvenanceOf summarises sources listed in the order they were read. A
// document that carries a text twice counts once.
func ProvenanceOf(sources []Source) Provenance {
	var p Provenance
	outlets := make(map[string]bool)
	docs := make(map[string]bool)
	for i, s := range sources {
		if name := strings.ToLower(s.OutletName()); name != "" {
			outlets[name] = true
		} else {
			docs[s.DocID+"\x00"+s.Source] = true
		}
		switch {
		case !s.Published.IsZero() && (!p.Dated || s.Published.Before(p.First.Published)):
			p.First, p.Dated = s, true
		case i == 0:
			p.First = s
		}
	}
	p.Outlets, p.Unattested = len(outlets), len(docs)
	return p
}

// Carriers is the number of distinct carriers: outlets, plus documents of
// no known outlet.
func (p Provenance) Carriers() int { return p.Outlets + p.Unattested }

// String reads "carried by 3 outlets, first by itv.com on 2016-10-11", or,
// without dates, "carried by 2 documents (outlets unknown), earliest read
// "a.txt"".
func (p Provenance) String() string {
	var s string
	switch {
	case p.Carriers() == 0:
		return "no sources"
	case p.Unattested == 0:
		s = "carried by " + count(p.Outlets, "outlet")
	case p.Outlets == 0:
		s = "carried by " + count(p.Unattested, "document") + " (outlets unknown)"
	default:
		s = fmt.Sprintf("carried by %s and %s of unknown outlet", count(p.Outlets, "outlet"), count(p.Unattested, "document"))
	}
	if !p.Dated {
		return s + ", earliest read " + p.First.Name()
	}
	return s + ", first by " + p.First.Name() + " on " + p.First.Published.UTC().Format(time.DateOnly)
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
