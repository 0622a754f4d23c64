package dedup

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
)

// Passages assigns the paragraphs, sentences and clauses of posts to
// passage clusters, one Index per level.
type Passages struct {
	Paragraph *Index // paragraphs of two or more sentences
	Sentence  *Index // sentences and clauses
}

// NewPassages returns Passages over b with each level's default options.
func NewPassages(b Buckets) *Passages {
	return &Passages{
		Paragraph: NewIndex(b, Options{Level: LevelParagraph}),
		Sentence:  NewIndex(b, Options{Level: LevelSentence}),
	}
}

// Assignment places one unit of a post in a passage cluster.
type Assignment struct {
	Unit
	Text       string  // the unit's text (its span of the post text)
	ID         string  // the unit's own ID (see ID)
	Passage    string  // the cluster's ID: its representative's ID
	Similarity float64 // Jaccard similarity to the representative (1 if New)
	// New: no indexed cluster matched, so the unit represents a new
	// cluster with Passage == ID. The ID may still be stored already (a
	// re-ingested post, or a text below MinWords, which is deduplicated
	// only exactly, by ID): store passages with an upsert.
	New bool
}

// Assign finds the passage cluster of every unit of a post (see Units for
// the units) and adds the units that start new clusters to the index.
//
// Rules: a unit joins the most similar cluster whose representative it
// matches at the level's threshold; one post never puts two overlapping
// units in the same cluster (a clause does not join the cluster its own
// sentence joined), so a cluster's sources never cite the same words
// twice; otherwise the unit starts a new cluster with its ID.
//
// Assign is the whole dedup step for a post's passages: the caller stores
// each assignment as an occurrence (passage, document, outlet, post,
// offsets, date) and, when New, the passage text under its ID.
func (ps *Passages) Assign(text string, paragraphs, sentences []domain.Span) ([]Assignment, error) {
	return ps.AssignPrepared(PrepareUnits(text, paragraphs, sentences))
}

// PreparedUnit is a unit with everything Assign computes from its text
// alone: its text, ID and print (signature and sketch included).
type PreparedUnit struct {
	Unit
	Text  string
	ID    string
	Print *Print
}

// PrepareUnits does the part of Assign that depends on the post alone, so
// that callers can run it on many posts at once and keep only
// AssignPrepared, which depends on everything assigned before, in order.
func PrepareUnits(text string, paragraphs, sentences []domain.Span) []PreparedUnit {
	units := Units(text, paragraphs, sentences)
	out := make([]PreparedUnit, len(units))
	for i, u := range units {
		t := u.In(text)
		out[i] = PreparedUnit{Unit: u, Text: t, ID: ID(u.Kind.Level(), t), Print: NewPrint(t).Prepared()}
	}
	return out
}

// AssignPrepared is Assign on units from PrepareUnits.
func (ps *Passages) AssignPrepared(units []PreparedUnit) ([]Assignment, error) {
	out := make([]Assignment, 0, len(units))
	used := make(map[string][]domain.Span) // cluster -> spans of this post in it
	for _, u := range units {
		idx := ps.Sentence
		if u.Kind.Level() == LevelParagraph {
			idx = ps.Paragraph
		}
		skip := func(cluster string) bool {
			for _, s := range used[cluster] {
				if s.Start < u.End && u.Start < s.End {
					return true
				}
			}
			return false
		}
		m, isNew, err := idx.Assign(u.ID, u.Print, skip)
		if err != nil {
			return nil, fmt.Errorf("passage %d-%d: %w", u.Start, u.End, err)
		}
		used[m.ID] = append(used[m.ID], u.Span)
		out = append(out, Assignment{Unit: u.Unit, Text: u.Text, ID: u.ID, Passage: m.ID, New: isNew, Similarity: m.Similarity})
	}
	return out, nil
}

// PostText is the text a post is deduplicated on: its headline and text.
func PostText(p domain.Post) string {
	if p.Headline == "" {
		return p.Text
	}
	return p.Headline + "\n\n" + p.Text
}

// DocumentText is the text a document is deduplicated on: its posts' texts
// in order.
func DocumentText(d domain.Document) string {
	var b strings.Builder
	for i, p := range d.Posts {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(PostText(p))
	}
	return b.String()
}

// Provenance summarises where a passage, post or quote was carried.
type Provenance struct {
	Outlets int           // distinct outlets (a source without an outlet counts by its Source)
	First   domain.Source // the earliest dated source, else the first listed
}

// Summarize returns the provenance of a list of sources.
func Summarize(sources []domain.Source) Provenance {
	var p Provenance
	seen := make(map[string]bool)
	for i, s := range sources {
		name := s.Outlet
		if name == "" {
			name = "source:" + s.Source
		}
		if !seen[name] {
			seen[name] = true
			p.Outlets++
		}
		if i == 0 || earlier(s.Published, p.First.Published) {
			p.First = s
		}
	}
	return p
}

// earlier orders dates with unknown (zero) dates last.
func earlier(a, b time.Time) bool {
	if a.IsZero() {
		return false
	}
	return b.IsZero() || a.Before(b)
}

// String reads "carried by 3 outlets, first by itv.com on 2016-10-11".
func (p Provenance) String() string {
	noun := "outlets"
	if p.Outlets == 1 {
		noun = "outlet"
	}
	who := p.First.Outlet
	if who == "" {
		who = p.First.Source
	}
	s := fmt.Sprintf("carried by %d %s, first by %s", p.Outlets, noun, who)
	if !p.First.Published.IsZero() {
		s += " on " + p.First.Published.Format(time.DateOnly)
	}
	return s
}

// NewPassage returns the export record of a passage cluster: its ID, the
// representative's text, and its sources sorted by date (undated last),
// with FirstSeen and Outlets filled in.
func NewPassage(id, text string, sources []domain.Source) domain.Passage {
	srcs := slices.Clone(sources)
	slices.SortStableFunc(srcs, func(a, b domain.Source) int {
		switch {
		case earlier(a.Published, b.Published):
			return -1
		case earlier(b.Published, a.Published):
			return 1
		}
		return 0
	})
	p := Summarize(srcs)
	return domain.Passage{ID: id, Text: text, Sources: srcs, FirstSeen: p.First.Published, Outlets: p.Outlets}
}
