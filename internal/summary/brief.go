package summary

import (
	"sort"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// DefaultBriefWords is a briefing's length when none is asked for.
const DefaultBriefWords = 200

// mmrLambda weighs centrality against novelty in Brief's maximal marginal
// relevance: 1 would take the most central sentences whatever they
// repeat, 0 the most novel whatever they say.
const mmrLambda = 0.7

// Brief's candidates: the first briefSentences sentences of each post,
// and of those the briefPool most central go through maximal marginal
// relevance (reports put their news first; the bounds keep a briefing of
// thousands of posts fast).
const (
	briefSentences = 10
	briefPool      = 400
)

// BriefOptions shape a briefing.
type BriefOptions struct {
	// Words is the briefing's length in words (default
	// DefaultBriefWords): sentences are added while they fit.
	Words int
	// Query holds words (lang.Words) the briefing is about: sentences
	// with them rank higher. Empty: no preference.
	Query []string
	// Subject is as TimelineOptions.Subject: the spans naming what the
	// briefing is about, by post ID; nil for none.
	Subject map[string][]domain.Span
}

// Brief selects the sentences that together say most of what posts
// report, and returns them in the order things were reported (post date,
// undated posts last, then post, then place in the post). A sentence is central when it is
// similar to the centroid of all candidate sentences (tf-idf), with a
// preference for early sentences of a report and for query words; it is
// taken by maximal marginal relevance, its centrality less its greatest
// similarity to a sentence already taken, and never when its words
// overlap one already taken by more than half. Posts that duplicate
// another (DupOf) are not used; commentary and boilerplate are not post
// text, so never used either.
func Brief(posts []domain.Post, opts BriefOptions) []Sentence {
	budget := opts.Words
	if budget <= 0 {
		budget = DefaultBriefWords
	}
	cands := candidates(posts, false, opts.Subject, func(pos int, _ []time.Time, names bool) bool { return pos < briefSentences || names })
	if len(cands) == 0 {
		return nil
	}
	center := centroid(cands)
	f := focus{query: queryWords(opts.Query), subject: opts.Subject != nil}
	central := make(map[*candidate]float64, len(cands))
	for _, c := range cands {
		central[c] = c.terms.cosine(center) * c.prior(f)
	}
	ranked := byScore(cands, central)
	if len(ranked) > briefPool {
		ranked = ranked[:briefPool]
	}
	var chosen []*candidate
	words := 0
	for words < budget {
		var best *candidate
		bestScore := 0.0
		for _, c := range ranked {
			if central[c] <= 0 || words+c.length > budget+budget/10 || repeats(c, chosen) {
				continue
			}
			sim := 0.0
			for _, o := range chosen {
				sim = max(sim, c.terms.cosine(o.terms))
			}
			if s := mmrLambda*central[c] - (1-mmrLambda)*sim; best == nil || s > bestScore {
				best, bestScore = c, s
			}
		}
		if best == nil {
			break
		}
		chosen = append(chosen, best)
		words += best.length
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		a, b := chosen[i], chosen[j]
		if !a.post.Published.Equal(b.post.Published) {
			// undated reports last
			return !a.post.Published.IsZero() && (b.post.Published.IsZero() || a.post.Published.Before(b.post.Published))
		}
		if a.post.ID != b.post.ID {
			return a.post.ID < b.post.ID
		}
		return a.span.Start < b.span.Start
	})
	out := make([]Sentence, len(chosen))
	for i, c := range chosen {
		out[i] = c.sentence()
	}
	return out
}
