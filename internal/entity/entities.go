package entity

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/lang"
)

// cluster is an entity being built.
type cluster struct {
	typ      domain.EntityType
	key      string
	names    map[string]int
	first    map[string]int // order a name was first seen, for ties
	aliases  map[string]int
	roles    []domain.Role
	roleSeen map[domain.Role]bool
	info     []roleInfo
	mentions int
	seq      int
	id       string         // kept from an existing entity
	orig     *domain.Entity // the existing entity it was made from
	changed  bool           // whether anything was merged into it
	into     *cluster       // the cluster it was merged into, if any
	doc      string         // a document cluster's document
	// initials are the middle initials its names were written with
	// (lang.MiddleInitials; a person's only): a name of the same key with
	// other initials is another person ("George H.W. Bush" and "George
	// W. Bush"); docInitials is a document cluster's.
	initials    map[string]bool
	docInitials string
	// sup caches support(), which reconcile asks for again and again;
	// nil when roles changed since
	sup *supportOf
}

func newCluster(t domain.EntityType, key string, seq int) *cluster {
	return &cluster{typ: t, key: key, names: map[string]int{}, first: map[string]int{},
		aliases: map[string]int{}, roleSeen: map[domain.Role]bool{}, seq: seq, initials: map[string]bool{}}
}

// addInitials notes the middle initials of a name of c's.
func (c *cluster) addInitials(name string) {
	if c.typ == domain.PER {
		if in := lang.MiddleInitials(name); in != "" {
			c.initials[in] = true
		}
	}
}

// sameInitials reports whether c and o may be one person by their middle
// initials: one of them has none, or they share a set ("George W. Bush"
// and "George Bush" may be one; "George H.W. Bush" and "George W. Bush"
// are father and son).
func (c *cluster) sameInitials(o *cluster) bool {
	if len(c.initials) == 0 || len(o.initials) == 0 {
		return true
	}
	for in := range o.initials {
		if c.initials[in] {
			return true
		}
	}
	return false
}

func (c *cluster) merge(o *cluster) {
	o.into = c
	c.changed = true
	base := len(c.first) // (o's names keep their order after c's, whatever the map's)
	for n, k := range o.names {
		if _, ok := c.first[n]; !ok {
			c.first[n] = base + o.first[n]
		}
		c.names[n] += k
	}
	for al, k := range o.aliases {
		c.aliases[al] += k
	}
	for in := range o.initials {
		c.initials[in] = true
	}
	for _, r := range o.roles {
		c.addRole(r)
	}
	c.info = append(c.info, o.info...)
	c.mentions += o.mentions
}

func (c *cluster) addRole(r domain.Role) {
	if !c.roleSeen[r] {
		c.roleSeen[r] = true
		c.roles = append(c.roles, r)
		c.sup = nil
	}
}

// compatible reports whether two entities with the same key can be one:
// no title of one has the same head as a title of the other with other
// qualifiers ("MP for Leeds" and "MP for York" are two people; "Foreign
// Secretary" and later "Prime Minister" may be one).
func (c *cluster) compatible(o *cluster) bool {
	if !c.sameInitials(o) {
		return false
	}
	for _, r := range o.info {
		for _, q := range c.info {
			if q.head == r.head && q.conflict(r) && !c.holds(r) {
				return false // (a title c holds too conflicts with nothing: the vice president became president)
			}
		}
	}
	return true
}

// namesake reports whether an entity of a name in full can take in
// another of that name (o: a document's cluster, or another entity of
// the key in reconcile): the name is the evidence, so only a title of o
// that names another body than a title of c's (otherBody), with none of
// c's of that head naming the same one, parts them. The stricter
// compatible splits a person whose reports call them the "WHO chief" and
// the "World Health Organisation chief", or the health and then the
// defence secretary.
func (c *cluster) namesake(o *cluster) bool {
	if !c.sameInitials(o) {
		return false
	}
	for _, r := range o.info {
		if slices.ContainsFunc(c.info, r.otherBody) && !slices.ContainsFunc(c.info, r.sameBody) {
			return false
		}
	}
	return true
}

// holds reports whether r is one of c's titles.
func (c *cluster) holds(r roleInfo) bool {
	return slices.ContainsFunc(c.info, r.equal)
}

// home returns the entity of cands (of c's type and key) that the
// document cluster c joins, nil for none: of those whose titles agree
// with c's, and the established ones that c corroborates (outweighs, which
// c joins without its contradicting titles), the one with the most
// support (the most dates of report), else the first. The best supported
// is the likeliest, and a person split before (by a wrong title in the
// first document that named them) is not divided further.
func home(cands []*cluster, c *cluster) *cluster {
	var best *cluster
	var bestDrop map[string]bool
	bestDates := -1
	for _, o := range cands {
		if o.into != nil {
			continue // absorbed by reconcile
		}
		var drop map[string]bool
		if !o.compatible(c) && (c.fullNameSurname() == "" || !o.namesake(c)) {
			var ok bool
			if drop, ok = o.outweighs(c); !ok {
				continue
			}
		}
		if _, d := o.support(); best == nil || d > bestDates {
			best, bestDates, bestDrop = o, d, drop
		}
	}
	if best != nil {
		c.dropRoles(bestDrop)
	}
	return best
}

