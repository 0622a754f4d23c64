package guard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math/rand"
	"strings"
	"testing"
)

func TestBinary(t *testing.T) {
	random := make([]byte, 20000)
	rand.New(rand.NewSource(1)).Read(random)
	text := strings.Repeat("The river rose overnight and the dam held, officials said. ", 400)
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"empty", "", false},
		{"text", text, false},
		{"accents", strings.Repeat("Le café « Zéro » où l’été dure. ", 200), false},
		{"cjk", strings.Repeat("東京で大雨、川が氾濫。", 300), false},
		{"latin-1 read as UTF-8", strings.Repeat("Le caf\xe9 o\xf9 l'\xe9t\xe9 dure, dit-il. ", 200), false},
		{"a stray NUL", text + "\x00", false},
		{"form feeds and tabs", strings.Repeat("a\tb\fc\r\n", 500), false},
		{"random bytes", string(random), true},
		{"ELF", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00", true},
		{"UTF-16 as bytes", strings.Repeat("h\x00i\x00 \x00", 100), true},
		{"controls", strings.Repeat("\x01\x02\x03a", 100), true},
		{"replacement characters", strings.Repeat("\uFFFD\uFFFDa", 100), true},
		{"garbage after a text head", text + string(random), true},
		{"garbage in the middle", text + string(random) + text, true},
	}
	for _, tt := range tests {
		if got := BinaryString(tt.in); got != tt.want {
			t.Errorf("%s: BinaryString = %v, want %v", tt.name, got, tt.want)
		}
		if got := Binary([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Binary = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func gzipOf(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// prose is n bytes of text that does not repeat: words drawn at random,
// which compress about as much as real text.
func prose(n int) []byte {
	words := strings.Fields("the a river dam held rose officials said overnight council mayor water level bridge closed on Tuesday after engineers found fault cable ferry sailings extra two companies weeks not days repairs will take")
	r := rand.New(rand.NewSource(2))
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(words[r.Intn(len(words))])
		if r.Intn(12) == 0 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.Bytes()
}

func TestGunzip(t *testing.T) {
	honest := prose(512 << 10)
	tests := []struct {
		name string
		data []byte
		bomb bool
	}{
		{"prose", honest, false},
		{"zeros", make([]byte, 2<<20), true},
		{"newlines", bytes.Repeat([]byte("\n"), 2<<20), true},
		{"prose then zeros", append(append([]byte(nil), honest...), make([]byte, 2<<20)...), true},
	}
	for _, tt := range tests {
		r, err := Gunzip(bufio.NewReader(bytes.NewReader(gzipOf(tt.data))))
		if err != nil {
			t.Fatal(err)
		}
		r.(*Inflation).window = 256 << 10
		n, err := io.Copy(io.Discard, r)
		if got := errors.Is(err, ErrBomb); got != tt.bomb {
			t.Errorf("%s: error %v after %d bytes, want a bomb: %v", tt.name, err, n, tt.bomb)
		}
		if !tt.bomb && n != int64(len(tt.data)) {
			t.Errorf("%s: %d bytes, want %d", tt.name, n, len(tt.data))
		}
		if tt.bomb && n > int64(len(tt.data))/2 {
			t.Errorf("%s: %d bytes read before the bomb was refused", tt.name, n)
		}
	}
}
