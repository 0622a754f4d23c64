package summary

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// Sentence is one sentence of a summary: a span of a post's text, with
// the speakers of the quotations in it.
type Sentence struct {
	Text      string          `json:"text"`
	PostID    string          `json:"post_id"`
	Start     int             `json:"start"`
	End       int             `json:"end"`
	Published time.Time       `json:"published"`
	Sources   []domain.Source `json:"sources"`
	Speakers  []string        `json:"speakers,omitempty"`
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
	length    int         // in words
	terms     vector
	words     map[string]bool
	key       string // its words, lower case: one key for a sentence repeated verbatim
	leans     bool   // opens on a pronoun or conjunction (leansBack)
	names     bool   // names the summary's subject (a span of subject overlaps it)
}

// candidates collects the usable sentences of posts, their terms weighted
// by tf-idf over the posts. Posts that duplicate another are left out,
// and so are undated posts when dated is set. Only the sentences keep
// accepts (by position in the post, whether they name a day and whether
// they name the subject: a span of subject, by post ID) become
// candidates; the others still count in the document frequencies.
func candidates(posts []domain.Post, dated bool, subject map[string][]domain.Span, keep func(pos int, refs []time.Time, names bool) bool) []*candidate {
	var out []*candidate
	df := make(map[string]int)
	nDocs := 0
	var words []string
	for i := range posts {
		p := &posts[i]
		if p.DupOf != "" || (dated && p.Published.IsZero()) {
			continue
		}
		nDocs++
		seen := make(map[string]bool)
		pub := day(p.Published)
		for si, sentence := range sentences(p) {
			for _, span := range statements(p.Text, sentence) {
				text := span.In(p.Text)
				if strings.ContainsRune(text, '|') || strings.HasSuffix(strings.TrimSpace(text), ":") {
					continue // a dateline, byline, comment header or the lead-in of a list, never a statement
				}
				words = words[:0]
				n, content := 0, 0
				lang.ForEachWord(text, func(w []byte) {
					n++
					if contentWord(string(w)) {
						content++
					}
					words = append(words, string(w))
				})
				if n < minWords || n > maxWords || content < minContent {
					continue
				}
				for _, w := range words {
					if contentWord(w) && !seen[w] {
						seen[w] = true
						df[w]++
					}
				}
				refs := refs(p, span)
				names := slices.ContainsFunc(subject[p.ID], func(m domain.Span) bool { return m.Start < span.End && m.End > span.Start })
				if !keep(si, refs, names) {
					continue
				}
				c := &candidate{post: p, span: span, published: pub, refs: refs, lead: si < leadSentences, pos: si, length: n,
					quoted: strings.ContainsAny(text, "\"\u201c\u201d`") || strings.Contains(text, "''"),
					terms:  vector{w: make(map[string]float64)}, words: make(map[string]bool, len(words))}
				c.key = strings.Join(words, " ")
				c.leans = leansBack[firstWord(text)]
				c.names = names
				for _, w := range words {
					c.words[w] = true
					if contentWord(w) {
						c.terms.w[w]++
					}
				}
				out = append(out, c)
			}
		}
	}
	for _, c := range out {
		for w, tf := range c.terms.w {
			c.terms.w[w] = (1 + math.Log(tf)) * math.Log(float64(nDocs+1)/float64(df[w]+1))
		}
		c.terms.norm = norm(c.terms.w)
	}
	return out
}

// sentence is the cited form of a candidate.
func (c *candidate) sentence() Sentence {
	s := Sentence{Text: c.span.In(c.post.Text), PostID: c.post.ID, Start: c.span.Start, End: c.span.End,
		Published: c.post.Published, Sources: c.post.Sources}
	for _, q := range c.post.Quotes {
		if q.Speaker == "" || (q.Field != "" && q.Field != domain.FieldText) || q.Start >= c.span.End || q.End <= c.span.Start {
			continue
		}
		if !slices.Contains(s.Speakers, q.Speaker) {
			s.Speakers = append(s.Speakers, q.Speaker)
		}
	}
	return s
}

// vector is a term vector with its Euclidean norm.
type vector struct {
	w    map[string]float64
	norm float64
}

func newVector(w map[string]float64) vector { return vector{w: w, norm: norm(w)} }

// cosine is the cosine similarity of two vectors.
func (v vector) cosine(u vector) float64 {
	if v.norm == 0 || u.norm == 0 {
		return 0
	}
	return v.dot(u) / (v.norm * u.norm)
}

