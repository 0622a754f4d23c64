// Package story groups posts about the same event into stories, one post
// at a time as news arrives: a new post joins the story it is most like,
// or starts one. Nothing is ever recomputed over the whole archive.
//
// # Design
//
// A post is a term vector (Vectorize): tf-idf over its normalised words
// (lang.Words, stopwords left out; headline words count twice) and over
// the entities it mentions (by entity ID), entities counting twice, for
// the people and places of an event tell it from others on the same
// subject. The document frequencies are those of every post placed
// before, which the caller keeps (see Counts); a word never seen has the
// highest weight.
//
// A story is the centroid of its posts (the sum of their unit vectors,
// cut to its CentroidTerms heaviest terms), its first and last days, its
// size, its label and its people. Place compares a post with the
// candidate stories by cosine similarity and joins the best one at or
// above a threshold (higher while few posts have been counted, when idf
// is unreliable; ThresholdAt); a candidate is eligible only when the post's day lies
// within Window days of the story's days and the story would not span
// more than MaxSpan days.
//
// A passage (a sentence or paragraph, as package dedup finds them) that a
// post repeats from a post of a story is stronger evidence than words: a
// story holding one of the post's passages, of passageBytes or more, seen
// in at most PassagePosts posts before (more is boilerplate or a stock
// phrase), needs only PassageThreshold (SharedPassages). Short live-blog
// posts about one event share few words but often a sentence: the
// casualty clause of an attack, the venue of a debate. Stories are events, not topics: a war or an
// election is many stories, and the window and the span make sure a
// subject reported every day does not grow into one story.
//
// Speeches made at one sitting of a legislature are one event, though a
// live blog gives each speaker a post that shares few words with the
// others: a post whose headline or lead reports words said at a sitting
// ("told MPs", "an emergency debate") has occasion keys, one per place it
// mentions, with its day (Occasions); a story holding a post with one of
// them is preferred to every other candidate, at any similarity.
//
// Candidates are found by key (Keys, FileKeys): a story is filed under the
// heaviest terms its centroid ever had and the passages of its posts, a
// post looks under its own heaviest terms, passages and occasions, and the caller keeps for each key the PerKey stories
// with the latest last days from Since to Until (the last days of
// stories it may join: a post read after later news still finds the
// stories of its own days). A story's keys only grow and its last day
// never goes back, so that a lookup bounded per key over a store that
// lags behind the caller's pending changes still finds what a lookup
// over the whole state would.
//
// # Determinism
//
// Everything is a pure function of its input: the vector of a post, the
// candidates (sorted by ID), and the stories. Ties go to the smaller
// story ID. A story's ID derives from its first post's (NewID), so the
// same corpus read in the same order gives the same stories however it is
// cut into batches or runs.
//
// # Labels
//
// A story is labelled with the headline of its first post that has one,
// else with the opening words of its first post, after the passages it
// opens with that many posts carried before (SkipBoilerplate: a site's
// promotion of another article would otherwise label every story its
// pages start).
package story
