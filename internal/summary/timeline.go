// Package summary writes extractive summaries of a collection of posts:
// timelines (Timeline: the days that matter, and for each the few
// sentences that best say what happened that day) and briefings (Brief: a
// short summary in the order things happened). Every sentence is a span of
// a post's text, verbatim, and cites the post (and so the outlets) it
// comes from. Both are pure functions of their posts.
//
// Timeline is date-wise: it first ranks days, then summarises each chosen
// day.
//
//   - A day matters when many posts were published on it and when many
//     sentences, published on it or later, refer to it by a full date
//     ("on 3 March", "last Tuesday", resolved by package timex). The two
//     counts are normalised and added.
//   - A day's candidate sentences are those that refer to it, and the
//     leading sentences of posts published on it that refer to no other
//     day. They are ranked by cosine similarity to the centroid of the
//     day's candidates (tf-idf over the collection's posts) less the part
//     of its own post (its support in the other reports), plus half its
//     similarity to the whole centroid and its similarity to the topic
//     (the centroid of the whole timeline's candidates), which favours
//     what many reports of that day share, with a preference for lead
//     sentences and for words of the query.
//   - Sentences are taken in rank order, skipping any whose words overlap
//     a sentence already in the timeline by more than half (Jaccard).
//
// Both timelines and briefings use only statements (clean.go, over
// lang.Furniture): page
// furniture run into a sentence (a time stamp, a wire dateline, the date
// of a chronology's item, a headline run into the lead) is trimmed off,
// a headline before a time stamp is a statement of its own, and lines
// that state nothing of what happened (questions, list items, captions,
// teasers, lines addressed to the reader, the writer's own voice) are
// left out. A sentence repeated verbatim by many posts counts once in a
// day's centroid.
//
// Every sentence of the result is a span of a post's text, verbatim.
package summary

