package extract

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/ingest/guard"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// maxPage bounds how much of one page is read: no news page needs more, and
// a runaway stream must not exhaust memory.
const maxPage = 32 << 20

// prescanBytes is how far into the page a <meta> charset is looked for.
// The HTML standard says 1024 bytes, but many real pages declare it later,
// behind long comments or scripts.
const prescanBytes = 8 << 10

// decode reads a page and converts it to UTF-8. Binary data (judged after
// the conversion, so that UTF-16 pages are text) is refused with
// guard.ErrBinary.
func decode(r io.Reader, contentType string) (string, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxPage))
	if err != nil {
		return "", fmt.Errorf("read page: %w", err)
	}
	return decodeBytes(raw, contentType)
}

func decodeBytes(raw []byte, contentType string) (string, error) {
	var s string
	if enc := detectEncoding(raw, contentType); enc == nil {
		s = toValidUTF8(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF}))
	} else {
		out, _, err := transform.Bytes(enc.NewDecoder(), raw)
		if err != nil {
			return "", fmt.Errorf("decode page: %w", err)
		}
		s = toValidUTF8(out)
	}
	if guard.BinaryString(s) {
		return "", guard.ErrBinary
	}
	return s, nil
}

// detectEncoding returns the page's encoding, or nil for UTF-8. It follows
// the HTML standard's order: a byte-order mark, then the charset of the
// HTTP Content-Type header, then a <meta> declaration, then a guess (valid
// UTF-8 stays UTF-8, anything else is windows-1252, which browsers also
// use for pages labelled ISO-8859-1). One departure: a page declared in a
// single-byte legacy charset whose bytes are valid UTF-8 with non-ASCII
// characters is read as UTF-8, because servers often mislabel UTF-8 pages
// and legacy text is practically never valid UTF-8 by accident.
func detectEncoding(raw []byte, contentType string) encoding.Encoding {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	label, fromMeta := headerCharset(contentType), false
	if label == "" {
		label, fromMeta = metaCharset(raw[:min(len(raw), prescanBytes)]), true
	}
	if label != "" {
		if e, name := charset.Lookup(label); e != nil {
			switch {
			case name == "utf-8":
				return nil
			case fromMeta && strings.HasPrefix(name, "utf-16"):
				// A <meta> readable as ASCII cannot be in UTF-16; the
				// standard reads such pages as UTF-8.
				return nil
			case singleByte(name) && isUTF8Text(raw):
				return nil
			}
			return e
		}
	}
	if utf8.Valid(raw) {
		return nil
	}
	e, _ := charset.Lookup("windows-1252")
	return e
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// metaCharset finds <meta charset=…> or <meta http-equiv="Content-Type"
// content="…; charset=…"> in the head of a page.
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			var pragma bool
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = strings.TrimSpace(string(v))
				case "content":
					content = string(v)
				case "http-equiv":
					pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				}
				if !more {
					break
				}
			}
			if cs != "" {
				return cs
			}
			if pragma && content != "" {
				if c := headerCharset(content); c != "" {
					return c
				}
				// "text/html; charset=…" that mime rejects.
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					return strings.Trim(content[i+len("charset="):], ` "';`)
				}
			}
		}
	}
}

// singleByte tells the legacy single-byte encodings that a mislabelled
// UTF-8 page is often declared in.
func singleByte(name string) bool {
	return strings.HasPrefix(name, "windows-125") || strings.HasPrefix(name, "iso-8859-")
}

// isUTF8Text reports whether b is valid UTF-8 containing non-ASCII bytes.
func isUTF8Text(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return utf8.Valid(b)
		}
	}
	return false
}

// toValidUTF8 replaces invalid bytes so later stages can trust the text.
func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
}
