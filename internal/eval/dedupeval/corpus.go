package dedupeval

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A paragraph is the sentences of one paragraph of a source text.
type paragraph []string

// loadCorpus reads every text file under path (a file or a directory,
// recursively, in name order) and returns its paragraphs.
//
// Two layouts are understood:
//   - one sentence per line, Penn-Treebank tokenised (Timeline17 InputDocs):
//     detected by PTB tokens (-LRB-, “, ” or " n't"/" 's" splits); lines
//     are detokenised and runs of lines become paragraphs of 1–3 sentences
//     (chosen by the caller's generator, so here every line is returned as
//     its own one-sentence paragraph and ptb is true);
//   - plain text with blank lines between paragraphs (PolNeAR, scrapes):
//     hard-wrapped lines are joined and paragraphs split into sentences by
//     a simple rule, used only to reorder sentences when planting copies.
func loadCorpus(path string) (docs [][]paragraph, ptb []bool, err error) {
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != path && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasPrefix(d.Name(), ".") && d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus %s: %w", path, err)
	}
	slices.Sort(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("read corpus: %w", err)
		}
		if bytes.IndexByte(raw, 0) >= 0 || !isText(f) {
			continue
		}
		text := string(raw)
		if isPTB(text) {
			var doc []paragraph
			for _, line := range strings.Split(text, "\n") {
				if s := detokenise(line); s != "" {
					doc = append(doc, paragraph{s})
				}
			}
			docs, ptb = append(docs, doc), append(ptb, true)
			continue
		}
		var doc []paragraph
		for _, block := range blankLines.Split(text, -1) {
			block = strings.Join(strings.Fields(block), " ")
			if block != "" {
				doc = append(doc, splitSentences(block))
			}
		}
		docs, ptb = append(docs, doc), append(ptb, false)
	}
	if len(docs) == 0 {
		return nil, nil, fmt.Errorf("read corpus %s: no text files", path)
	}
	return docs, ptb, nil
}

var blankLines = regexp.MustCompile(`\n[ \t\r]*\n`)

// isText accepts the usual text extensions and files without one.
func isText(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", "":
		return true
	}
	return false
}

var ptbMarks = regexp.MustCompile(`-LRB-|-RRB-|(^| )(` + "``" + `|''|n't|'s|'re|'ll) |[a-z] [,.;:] `)

// isPTB reports whether text looks Penn-Treebank tokenised: PTB marks on
// at least a fifth of its non-empty lines.
func isPTB(text string) bool {
	lines, marked := 0, 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines++
		if ptbMarks.MatchString(l) {
			marked++
		}
	}
	return lines > 0 && 5*marked >= lines
}

var (
	ptbBrackets = strings.NewReplacer("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}")
	spaceBefore = regexp.MustCompile(` ([,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|'(?: |$)|''|\.\.\.)`)
	spaceAfter  = regexp.MustCompile(`([(\[{$#]|` + "``" + `) `)
)

// detokenise turns a PTB-tokenised line back into ordinary text:
// brackets restored, no space before closing punctuation and clitics or
// after opening brackets, “ and ” become straight double quotes.
func detokenise(line string) string {
	s := strings.Join(strings.Fields(line), " ")
	if s == "" {
		return ""
	}
	s = ptbBrackets.Replace(s)
	s = spaceBefore.ReplaceAllString(s, "$1")
	s = spaceAfter.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "``", "\"")
	s = strings.ReplaceAll(s, "''", "\"")
	return s
}

// splitSentences splits a paragraph after . ! ? (and closing quotes or
// brackets) followed by a space and a capital letter, digit or opening
// quote. It only decides where copies may reorder sentences.
func splitSentences(p string) paragraph {
	var out paragraph
	start := 0
	rs := []rune(p)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' && rs[i] != '!' && rs[i] != '?' {
			continue
		}
		end := i + 1
		for end < len(rs) && strings.ContainsRune(`"'”’)]`, rs[end]) {
			end++
		}
		if end+1 >= len(rs) || rs[end] != ' ' {
			continue
		}
		next := rs[end+1]
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"“‘`, next) {
			continue
		}
		// Not after initials and short titles (U.S., Mr., Dr.).
		j := i - 1
		for j >= start && unicode.IsLetter(rs[j]) {
			j--
		}
		if n := i - j - 1; rs[i] == '.' && (n == 1 || n <= 3 && n > 0 && unicode.IsUpper(rs[j+1])) {
			continue
		}
		out = append(out, string(rs[start:end]))
		start = end + 1
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}
