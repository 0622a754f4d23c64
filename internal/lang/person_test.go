package lang

import "testing"

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"John Kerry", "john kerry", true},
		{"Kerry", "John Kerry", true},
		{"John Kerry", "John Forbes Kerry", true},
		{"Bashar al-Assad", "Assad", true},
		{"Kerry's", "John Kerry", true},
		{"Bill Clinton", "Hillary Clinton", false},
		{"George W. Bush", "George Bush", true},
		{"Jeb Bush", "George W. Bush", false},
		{"Kerry", "Johnson", false},
		{"", "Kerry", false},
	}
	for _, tt := range tests {
		if got := SamePerson(tt.a, tt.b); got != tt.same {
			t.Errorf("SamePerson(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
		if got := SamePerson(tt.b, tt.a); got != tt.same {
			t.Errorf("SamePerson(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.same)
		}
	}
}
