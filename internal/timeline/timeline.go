// Package timeline turns the posts of a collection into a dated timeline:
// the days that matter, and for each the few sentences that best say what
// happened that day, each citing the post (and so the outlets) it comes
// from.
//
// Build is a pure function of its posts. It is date-wise: it first ranks
// days, then summarises each chosen day.
//
//   - A day matters when many posts were published on it and when many
//     sentences, published on it or later, refer to it by a full date
//     ("on 3 March", "last Tuesday", resolved by package timex). The two
//     counts are normalised and added.
//   - A day's candidate sentences are those that refer to it, and the
//     leading sentences of posts published on it that refer to no other
//     day. They are ranked by cosine similarity to the centroid of the
//     day's candidates (tf-idf over the collection's posts), which favours
//     what many reports of that day share, with a preference for lead
//     sentences and for words of the query.
//   - Sentences are taken in rank order, skipping any whose words overlap
//     a sentence already in the timeline by more than half (Jaccard).
//
// Every sentence of the result is a span of a post's text, verbatim.
package timeline

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
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
)

// Options shape a timeline.
type Options struct {
	Dates   int       // days to select (default DefaultDates)
	PerDate int       // sentences per day (default DefaultPerDate)
	Since   time.Time // first day (UTC), inclusive; zero: no bound
	Until   time.Time // last day (UTC), inclusive; zero: no bound
	// Query holds words (lang.Words) the timeline is about: sentences with
	// them rank higher. Empty: no preference.
	Query []string
}

func (o Options) dates() int {
	if o.Dates > 0 {
		return o.Dates
	}
	return DefaultDates
}

func (o Options) perDate() int {
	if o.PerDate > 0 {
		return o.PerDate
	}
	return DefaultPerDate
}

// in reports whether day d lies in the window.
func (o Options) in(d time.Time) bool {
	return (o.Since.IsZero() || !d.Before(day(o.Since))) && (o.Until.IsZero() || !d.After(day(o.Until)))
}

// Sentence is one sentence of a timeline: a span of a post's text.
type Sentence struct {
	Text      string          `json:"text"`
	PostID    string          `json:"post_id"`
	Start     int             `json:"start"`
	End       int             `json:"end"`
	Published time.Time       `json:"published"`
	Sources   []domain.Source `json:"sources"`
}

// Entry is one day of a timeline.
type Entry struct {
	Date      time.Time  `json:"date"`
	Sentences []Sentence `json:"sentences"`
}

// candidate is a sentence that may go into the timeline.
type candidate struct {
	post      *domain.Post
	span      domain.Span
	published time.Time   // the post's day
	refs      []time.Time // days it refers to
	lead      bool        // among the first sentences of its post
	quoted    bool        // holds quotation marks: a quotation, not a report
	pos       int         // its index among its post's sentences
	terms     map[string]float64
	words     map[string]bool
}

