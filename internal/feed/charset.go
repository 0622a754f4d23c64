package feed

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// xmlDecl matches the encoding pseudo-attribute of an XML declaration.
var xmlDecl = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// toUTF8 returns the feed bytes as UTF-8, with any XML declaration rewritten
// to say so (otherwise the XML decoder would convert a second time).
//
// Which encoding to believe is a judgement about real feeds, not the RFCs:
//  1. a byte-order mark always wins (and is the only way to read UTF-16, which
//     encoding/xml cannot decode), as does UTF-16 recognised by its NUL bytes;
//  2. bytes that are valid UTF-8 are UTF-8 whatever the labels say: many
//     servers and CMSs declare ISO-8859-1 over UTF-8 content, while text in a
//     single-byte encoding almost never happens to be valid UTF-8;
//  3. otherwise the HTTP charset, then the XML declaration, then
//     windows-1252 (which the WHATWG uses for ISO-8859-1 labels too).
func toUTF8(data []byte, contentType string) ([]byte, error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFE\xFF")), bytes.HasPrefix(data, []byte("\x00<\x00")):
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("<\x00")):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case utf8.Valid(data):
	default:
		enc = labelled(httpCharset(contentType))
		if enc == nil {
			if m := xmlDecl.FindSubmatch(head(data, 512)); m != nil {
				enc = labelled(string(m[1]))
			}
		}
		if enc == nil {
			enc = labelled("windows-1252")
		}
	}
	if enc != nil {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("decoding charset: %w", err)
		}
		data = bytes.TrimPrefix(out, []byte("\xEF\xBB\xBF"))
	}
	if loc := xmlDecl.FindSubmatchIndex(head(data, 512)); loc != nil {
		fixed := make([]byte, 0, len(data))
		fixed = append(fixed, data[:loc[2]]...)
		fixed = append(fixed, "UTF-8"...)
		fixed = append(fixed, data[loc[3]:]...)
		data = fixed
	}
	return data, nil
}

// labelled returns the encoding for a charset label, or nil for labels that
// are unknown or mean UTF-8 (the bytes were already found not to be UTF-8,
// so such a label is wrong).
func labelled(label string) encoding.Encoding {
	if label == "" {
		return nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		return nil
	}
	return enc
}

func httpCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
