package lang

import "strconv"

// Count writes n of a thing in English: "1 post", "2 posts", "0 posts".
// what is the singular of a noun whose plural adds "s".
func Count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
