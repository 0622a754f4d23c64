package rouge

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Options says how text becomes tokens. The zero value keeps every token
// unstemmed and applies no word limit (ROUGE-1.5.5 without -m, -s, -l).
type Options struct {
	// Stem applies Porter stemming to tokens longer than three bytes (-m).
	Stem bool
	// Stopwords are dropped before stemming (-s). Nil keeps all tokens.
	Stopwords Stopwords
	// Exceptions maps irregular forms to the word that stands for them
	// ("went" to "go"); with Stem, a token found here is replaced by its
	// entry instead of being stemmed, as ROUGE-1.5.5 does with its WordNet
	// exception database. Nil means Porter stemming alone.
	Exceptions Exceptions
	// WordLimit keeps only the first WordLimit words of a summary (-l);
	// 0 means no limit.
	WordLimit int
}

// Stopwords is a set of lower-case tokens to drop.
type Stopwords map[string]struct{}

// ParseStopwords reads a stopword list, one entry per line, as ROUGE-1.5.5
// reads smart_common_words.txt: each line without its line feed is an
// entry, looked up exactly.
func ParseStopwords(r io.Reader) (Stopwords, error) {
	set := Stopwords{}
	sc := bufio.NewScanner(r)
	sc.Split(splitLinesLF)
	for sc.Scan() {
		set[sc.Text()] = struct{}{}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stopwords: %w", err)
	}
	return set, nil
}

// Exceptions maps irregular word forms to a base form.
type Exceptions map[string]string

// ParseExceptions reads exception lists in WordNet's .exc format, one
// entry per line: the inflected form, then one or more base forms, of
// which the first is kept (ROUGE-1.5.5 builds its database the same way).
// A form listed again replaces the earlier entry, so the order of the
// readers matters where lists overlap.
func ParseExceptions(readers ...io.Reader) (Exceptions, error) {
	ex := Exceptions{}
	for _, r := range readers {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) >= 2 {
				ex[f[0]] = f[1]
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("exceptions: %w", err)
		}
	}
	return ex, nil
}

// splitLinesLF splits at "\n" only, so that a "\r" stays part of the line
// as it does for Perl's chomp.
func splitLinesLF(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// Tokens returns the ROUGE tokens of text taken as one unit.
func Tokens(text string, opts Options) []string {
	units := Sentences([]string{text}, opts)
	if len(units) == 0 {
		return nil
	}
	return units[0]
}

// Sentences returns the ROUGE tokens of a summary given as sentences, one
// slice per sentence kept. The word limit applies to the summary as a
// whole: sentences are taken whole while they fit, the one that reaches
// the limit is cut, and later ones are left out.
func Sentences(sentences []string, opts Options) [][]string {
	kept := limitWords(sentences, opts.WordLimit)
	units := make([][]string, 0, len(kept))
	for _, s := range kept {
		units = append(units, unitTokens(s, opts))
	}
	return units
}

// limitWords applies ROUGE-1.5.5's -l: words are the pieces Perl's
// split(/\s+/) makes, so a sentence that starts with whitespace counts an
// empty first word, as it does in the script.
func limitWords(sentences []string, limit int) []string {
	if limit <= 0 {
		return sentences
	}
	var kept []string
	used := 0
	for _, s := range sentences {
		words := perlSplit(s)
		if used+len(words) < limit {
			kept = append(kept, s)
			used += len(words)
			continue
		}
		kept = append(kept, strings.Join(words[:limit-used], " "))
		break
	}
	return kept
}

// perlSplit splits s as Perl's split(/\s+/, s) does: a leading empty
// field is kept when s starts with whitespace, trailing ones are not.
func perlSplit(s string) []string {
	words := strings.FieldsFunc(s, isPerlSpace)
	if len(words) > 0 && isPerlSpace(rune(s[0])) {
		words = append([]string{""}, words...)
	}
	return words
}

// isPerlSpace is Perl's \s on a byte string: ASCII whitespace only.
func isPerlSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// unitTokens cleans one unit of text and filters its tokens.
func unitTokens(text string, opts Options) []string {
	clean := cleanText(text)
	var tokens []string
	start := -1
	for i := 0; i <= len(clean); i++ {
		if i < len(clean) && clean[i] != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if tok, ok := keepToken(clean[start:i], opts); ok {
				tokens = append(tokens, tok)
			}
			start = -1
		}
	}
	return tokens
}

// cleanText lowers ASCII letters, puts spaces around hyphens and turns
// every other byte that is not an ASCII letter or digit into a space.
func cleanText(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteByte(c)
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c == '-':
			b.WriteString(" - ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// keepToken applies the stopword list, the first-character filter and
// stemming, in ROUGE-1.5.5's order.
func keepToken(tok string, opts Options) (string, bool) {
	if _, stop := opts.Stopwords[tok]; stop {
		return "", false
	}
	if c := tok[0]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
		return "", false
	}
	if opts.Stem && len(tok) > 3 {
		if base, ok := opts.Exceptions[tok]; ok {
			return base, true
		}
		return Stem(tok), true
	}
	return tok, true
}