// Build selects the timeline of posts. Posts without a publication date,
// and posts that duplicate another (DupOf), are not used.
func Build(posts []domain.Post, opts Options) []Entry {
	cands, df, nDocs := candidates(posts)
	if len(cands) == 0 {
		return nil
	}
	idf := func(w string) float64 { return math.Log(float64(nDocs+1) / float64(df[w]+1)) }
	for _, c := range cands {
		for w, tf := range c.terms {
			c.terms[w] = (1 + math.Log(tf)) * idf(w)
		}
	}
	days := rankDays(posts, cands, opts)
	if len(days) > opts.dates() {
		days = days[:opts.dates()]
	}
	query := make(map[string]bool, len(opts.Query))
	for _, w := range opts.Query {
		if !lang.Stopword(w) {
			query[w] = true
		}
	}
	var chosen []*candidate
	var out []Entry
	for _, d := range days {
		pool := dayCandidates(cands, d)
		ranked := rank(pool, d, query)
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
			e.Sentences = append(e.Sentences, Sentence{
				Text: c.span.In(c.post.Text), PostID: c.post.ID, Start: c.span.Start, End: c.span.End,
				Published: c.post.Published, Sources: c.post.Sources,
			})
		}
		if len(e.Sentences) > 0 {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// candidates collects the usable sentences of posts, with the document
// frequency of each term over posts.
func candidates(posts []domain.Post) ([]*candidate, map[string]int, int) {
	var out []*candidate
	df := make(map[string]int)
	nDocs := 0
	for i := range posts {
		p := &posts[i]
		if p.DupOf != "" || p.Published.IsZero() {
			continue
		}
		nDocs++
		seen := make(map[string]bool)
		pub := day(p.Published)
		for si, span := range sentences(p) {
			text := span.In(p.Text)
			words := lang.Words(text)
			if len(words) < minWords || len(words) > maxWords {
				continue
			}
			if strings.ContainsRune(text, '|') {
				continue // a dateline, byline or comment header, never prose
			}
			c := &candidate{post: p, span: span, published: pub, lead: si < leadSentences, pos: si, quoted: strings.ContainsAny(text, "\"\u201c\u201d`") || strings.Contains(text, "''"),
				terms: make(map[string]float64), words: make(map[string]bool)}
			content := 0
			for _, w := range words {
				c.words[w] = true
				if !contentWord(w) {
					continue
				}
				content++
				c.terms[w]++
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
			if content < minContent {
				continue
			}
			c.refs = refs(p, span)
			out = append(out, c)
		}
	}
	return out, df, nDocs
}

// contentWord reports whether w says what a sentence is about: not a
// function word, a number, or a word of dates and times (which every
// sentence of a day shares, and which would make time stamps look
// central).
func contentWord(w string) bool {
	if len(w) < 2 || lang.Stopword(w) || timeWords[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return false
		}
	}
	return true
}

var timeWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
		today yesterday tomorrow tonight morning afternoon evening night week weeks month months year years day days
		am pm gmt et est edt bst utc update updated hour hours minute minutes`) {
		m[w] = true
	}
	return m
}()

// sentences are a post's sentence spans: stored ones, else its paragraphs.
func sentences(p *domain.Post) []domain.Span {
	if len(p.Sentences) > 0 {
		return p.Sentences
	}
	return p.Paragraphs
}

// refs are the days the temporal expressions inside span refer to.
func refs(p *domain.Post, span domain.Span) []time.Time {
	var out []time.Time
	for _, d := range p.Dates {
		if d.Field != "" && d.Field != domain.FieldText {
			continue
		}
		if d.Start < span.Start || d.Start >= span.End {
			continue
		}
		if t, ok := fullDay(d.Value); ok {
			out = append(out, t)
		}
	}
	return out
}

// fullDay parses a TimeML value that names one day ("2016-10-29", or a
// time on it).
func fullDay(v string) (time.Time, bool) {
	if len(v) < 10 || (len(v) > 10 && v[10] != 'T') {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, v[:10])
	return t, err == nil
}

// day is t's UTC day.
func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// rankDays orders the days of the window by importance: the share of
// posts published on a day plus the share of date references to it.
func rankDays(posts []domain.Post, cands []*candidate, opts Options) []time.Time {
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
		score[d] += n / nMentions
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

// dayCandidates are the sentences that may tell what happened on d.
func dayCandidates(cands []*candidate, d time.Time) []*candidate {
	var out []*candidate
	for _, c := range cands {
		switch {
		case containsDay(c.refs, d):
			out = append(out, c)
		case len(c.refs) == 0 && c.lead && c.published.Equal(d):
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

// rank orders a day's candidates by similarity to their centroid, with a
// bonus for lead sentences and for query words.
func rank(pool []*candidate, d time.Time, query map[string]bool) []*candidate {
	centroid := make(map[string]float64)
	for _, c := range pool {
		n := norm(c.terms)
		if n == 0 {
			continue
		}
		for w, x := range c.terms {
			centroid[w] += x / n
		}
	}
	cn := norm(centroid)
	score := make(map[*candidate]float64, len(pool))
	for _, c := range pool {
		s := 0.0
		if n := norm(c.terms); n > 0 && cn > 0 {
			for w, x := range c.terms {
				s += x * centroid[w]
			}
			s /= n * cn
		}
		// Earlier sentences of a report say more of its news.
		s *= 1 + leadBonus/float64(c.pos+1)
		if containsDay(c.refs, d) {
			s *= dateBonus
		}
		if c.quoted {
			s *= quotePenalty
		}
		if len(query) > 0 {
			hit := 0
			for w := range query {
				if c.words[w] {
					hit++
				}
			}
			s *= 1 + float64(hit)/float64(len(query))
		}
		score[c] = s
	}
	ranked := append([]*candidate(nil), pool...)
	sort.SliceStable(ranked, func(i, j int) bool {
		a, b := ranked[i], ranked[j]
		if score[a] != score[b] {
			return score[a] > score[b]
		}
		if a.post.ID != b.post.ID {
			return a.post.ID < b.post.ID
		}
		return a.span.Start < b.span.Start
	})
	return ranked
}

func norm(v map[string]float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

// repeats reports whether c says what a chosen sentence already says.
func repeats(c *candidate, chosen []*candidate) bool {
	for _, o := range chosen {
		if o.post == c.post && o.span == c.span {
			return true
		}
		if Overlap(c.words, o.words) > maxOverlap {
			return true
		}
	}
	return false
}

// Overlap is the Jaccard similarity of two word sets.
func Overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
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
