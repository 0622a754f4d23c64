package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Penn-Treebank tokenised text.
//
// Research corpora (Timeline17 among them) ship their articles tokenised
// the Penn-Treebank way: `` and '' for double quotes, ` and ' for single
// ones, -LRB- -RRB- -LSB- -RSB- -LCB- -RCB- for brackets, a space before
// every comma, full stop and clitic ("Obama 's", "do n't", "U.S. ."), and
// \/ and \* for slashes and asterisks. Every stage reads ordinary text, so
// such text is told apart and detokenised once, when it is read.
//
// Telling it apart is a vote over the words of the whole text. A word votes
// for tokenised text when it is a treebank bracket or quote token, a
// detached ",", "." or "$", a detached clitic ('s 're 'll 've 'm 'd n't),
// or holds an escape (\/ or \*); it votes against when it carries an
// attached comma ("word,"), an attached clitic ("it's", "don't"), or an
// attached double quote. Text is tokenised when at least minTreebankVotes
// words vote for it and they outnumber the votes against treebankOdds to
// one: an ordinary article with a stray `` or " 's" has hundreds of
// attached commas against it. Colons, semicolons, "!" and "?" do not vote,
// as French typography sets them apart too.

const (
	minTreebankVotes = 3
	treebankOdds     = 4
)

// treebankTokens are the bracket and quote tokens of the treebank, with
// what they stand for in ordinary text. Double quotes become typographic
// marks, which keep the direction the tokeniser knew.
var treebankTokens = map[string]string{
	"``": "“", "''": "”",
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}",
}

// clitics are the word endings the treebank splits off their word.
var clitics = []string{"'s", "'re", "'ll", "'ve", "'m", "'d", "n't"}

// IsTreebank reports whether text is Penn-Treebank tokenised.
func IsTreebank(text string) bool {
	var pro, con int
	for w := range strings.FieldsSeq(text) {
		switch treebankVote(w) {
		case 1:
			pro++
		case -1:
			con++
		}
	}
	return pro >= minTreebankVotes && pro >= treebankOdds*con
}

// treebankVote is the vote of one word: 1 for tokenised text, -1 against,
// 0 when it tells nothing.
func treebankVote(w string) int {
	if _, ok := treebankTokens[w]; ok {
		return 1
	}
	switch w {
	case ",", ".", "$":
		return 1
	}
	if strings.Contains(w, `\/`) || strings.Contains(w, `\*`) {
		return 1 // "9\/11": the treebank's escapes
	}
	if isClitic(w) {
		return 1
	}
	if len(w) > 1 && strings.HasSuffix(w, ",") {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(w); r == '"' || r == '“' {
		if len(w) > utf8.RuneLen(r) {
			return -1
		}
	}
	if r, n := utf8.DecodeLastRuneInString(w); (r == '"' || r == '”') && len(w) > n {
		return -1
	}
	if !strings.ContainsAny(w, "'’") {
		return 0 // no clitic glued on either
	}
	lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	lw = strings.TrimRightFunc(lw, func(r rune) bool { return unicode.IsPunct(r) && r != '\'' })
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			if r, _ := utf8.DecodeLastRuneInString(lw[:len(lw)-len(c)]); unicode.IsLetter(r) {
				return -1
			}
		}
	}
	return 0
}

// isClitic reports whether w is a clitic split off its word.
func isClitic(w string) bool {
	if !strings.ContainsAny(w, "'’") { // every clitic has one
		return false
	}
	lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	for _, c := range clitics {
		if lw == c {
			return true
		}
	}
	return false
}

// Detokenize returns text as ordinary text when it is Penn-Treebank
// tokenised (IsTreebank), and text with its wire quotes made typographic
// (WireQuotes) otherwise. Lines stay lines (a
// corpus's one sentence per line is kept); spaces inside a line become
// one; brackets and quotes are restored, with typographic double quotes;
// spaces before punctuation and clitics and after opening brackets,
// quotes and currency signs are dropped; "gon na" is "gonna" again.
func Detokenize(text string) string {
	if !IsTreebank(text) {
		return WireQuotes(text)
	}
	return DetokenizeTreebank(text)
}

