package lang

import "testing"

func TestLanguage(t *testing.T) {
	for tag, want := range map[string]string{"en-GB": "en", " EN_us ": "en", "eng": "eng", "de": "de", "pt-BR,pt": "pt", "english": "", "e1": "", "": ""} {
		if got := PrimaryLanguage(tag); got != want {
			t.Errorf("PrimaryLanguage(%q) = %q, want %q", tag, got, want)
		}
	}
	for tag, want := range map[string]bool{"": true, "en": true, "en-GB": true, "eng": true, "de": false, "eno": false, "pt-BR": false} {
		if got := English(tag); got != want {
			t.Errorf("English(%q) = %v, want %v", tag, got, want)
		}
	}
}
