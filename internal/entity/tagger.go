package entity

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/dateline-news/dateline/internal/entity/ner"
)

// The trained model; see docs/MODEL.md for its data, features, scores and
// how to retrain it (go run ./cmd/train-ner).
//
//go:embed model/ner.bin.gz
var modelData []byte

// Tagger labels tokens with CoNLL entity tags. It is safe for concurrent
// use.
type Tagger struct {
	m *ner.Model
}

// Load reads a model written by cmd/train-ner.
func Load(r io.Reader) (*Tagger, error) {
	m, err := ner.Read(r)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	return &Tagger{m: m}, nil
}

var defaultTagger = sync.OnceValues(func() (*Tagger, error) {
	return Load(bytes.NewReader(modelData))
})

// Default returns the tagger of the embedded model, decoding it on first
// use (about 0.2 s); later calls return the same Tagger.
func Default() (*Tagger, error) { return defaultTagger() }

// Tag returns an IOB2 tag (O, B-PER, I-PER, B-ORG, …, I-MISC) for every
// token of one sentence.
func (t *Tagger) Tag(tokens []string) []string { return t.m.Tag(tokens) }

// TagDoc tags the sentences of one document together, so that the words'
// capitalisation elsewhere in the document and the tags given to the same
// words earlier in it inform each sentence's tags. Prefer it to Tag
// whenever sentences come from one document.
func (t *Tagger) TagDoc(sentences [][]string) [][]string { return t.m.TagDoc(sentences) }
