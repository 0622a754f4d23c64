// Package dedup finds exact and near-duplicate passages, posts and
// documents across outlets: MinHash signatures over word shingles, LSH
// banding, exact-Jaccard verification and clusters around a representative.
//
// It is pure: no goroutines and no I/O. The LSH index lives behind the small
// Buckets interface, implemented in memory by Memory (for `analyze` and
// tests) and by the store (so that each `ingest` run matches against
// everything stored before).
//
// # Similarity
//
// Texts are compared by the Jaccard similarity of their sets of word
// 3-shingles after normalisation (lang.Words: NFKC, lower case, punctuation and
// quote marks dropped, apostrophes and digit separators joined). Jaccard is
// the exact measure; every threshold refers to it.
//
// # Parameters
//
//   - ShingleSize = 3 words: word order counts, one edited word costs three
//     shingles.
//   - K = 96 MinHash values (32-bit, two per 64-bit mix of each shingle's
//     fingerprint), Bands = 32 of Rows = 3. A pair is a candidate with
//     probability 1-(1-J³)³²: 0.59 at J = 0.3, 0.986 at 0.5, 0.9996 at
//     0.6, 1 - 10⁻¹⁰ at 0.8. Rows = 3 rather than 4 keeps pairs just above
//     the 0.5 threshold (the seeds' near-verbatim sentences score
//     0.51–0.56); candidates are verified exactly, so K serves banding only.
//   - Thresholds (Defaults), chosen on Timeline17 pairs and the seeds
//     (docs/bench/dedup.md): sentences, clauses and paragraphs 0.5 (above
//     it, real pairs are edited copies; at 0.3–0.5, mostly different
//     statements in shared templates); posts and documents 0.8 (at 0.5–0.8
//     whole articles are different stories or successive versions sharing
//     background paragraphs). MinWords: 4 for passages, 8 for posts and
//     documents; shorter texts are deduplicated only exactly, by ID.
//   - Verification sketch: the text's shingle fingerprints cut to 32 bits,
//     at most SketchSize = 256 of them (exact Jaccard for texts up to ~258
//     words, bottom-k estimate beyond).
//
// # Clusters
//
// A cluster's representative is its first text. A new text may join a
// cluster only if its similarity to the representative reaches the
// threshold, so clusters cannot chain unrelated texts together; among the
// clusters it may join, it joins the one holding its nearest indexed text,
// so copies of one text stay together whatever order they arrive in.
// Otherwise it becomes the representative of a new cluster. Every distinct
// text is indexed as an Entry with its cluster; texts equal (after
// normalisation) to an indexed one are not. A passage belongs to one
// cluster; within one post, overlapping units (a sentence and its clause)
// never share a cluster.
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
// Per distinct text the index holds Bands = 32 band keys and one Entry
// (ID, cluster ID, sketch of 2 + 4·min(shingles, 256) bytes: 154 bytes for
// a 40-word passage). A store with a row per (band key, entry number) and
// a row per entry needs about 32 × 12 + 230 ≈ 600 bytes of data per
// 40-word passage before its B-tree overhead. Memory measures 760–990
// bytes per 40-word passage, everything included (docs/bench/dedup.md).
package dedup
