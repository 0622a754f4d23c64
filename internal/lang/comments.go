package lang

import (
	"regexp"
	"strings"
)

// Reader comments: news pages often carry their readers' comments under
// the article, each framed by a line of furniture ("Posted by: Jo |
// September 24, 2008 4:23 PM | Report abuse", "At 5:49 pm on 05 May
// 2009, jo wrote:"). Readers put quote marks around words they mock or
// doubt far more than around words anyone said, so stages that read
// quotations need to know that a text is such a thread.

// commentStamp opens a comment on a blog page: "At 5:49 pm on 05 May
// 2009, jo wrote:", "At 23:44 21st Jun 2010, jo wrote:".
var commentStamp = regexp.MustCompile(`\bAt \d{1,2}[:.]\d\d\s*(?:[ap]m\s+)?(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4},\s*\S+\s+wrote:`)

// CommentThread reports whether text holds readers' comments: at least
// two lines of comment furniture.
func CommentThread(text string) bool {
	n := strings.Count(text, "Report abuse") + strings.Count(text, "Posted by:")
	if n >= 2 {
		return true
	}
	if !strings.Contains(text, "wrote:") {
		return false // what every comment stamp ends in: the regexp needs not run
	}
	return n+len(commentStamp.FindAllStringIndex(text, 2)) >= 2
}
