package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/entity/ner"
)

// Score is precision, recall and F1 of one entity type or of all.
type Score struct {
	Precision, Recall, F1    float64
	Gold, Predicted, Correct int
}

// Result holds the headline figures of an evaluation.
type Result struct {
	Score                      // all types, micro-averaged (conlleval's "overall")
	PerType   map[string]Score // PER, ORG, LOC, MISC
	Documents int
	Sentences int
	Tokens    int
	// TokensPerSecond is the tagging speed measured during the run.
	TokensPerSecond float64
}

// Run tags the CoNLL file at path with the default tagger (document by
// document, so that document context is used), scores the predictions
// against the file's last column at the entity level — an entity counts
// only when its span and type are both exact, as with conlleval — and
// writes a report: overall and per-type scores, then the most frequent
// errors.
func Run(path string, w io.Writer) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, fmt.Errorf("conll eval: %w", err)
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return Result{}, fmt.Errorf("conll eval %s: %w", path, err)
	}
	t, err := entity.Default()
	if err != nil {
		return Result{}, fmt.Errorf("conll eval: %w", err)
	}
	res, errs, err := evaluate(t, docs)
	if err != nil {
		return res, fmt.Errorf("conll eval %s: %w", path, err)
	}
	report(w, path, res, errs)
	return res, nil
}

// errorCase is one kind of mistake on one piece of text.
type errorCase struct {
	kind string // missed, spurious, type, boundary
	gold string // gold type(s) and text
	pred string
}

func evaluate(t *entity.Tagger, docs []Document) (Result, map[errorCase]int, error) {
	res := Result{PerType: make(map[string]Score)}
	errs := make(map[errorCase]int)
	var tagTime time.Duration
	counts := make(map[string]*Score)
	score := func(typ string) *Score {
		if counts[typ] == nil {
			counts[typ] = &Score{}
		}
		return counts[typ]
	}
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			if s.Tags == nil {
				return res, nil, fmt.Errorf("a sentence has no tag column (line %q)", s.Lines[0])
			}
			words[i] = s.Words
			res.Tokens += len(s.Words)
		}
		start := time.Now()
		pred := t.TagDoc(words)
		tagTime += time.Since(start)
		res.Documents++
		res.Sentences += len(d.Sentences)
		for i, s := range d.Sentences {
			gold := ner.Chunks(s.Tags)
			got := ner.Chunks(pred[i])
			goldSet := make(map[ner.Chunk]bool, len(gold))
			for _, c := range gold {
				goldSet[c] = true
				score(c.Type).Gold++
			}
			predSet := make(map[ner.Chunk]bool, len(got))
			for _, c := range got {
				predSet[c] = true
				score(c.Type).Predicted++
				if goldSet[c] {
					score(c.Type).Correct++
				}
			}
			text := func(c ner.Chunk) string { return strings.Join(s.Words[c.Start:c.End], " ") }
			for _, g := range gold {
				if predSet[g] {
					continue
				}
				e := errorCase{kind: "missed", gold: g.Type + " " + text(g)}
				for _, p := range got {
					if p.Start < g.End && g.Start < p.End {
						e.pred = p.Type + " " + text(p)
						e.kind = "boundary"
						if p.Start == g.Start && p.End == g.End {
							e.kind = "type"
						}
						break
					}
				}
				errs[e]++
			}
			for _, p := range got {
				if goldSet[p] {
					continue
				}
				overlap := false
				for _, g := range gold {
					if p.Start < g.End && g.Start < p.End {
						overlap = true
					}
				}
				if !overlap {
					errs[errorCase{kind: "spurious", pred: p.Type + " " + text(p)}]++
				}
			}
		}
	}
	var all Score
	for typ, c := range counts {
		c.Precision, c.Recall, c.F1 = ner.PRF(c.Correct, c.Predicted, c.Gold)
		res.PerType[typ] = *c
		all.Gold += c.Gold
		all.Predicted += c.Predicted
		all.Correct += c.Correct
	}
	all.Precision, all.Recall, all.F1 = ner.PRF(all.Correct, all.Predicted, all.Gold)
	res.Score = all
	if tagTime > 0 {
		res.TokensPerSecond = float64(res.Tokens) / tagTime.Seconds()
	}
	return res, errs, nil
}

func report(w io.Writer, path string, res Result, errs map[errorCase]int) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	fmt.Fprintf(bw, "CoNLL NER evaluation of %s\n", path)
	fmt.Fprintf(bw, "%d documents, %d sentences, %d tokens; tagged at %.0f tokens/s\n\n", res.Documents, res.Sentences, res.Tokens, res.TokensPerSecond)
	fmt.Fprintf(bw, "%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct")
	line := func(name string, s Score) {
		fmt.Fprintf(bw, "%-8s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted, s.Correct)
	}
	line("overall", res.Score)
	types := make([]string, 0, len(res.PerType))
	for t := range res.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		line(t, res.PerType[t])
	}
	type kv struct {
		e errorCase
		n int
	}
	var list []kv
	byKind := make(map[string]int)
	for e, n := range errs {
		list = append(list, kv{e, n})
		byKind[e.kind] += n
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		if list[i].e.kind != list[j].e.kind {
			return list[i].e.kind < list[j].e.kind
		}
		return list[i].e.gold+list[i].e.pred < list[j].e.gold+list[j].e.pred
	})
	fmt.Fprintf(bw, "\nerrors: %d missed, %d spurious, %d wrong type, %d wrong boundary\n", byKind["missed"], byKind["spurious"], byKind["type"], byKind["boundary"])
	fmt.Fprintln(bw, "most frequent errors (count, kind, gold → predicted):")
	for i, x := range list {
		if i == 30 {
			break
		}
		g, p := x.e.gold, x.e.pred
		if g == "" {
			g = "-"
		}
		if p == "" {
			p = "-"
		}
		fmt.Fprintf(bw, "%5d  %-8s  %s → %s\n", x.n, x.e.kind, g, p)
	}
}

// Tag reads CoNLL column data from r and writes it to w with one more
// column, the default tagger's IOB2 tag, appended to every token line.
// -DOCSTART- lines get the tag O; every sentence is followed by one blank
// line. Sentences are tagged document by document.
func Tag(r io.Reader, w io.Writer) error {
	t, err := entity.Default()
	if err != nil {
		return err
	}
	return TagWith(t, r, w)
}

// TagWith is Tag with a given tagger.
func TagWith(t *entity.Tagger, r io.Reader, w io.Writer) error {
	docs, err := Read(r)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, d := range docs {
		if d.Start != "" {
			fmt.Fprintf(bw, "%s O\n\n", d.Start)
		}
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
		}
		tags := t.TagDoc(words)
		for i, s := range d.Sentences {
			for j, line := range s.Lines {
				fmt.Fprintf(bw, "%s %s\n", line, tags[i][j])
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}
