package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/dateline-news/dateline/internal/ingest/guard"
	"golang.org/x/text/encoding/charmap"
)

const charsetText = "Café owner Zoë said “prices will rise” — €4.50 for a crème brûlée."

func latin1(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func win1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16Bytes(s string, order binary.ByteOrder, bom bool) []byte {
	var buf bytes.Buffer
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		var b [2]byte
		order.PutUint16(b[:], u)
		buf.Write(b[:])
	}
	return buf.Bytes()
}

func htmlPage(metaCharset, body string) string {
	head := ""
	if metaCharset != "" {
		head = `<meta charset="` + metaCharset + `">`
	}
	return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>"
}

func TestDecode(t *testing.T) {
	latinText := "Café owner Zoë said prices will rise for a crème brûlée."
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		want        string
	}{
		{"utf-8 undeclared", []byte(htmlPage("", charsetText)), "", charsetText},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, htmlPage("utf-8", charsetText)...), "", charsetText},
		{"windows-1252 by meta", win1252(t, htmlPage("windows-1252", charsetText)), "", charsetText},
		{"windows-1252 undeclared", win1252(t, htmlPage("", charsetText)), "", charsetText},
		{"iso-8859-1 by meta", latin1(t, htmlPage("ISO-8859-1", latinText)), "", latinText},
		{"iso-8859-1 by header", latin1(t, htmlPage("", latinText)), "text/html; charset=iso-8859-1", latinText},
		// Browsers read ISO-8859-1 labels as windows-1252: curly quotes and
		// the euro sign survive.
		{"windows-1252 labelled iso-8859-1", win1252(t, htmlPage("iso-8859-1", charsetText)), "", charsetText},
		{"header beats meta", latin1(t, htmlPage("utf-8", latinText)), "text/html; charset=ISO-8859-1", latinText},
		{"meta after a long comment", win1252(t, "<!--"+strings.Repeat("x", 2000)+"-->"+htmlPage("windows-1252", charsetText)), "", charsetText},
		{"utf-8 mislabelled as latin-1", []byte(htmlPage("iso-8859-1", charsetText)), "", charsetText},
		{"utf-16 LE with BOM", utf16Bytes(htmlPage("", charsetText), binary.LittleEndian, true), "", charsetText},
		{"utf-16 BE with BOM", utf16Bytes(htmlPage("", charsetText), binary.BigEndian, true), "", charsetText},
		{"BOM beats header", utf16Bytes(htmlPage("", charsetText), binary.BigEndian, true), "text/html; charset=windows-1252", charsetText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode(bytes.NewReader(tt.raw), tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, "<p>"+tt.want+"</p>") {
				t.Errorf("decoded page lacks %q:\n%.300q", tt.want, got)
			}
			if strings.ContainsRune(got, '\uFFFD') || strings.ContainsRune(got, '\uFEFF') {
				t.Errorf("replacement character or BOM left in %.200q", got)
			}
		})
	}
}

// TestPageCharset checks the decoded text reaches the document.
func TestPageCharset(t *testing.T) {
	body := strings.Repeat(charsetText+" ", 12)
	raw := utf16Bytes(htmlPage("", body), binary.LittleEndian, true)
	d, err := Page(bytes.NewReader(raw), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Raw, "Zoë said “prices will rise” — €4.50") {
		t.Errorf("Raw = %.200q", d.Raw)
	}
}

// TestDecodeBinary: binary data is refused after charset decoding, whatever
// it claims to be, and UTF-16 pages (half NUL bytes) are not binary.
func TestDecodeBinary(t *testing.T) {
	random := make([]byte, 10000)
	rand.New(rand.NewSource(1)).Read(random)
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		binary      bool
	}{
		{"random bytes", random, "", true},
		{"random bytes declared utf-8", random, "text/html; charset=utf-8", true},
		{"random bytes after a page head", append([]byte(htmlPage("utf-8", "")), random...), "", true},
		{"zeros declared windows-1252", make([]byte, 5000), "text/html; charset=windows-1252", true},
		{"utf-16 page", utf16Bytes(htmlPage("", charsetText), binary.LittleEndian, true), "", false},
		{"windows-1252 page", win1252(t, htmlPage("", charsetText)), "", false},
	}
	for _, tt := range tests {
		_, err := decode(bytes.NewReader(tt.raw), tt.contentType)
		if got := errors.Is(err, guard.ErrBinary); got != tt.binary {
			t.Errorf("%s: error %v, want binary: %v", tt.name, err, tt.binary)
		}
	}
}
