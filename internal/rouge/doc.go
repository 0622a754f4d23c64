// Package rouge computes ROUGE-N and ROUGE-L (Lin 2004) the way the
// reference Perl script ROUGE-1.5.5 computes them, so that figures from
// Dateline can be set beside published ones.
//
// # Use
//
// Text becomes tokens with Tokens (one unit) or Sentences (a summary given
// sentence by sentence, which ROUGE-L needs); N and L then score a peer
// (system) summary against one or more reference (model) summaries:
//
//	opts := rouge.Options{Stem: true, WordLimit: 100}
//	peer := rouge.Tokens(system, opts)
//	refs := [][]string{rouge.Tokens(ref1, opts), rouge.Tokens(ref2, opts)}
//	r1 := rouge.N(peer, refs, 1) // Score{P, R, F}
//
// NCounts and LCounts return the raw counts behind a score (what
// ROUGE-1.5.5 prints with -t 2), for measures that add counts up across
// several comparisons before dividing, as timeline metrics do.
//
// # Compatibility with ROUGE-1.5.5
//
// Each ROUGE-1.5.5 option has its counterpart here:
//
//	-m        Options.Stem: Porter stemming (Stem), only of tokens longer
//	          than three characters
//	-s        Options.Stopwords: removal of listed tokens (ParseStopwords
//	          reads ROUGE's smart_common_words.txt or any list)
//	-l N      Options.WordLimit: the first N words of the summary
//	-f A      several references: hits and counts summed over references
//	          ("model average"), so a peer's own n-grams count once per
//	          reference in the precision denominator
//	-p 0.5    the alpha of F = PR / ((1-alpha)P + alpha R); F1 for 0.5
//	-t 0      per-evaluation scores averaged over evaluations (Average)
//	-c, -r    the bootstrap ROUGE-1.5.5 reports its averages from (Average)
//
// Tokenisation follows the script step by step: ASCII upper case is
// lowered; the word limit counts whitespace-separated words of the
// lowered text; a space is put around every hyphen and every byte other
// than an ASCII letter, digit or hyphen becomes a space; the text is split
// on spaces; stopwords are dropped (before stemming, on the surface form);
// tokens not starting with a letter or digit (the bare hyphens) are
// dropped; tokens longer than three bytes are stemmed. N-grams run across
// sentence boundaries; ROUGE-L works sentence by sentence (union LCS of
// each reference sentence against all peer sentences, clipped by unigram
// counts as ROUGE-1.5.5 clips them).
//
// ROUGE-1.5.5 also looks tokens up in a WordNet exception list before
// stemming (irregular forms such as "went"); that list is not part of
// Dateline, so stemming here is Porter's algorithm alone, which is what
// most current installations of the script do as well (their exception
// database is empty, see the evaluation notes in ../shared/eval/rouge).
//
// The script rounds each per-evaluation P and R to five decimals and
// computes F from the rounded values; Counts.Reported reproduces those
// printed figures. Its Average_R/P/F are not the plain mean of the
// per-evaluation figures but the mean of 1000 bootstrap resamples drawn
// with Perl's seeded generator; Average reproduces them exactly.
//
// Everything here is a pure function of its arguments.
package rouge
