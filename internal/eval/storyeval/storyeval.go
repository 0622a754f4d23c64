// Package storyeval scores stories against a labelled grouping of their
// posts (the collection or topic each post came from): B-cubed precision
// and recall, the largest story's share of the posts, and the share of
// posts in a story of two or more.
//
// B-cubed (Bagga and Baldwin 1998): for each post, the share of its
// story that has its label (precision) and the share of its label that is
// in its story (recall), averaged over posts. A story that mixes labels
// lowers precision; a label split into many stories lowers recall, which
// is expected when the labels are topics and the stories events.
package storyeval

// Result is the score of a grouping.
type Result struct {
	Posts     int     // posts scored (those with a story and a label)
	Stories   int     // stories among them
	Precision float64 // B-cubed precision
	Recall    float64 // B-cubed recall
	Largest   int     // posts in the largest story
	Grouped   float64 // share of posts in a story of two or more
}

// LargestShare is the largest story's share of the posts.
func (r Result) LargestShare() float64 {
	if r.Posts == 0 {
		return 0
	}
	return float64(r.Largest) / float64(r.Posts)
}

// Score scores the stories of posts (post → story) against their labels
// (post → label); posts missing from either are left out.
func Score(stories, labels map[string]string) Result {
	story := map[string]map[string]int{} // story → label → posts
	size := map[string]int{}
	perLabel := map[string]int{}
	var r Result
	for p, s := range stories {
		l, ok := labels[p]
		if !ok {
			continue
		}
		if story[s] == nil {
			story[s] = map[string]int{}
		}
		story[s][l]++
		size[s]++
		perLabel[l]++
		r.Posts++
	}
	if r.Posts == 0 {
		return r
	}
	r.Stories = len(story)
	grouped := 0
	for s, ls := range story {
		r.Largest = max(r.Largest, size[s])
		if size[s] > 1 {
			grouped += size[s]
		}
		for l, n := range ls {
			// each of the n posts: n of its story's size[s] share its
			// label, and n of its label's perLabel[l]
			r.Precision += float64(n) * float64(n) / float64(size[s])
			r.Recall += float64(n) * float64(n) / float64(perLabel[l])
		}
	}
	r.Precision /= float64(r.Posts)
	r.Recall /= float64(r.Posts)
	r.Grouped = float64(grouped) / float64(r.Posts)
	return r
}
