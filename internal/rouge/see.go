package rouge

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
)

// seeSentence matches a sentence line of ROUGE's SEE summary format,
//
//	<a name="1">[1]</a> <a href="#1" id=1>The sentence text.</a>
//
// (optionally with size="N" before name), and captures the text up to the
// first '<', exactly as ROUGE-1.5.5 reads it: entities are not decoded and
// other lines are ignored.
var seeSentence = regexp.MustCompile(`^<a (?:size="[0-9]+" )?name="[0-9]+">\[[0-9]+\]</a>\s+<a href="#[0-9]+" id=[0-9]+>([^<]+)`)

// ReadSEE returns the sentences of a summary in ROUGE's SEE HTML format,
// in file order.
func ReadSEE(r io.Reader) ([]string, error) {
	var sentences []string
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if m := seeSentence.FindStringSubmatch(line); m != nil {
			sentences = append(sentences, m[1])
		}
		if err == io.EOF {
			return sentences, nil
		}
		if err != nil {
			return sentences, fmt.Errorf("read SEE summary: %w", err)
		}
	}
}
