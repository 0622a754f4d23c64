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

// commentMarks are the lines of furniture that frame each reader's
// comment: a blog's stamp (commentStamp), a dated stamp with a bar
// ("February 2, 2011 at 5:46 pm |", "January 28, 2011 05:49 pm at 5:49
// pm |"), a "Posted by: … | Report abuse" trailer.
var commentMarks = regexp.MustCompile(commentStamp.String() +
	`|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} (?:\d{1,2}:\d\d\s*[ap]m )?at \d{1,2}:\d\d\s*[ap]m\s*\|` +
	`|\bPosted by\s?:[^|\n]{1,80}\|[^|\n]{1,60}\|\s*Report abuse`)

// ReaderComments returns the offset in text of the line where its
// readers' comments begin: the line of a comment section's policy
// (commentPolicies), or the line of the first piece of comment
// furniture, when there are at least two (or one with its "Report
// abuse" link), and reporting comes before them (at least minReporting
// bytes); -1 when there are none. The first comment may begin a few
// lines earlier, above a trailer that follows it ("… Posted by: jo |
// May 4 | Report abuse").
func ReaderComments(text string) int {
	if at := commentPolicy(text); at >= minReporting {
		return at
	}
	if !strings.Contains(text, "wrote:") && !strings.Contains(text, " |") {
		return -1 // what every mark holds: the regexp needs not run
	}
	marks := commentMarks.FindAllStringIndex(text, 2)
	if len(marks) == 0 || len(marks) == 1 && !strings.Contains(text[marks[0][0]:min(len(text), marks[0][1]+20)], "Report abuse") {
		return -1 // one mark is enough only with its "Report abuse" link
	}
	start := strings.LastIndexByte(text[:marks[0][0]], '\n') + 1
	if start < minReporting {
		return -1 // the page may be nothing but comments, or a byline looks like one
	}
	return start
}

// commentPolicies open the line a comment section starts with, a site's
// rules for the comments under it ("Views expressed in the comments do
// not represent those of Reuters.").
var commentPolicies = []string{"We welcome comments that ", "Views expressed in the comments "}

// commentPolicy returns the offset of the first line that opens with a
// comment section's policy, or -1.
func commentPolicy(text string) int {
	at := -1
	for _, p := range commentPolicies {
		for from := 0; ; {
			i := strings.Index(text[from:], p)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || text[i-1] == '\n' {
				if at < 0 || i < at {
					at = i
				}
				break
			}
			from = i + len(p)
		}
	}
	return at
}

// minReporting is how much text must come before readers' comments for
// ReaderComments to tell them apart from the page.
const minReporting = 200

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
