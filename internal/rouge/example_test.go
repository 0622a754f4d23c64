package rouge_test

import (
	"fmt"

	"github.com/dateline-news/dateline/internal/rouge"
)

func Example() {
	opts := rouge.Options{Stem: true}
	peer := rouge.Tokens("Police killed the gunman.", opts)
	refs := [][]string{
		rouge.Tokens("The gunman was killed by police.", opts),
		rouge.Tokens("Police shot the gunman dead.", opts),
	}
	r1 := rouge.N(peer, refs, 1)
	fmt.Printf("tokens %q\n", peer)
	fmt.Printf("ROUGE-1 P %.3f R %.3f F %.3f\n", r1.P, r1.R, r1.F)
	// 7 of the peer's 8 unigram occurrences (4 tokens, counted once per
	// reference) match; the references have 11 unigrams.
	// Output:
	// tokens ["polic" "kill" "the" "gunman"]
	// ROUGE-1 P 0.875 R 0.636 F 0.737
}