// dot is the dot product of two vectors.
func (v vector) dot(u vector) float64 {
	a, b := v.w, u.w
	if len(b) < len(a) {
		a, b = b, a
	}
	dot := 0.0
	for t, x := range a {
		dot += x * b[t]
	}
	return dot
}

// centroid is the sum of the unit vectors of cands' terms, each
// sentence counted once however many posts repeat it (a related-stories
// line on every page of a site says nothing of the day).
func centroid(cands []*candidate) vector { return newVector(sum(distinct(cands))) }

// distinct are the candidates with terms, a sentence repeated verbatim
// only once.
func distinct(cands []*candidate) []*candidate {
	out := make([]*candidate, 0, len(cands))
	seen := make(map[string]bool, len(cands))
	for _, c := range cands {
		if c.terms.norm > 0 && !seen[c.key] {
			seen[c.key] = true
			out = append(out, c)
		}
	}
	return out
}

// sum adds up the unit vectors of cands' terms.
func sum(cands []*candidate) map[string]float64 {
	out := make(map[string]float64)
	for _, c := range cands {
		for t, x := range c.terms.w {
			out[t] += x / c.terms.norm
		}
	}
	return out
}

// support measures how far the other posts of a pool report what a
// sentence says: its cosine similarity to the pool's centroid less its own
// post's part. A sentence many reports echo is news; one only its own
// article dwells on is not.
type support struct {
	center vector
	parts  map[*domain.Post]vector
	// shared[p] is center·parts[p]
	shared map[*domain.Post]float64
}

func newSupport(pool []*candidate) support {
	ds := distinct(pool)
	byPost := make(map[*domain.Post][]*candidate)
	for _, c := range ds {
		byPost[c.post] = append(byPost[c.post], c)
	}
	s := support{center: newVector(sum(ds)), parts: make(map[*domain.Post]vector, len(byPost)), shared: make(map[*domain.Post]float64, len(byPost))}
	for p, cs := range byPost {
		part := newVector(sum(cs))
		s.parts[p], s.shared[p] = part, s.center.dot(part)
	}
	return s
}

// of is c's similarity to the centroid of the other posts' sentences.
func (s support) of(c *candidate) float64 {
	part := s.parts[c.post]
	n2 := s.center.norm*s.center.norm - 2*s.shared[c.post] + part.norm*part.norm
	if c.terms.norm == 0 || n2 < 1e-12 {
		return 0
	}
	return (c.terms.dot(s.center) - c.terms.dot(part)) / (c.terms.norm * math.Sqrt(n2))
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
		if overlap(c.words, o.words) > maxOverlap {
			return true
		}
	}
	return false
}

// overlap is the Jaccard similarity of two word sets.
func overlap(a, b map[string]bool) float64 {
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

// prior weighs what a sentence is, whatever it says: earlier sentences
// of a report say more of its news; a reported sentence tells events
// better than a quotation; one that opens on a pronoun or a conjunction
// leans on a sentence the summary does not show; and query words.
func (c *candidate) prior(f focus) float64 {
	p := (1 + leadBonus/float64(c.pos+1)) * queryBonus(c, f.query)
	if c.quoted {
		p *= quotePenalty
	}
	if c.leans {
		p *= leanPenalty
	}
	if f.subject && !c.names {
		p *= offTopic // about something else, though its post names the subject
	}
	return p
}

// focus is what a summary is about: words of a query, and whether it has
// a subject (an entity) whose naming sentences are marked (names).
type focus struct {
	query   map[string]bool
	subject bool
}

// leansBack are words that open a sentence which needs the one before.
var leansBack = map[string]bool{"He": true, "She": true, "They": true, "It": true, "His": true, "Her": true,
	"Their": true, "Its": true, "This": true, "These": true, "Those": true, "But": true, "And": true}

// queryBonus favours a sentence by the share of query words it has; one
// with none of them, though its post matched the query, is probably
// about something else and counts for little.
func queryBonus(c *candidate, query map[string]bool) float64 {
	if len(query) == 0 {
		return 1
	}
	hit := 0
	for w := range query {
		if c.words[w] {
			hit++
		}
	}
	if hit == 0 {
		return offTopic
	}
	return 1 + float64(hit)/float64(len(query))
}

// offTopic weighs a sentence without any query word, or one that does not
// name the subject.
const offTopic = 0.3

// queryWords is the set of query words that are not stopwords.
func queryWords(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		if !lang.Stopword(w) {
			out[w] = true
		}
	}
	return out
}

// byScore orders candidates by score, ties by post ID and position, so
// that the order never depends on the order of the input.
func byScore(pool []*candidate, score map[*candidate]float64) []*candidate {
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
