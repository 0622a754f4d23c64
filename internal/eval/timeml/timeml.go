// Package timeml evaluates the temporal tagger (internal/timex) on
// TimeML-annotated documents, the way TempEval-3 Task A scores temporal
// expressions: the tagger reads each gold file's plain <TEXT> and its DCT,
// and its TIMEX3 extents are compared with the gold ones (the DCT itself is
// outside <TEXT> and never counted).
//
//   - strict: a system extent matches a gold extent exactly;
//   - relaxed: the extents overlap (one-to-one, greedy by overlap);
//   - type and value accuracy: share of relaxed matches with the gold type
//     or value;
//   - value F1: precision and recall counting only relaxed matches whose
//     value is right (TempEval-3's "value F1").
//
// Usage: Run(dir, w) on a directory of .tml files (searched recursively),
// e.g. ../shared/eval/timex/tbaq.
package timeml

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/timex"
)

// Counts are the raw tallies behind the scores.
type Counts struct {
	Docs, Gold, System int
	Strict, Relaxed    int // matched pairs
	TypeOK, ValueOK    int // relaxed pairs with the right type / value
	StrictValue        int // exact extent and right value
}

// Scores are the headline figures, all in [0,1].
type Scores struct {
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAccuracy, ValueAccuracy   float64
	TypeF1, ValueF1               float64
}

// Result holds the scores over all files and per top-level subdirectory.
type Result struct {
	Counts
	Scores
	Parts map[string]Scores // "TimeBank", "AQUAINT" … when path has subdirectories
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c Counts) scores() Scores {
	var s Scores
	s.StrictP, s.StrictR = ratio(c.Strict, c.System), ratio(c.Strict, c.Gold)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.RelaxedP, s.RelaxedR = ratio(c.Relaxed, c.System), ratio(c.Relaxed, c.Gold)
	s.RelaxedF1 = f1(s.RelaxedP, s.RelaxedR)
	s.TypeAccuracy, s.ValueAccuracy = ratio(c.TypeOK, c.Relaxed), ratio(c.ValueOK, c.Relaxed)
	s.TypeF1 = f1(ratio(c.TypeOK, c.System), ratio(c.TypeOK, c.Gold))
	s.ValueF1 = f1(ratio(c.ValueOK, c.System), ratio(c.ValueOK, c.Gold))
	return s
}

func (c *Counts) add(o Counts) {
	c.Docs += o.Docs
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.TypeOK += o.TypeOK
	c.ValueOK += o.ValueOK
	c.StrictValue += o.StrictValue
}

// errorCase is one kind of mistake on one expression, counted over files.
type errorCase struct {
	kind  string // missed, spurious, value, extent, type
	text  string
	want  string
	got   string
	count int
	where string // first file
}

