package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/internal/eval/conll"
	"github.com/dateline-news/dateline/internal/eval/dedupeval"
	"github.com/dateline-news/dateline/internal/eval/people"
	"github.com/dateline-news/dateline/internal/eval/polnear"
	"github.com/dateline-news/dateline/internal/eval/scrapinghub"
	"github.com/dateline-news/dateline/internal/eval/t17"
	"github.com/dateline-news/dateline/internal/eval/timeml"
	"github.com/spf13/cobra"
)

// evaluations are the harnesses `dateline eval NAME PATH` runs. Each
// prints its scores and worst cases to w.
var evaluations = map[string]struct {
	run  func(path string, w io.Writer) error
	help string
}{
	"scrapinghub": {func(p string, w io.Writer) error { _, err := scrapinghub.Run(p, w); return err },
		"article-body extraction: DIR with html/*.html.gz and ground-truth.json (4-gram shingle P/R/F1)"},
	"dedup": {func(p string, w io.Writer) error { _, err := dedupeval.Run(p, w); return err },
		"near-duplicate passages: planted edited copies of real sentences from DIR (e.g. Timeline17)"},
	"people": {func(p string, w io.Writer) error { _, err := people.Run(p, w); return err },
		"entity resolution: a people gold FILE (polnear-people/dev.json): splits, merges, role errors, non-people, alias recall"},
	"polnear": {func(p string, w io.Writer) error { _, err := polnear.Run(p, w); return err },
		"quotes and speakers: a PolNeAR split DIR with text/ and attributions/"},
	"conll": {func(p string, w io.Writer) error { _, err := conll.Run(p, w); return err },
		"named entities: a CoNLL-2003 FILE (entity-level P/R/F1, as conlleval)"},
	"t17": {func(p string, w io.Writer) error { _, err := t17.Run(p, w); return err },
		"timelines: Timeline17 DIR of <collection>/InputDocs and timelines/ (align+ m:1 ROUGE-1/2 F1, date F1)"},
	"timeml": {func(p string, w io.Writer) error { _, err := timeml.Run(p, w); return err },
		"temporal expressions: a DIR of TimeML .tml files (TempEval-3 strict/relaxed/value F1)"},
}

func (e *env) evalCmd() *cobra.Command {
	var names []string
	for n := range evaluations {
		names = append(names, n)
	}
	sort.Strings(names)
	var list strings.Builder
	for _, n := range names {
		fmt.Fprintf(&list, "  %-12s %s\n", n, evaluations[n].help)
	}
	return &cobra.Command{
		Use:   "eval NAME PATH",
		Short: "Score a component on a labelled data set",
		Long: `Run one of Dateline's evaluation harnesses on a labelled data set and print its
scores, then the worst cases. The data sets are described in ../shared/eval/README.md.

` + list.String(),
		Example: `  dateline eval scrapinghub ../shared/eval/extraction/scrapinghub
  dateline eval conll ../shared/eval/ner/conllpp/dev.txt
  dateline eval timeml ../shared/eval/timex/tbaq`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usagef("eval needs NAME and PATH (names: %s)", strings.Join(names, ", "))
			}
			if _, ok := evaluations[args[0]]; !ok {
				return usagef("eval: unknown evaluation %q (names: %s)", args[0], strings.Join(names, ", "))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return evaluations[args[0]].run(args[1], e.Out)
		},
	}
}
