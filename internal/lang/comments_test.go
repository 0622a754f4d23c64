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

func TestReaderComments(t *testing.T) {
	article := "The harbour board voted on Monday to close the old pier for repairs, after engineers found cracks in two of its pillars. " +
		"The work is expected to take six months and to cost the town about two million pounds, the board said.\n"
	tests := []struct {
		name, text string
		want       int // -1, or the offset of the comments' first line
	}{
		{"an article", article, -1},
		{"blog stamps", article + "At 5:49 pm on 05 May 2009, harbourcat wrote:\nToo careful.\nAt 23:44 21st Jun 2010, tidewatch wrote:\nNot careful enough.", len(article)},
		{"dated stamps", article + "Mel Ortiz Lake City, Ohio February 2, 2011 at 5:48 pm | What next?\nFebruary 2, 2011 at 5:51 pm | Glad to see it.", len(article)},
		{"trailers", article + "Nonsense from start to end.\nThe board is wrong Posted by: Jo | May 4, 2009 4:23 PM | Report abuse I agree.\nPosted by: Al | May 4, 2009 4:25 PM | Report abuse", len(article) + len("Nonsense from start to end.\n")},
		{"dated stamps with a clock twice", article + "January 28, 2011 05:49 pm at 5:49 pm | Ask why.\nJanuary 28, 2011 07:15 pm at 7:15 pm | I did.", len(article)},
		{"one stamp with its report link", article + "February 13, 2011 at 6:53 pm | Report abuse | Hey, what's up?", len(article)},
		{"one stamp only", article + "At 5:49 pm on 05 May 2009, harbourcat wrote:\nToo careful.", -1},
		{"a comment section's policy", article + "Views expressed in the comments do not represent those of the Harbour Post.\nThe \"experts\" never learn.\nThis discussion is now closed.", len(article)},
		{"a policy line after its rules", article + "We welcome comments that keep to the subject.\nViews expressed in the comments are the readers' own.\nFix the pier!", len(article)},
		{"a policy's words inside a sentence", article + "The board said: We welcome comments that residents send by Friday.\n", -1},
		{"comments and no article", "At 5:49 pm on 05 May 2009, harbourcat wrote:\nToo careful.\nAt 23:44 21st Jun 2010, tidewatch wrote:\nNot careful enough.", -1},
	}
	for _, tt := range tests {
		if got := ReaderComments(tt.text); got != tt.want {
			t.Errorf("%s: ReaderComments = %d, want %d", tt.name, got, tt.want)
		}
	}
}
