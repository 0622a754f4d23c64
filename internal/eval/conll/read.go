package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one blank-line-delimited block of a CoNLL file.
type Sentence struct {
	Lines []string // the token lines as read, without the line end
	Words []string // first column
	Tags  []string // last column when lines have two columns or more, else nil
}

// Document is the sentences between two -DOCSTART- lines.
type Document struct {
	Start     string // the -DOCSTART- line that opened it, "" for none
	Sentences []Sentence
}

// Read parses CoNLL column data: one token per line, columns separated by
// spaces or tabs, the word first and the NER tag last, a blank line after
// each sentence and "-DOCSTART-" lines between documents.
func Read(r io.Reader) ([]Document, error) {
	var docs []Document
	var cur *Document
	var sent Sentence
	tagged := true
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	endSentence := func() {
		if len(sent.Lines) == 0 {
			return
		}
		if cur == nil {
			docs = append(docs, Document{})
			cur = &docs[len(docs)-1]
		}
		if !tagged {
			sent.Tags = nil
		}
		cur.Sentences = append(cur.Sentences, sent)
		sent = Sentence{}
		tagged = true
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(text)
		if len(fields) == 0 {
			endSentence()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			endSentence()
			docs = append(docs, Document{Start: text})
			cur = &docs[len(docs)-1]
			continue
		}
		sent.Lines = append(sent.Lines, text)
		sent.Words = append(sent.Words, fields[0])
		if len(fields) >= 2 {
			sent.Tags = append(sent.Tags, fields[len(fields)-1])
		} else {
			tagged = false
			sent.Tags = append(sent.Tags, "")
		}
	}
	if err := sc.Err(); err != nil {
		return docs, fmt.Errorf("conll: line %d: %w", line, err)
	}
	endSentence()
	return docs, nil
}