import (
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// Defaults used when an Options field is zero.
const (
	DefaultDates   = 10
	DefaultPerDate = 2
)

// Sentence bounds: shorter sentences say too little, longer ones are
// usually several run together.
const (
	minWords = 10
	maxWords = 80
	// minContent is the least number of content words (contentWord) a
	// sentence needs: time stamps, bylines and comment headers have few.
	minContent = 5
	// leadSentences of a post are candidates for its publication day.
	leadSentences = 5
	// maxOverlap is the word Jaccard above which a sentence repeats one
	// already chosen.
	maxOverlap = 0.5
	// Ranking: a lead sentence, a sentence naming the day and a reported
	// (not quoted) sentence tell a day's events best.
	leadBonus    = 1.0
	dateBonus    = 1.3
	quotePenalty = 0.8
	leanPenalty  = 0.5
	topicWeight  = 1.0
	centerWeight = 0.5
	// mentionWeight weighs references to a day against publications on it.
	mentionWeight = 2.0
)

// TimelineOptions shape a timeline.
type TimelineOptions struct {
	Dates   int       // days to select (default DefaultDates)
	PerDate int       // sentences per day (default DefaultPerDate)
	Since   time.Time // first day (UTC), inclusive; zero: no bound
	Until   time.Time // last day (UTC), inclusive; zero: no bound
	// Query holds words (lang.Words) the timeline is about: sentences with
	// them rank higher. Empty: no preference.
	Query []string
	// Subject, when not nil, holds the spans of each post's text (by post
	// ID) that name what the timeline is about (an entity's mentions):
	// sentences naming it are candidates wherever they stand in their
	// post, and the others rank low.
	Subject map[string][]domain.Span
}

func (o TimelineOptions) dates() int {
	if o.Dates > 0 {
		return o.Dates
	}
	return DefaultDates
}

func (o TimelineOptions) perDate() int {
	if o.PerDate > 0 {
		return o.PerDate
	}
	return DefaultPerDate
}

// in reports whether day d lies in the window.
func (o TimelineOptions) in(d time.Time) bool {
	return (o.Since.IsZero() || !d.Before(day(o.Since))) && (o.Until.IsZero() || !d.After(day(o.Until)))
}

// Entry is one day of a timeline.
type Entry struct {
	Date      time.Time  `json:"date"`
	Sentences []Sentence `json:"sentences"`
}

// Timeline selects the timeline of posts. Posts without a publication
// date, and posts that duplicate another (DupOf), are not used.
func Timeline(posts []domain.Post, opts TimelineOptions) []Entry {
	// A day's candidates are its leads, the sentences naming a day and
	// those naming the subject (dayCandidates); the others only count in
	// term statistics.
	cands := candidates(posts, true, opts.Subject, func(pos int, refs []time.Time, names bool) bool {
		return pos < leadSentences || len(refs) > 0 || names
	})
	if len(cands) == 0 {
		return nil
	}
	days := rankDays(posts, cands, opts)
	f := focus{query: queryWords(opts.Query), subject: opts.Subject != nil}
	var chosen []*candidate
	var out []Entry
	topic := centroid(cands)
	// Days in rank order until enough have sentences: a day only
	// announced, or whose sentences all repeat others, gives way to the
	// next.
	for _, d := range days {
		if len(out) == opts.dates() {
			break
		}
		pool := dayCandidates(cands, d)
		ranked := rank(pool, d, topic, f)
		var e Entry
		e.Date = d
		for _, c := range ranked {
			if len(e.Sentences) == opts.perDate() {
				break
			}
			if repeats(c, chosen) {
				continue
			}
			chosen = append(chosen, c)
			e.Sentences = append(e.Sentences, c.sentence())
		}
		if len(e.Sentences) > 0 {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// rankDays orders the days of the window by importance: the share of
// posts published on a day plus the share of date references to it.
func rankDays(posts []domain.Post, cands []*candidate, opts TimelineOptions) []time.Time {
	pubs := make(map[time.Time]float64)
	var nPubs float64
	for i := range posts {
		p := &posts[i]
		if p.DupOf != "" || p.Published.IsZero() {
			continue
		}
		if d := day(p.Published); opts.in(d) {
			pubs[d]++
			nPubs++
		}
	}
	mentions := make(map[time.Time]float64)
	var nMentions float64
	for _, c := range cands {
		for _, d := range c.refs {
			// A report refers to what happened on or before its day, or
			// announces what is due soon after it.
			if opts.in(d) && !d.After(c.published.AddDate(0, 0, 31)) {
				mentions[d]++
				nMentions++
			}
		}
	}
	score := make(map[time.Time]float64)
	for d, n := range pubs {
		score[d] += n / nPubs
	}
	for d, n := range mentions {
		score[d] += mentionWeight * n / nMentions
	}
	days := make([]time.Time, 0, len(score))
	for d := range score {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool {
		if score[days[i]] != score[days[j]] {
			return score[days[i]] > score[days[j]]
		}
		return days[i].Before(days[j])
	})
	return days
}

// dayCandidates are the sentences that may tell what happened on d: those
// naming the day, and the leads and the sentences naming the subject of
// posts of that day.
func dayCandidates(cands []*candidate, d time.Time) []*candidate {
	var out []*candidate
	for _, c := range cands {
		switch {
		case containsDay(c.refs, d) && !d.After(c.published):
			// a report of that day, not an announcement before it
			out = append(out, c)
		case len(c.refs) == 0 && (c.lead || c.names) && c.published.Equal(d):
			out = append(out, c)
		}
	}
	return out
}

func containsDay(days []time.Time, d time.Time) bool {
	for _, x := range days {
		if x.Equal(d) {
			return true
		}
	}
	return false
}

// rank orders a day's candidates by their support in the other posts of
// the day, their similarity to the day's centroid and to the topic, with
// a bonus for lead sentences and for query words.
func rank(pool []*candidate, d time.Time, topic vector, f focus) []*candidate {
	sup := newSupport(pool)
	score := make(map[*candidate]float64, len(pool))
	for _, c := range pool {
		s := sup.of(c) + centerWeight*c.terms.cosine(sup.center) + topicWeight*c.terms.cosine(topic)
		s *= c.prior(f)
		if containsDay(c.refs, d) {
			s *= dateBonus
		}
		score[c] = s
	}
	return byScore(pool, score)
}

// T17 renders a timeline in the Timeline17 format: a YYYY-MM-DD line, one
// sentence per line, a line of 32 dashes.
func T17(entries []Entry) string {
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(e.Date.Format(time.DateOnly))
		b.WriteByte('\n')
		for _, s := range e.Sentences {
			b.WriteString(strings.Join(strings.Fields(s.Text), " "))
			b.WriteByte('\n')
		}
		b.WriteString(strings.Repeat("-", 32))
		b.WriteByte('\n')
	}
	return b.String()
}
