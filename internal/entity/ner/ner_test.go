package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-ORG I-ORG B-ORG", []Chunk{{0, 2, "ORG"}, {2, 3, "ORG"}}}, // IOB1
		{"B-PER I-LOC", []Chunk{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"O O", nil},
		{"U-MISC B-PER L-PER", []Chunk{{0, 1, "MISC"}, {1, 3, "PER"}}}, // BILOU
	}
	for _, tt := range tests {
		if got := Chunks(strings.Fields(tt.tags)); !slices.Equal(got, tt.want) {
			t.Errorf("Chunks(%s) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestLabels(t *testing.T) {
	for _, s := range []Scheme{IOB2, BILOU} {
		ls := newLabelSet(s)
		tags := strings.Fields("B-PER I-PER O B-LOC B-LOC I-LOC I-LOC O B-MISC")
		enc := ls.encode(tags)
		if got := ls.iob2(enc, nil); !slices.Equal(got, tags) {
			t.Errorf("scheme %d: round trip %v -> %v", s, tags, got)
		}
		// every encoded sequence must be allowed by the transition table
		prev := -1
		for _, l := range enc {
			if !ls.allowed[prev+1][l] {
				t.Errorf("scheme %d: %d after %d not allowed", s, l, prev)
			}
			prev = l
		}
		if !ls.final[prev] {
			t.Errorf("scheme %d: may not end with %d", s, prev)
		}
	}
}

// toy is an invented training set: a few people, places and organisations
// in fixed frames.
func toy() []Document {
	people := []string{"Anna Berg", "Mark Ward", "Tunde Adebayo", "Claire Duval", "Peter Lang", "Susan Hartley"}
	places := []string{"Oslo", "Hull", "Geneva", "Lagos", "Bristol", "Paris"}
	orgs := []string{"Harbour Trades Forum", "Gulf Shipping Council", "Northern Rail"}
	tag := func(s, typ string) ([]string, []string) {
		w := strings.Fields(s)
		tags := make([]string, len(w))
		for i := range w {
			tags[i] = "I-" + typ
		}
		tags[0] = "B-" + typ
		return w, tags
	}
	var docs []Document
	for i := 0; i < 12; i++ {
		var doc Document
		p, pt := tag(people[i%len(people)], "PER")
		l, lt := tag(places[(i+1)%len(places)], "LOC")
		o, ot := tag(orgs[i%len(orgs)], "ORG")
		w := append(append(append(append([]string{}, p...), "visited"), l...), "on", "Monday", ".")
		g := append(append(append(append([]string{}, pt...), "O"), lt...), "O", "O", "O")
		doc = append(doc, Sentence{w, g})
		w = append(append([]string{"The"}, o...), "said", "it", "would", "help", ".")
		g = append(append([]string{"O"}, ot...), "O", "O", "O", "O", "O")
		doc = append(doc, Sentence{w, g})
		docs = append(docs, doc)
	}
	return docs
}

func TestTrainWriteRead(t *testing.T) {
	docs := toy()
	var corpus [][]string
	for _, d := range docs {
		for _, s := range d {
			corpus = append(corpus, s.Words)
		}
	}
	cl := Cluster(corpus, ClusterOptions{MinCount: 1, Contexts: 20, K: [nGran]int{2, 4, 8}, Iter: 3, Seed: 1})
	if len(cl) == 0 {
		t.Fatal("no clusters")
	}
	m, err := Train(docs, TrainOptions{Epochs: 5, Clusters: cl, Prune: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, f := m.Score(docs); f < 0.99 {
		t.Errorf("training-set F1 %.3f", f)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m.Stats() != m2.Stats() {
		t.Errorf("stats %+v after reading, %+v before", m2.Stats(), m.Stats())
	}
	sent := strings.Fields("Claire Duval visited Lagos on Monday .")
	if a, b := m.Tag(sent), m2.Tag(sent); !slices.Equal(a, b) {
		t.Errorf("tags differ after write/read: %v vs %v", a, b)
	}
	if got := m2.Tag(sent); got[0] != "B-PER" || got[1] != "I-PER" || got[3] != "B-LOC" {
		t.Errorf("Tag = %v", got)
	}
	var again bytes.Buffer
	if err := m2.Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("writing a read model changes its bytes")
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("Read accepted garbage")
	}
}