// reconcile joins to c, which a document just joined, the other entities
// of cands (of c's key) that c outweighs or, named in full, takes in as a
// namesake, or joins c to one that outweighs it: two parts of one
// person, split by a wrong title before either was established, or by a
// title the document that joined c shows to be the same body ("DHS
// Secretary" after "secretary of the Department of Homeland Security").
// Cands keeps them, so that the IDs of new entities do not change (see
// entity).
func reconcile(cands []*cluster, c *cluster) {
	for _, o := range cands {
		if o == c || o.into != nil || c.into != nil {
			continue
		}
		if drop, ok := c.outweighs(o); ok {
			o.dropRoles(drop)
			c.merge(o)
		} else if c.fullNameSurname() != "" && c.namesake(o) {
			// the titles c just took in name o's bodies too: one
			// person, under the ID of the better known part
			if o.mentions > c.mentions {
				o.merge(c)
				c = o
			} else {
				c.merge(o)
			}
		} else if drop, ok := o.outweighs(c); ok {
			c.dropRoles(drop)
			o.merge(c)
			c = o
		}
	}
}

// Entities aggregates the mentions of posts (from Annotate, across any
// number of documents) into entities. Within a document, mentions with
// the same canonical Name are one entity; across documents, entities of
// the same type whose names have the same Key are merged unless their
// titles conflict (and a title one document alone gives does not split an
// established person: support.go). A document's person known only by a
// surname ("Obama") joins the entity of that surname alone if there is
// one, else the one person of that surname named in full whom titles and
// gender do not rule out, or, of several, the one also called by the
// surname alone (see surnameOwner); an entity of the surname alone from
// earlier documents joins a person named in full only when that is the
// one person of its surname (the rules of merge, in order). A person a
// document knows by a given name alone ("Bob") is an entity of that
// document's alone (Merge makes none). Each entity has its most frequent
// name (a full name before a surname), every form it was mentioned by
// (with and without title and honorific), its titles with the date of
// the post that reported them (Post.Published, YYYY-MM-DD), and its
// mention count. Entities are ordered by mention count, then name. IDs
// depend only on the type and merge key (and, for a given name alone, its
// document).
func Entities(posts []domain.Post) []domain.Entity {
	return merge(nil, docClusters(posts), givenNamePeople).Entities
}

// givenNames says what merge makes of a document's person known by a
// given name alone (givenNameAlone).
type givenNames bool

const (
	givenNamePeople givenNames = true  // an entity of that document's alone
	givenNameNoOne  givenNames = false // no entity: no one across documents
)

// Merged is what Merge made: the entities, and where each mention and
// each prior entity went.
type Merged struct {
	Entities []domain.Entity
	// Into maps the ID of a prior entity merged into another (which then
	// disappears) to the ID of the entity it joined.
	Into map[string]string
	of   map[docKey]string
}

// docKey names a document cluster: the mentions of one document with the
// same type and merge key.
type docKey struct {
	doc      string
	typ      domain.EntityType
	key      string
	initials string // a person's middle initials (lang.MiddleInitials)
}

// Of returns the ID of the entity a mention (with a Name) of a post of
// document docID went to, or "".
func (m Merged) Of(docID string, men domain.Mention) string {
	return m.of[docKeyOf(docID, men)]
}

// Merge adds the mentions of new posts to entities built before (by
// Entities or Merge), with the same rules, so that a store can keep its
// entity table up to date as documents arrive. Existing entities keep
// their IDs, and those the new posts do not touch come back unchanged
// (equal field by field); one that a new full name absorbs (a
// surname-only "Obama" meeting "Barack Obama") disappears into it.
func Merge(entities []domain.Entity, posts []domain.Post) Merged {
	return Group(posts).Merge(entities)
}

// Grouped is the mentions of new posts grouped by document and name:
// what Lookups and Merge both start from, for a caller that needs both.
// Merging consumes it: Merge once.
type Grouped struct{ clusters []*cluster }

// Group groups the mentions of posts.
func Group(posts []domain.Post) *Grouped { return &Grouped{docClusters(posts)} }

// Merge is Merge(entities, posts) for the posts g was grouped from.
func (g *Grouped) Merge(entities []domain.Entity) Merged {
	prior := make([]*cluster, 0, len(entities))
	for i, e := range entities {
		c := newCluster(e.Type, mergeKey(e), i)
		c.id = e.ID
		c.names[e.Name] = max(e.Mentions, 1)
		c.first[e.Name] = 0
		c.addInitials(e.Name)
		for _, al := range e.Aliases {
			c.aliases[al]++
			c.addInitials(al)
		}
		for _, r := range e.Roles {
			c.addRole(r)
			c.info = append(c.info, analyzeRole(r.Title))
		}
		c.mentions = e.Mentions
		c.orig = &entities[i]
		prior = append(prior, c)
	}
	docs := g.clusters
	g.clusters = nil
	return merge(prior, docs, givenNameNoOne)
}

// mergeKey is the key an entity is merged by: its stored Key, or that of
// its name.
func mergeKey(e domain.Entity) string {
	if e.Key != "" {
		return e.Key
	}
	return Key(e.Type, e.Name)
}

// Lookups returns what Merge compares the mentions of posts with: the
// merge keys of the names mentioned, for people their surnames (a
// surname-only person and a full name of that surname may merge), and
// for a bare one-word person the word's key as a body (bodyOwner), and for
// a name of three words or more its short form (shortFormOwner). Merge
// of posts into the entities a store finds by these keys gives the same
// result as Merge into every entity stored.
func Lookups(posts []domain.Post) domain.EntityKeys { return Group(posts).Lookups() }

