package story

import (
	"cmp"
	"regexp"
	"slices"

	"github.com/dateline-news/dateline/internal/domain"
)

// An occasion is a sitting of a legislature: a debate in the Commons, a
// hearing before senators. The speeches made at one sitting are one event
// even when each report quotes another speaker and they share few words
// (a live blog gives each member who spoke a post of their own), so a
// post that reports words spoken at a sitting joins a story holding a
// post that reports the same sitting, whatever its words: same day (or,
// for undated posts, none known) and the same place talked about. Words
// said to reporters, at rallies or in interviews are not occasions: they
// are too common to tell one event.
//
// Only a post that is a report of the sitting counts: the words must be
// in its headline or its lead (the first leadBytes of its text), not in
// a line of background further down. The place keeps apart sittings on
// other subjects the same day: the key is made of the day and one of the
// places the post mentions most (up to occasionPlaces of them).

// sitting finds words that place a report at a sitting of a legislature.
// Chamber names are matched capitalised, as names; "the House" alone is
// too often a building or a household to count, but "this House" is how
// members address their own chamber.
var sitting = regexp.MustCompile(
	`\b(?:[Tt]old|[Tt]elling|[Tt]ells|[Aa]ddress(?:ed|ing)?|[Ss]aid in|[Ss]peaking in)\s+(?:the\s+)?(?:House\s+of\s+(?:Commons|Lords|Representatives)|Commons|Lords|MPs|peers|Parliament|parliament|Senate|Congress|lawmakers|senators|congressmen|Bundestag|Knesset|Duma|Dáil)\b` +
		`|\b(?:[Ee]mergency|Commons|Lords|[Pp]arliamentary|Senate)\s+debate\b` +
		`|\b(?:in|before|to)\s+the\s+(?:House\s+of\s+)?(?:Commons|Lords)\b` +
		`|\b[Tt]his\s+House\b` +
		`|\bon\s+the\s+(?:Senate|House)\s+floor\b`)

// leadBytes is how far into a post's text a report of a sitting may
// start.
const leadBytes = 400

// occasionPlaces is how many of a post's most mentioned places its
// occasion keys are made with.
const occasionPlaces = 8

// Occasions returns the occasion keys of p, whose UTC day is day (zero
// when unknown): none unless p reports words spoken at a sitting of a
// legislature and mentions a place.
func Occasions(p domain.Post, day string) []uint64 {
	if !sitting.MatchString(p.Headline) && !atSitting(p.Text) {
		return nil
	}
	n := map[string]int{}
	var places []string
	for _, m := range p.Mentions {
		if m.Type != domain.LOC {
			continue
		}
		id := mentionID(m)
		if id == "" {
			continue
		}
		if n[id] == 0 {
			places = append(places, id)
		}
		n[id]++
	}
	// most mentioned first, then first mentioned
	slices.SortStableFunc(places, func(a, b string) int { return cmp.Compare(n[b], n[a]) })
	var keys []uint64
	for _, id := range places[:min(occasionPlaces, len(places))] {
		keys = append(keys, key("o "+day+" "+id))
	}
	slices.Sort(keys)
	return keys
}

// atSitting reports whether text's lead places it at a sitting.
func atSitting(text string) bool {
	loc := sitting.FindStringIndex(text[:min(len(text), leadBytes+100)])
	return loc != nil && loc[0] < leadBytes
}
