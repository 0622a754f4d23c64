// Package dedup finds exact and near-duplicate passages, posts and
// documents across outlets: MinHash signatures over word shingles, LSH
// banding, exact-Jaccard verification and representative-based clusters.
//
// It is pure: no goroutines and no I/O. The LSH index lives behind the small
// Buckets interface, implemented in memory by Memory (for `analyze` and
// tests) and by the store (so that each `ingest` run matches against
// everything stored before).
//
// # Similarity
//
// Texts are compared by the Jaccard similarity of their sets of word
// 3-shingles after normalisation (Tokens: NFKC, lower case, punctuation and
// quote marks dropped, apostrophes and digit separators joined). Jaccard is
// the exact measure; every threshold refers to it.
//
// # Parameters
//
//   - ShingleSize = 3 words: word order counts, one edited word costs three
//     shingles.
//   - K = 96 MinHash values (32-bit, two per 64-bit mix of each shingle's
//     fingerprint), Bands = 32 of Rows = 3. A pair is a candidate with
//     probability 1-(1-J³)³²: 0.986 at J = 0.5, 0.999 at 0.6, 1 - 10⁻⁸ at
//     0.8. Candidates are verified exactly, so K serves banding only.
//   - Thresholds (Defaults): sentences, clauses and paragraphs 0.5; posts
//     and documents 0.8. MinWords: 4 for passages, 8 for posts and
//     documents; shorter texts are deduplicated only exactly, by ID.
//   - Verification sketch: the text's shingle fingerprints cut to 32 bits,
//     at most SketchSize = 256 of them (exact Jaccard for texts up to ~258
//     words, bottom-k estimate beyond).
//
// # Clusters
//
// The index stores one Entry per cluster, its representative (the first
// text of the cluster seen). A new text joins the most similar
// representative at or above the threshold, else becomes the
// representative of a new cluster. Members are never compared with each
// other, so clusters cannot chain unrelated texts together. A passage
// belongs to one cluster; within one post, overlapping units (a sentence
// and its clause) never share a cluster.
//
// # Passages
//
// Units splits post text into paragraphs (of two or more sentences),
// sentences and clauses, from the spans the segmenter computed. Sentences
// and clauses share one level, so a clause carried inside a different
// sentence elsewhere is found; paragraphs have their own.
//
// # Index size
//
// Per cluster representative the index holds Bands = 32 band keys (8 bytes
// each plus the entry reference) and a sketch of 2 + 4·min(shingles, 256)
// bytes: about 150 bytes for a 40-word passage. Memory measures about
// 1 KiB per 40-word passage including Go map overhead and the ID
// (docs/bench/dedup.md).
package dedup