// WireQuotes returns text with the double quotes of wire copy and TeX
// (New York Times and Associated Press files, TimeBank) as typographic
// marks: two grave accents open a quotation, and the first two
// apostrophes after them close it. Two apostrophes with no quotation
// open stay as written, and text without two grave accents in a row is
// returned as it is.
func WireQuotes(text string) string {
	if !strings.Contains(text, "``") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + len(text)/50)
	open := false
	for i := 0; i < len(text); i++ {
		switch {
		case strings.HasPrefix(text[i:], "``"):
			b.WriteString("“")
			open = true
			i++
		case open && strings.HasPrefix(text[i:], "''"):
			b.WriteString("”")
			open = false
			i++
		default:
			b.WriteByte(text[i])
		}
	}
	return b.String()
}

// DetokenizeTreebank is Detokenize without the test: for text known to be
// tokenised, such as the title of a record whose text is (too short to tell
// by itself).
func DetokenizeTreebank(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	var d detokenizer
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		d.line(&b, line)
	}
	return b.String()
}

// detokenizer carries what one line tells the next: single quotes still
// open.
type detokenizer struct {
	singleOpen int
}

// glue says on which side a token joins its neighbour without a space.
type glue int

const (
	glueNone  glue = iota
	glueLeft       // closing marks, punctuation, clitics
	glueRight      // opening marks, currency signs
)

func (d *detokenizer) line(b *strings.Builder, line string) {
	cr := strings.HasSuffix(line, "\r")
	var prev string // the previous token as tokenised
	var last string // the previous token as written
	joinNext := true
	for _, t := range strings.Fields(line) {
		out, g := d.token(t, prev)
		switch {
		case out == "." && strings.HasSuffix(last, "."):
			// "U.S. ." : the treebank repeats a full stop after an abbreviation
			prev = t
			continue
		case joinNext || g == glueLeft:
		default:
			b.WriteByte(' ')
		}
		b.WriteString(out)
		joinNext = g == glueRight
		prev, last = t, out
	}
	if cr {
		b.WriteByte('\r')
	}
}

// token maps one token to ordinary text and says how it joins.
func (d *detokenizer) token(t, prev string) (string, glue) {
	if s, ok := treebankTokens[t]; ok {
		switch s {
		case "“", "(", "[", "{":
			return s, glueRight
		}
		return s, glueLeft
	}
	switch t {
	case "`":
		d.singleOpen++
		return "‘", glueRight
	case "'":
		if d.singleOpen > 0 {
			d.singleOpen--
			return "’", glueLeft
		}
		return "'", glueLeft // a plural possessive: "the workers ' union"
	case "(", "[", "{":
		return t, glueRight
	case ")", "]", "}", "%":
		return t, glueLeft
	}
	if strings.Trim(t, ".,;:!?") == "" || isClitic(t) {
		return t, glueLeft
	}
	lp := strings.ToLower(prev)
	switch strings.ToLower(t) {
	case "na":
		if lp == "gon" || lp == "wan" {
			return t, glueLeft
		}
	case "me":
		if lp == "gim" || lp == "lem" {
			return t, glueLeft
		}
	case "bn":
		if r, _ := utf8.DecodeLastRuneInString(prev); r >= '0' && r <= '9' {
			return t, glueLeft // "5.2 bn"
		}
	}
	if currency(t) {
		return t, glueRight
	}
	if strings.ContainsAny(t, `\-`) {
		t = inToken.Replace(t) // "9\/11", "(800-RRB-860-2442"
	}
	return t, glueNone
}

// inToken replaces the escapes and brackets the treebank leaves inside
// tokens.
var inToken = strings.NewReplacer(`\/`, "/", `\*`, "*",
	"-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}")

// currency reports a currency sign the treebank splits off its amount:
// $, US$, C$, HK$ ….
func currency(t string) bool {
	p, ok := strings.CutSuffix(t, "$")
	if !ok || len(p) > 2 {
		return false
	}
	for _, r := range p {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