// Lookups is Lookups(posts) for the posts g was grouped from.
func (g *Grouped) Lookups() domain.EntityKeys {
	var out domain.EntityKeys
	seenKey, seenSurname := map[string]bool{}, map[string]bool{}
	for _, c := range g.clusters {
		if !seenKey[c.key] {
			seenKey[c.key] = true
			out.Keys = append(out.Keys, c.key)
		}
		if c.typ != domain.PER || c.key == "" {
			continue
		}
		for _, k := range []string{c.bodyKey(), c.shortKey()} {
			if k != "" && !seenKey[k] {
				seenKey[k] = true
				out.Keys = append(out.Keys, k)
			}
		}
		ws := strings.Fields(c.key)
		if s := ws[len(ws)-1]; !seenSurname[s] {
			seenSurname[s] = true
			out.Surnames = append(out.Surnames, s)
		}
	}
	return out
}

// docKeyOf is the key of the document cluster of a mention (with a Name)
// of document docID.
func docKeyOf(docID string, m domain.Mention) docKey {
	k := docKey{doc: docID, typ: m.Type, key: Key(m.Type, m.Name)}
	if m.Type == domain.PER {
		k.initials = lang.MiddleInitials(m.Name)
	}
	return k
}

// docClusters groups the mentions of each document by canonical name.
func docClusters(posts []domain.Post) []*cluster {
	docs := make(map[docKey]*cluster)
	var order []*cluster
	for _, p := range posts {
		date := ""
		if !p.Published.IsZero() {
			date = p.Published.UTC().Format("2006-01-02")
		}
		for _, m := range p.Mentions {
			if m.Name == "" {
				continue
			}
			k := docKeyOf(p.DocID, m)
			c := docs[k]
			if c == nil {
				c = newCluster(m.Type, k.key, len(order))
				c.doc, c.docInitials = p.DocID, k.initials
				c.addInitials(m.Name)
				docs[k] = c
				order = append(order, c)
			}
			if _, ok := c.first[m.Name]; !ok {
				c.first[m.Name] = len(c.first)
			}
			c.names[m.Name]++
			c.mentions++
			for _, al := range aliasForms(m) {
				c.aliases[al]++
				c.addInitials(al)
			}
			if m.Role != "" {
				c.addRole(domain.Role{Title: m.Role, Date: date})
				c.info = append(c.info, analyzeRole(m.Role))
			}
		}
	}
	return order
}

