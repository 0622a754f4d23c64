package dedup

import (
	"fmt"
	"strings"

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
