// Package tlsmetric scores timeline summaries the way the timeline
// summarisation literature does: the ROUGE variants of Martschat & Markert
// (2017, "Improving ROUGE for Timeline Summarization"), as their toolkit
// tilse computes them, date F1, and the averaging over timelines of
// news-tls (Gholipour Ghalandari & Ifrim 2020). It also reads and writes
// the Timeline17 gold format.
//
// # Metrics
//
// A Timeline maps days to sentences. Evaluate compares a predicted
// timeline with one or more reference timelines under a Metric, giving
// ROUGE-1 and ROUGE-2 precision, recall and F1 plus date scores:
//
//   - Concat: every timeline flattened, days oldest first.
//   - Agreement: summaries of equal days only.
//   - Align, AlignPlus, AlignPlusManyToOne: days paired by a cost; the
//     matches of a pair count 1/(days apart + 1). Align uses the date
//     distance, 1 - 1/(|d1-d2|+1), and an optimal one-to-one assignment
//     (Assign, the Hungarian method); AlignPlus multiplies that cost by
//     1 - a quick ROUGE-1 F1 of the two days' raw tokens; AlignPlusManyToOne
//     pairs every day with its cheapest counterpart instead.
//
// # How tilse combines several reference timelines
//
// All reference timelines are scored at once, as ROUGE-1.5.5 scores
// several model summaries (-f A): hits and reference n-grams are summed
// over the reference timelines, and the predicted n-grams count once per
// reference timeline, also for timelines that have nothing on a day.
// Precision and recall are micro averages: numerators and denominators are
// summed over all days (precision over predicted days, recall over
// reference days, those left unpaired with no hits) and divided once. The
// reference days are the union of the reference timelines' days. Under
// the alignment metrics precision pairs each predicted day with a
// reference day and recall each reference day with a predicted day, as
// two separate assignments.
//
// ROUGE is ROUGE-1.5.5 with -m -s (tilse's setting): pass rouge.Options
// with Stem and the SMART stopword list (ROUGE's smart_common_words.txt,
// read with rouge.ParseStopwords). Sentences reach ROUGE as tilse hands
// them over (see dayTokens).
//
// # Averaging
//
// news-tls scores each gold timeline of a collection on its own (one
// reference timeline per Evaluate call) and averages over all timelines
// with Mean: precision and recall are averaged and F1 is computed from
// the averages. Dates gives its date precision, recall and F1.
//
// # Differences from tilse
//
// Where an assignment has ties, Assign may choose another optimal pairing
// than scipy's linear_sum_assignment, and the scores can then differ.
// tilse's ROUGE may consult WordNet's exception list before stemming (see
// package rouge); pass it in rouge.Options.Exceptions to do the same.
// ReadTimeline merges repeated days, where tilse's reader keeps only the
// last block of a day.
//
// Everything here is a pure function of its arguments.
package tlsmetric
