package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// terminalText makes one line of untrusted text (a title, a passage, a
// file name, an error message that quotes them) safe to print: control
// characters, including newlines and terminal escape sequences, and the
// invisible characters that reorder or hide text are shown escaped ("\x1b",
// "\n", "\u202e"), and invalid UTF-8 bytes as "\xff". Printable text,
// whatever its script, is unchanged.
func terminalText(s string) string { return escapeControls(s, false) }

// terminalLines is terminalText for multi-line text: line breaks and tabs
// are kept.
func terminalLines(s string) string { return escapeControls(s, true) }

func escapeControls(s string, keepLines bool) string {
	if !needsEscape(s, keepLines) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hidden(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string, keepLines bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !(keepLines && (c == '\n' || c == '\t'))) || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || hidden(r) {
			return true
		}
		i += size
	}
	return false
}

// hidden reports C1 controls and the format characters that reorder or
// hide text on a terminal (bidirectional overrides and isolates, line and
// paragraph separators).
func hidden(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// lineWriter makes what a package logs safe to print: each Write is one
// line, shown with terminalText and ended by one line break, so that no
// text inside it can forge another line.
type lineWriter struct{ w io.Writer }

func (l lineWriter) Write(p []byte) (int, error) {
	line := terminalText(strings.TrimSuffix(string(p), "\n")) + "\n"
	if _, err := io.WriteString(l.w, line); err != nil {
		return 0, err
	}
	return len(p), nil
}
