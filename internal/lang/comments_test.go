package lang

import "testing"

func TestCommentThread(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"an article", "The minister said the port would reopen. Critics posted by the gate disagreed.", false},
		{"posted-by lines", "Great piece. Posted by: Jo | May 4, 2009 4:23 PM | Report abuse Nonsense. Posted by: Al | May 4, 2009 4:25 PM | Report abuse", true},
		{"report-abuse lines", "May 8, 2011 at 4:27 pm | Report abuse | I agree. May 8, 2011 at 5:30 pm | Report abuse | I do not.", true},
		{"blog stamps", "At 5:49 pm on 05 May 2009, harbourcat wrote: Too careful. At 23:44 21st Jun 2010, tidewatch wrote: Not careful enough.", true},
		{"one stamp only", "At 5:49 pm on 05 May 2009, harbourcat wrote: Too careful.", false},
	}
	for _, tt := range tests {
		if got := CommentThread(tt.text); got != tt.want {
			t.Errorf("%s: CommentThread = %v, want %v", tt.name, got, tt.want)
		}
	}
}