// merge joins document clusters into the prior ones and each other. A
// document's person known by a given name alone (givenNameAlone) is no
// one across documents: merge makes it an entity of its own document's
// alone, apart from every other, for Entities (the people of the
// documents, whom their quotations name), or none for Merge (the
// archive's people): names.
func merge(prior, docs []*cluster, names givenNames) Merged {
	byKey := make(map[string][]*cluster)
	var all []*cluster
	for _, c := range prior {
		k := string(c.typ) + "\x00" + c.key
		byKey[k] = append(byKey[k], c)
		all = append(all, c)
	}
	// join files a document's cluster: with the entity of its key it
	// belongs to (home), else with the one owner finds, else as a new one
	join := func(c *cluster, owner func(*cluster) *cluster) {
		k := string(c.typ) + "\x00" + c.key
		if o := shortFormOwner(byKey, c); o != nil {
			// the archive's entities of the longer name too, those the
			// person is known as far better than
			for _, p := range byKey[k] {
				if p.into == nil && shortFormOwner(byKey, p) == o {
					o.merge(p)
				}
			}
			o.merge(c)
			return
		}
		if into := home(byKey[k], c); into != nil {
			into.merge(c)
			reconcile(byKey[k], into)
		} else if o := owner(c); o != nil {
			o.merge(c)
		} else if o := middleVariant(all, c); o != nil {
			o.merge(c)
		} else {
			byKey[k] = append(byKey[k], c)
			all = append(all, c)
		}
	}
	// full names first, then a document's people known by the surname
	// alone: each joins the one person its title before the surname
	// tells (titledOwner), else the body the archive knows by the word
	// (bodyOwner), else the person the archive knows far better than any
	// other of the surname (dominantOwner), else the person the archive
	// knows by that surname alone, else the person of that surname it can
	// be (surnameOwner). What a document says of its "Obama" decides for
	// its own mentions only (merging the archive's surname-only person
	// whole into the person one document named moved every "President
	// Obama" of the archive to the first lady of a document that named
	// only her).
	surnameOnly := func(c *cluster) bool {
		return c.typ == domain.PER && c.key != "" && !strings.Contains(c.key, " ") &&
			!slices.ContainsFunc(c.info, roleInfo.regnal) // "King Hussein": a given name
	}
	for _, c := range docs {
		if !surnameOnly(c) {
			join(c, func(*cluster) *cluster { return nil })
		}
	}
	bySurname := make(map[string][]*cluster)
	for _, c := range all {
		if s := c.fullNameSurname(); s != "" && c.into == nil {
			bySurname[s] = append(bySurname[s], c)
		}
	}
	for _, c := range docs {
		if !surnameOnly(c) {
			continue
		}
		if c.givenNameAlone() {
			if names == givenNamePeople {
				// (out of byKey: no other document's cluster joins it)
				c.id = entityID(c.typ, c.key+"\x00"+c.doc, 0)
				all = append(all, c)
			}
			continue // a first name alone is no one the archive can tell
		}
		if o := titledOwner(c, bySurname[c.key]); o != nil {
			o.merge(c) // what the document calls them tells, whatever the archive's surname-only person holds
			continue
		}
		if o := bodyOwner(c, bySurname[c.key], byKey); o != nil {
			o.merge(c)
			continue
		}
		if o := dominantOwner(c, bySurname[c.key]); o != nil {
			o.merge(c)
			continue
		}
		join(c, func(c *cluster) *cluster { return surnameOwner(c, bySurname[c.key]) })
	}
	// a person earlier documents knew by the surname alone joins the one
	// person of that surname the archive names in full, once a document
	// names them (and so asked for the surname's people: Lookups); of
	// several, no one document decides which
	asked := make(map[string]bool)
	for _, c := range docs {
		if s := c.fullNameSurname(); s != "" {
			asked[s] = true
		}
	}
	for _, c := range prior {
		if cands := bySurname[c.key]; surnameOnly(c) && c.into == nil && asked[c.key] && len(cands) == 1 {
			if o := surnameOwner(c, cands); o != nil {
				o.merge(c)
			}
		}
	}
	var out []domain.Entity
	ids := map[*cluster]string{}
	for _, c := range all {
		if c.into == nil {
			e := c.entity(byKey)
			ids[c] = e.ID
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	final := func(c *cluster) string {
		for c.into != nil {
			c = c.into
		}
		return ids[c]
	}
	m := Merged{Entities: out, Into: map[string]string{}, of: map[docKey]string{}}
	for _, c := range prior {
		if c.into != nil {
			m.Into[c.id] = final(c)
		}
	}
	for _, c := range docs {
		m.of[docKey{c.doc, c.typ, c.key, c.docInitials}] = final(c)
	}
	return m
}

// fatherOrSon reports a surname with "Sr" or "Jr" and nothing else
// ("Bush Sr", "Cooper Jr."): no full name, and no name for the person a
// surname stands for in other documents.
func fatherOrSon(name string) bool {
	ws := strings.Fields(name)
	return len(ws) == 2 && lang.NameSuffix(ws[1]) && !regnal(strings.ToUpper(ws[1])) // ("Abdullah II" is a king's name)
}

// acronym reports whether a name of a body or place is written as an
// acronym of three letters at most ("BP", "WHO", "U.S."), which its
// capitals do not shout: "Who" and "Us" are other words. Longer ones
// ("NATO", "Nato") are written either way, as are shouted words ("ROME").
func acronym(t domain.EntityType, s string) bool {
	if t == domain.PER || !lang.Shouted(s) || strings.ContainsAny(s, " -") {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 3
}

// middleVariant returns the one person of people whose name is c's with
// a middle name written out where the other has its initials ("James
// Charles Kopp" and "James C. Kopp", "George Herbert Walker Bush" and
// "George H.W. Bush"): the same given name and surname, the middle
// names' initials the only ones the shorter name was written with, and
// titles that agree. A shorter name never written with initials is no
// evidence: John Quincy Adams is not John Adams, his father.
func middleVariant(people []*cluster, c *cluster) *cluster {
	cw := strings.Fields(c.key)
	if c.typ != domain.PER || len(cw) < 2 {
		return nil
	}
	var found *cluster
	for _, o := range people {
		if o == c || o.into != nil || o.typ != domain.PER || !strings.HasSuffix(o.key, " "+cw[len(cw)-1]) {
			continue
		}
		ow := strings.Fields(o.key)
		long, short, lw := c, o, cw
		if len(ow) > len(cw) {
			long, short, lw = o, c, ow
		}
		in := middleLetters(lw[1 : len(lw)-1])
		if ow[0] != cw[0] || len(strings.Fields(short.key)) != 2 || len(lw) < 3 || len(short.initials) != 1 ||
			!short.initials[in] || !long.compatible(short) || !short.compatible(long) {
			continue
		}
		// "Jared C. Koppel" where the archive also has a Jared Cyril
		// Koppel may be either
		rival := slices.ContainsFunc(people, func(r *cluster) bool {
			rw := strings.Fields(r.key)
			return r != c && r != o && r.into == nil && r.typ == domain.PER && r.key != long.key && len(rw) >= 3 &&
				rw[0] == lw[0] && rw[len(rw)-1] == lw[len(lw)-1] && middleLetters(rw[1:len(rw)-1]) == in
		})
		if found != nil || rival {
			return nil // two people it may be
		}
		found = o
	}
	return found
}

// shortFormOwner returns the person named by the given name and surname
// of c's longer name without its middle names ("Hillary Clinton" for
// "Hillary Rodham Clinton") whom the archive knows far better than c
// (dominantShare times as often, and in dominantFloor mentions at least),
// established, of titles that agree both ways and of no middle initials;
// nil for any other. A shorter name is otherwise no evidence (John Quincy
// Adams is not John Adams, his father); one the archive knows this much
// better is the one a newcomer of its names most likely is.
func shortFormOwner(byKey map[string][]*cluster, c *cluster) *cluster {
	short := c.shortKey()
	if short == "" || len(c.initials) > 0 {
		return nil
	}
	var found *cluster
	for _, o := range byKey[string(domain.PER)+"\x00"+short] {
		if o.into != nil {
			continue
		}
		if found != nil {
			return nil // two people of that name
		}
		found = o
	}
	if found == nil || len(found.initials) > 0 || found.mentions < dominantFloor || found.mentions < dominantShare*c.mentions ||
		!found.established() || !found.compatible(c) || !c.compatible(found) {
		return nil
	}
	return found
}

// shortKey is the key of a person's name of three words or more without
// its middle names ("hilari clinton" of "Hillary Rodham Clinton"), ""
// for any other.
func (c *cluster) shortKey() string {
	cw := strings.Fields(c.key)
	if c.typ != domain.PER || len(cw) < 3 {
		return ""
	}
	return cw[0] + " " + cw[len(cw)-1]
}

// middleLetters returns the initials of the middle names of a key, upper
// case ("herbert walker" gives "HW"), "" when one of them is a
// generational suffix, which no initial stands for.
func middleLetters(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if lang.NameSuffix(w) {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// SurnamePeople bounds the people named in full a surname-only person is
// compared with: a surname more people bear ("Smith") is no one's in
// particular. A store's surname lookup (see Lookups) must return at least
// SurnamePeople+1 people of a surname, so that Merge can tell.
const SurnamePeople = 8

// surnameOwner returns the one person named in full of cands (the people
// of c's surname) that the surname-only person c can be: the one whose
// titles and gender (of given name or honorific) do not rule c out ("Mr.
// Reyes" is not Ann Reyes), or, when several remain, the one of them
// that documents call by the surname alone.
func surnameOwner(c *cluster, cands []*cluster) *cluster {
	if len(cands) > SurnamePeople || c.givenNameAlone() {
		return nil
	}
	g := c.gender()
	var fit []*cluster
	for _, o := range cands {
		if o.compatible(c) && sameGender(g, o.gender()) && !c.otherGivenName(o) {
			fit = append(fit, o)
		}
	}
	// a title points past the people nothing reports with it: "President
	// Obama" is not the spouse when another Obama, whom other titles ruled
	// out, was reported as president
	if slices.ContainsFunc(cands, c.sharesOffice) {
		fit = slices.DeleteFunc(fit, func(o *cluster) bool { return !c.sharesOffice(o) })
	}
	// as within a document (annotator.compatible), a title of an office
	// goes to a person reported in it or in no office at all ("President
	// Bush" is not Gov. Jeb Bush, the one Bush an archive names in full);
	// and while a person of the surname holds another office and none
	// this one, the surname is no one's in particular (Lord Goldsmith,
	// attorney general, is not the other Goldsmith of the archive)
	if c.holdsOffice() {
		// nor to a leader's spouse ("President Obama" is not first lady
		// Michelle Obama, the one Obama a document names in full)
		fit = slices.DeleteFunc(fit, func(o *cluster) bool { return o.spouse() && !c.officeOf(o) })
		other := func(o *cluster) bool { return !c.officeOf(o) && c.otherOffice(o) }
		if slices.ContainsFunc(fit, other) && !slices.ContainsFunc(fit, c.officeOf) {
			return nil
		}
		fit = slices.DeleteFunc(fit, other)
	}
	if len(fit) == 1 {
		return fit[0]
	}
	var owner *cluster
	for _, o := range fit {
		called := false
		for n := range c.names {
			called = called || o.aliases[n] > 0
		}
		if !called {
			continue
		}
		if owner != nil {
			return nil
		}
		owner = o
	}
	return owner
}

// bodyMentions is how many mentions make a body (or group) of one word
// the owner of a document's bare person of that word (bodyOwner), and
// bodyShare how many times as often as the archive knows the word as a
// person.
const (
	bodyMentions = 20
	bodyShare    = 3
)

// bodyKey is the key a document's bare person of one word (c: no title,
// honorific or other form, "Transocean") would have as a body, "" for
// any other.
func (c *cluster) bodyKey() string {
	if c.typ != domain.PER || strings.Contains(c.key, " ") || len(c.info) > 0 {
		return ""
	}
	k := ""
	for al := range c.aliases {
		ak := Key(domain.ORG, al)
		if strings.Contains(ak, " ") || k != "" && ak != k {
			return ""
		}
		k = ak
	}
	return k
}

// bodyOwner returns the body a document's bare person of one word
// (bodyKey) is: one the archive knows by that word as a body
// (bodyMentions times or more, and three times as often as it knows the
// word as a person), when it names no one in full with that surname. The
// tagger reads a firm as a person now and then ("Transocean", "Fitch",
// "Halliburton said"); a person who bears a body's name has a full name
// somewhere ("Gerald Ford").
func bodyOwner(c *cluster, people []*cluster, byKey map[string][]*cluster) *cluster {
	k := c.bodyKey()
	if k == "" || len(people) > 0 {
		return nil
	}
	asPerson := c.mentions
	for _, o := range byKey[string(domain.PER)+"\x00"+c.key] {
		if o.into == nil {
			asPerson += o.mentions
		}
	}
	var owner *cluster
	for _, o := range byKey[string(domain.ORG)+"\x00"+k] {
		if o.into == nil && o.mentions >= bodyMentions && o.mentions >= bodyShare*asPerson && (owner == nil || o.mentions > owner.mentions) {
			owner = o
		}
	}
	return owner
}

// dominantShare is how many times the mentions of all other people of a
// surname named in full the archive must know its dominant person by
// (dominantOwner), and dominantFloor how many mentions at least.
const (
	dominantShare = 20
	dominantFloor = 100
)

// dominantOwner returns the person named in full whom the archive knows
// by a document's surname-only person c far better than anyone else of
// that surname (dominantShare times as often as all of them together,
// and in dominantFloor mentions at least), when c's names, titles and
// gender do not rule them out: a document that calls the president "Obama" and nothing
// else means Barack Obama, not Michelle Obama, whom the archive names
// fifty times for his five thousand. Of two well-known bearers (George W.
// and Jeb Bush, Hillary and Bill Clinton) none is.
func dominantOwner(c *cluster, cands []*cluster) *cluster {
	if len(cands) == 0 || len(cands) > SurnamePeople {
		return nil
	}
	var best *cluster
	others := 0
	for _, o := range cands {
		if o.into != nil {
			continue
		}
		if best == nil || o.mentions > best.mentions {
			if best != nil {
				others += best.mentions
			}
			best = o
		} else {
			others += o.mentions
		}
	}
	if best == nil || best.mentions < dominantFloor || best.mentions < dominantShare*others || !best.established() ||
		!sameGender(c.gender(), best.gender()) || c.otherGivenName(best) || !best.compatible(c) || c.holdsOffice() && !c.officeOf(best) {
		return nil // ("Justice Ryan" is not Paul Ryan, the speaker)
	}
	return best
}

// titledOwner returns the one person named in full of cands (the people
// of c's surname) whom a document's surname-only person c is by the office
// the document puts before the surname: the one person the archive reports
// in that office, near the date of c's report when several are
// ("President Obama" is Barack Obama, not the first lady; "President
// Bush" of 2005 the son, not the father), of those established (see
// support.go) and reported in it twice or more (the "Hussein Obama" and
// "Criticizes Obama" a few documents made of his names do not count),
// and whose titles c agrees with or corroborates (outweighs). Nil when
// no such title tells or several people remain; c then goes on to the
// rules for an untitled surname (see merge). An honorific alone does not
// tell: "Mrs Blair" is not the one Blair woman an archive happens to name
// in full.
func titledOwner(c *cluster, cands []*cluster) *cluster {
	offices := c.officesBeforeName()
	if len(offices) == 0 || len(cands) > SurnamePeople {
		return nil
	}
	g := c.gender()
	var fit []*cluster
	for _, o := range cands {
		if o.into == nil && sameGender(g, o.gender()) && !c.otherGivenName(o) && o.established() && slices.ContainsFunc(offices, o.reportedTwice) {
			fit = append(fit, o)
		}
	}
	if len(fit) > 1 {
		day, ok := c.reportedOn()
		if !ok {
			return nil
		}
		fit = slices.DeleteFunc(fit, func(o *cluster) bool {
			return !slices.ContainsFunc(offices, func(q roleInfo) bool { return o.reportedNear(q, day) })
		})
	}
	if len(fit) != 1 {
		return nil
	}
	o := fit[0]
	if !o.compatible(c) {
		drop, ok := o.outweighs(c)
		if !ok {
			return nil
		}
		c.dropRoles(drop)
	}
	return o
}

// officesBeforeName returns the offices c was called by in a form of its
// name, the title right before the surname ("President Obama", "Sen.
// Obama"): a document's plainest word on who it means.
func (c *cluster) officesBeforeName() []roleInfo {
	var out []roleInfo
	for al := range c.aliases {
		ws := strings.Fields(al)
		if len(ws) < 2 || len(ws) > 4 || Key(domain.PER, ws[len(ws)-1]) != c.key {
			continue
		}
		if r := analyzeRole(strings.Join(ws[:len(ws)-1], " ")); r.office() {
			out = append(out, r)
		}
	}
	return out
}

// reportedTwice reports whether c was reported in office q twice or more
// (by titles matching it, each counted on as many dates as support gives
// it): a title read wrongly once, the "President" of a headline's
// "Criticizes Obama", is no evidence.
func (c *cluster) reportedTwice(q roleInfo) bool {
	titles, _ := c.support()
	n := 0
	for _, t := range titles {
		if q.matches(t.info) {
			n += t.dates
		}
	}
	return n >= 2
}

// reportedNear reports whether c was reported in office q within
// nearReport of day, or between two reports in it: a stored title keeps
// only its first and last dates (spanRoles), so George W. Bush's
// "President" of 2001 and 2009 covers 2005.
func (c *cluster) reportedNear(q roleInfo, day time.Time) bool {
	var first, last time.Time
	for _, r := range c.roles {
		d, ok := reportDay(r.Date)
		if !ok || !q.matches(analyzeRole(r.Title)) {
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	return !first.IsZero() && !day.Before(first.Add(-nearReport)) && !day.After(last.Add(nearReport))
}

// nearReport is how far apart two reports of a person may be and still
// tell of one time in their life: Gov. Kaine of 2008 may be the Senator
// Kaine of 2010, not of 2016.
const nearReport = 2 * 365 * 24 * time.Hour

// reportedOn returns the date of a document cluster's report, that of
// its titles.
func (c *cluster) reportedOn() (time.Time, bool) {
	for _, r := range c.roles {
		if day, ok := reportDay(r.Date); ok {
			return day, true
		}
	}
	return time.Time{}, false
}

// givenNameAlone reports a person known by one word that is a given name
// ("Jack", "Tom") and was never written with a title or honorific ("Mr.
// Jack"): a first name the documents call someone by, no surname of
// anyone named in full elsewhere (the commenters "Jack" of many pages are
// not Brian Jack).
func (c *cluster) givenNameAlone() bool {
	if !lang.KnownGivenName(c.key) {
		return false
	}
	for n := range c.aliases {
		if strings.Contains(strings.TrimSpace(n), " ") {
			return false
		}
	}
	return true
}

// otherGivenName reports whether one of the names c was written with
// holds, before its surname and after its title, a word that is not o's
// given name: a surname-only person some document also called "Group
// Captain Al Lockwood" (whose "Al" the person key reads as a particle)
// is not Matthew Lockwood.
func (c *cluster) otherGivenName(o *cluster) bool {
	ow := strings.Fields(o.key)
	if len(ow) < 2 {
		return false
	}
	for n := range c.names {
		ws := strings.Fields(n)
		for _, w := range ws[:max(0, len(ws)-1)] {
			lw := strings.ToLower(w)
			if lang.Honorific(lw) || roleHeads[lw] || roleModifiers[lw] || lang.Nation(lw) != "" || lang.Party(lw) != "" || lang.Particle(lw) && lw != "al" && lw != "abu" {
				continue // a title's words, a particle ("bin Laden"; but "Al" is also a given name, "Abu" a father's)
			}
			if !lang.SameGivenName(lw, ow[0]) {
				return true
			}
			break
		}
	}
	return false
}

// fullNameSurname is the surname of a person named in full (the last
// word of a key of two words or more), "" for anyone else.
func (c *cluster) fullNameSurname() string {
	if ws := strings.Fields(c.key); c.typ == domain.PER && len(ws) >= 2 {
		return ws[len(ws)-1]
	}
	return ""
}

// officeOf reports whether o was reported in an office c was reported
// in: a title of o's matches one of c's offices.
func (c *cluster) officeOf(o *cluster) bool {
	for _, q := range c.info {
		if q.office() && slices.ContainsFunc(o.info, q.matches) {
			return true
		}
	}
	return false
}

// otherOffice reports whether o was reported in an office other than one
// c was reported in, within two years of that report (an undated report
// is near any): Gov. Kaine of 2008 may be the Senator Kaine of 2016.
func (c *cluster) otherOffice(o *cluster) bool {
	for _, cr := range c.roles {
		q := analyzeRole(cr.Title)
		if !q.office() {
			continue
		}
		day, dated := reportDay(cr.Date)
		for _, or := range o.roles {
			if r := analyzeRole(or.Title); r.office() && !q.matches(r) {
				if other, ok := reportDay(or.Date); !dated || !ok || day.Sub(other).Abs() <= nearReport {
					return true
				}
			}
		}
	}
	return false
}

// reportDay reads the date of a role's report ("2006-01-02"); ok is
// false when it is unknown.
func reportDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// holdsOffice reports whether c was reported in an office.
func (c *cluster) holdsOffice() bool { return slices.ContainsFunc(c.info, roleInfo.office) }

// spouse reports a person reported as a leader's spouse ("first lady").
func (c *cluster) spouse() bool {
	return slices.ContainsFunc(c.info, func(q roleInfo) bool {
		has := func(w string) bool { return q.head == w || slices.Contains(q.quals, w) }
		return has("first") && (has("lady") || has("gentleman"))
	})
}

// sharesOffice reports whether o was reported with a title of the head
// of an office c was reported in ("President", "U.S. president").
func (c *cluster) sharesOffice(o *cluster) bool {
	for _, q := range c.info {
		if !q.office() {
			continue
		}
		for _, r := range o.info {
			if q.head == r.head {
				return true
			}
		}
	}
	return false
}

// sameGender reports whether two genders (gender) may be one person's:
// equal, or one of them unknown.
func sameGender(g, h byte) bool { return g == 0 || h == 0 || g == h }

// gender is the gender an entity's names tell ('m' or 'f'): the given
// name of a full name ("Ruth Vance"), an honorific ("Mr. Vance"); 0 when
// none tells or they disagree.
func (c *cluster) gender() byte {
	var g byte
	tell := func(form string) bool {
		ws := strings.Fields(form)
		var h byte
		switch {
		case len(ws) >= 2 && lang.Honorific(strings.ToLower(ws[0])):
			h = lang.HonorificGender(ws[0])
		case len(ws) >= 2:
			h = lang.GivenGender(ws[0])
		}
		if h != 0 && g != 0 && h != g {
			return false
		}
		if h != 0 {
			g = h
		}
		return true
	}
	for n := range c.names {
		if !tell(n) {
			return 0
		}
	}
	for al := range c.aliases {
		if !tell(al) {
			return 0
		}
	}
	return g
}

func (c *cluster) entity(byKey map[string][]*cluster) domain.Entity {
	if c.orig != nil && !c.changed {
		return *c.orig
	}
	name := ""
	words := func(s string) int {
		n := 3
		if c.typ == domain.PER && strings.Contains(s, " ") && !fatherOrSon(s) {
			n = 5 // a full name beats a surname, however frequent
		}
		switch {
		case !strings.ContainsFunc(s, unicode.IsUpper):
			n -= 2 // a name as written beats one in lower case ("bp" of a web address)
		case lang.Shouted(s) && !acronym(c.typ, s):
			n-- // and one in capitals ("OBAMA", "ROME")
		}
		if w, rest, ok := strings.Cut(s, " "); ok && determiners[strings.ToLower(w)] && acronym(c.typ, rest) && c.names[rest] > 0 {
			n-- // "BBC" before "The BBC"
		}
		return n
	}
	for n, k := range c.names {
		switch {
		case name == "":
			name = n
		case words(n) != words(name):
			if words(n) > words(name) {
				name = n
			}
		case k > c.names[name]:
			name = n
		case k == c.names[name] && len(n) > len(name):
			name = n
		case k == c.names[name] && len(n) == len(name) && c.first[n] < c.first[name]:
			name = n
		}
	}
	aliases := make([]string, 0, len(c.aliases))
	for al := range c.aliases {
		aliases = append(aliases, al)
	}
	// most used first; an existing entity keeps its order, new forms after
	rank := make(map[string]int)
	if c.orig != nil {
		for i, al := range c.orig.Aliases {
			rank[al] = len(c.orig.Aliases) - i
		}
	}
	sort.Slice(aliases, func(i, j int) bool {
		a, b := aliases[i], aliases[j]
		if rank[a] != rank[b] {
			return rank[a] > rank[b]
		}
		if c.aliases[a] != c.aliases[b] {
			return c.aliases[a] > c.aliases[b]
		}
		return a < b
	})
	if len(aliases) > maxAliases {
		aliases = aliases[:maxAliases]
	}
	roles := spanRoles(c.roles)
	// the n-th entity with the same key gets a distinct, stable ID
	n := 0
	for i, o := range byKey[string(c.typ)+"\x00"+c.key] {
		if o == c {
			n = i
		}
	}
	id := c.id
	if id == "" {
		id = entityID(c.typ, c.key, n)
	}
	return domain.Entity{
		ID:       id,
		Name:     name,
		Type:     c.typ,
		Key:      Key(c.typ, name),
		Aliases:  aliases,
		Roles:    roles,
		Mentions: c.mentions,
	}
}

// maxAliases bounds the forms an entity keeps: every merge reads and
// writes them, and a person in the news every day is written in ever more
// ways ("the Republican nominee, Donald Trump", …).
const maxAliases = 64

// spanRoles keeps, of the dates a title was reported on, the first and
// the last: the span it was held as far as the archive knows. An entity
// in the news every day would otherwise carry a role per day, and every
// merge would read and write them all. Roles come by date.
func spanRoles(rs []domain.Role) []domain.Role {
	type span struct{ first, last string }
	spans := map[string]*span{}
	var titles []string
	for _, r := range rs {
		sp := spans[r.Title]
		if sp == nil {
			spans[r.Title] = &span{r.Date, r.Date}
			titles = append(titles, r.Title)
			continue
		}
		if r.Date != "" && (sp.first == "" || r.Date < sp.first) {
			sp.first = r.Date
		}
		if r.Date > sp.last {
			sp.last = r.Date
		}
	}
	out := make([]domain.Role, 0, len(rs))
	for _, t := range titles {
		sp := spans[t]
		out = append(out, domain.Role{Title: t, Date: sp.first})
		if sp.last != sp.first {
			out = append(out, domain.Role{Title: t, Date: sp.last})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

func entityID(t domain.EntityType, key string, n int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d", t, key, n)
	return fmt.Sprintf("%s-%016x", strings.ToLower(string(t)), h.Sum64())
}

// aliasForms lists the ways a mention names its entity: the text as
// written ("US Secretary of State John Kerry"), the name without the title
// or possessive prefix ("John Kerry", "Sheikh Mohammed …"), and that
// without honorifics.
func aliasForms(m domain.Mention) []string {
	text := strings.Join(strings.Fields(m.Text), " ")
	text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "\u2019s")
	out := []string{text}
	if m.Type != domain.PER {
		return out
	}
	core := text
	if m.Role != "" {
		role := strings.Join(strings.Fields(m.Role), " ")
		if i := strings.Index(core, role); i >= 0 {
			before := trimDeterminer(strings.Trim(core[:i], " ,"))
			after := strings.Trim(core[i+len(role):], " ,")
			switch {
			case before != "" && after == "":
				core = before
			case before == "" && after != "":
				core = after
				// the title word next to the name is a form of it too:
				// "Sen. Tom Reed" of "Libertarian vice presidential
				// candidate Sen. Tom Reed"
				if ws := strings.Fields(role); len(ws) >= 2 && roleHeads[strings.ToLower(ws[len(ws)-1])] && capitalised(ws[len(ws)-1]) && strings.HasPrefix(text[i:], role+" ") {
					out = append(out, ws[len(ws)-1]+" "+after)
				}
			case before == "" && after == "":
				return out // a role-only mention
			}
		}
	}
	// a possessive prefix: "Labour's Ann Clwyd"
	if i := strings.Index(core, "'s "); i > 0 && !strings.Contains(core[:i], " ") {
		core = core[i+3:]
	}
	if i := strings.Index(core, "\u2019s "); i > 0 && !strings.Contains(core[:i], " ") {
		core = core[i+len("\u2019s "):]
	}
	// "President Putin of Russia" → "Putin"
	if i := strings.Index(core, " of "); i > 0 {
		core = core[:i]
	}
	core = strings.TrimSuffix(core, ",")
	if core != "" && core != text {
		out = append(out, core)
	}
	if bare := strings.Join(nameTokens(core), " "); bare != "" && bare != core {
		out = append(out, bare)
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// trimDeterminer drops a trailing or whole determiner: "the" → "",
// "Kofi Annan, the" → "Kofi Annan,".
func trimDeterminer(s string) string {
	for _, d := range []string{"the", "The", "a", "an", "A", "An"} {
		if s == d {
			return ""
		}
		if strings.HasSuffix(s, " "+d) {
			return strings.Trim(strings.TrimSuffix(s, " "+d), " ,")
		}
	}
	return s
}