// Score compares system against gold extents in one document.
func Score(gold, system []domain.DateRef) (Counts, []errorCase) {
	c := Counts{Docs: 1, Gold: len(gold), System: len(system)}
	var errs []errorCase
	type pair struct{ g, s, overlap int }
	var pairs []pair
	for gi, g := range gold {
		for si, s := range system {
			o := min(g.End, s.End) - max(g.Start, s.Start)
			if o > 0 {
				pairs = append(pairs, pair{gi, si, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	gUsed := make([]bool, len(gold))
	sUsed := make([]bool, len(system))
	for _, p := range pairs {
		if gUsed[p.g] || sUsed[p.s] {
			continue
		}
		gUsed[p.g], sUsed[p.s] = true, true
		g, s := gold[p.g], system[p.s]
		c.Relaxed++
		exact := g.Start == s.Start && g.End == s.End
		if exact {
			c.Strict++
		}
		if g.Type == s.Type {
			c.TypeOK++
		} else {
			errs = append(errs, errorCase{kind: "type", text: g.Text, want: string(g.Type), got: string(s.Type)})
		}
		if g.Value == s.Value {
			c.ValueOK++
			if exact {
				c.StrictValue++
			}
		} else {
			errs = append(errs, errorCase{kind: "value", text: g.Text, want: g.Value, got: s.Value + " (" + s.Text + ")"})
		}
		if !exact {
			errs = append(errs, errorCase{kind: "extent", text: g.Text, want: g.Text, got: s.Text})
		}
	}
	for i, g := range gold {
		if !gUsed[i] {
			errs = append(errs, errorCase{kind: "missed", text: g.Text, want: string(g.Type) + " " + g.Value})
		}
	}
	for i, s := range system {
		if !sUsed[i] {
			errs = append(errs, errorCase{kind: "spurious", text: s.Text, got: string(s.Type) + " " + s.Value})
		}
	}
	return c, errs
}

// Run evaluates on the .tml files under path, writes a report (scores,
// then the worst cases) to w and returns the figures.
func Run(path string, w io.Writer) (Result, error) {
	var files []string
	err := filepath.WalkDir(path, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !de.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("eval timeml %s: %w", path, err)
	}
	if len(files) == 0 {
		return Result{}, fmt.Errorf("eval timeml %s: no .tml files", path)
	}
	sort.Strings(files)
	var total Counts
	parts := map[string]*Counts{}
	agg := map[string]*errorCase{}
	var failed []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return Result{}, fmt.Errorf("eval timeml: %w", err)
		}
		doc, err := timex.ParseTimeML(data)
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", f, err))
			continue
		}
		sys := timex.TagTimeML(doc.Text, doc.DCT)
		c, errs := Score(doc.Timexes, sys)
		total.add(c)
		rel, _ := filepath.Rel(path, f)
		if i := strings.IndexRune(rel, filepath.Separator); i > 0 {
			part := rel[:i]
			if parts[part] == nil {
				parts[part] = &Counts{}
			}
			parts[part].add(c)
		}
		for _, e := range errs {
			key := e.kind + "\x00" + strings.ToLower(e.text) + "\x00" + e.want + "\x00" + e.got
			if e.kind == "missed" || e.kind == "spurious" {
				key = e.kind + "\x00" + strings.ToLower(e.text)
			}
			if a, ok := agg[key]; ok {
				a.count++
				continue
			}
			e.count = 1
			e.where = filepath.Base(f)
			agg[key] = &e
		}
	}
	res := Result{Counts: total, Scores: total.scores(), Parts: map[string]Scores{}}
	for k, c := range parts {
		res.Parts[k] = c.scores()
	}
	report(w, res, parts, agg, failed)
	return res, nil
}

func report(w io.Writer, res Result, parts map[string]*Counts, agg map[string]*errorCase, failed []string) {
	pct := func(f float64) string { return fmt.Sprintf("%5.1f", 100*f) }
	fmt.Fprintf(w, "TimeML temporal expressions: %d documents, %d gold TIMEX3 (DCT excluded), %d system\n\n", res.Docs, res.Gold, res.System)
	fmt.Fprintf(w, "%-12s %7s %7s %7s %7s %7s %7s %7s %7s\n", "part", "strictP", "strictR", "strictF", "relaxP", "relaxR", "relaxF", "typeAcc", "valueF1")
	line := func(name string, s Scores) {
		fmt.Fprintf(w, "%-12s %7s %7s %7s %7s %7s %7s %7s %7s\n", name,
			pct(s.StrictP), pct(s.StrictR), pct(s.StrictF1), pct(s.RelaxedP), pct(s.RelaxedR), pct(s.RelaxedF1),
			pct(s.TypeAccuracy), pct(s.ValueF1))
	}
	names := make([]string, 0, len(parts))
	for k := range parts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		line(k, parts[k].scores())
	}
	line("all", res.Scores)
	fmt.Fprintf(w, "\nvalue accuracy on relaxed matches %s%%, type F1 %s%%\n", pct(res.ValueAccuracy), pct(res.TypeF1))
	for _, f := range failed {
		fmt.Fprintf(w, "unreadable: %s\n", f)
	}
	byKind := map[string][]*errorCase{}
	for _, e := range agg {
		byKind[e.kind] = append(byKind[e.kind], e)
	}
	for _, kind := range []string{"missed", "spurious", "value", "extent", "type"} {
		list := byKind[kind]
		sort.Slice(list, func(i, j int) bool {
			if list[i].count != list[j].count {
				return list[i].count > list[j].count
			}
			return list[i].text < list[j].text
		})
		n := 0
		for _, e := range list {
			n += e.count
		}
		fmt.Fprintf(w, "\nworst %s (%d in all):\n", kind, n)
		for i, e := range list {
			if i == 20 {
				break
			}
			switch kind {
			case "missed":
				fmt.Fprintf(w, "  %3d× %q want %s  (%s)\n", e.count, e.text, e.want, e.where)
			case "spurious":
				fmt.Fprintf(w, "  %3d× %q got %s  (%s)\n", e.count, e.text, e.got, e.where)
			default:
				fmt.Fprintf(w, "  %3d× %q want %s got %s  (%s)\n", e.count, e.text, e.want, e.got, e.where)
			}
		}
	}
}
