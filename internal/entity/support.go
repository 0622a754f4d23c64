package entity

import "strings"

// Titles are weighed by support. A conflict of titles (compatible) keeps
// a document's person apart from an entity of the same key: "MP for
// Leeds" and "MP for York" are two John Smiths. But reader comments and
// descriptions bound to the wrong name give a person a wrong title now
// and then ("the Democratic nominee" of a Republican), and a rule that
// any conflict splits would make of a person the archive knows well two
// entities, then divide later documents between them.
//
// So an established entity (its titles reported on establishedDates dates
// or more) takes in a document, or another entity of its key, whose
// titles conflict with its own, when no conflict sets two supported
// titles (reported on two dates or more) against each other, and the
// other corroborates it: gives a title matching one of the entity's
// supported titles, under a head none of its titles contradicting a
// supported one has (a "South Dakota senator" who is also the
// "Democratic presidential nominee" the entity has been for weeks), or
// naming the same office, country or qualifier included (the "Egyptian
// president" who is also, once, an "American president"); a dominant
// entity, against one document, by the title alone ("President" beside
// a wrongly read "Tunisia's president": an entity of fifty mentions or
// more outweighs one document's reading). One known from a document or
// two is never established, so namesakes meeting early stay apart; a
// namesake later on brings titles of its own
// rather than the entity's, and a senator of another state is not made
// one by "Sen.". Parts of one person split by a wrong title before
// either was established join once one is (reconcile). Relatives have
// other keys ("Jr.", "Sr.", "III": lang.PersonKey) and are never
// compared.
//
// The other's titles that contradict a title the entity was given on two
// dates or more are dropped as it joins, with the forms carrying them
// ("the Democratic nominee"): the other was just taken
// for the entity, so they are most likely extraction errors, and kept
// they would show the person with a title they never held and take the
// next document with that title for this person. A title contradicting
// only a title given once is kept: the two have the same support.
//
// Support is counted in dates of report, the one measure an entity keeps
// (spanRoles keeps a title's first and last dates): two dates are two
// documents at least, and the measure is the same for an entity built at
// once (Entities) or document by document (Merge).

// establishedDates is how many dates of report make an entity
// established (see above).
const establishedDates = 3

// dominantMentions is how many mentions make an established entity
// dominant (see above): against one document, it is corroborated by a
// title of the head of a contradicting one ("President" beside a wrongly
// read "Tunisia's president" joins Hosni Mubarak, Egypt's president in
// two thousand mentions).
const dominantMentions = 50

// titleSupport is a title of an entity and the number of dates (0, 1 or
// 2, see spanRoles) it was reported on.
type titleSupport struct {
	title string
	info  roleInfo
	dates int
}

// support returns c's titles with their support, and the number of dates
// its titles were reported on.
func (c *cluster) support() (titles []titleSupport, dates int) {
	if c.sup == nil {
		titles, dates := c.computeSupport()
		c.sup = &supportOf{titles, dates}
	}
	return c.sup.titles, c.sup.dates
}

// supportOf is a cluster's support, cached.
type supportOf struct {
	titles []titleSupport
	dates  int
}

func (c *cluster) computeSupport() (titles []titleSupport, dates int) {
	seen := map[string]bool{}
	at := map[string]int{}
	for _, r := range spanRoles(c.roles) {
		i, ok := at[r.Title]
		if !ok {
			i = len(titles)
			at[r.Title] = i
			titles = append(titles, titleSupport{title: r.Title, info: analyzeRole(r.Title)})
		}
		if r.Date == "" {
			continue
		}
		titles[i].dates++
		if !seen[r.Date] {
			seen[r.Date] = true
			dates++
		}
	}
	return titles, dates
}

// established reports whether c's titles were reported on
// establishedDates dates or more.
func (c *cluster) established() bool {
	_, dates := c.support()
	return dates >= establishedDates
}

// outweighs reports whether o (a document's cluster or an entity of c's
// key), whose titles may conflict with c's, joins c all the same, c being
// established and o corroborating it, and which of o's titles it joins
// without (see above).
func (c *cluster) outweighs(o *cluster) (drop map[string]bool, ok bool) {
	if !c.sameInitials(o) {
		return nil, false // a father and a son, whatever their titles
	}
	if !c.established() {
		return nil, false
	}
	ours, _ := c.support()
	theirs, theirDates := o.support()
	dominant := c.mentions >= dominantMentions && theirDates <= 1
	conflicting := map[string]bool{} // heads of their titles that contradict a supported one
	drop = map[string]bool{}
	for _, r := range theirs {
		for _, q := range ours {
			if q.info.head == r.info.head && q.info.conflict(r.info) {
				if q.dates >= 2 && r.dates >= 2 {
					return nil, false
				}
				if q.dates >= 2 {
					conflicting[r.info.head] = true
					drop[r.title] = true
				}
			}
		}
	}
	for _, r := range theirs {
		for _, q := range ours {
			if q.dates >= 2 && q.info.matches(r.info) && (!conflicting[r.info.head] || dominant || q.info.sameOffice(r.info)) {
				return drop, true
			}
		}
	}
	return nil, false
}

// dropRoles removes titles from a document cluster, and the forms it was
// mentioned by that carry them ("the Democratic nominee").
func (c *cluster) dropRoles(drop map[string]bool) {
	if len(drop) == 0 {
		return
	}
	roles := c.roles[:0]
	c.info = c.info[:0]
	for _, r := range c.roles {
		if drop[r.Title] {
			delete(c.roleSeen, r)
			continue
		}
		roles = append(roles, r)
		c.info = append(c.info, analyzeRole(r.Title))
	}
	c.roles = roles
	c.sup = nil
	titles := make([]string, 0, len(drop))
	for t := range drop {
		titles = append(titles, strings.Join(strings.Fields(t), " "))
	}
	for al := range c.aliases {
		for _, t := range titles {
			if strings.Contains(al, t) {
				delete(c.aliases, al)
				break
			}
		}
	}
}
