// Package segment cuts a cleaned page into posts, and post text into
// paragraphs and sentences with byte offsets.
//
// A live blog becomes one post per update (headline, caption, credit,
// body); an article is one post. A page is a live blog when the scrape had
// live-blog chrome, or when it opens with a headline and at least three
// headline lines each introduce text of their own. Inside an article, lines
// that read as headlines after the first are related-article headlines
// inserted into the body, and are dropped.
package segment

import (
	"regexp"
	"strings"

	"github.com/dateline-news/dateline/internal/clean"
	"github.com/dateline-news/dateline/internal/domain"
)

// Result is a page cut into posts.
type Result struct {
	Kind  domain.Kind
	Posts []domain.Post
}

// Posts segments a cleaned page. Post IDs, document IDs and dates are left
// for the caller; Text, Paragraphs and Sentences are filled.
func Posts(page clean.Page) Result {
	blocks := page.Blocks
	heads := make([]bool, len(blocks))
	n := 0
	for i := range blocks {
		heads[i] = isHeadline(blocks, i)
		if heads[i] {
			n++
		}
	}
	if page.Liveblog || (len(blocks) > 0 && heads[0] && n >= 3) {
		return Result{Kind: domain.KindLiveblog, Posts: liveblog(blocks, heads)}
	}
	return article(page, blocks, heads)
}

// isHeadline reports whether block i can open a post: a body line that
// reads as a headline and is followed by more of the page.
func isHeadline(blocks []clean.Block, i int) bool {
	b := blocks[i]
	if b.Kind != clean.Body || b.Lines != 1 || i+1 >= len(blocks) {
		return false
	}
	return clean.LooksLikeHeadline(b.Text)
}

func liveblog(blocks []clean.Block, heads []bool) []domain.Post {
	var posts []domain.Post
	var cur *builder
	for i, b := range blocks {
		if heads[i] || cur == nil {
			if cur != nil {
				posts = append(posts, cur.post(len(posts)))
			}
			cur = &builder{}
			if heads[i] {
				cur.headline = b.Text
				continue
			}
		}
		cur.add(b)
	}
	if cur != nil {
		posts = append(posts, cur.post(len(posts)))
	}
	return posts
}

func article(page clean.Page, blocks []clean.Block, heads []bool) Result {
	res := Result{Kind: domain.KindArticle}
	b := &builder{headline: page.Title}
	for i, bl := range blocks {
		if heads[i] {
			if i == 0 {
				b.headline = bl.Text
			} // later headline-like lines are inserted related headlines: dropped
			continue
		}
		b.add(bl)
	}
	res.Posts = []domain.Post{b.post(0)}
	return res
}

// builder accumulates the blocks of one post.
type builder struct {
	headline        string
	caption, credit string
	hasCaption      bool
	paras           []string
	commentary      []string
}

// finiteVerbRe finds a verb form that makes a line a sentence of reporting
// rather than a photo caption ("X has said", "Y was killed").
var finiteVerbRe = regexp.MustCompile(`(?i)\b(has|have|had|is|are|was|were|will|would|said|says|told|tells|can|could|should|may|might|must|did|does|do|been|shall|wants|warned|called|urged)\b`)

func (b *builder) add(bl clean.Block) {
	switch bl.Kind {
	case clean.Commentary:
		b.commentary = append(b.commentary, bl.Text)
	case clean.Caption:
		if !b.hasCaption {
			b.caption, b.credit, b.hasCaption = bl.Text, bl.Credit, true
		}
	default:
		// A short verbless line right under the headline is a photo
		// caption whose credit was missing ("Stephen Crabb speaking in the
		// Commons.").
		if b.headline != "" && len(b.paras) == 0 && !b.hasCaption && bl.Lines == 1 && isBareCaption(bl.Text) {
			b.caption, b.hasCaption = bl.Text, true
			return
		}
		b.paras = append(b.paras, bl.Text)
	}
}

func isBareCaption(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 16 || strings.ContainsAny(s, "\"“”‘") {
		return false
	}
	return !finiteVerbRe.MatchString(s)
}

func (b *builder) post(index int) domain.Post {
	// A bare caption with nothing after it was the post's only paragraph.
	if b.caption != "" && b.credit == "" && len(b.paras) == 0 {
		b.paras, b.caption, b.hasCaption = []string{b.caption}, "", false
	}
	text := strings.Join(b.paras, "\n\n")
	return domain.Post{
		Index:      index,
		Headline:   b.headline,
		Caption:    b.caption,
		Credit:     b.credit,
		Text:       text,
		Commentary: b.commentary,
		Paragraphs: Paragraphs(text),
		Sentences:  Sentences(text),
	}
}
