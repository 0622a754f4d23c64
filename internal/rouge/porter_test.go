package rouge

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		// Porter (1980), step by step.
		{"caresses", "caress"},
		{"ponies", "poni"},
		{"caress", "caress"},
		{"cats", "cat"},
		{"feed", "feed"},
		{"agreed", "agre"},
		{"plastered", "plaster"},
		{"motoring", "motor"},
		{"sing", "sing"},
		{"conflated", "conflat"},
		{"hopping", "hop"},
		{"falling", "fall"},
		{"hissing", "hiss"},
		{"filing", "file"},
		{"happy", "happi"},
		{"sky", "sky"},
		{"relational", "relat"},
		{"conditional", "condit"},
		{"generalization", "gener"},
		{"oscillators", "oscil"},
		{"hopeful", "hope"},
		{"goodness", "good"},
		{"adjustment", "adjust"},
		{"dependent", "depend"},
		{"adoption", "adopt"},
		{"probate", "probat"},
		{"rate", "rate"},
		{"cease", "ceas"},
		{"controlling", "control"},
		{"roll", "roll"},
		{"says", "sai"},
		{"toy", "toi"},
		{"running", "run"},
		{"government", "govern"},
		// y: a consonant at the start and after a vowel.
		{"yelling", "yell"},
		{"players", "player"},
		// Porter's later rules: bli -> ble, logi -> log.
		{"possibly", "possibl"},
		{"analogies", "analog"},
		// Lin's step 4: -ement, -ment and -ent tried one after another.
		{"element", "elem"},
		{"agreement", "agreem"},
		{"replacement", "replac"},
		// Short words and non-letters.
		{"at", "at"},
		{"1990s", "1990"},
	}
	for _, tt := range tests {
		if got := Stem(tt.word); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		word string
		m    int
	}{
		{"tr", 0}, {"ee", 0}, {"tree", 0}, {"y", 0}, {"by", 0},
		{"trouble", 1}, {"oats", 1}, {"trees", 1}, {"ivy", 1},
		{"troubles", 2}, {"private", 2}, {"oaten", 2}, {"orrery", 2},
	}
	for _, tt := range tests {
		if got := stemmer(tt.word).measure(len(tt.word)); got != tt.m {
			t.Errorf("measure(%q) = %d, want %d", tt.word, got, tt.m)
		}
	}
}
