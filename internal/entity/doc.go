// Package entity finds the people, organisations, places and other named
// things in news posts, merges the ways they are referred to under one
// canonical name, and keeps the titles and roles the press gave them.
//
// The work is in layers:
//
//   - Tokenize cuts raw text into tokens with byte offsets, the way the
//     tagger's training data was cut.
//   - A Tagger labels tokens with IOB2 CoNLL tags (PER, ORG, LOC, MISC).
//     Default returns the tagger of the embedded model, decoded once; the
//     statistical model lives in package ner and is documented, with how to
//     retrain it, in docs/MODEL.md.
//   - Tagger.Annotate turns one document's posts into domain.Mentions: it
//     makes entity types consistent within the document, splits titles
//     and roles from names ("Foreign Secretary Boris Johnson"), keeps
//     honorifics (Mr, Sheikh), possessive prefixes ("Syria's President")
//     and appositions ("John Woodcock, the MP for Barrow and Furness") in
//     the mention, links surnames and honorific forms to the full name
//     introduced in the document, and links role-only mentions ("the
//     foreign secretary", "America's top diplomat") to the person the
//     document makes clear. Names are compared by lang.PersonKey, the
//     one person key of every stage ("Tom J. Reed" is "Thomas Reed",
//     "George Hale Jr." is not "George Hale"). A surname alone, or with
//     an honorific or title, goes to a person it fits (never "Mrs. Vance"
//     to Paul Vance, nor "Secretary Vance" to the former president Paul
//     Vance) and, among relatives and namesakes, to the one holding its
//     title, else to the one the document introduced first, unless a
//     namesake was just introduced as a sentence's subject; a surname none of the people named in full
//     can bear is a person of its own. A title is the person's it is
//     said of: the name it stands in apposition with ("the mayor of
//     Glenford, Ann Reyes"), never a possessor ("Reyes's lawyer"), nor
//     the one a spokesman or aide speaks for ("a spokesman for candidate
//     Ann Reyes"). A description is linked by salience only when nothing
//     makes that a guess (two people before it, "he said" before it, a
//     person in someone's service, an aide); one linked by nothing is
//     dropped, for a plausible wrong person is worse than none. A
//     headline, or a title line without a full stop, gives no role.
//     A name the tagger took for a person's that the document never
//     shows to be one (no title, honorific, surname used alone,
//     relative, job or he/she) becomes an organisation, or a place when
//     the text puts it in one, it is a US state or it ends in a word of
//     places ("Rose Garden"); an acronym the document spells out ("WHO")
//     is an organisation and the name after "Hurricane" a storm
//     (notPeople). A salutation ("Hi Alex"), a time stamp's zone ("6:32
//     pm EDT WASHINGTON") and a place or surname that run-together
//     highlights glue to a name ("in Alexandria Mubarak's") are no part
//     of a name, and a name ending in a middle initial goes on over the
//     word after it ("George W. Bush"); a suffix, an honorific, a title
//     spoken to or a sentence adverb alone ("Jr.", "Mr President",
//     "Additionally,") is no person (noNames). A description naming a
//     country ("Egypt's president") goes to the person titled with that
//     country when the document has one.
//   - Entities aggregates the mentions of any number of documents into
//     domain.Entities with aliases, dated roles and mention counts, merging
//     entities with the same Key and compatible roles (a role one
//     document alone gives does not split a person established by many:
//     support.go), and a surname-only
//     person with the one person of that surname whom titles, gender and
//     the given names it was written with do not rule out (surnameOwner:
//     a person some document called "Al Lockwood" is not Matthew
//     Lockwood); Merge does the same
//     incrementally, adding new posts to existing entities.
//
// A PER mention spans the whole expression that refers to the person, so
// it may contain the mentions of places or organisations named in its
// title ("US" in "US Secretary of State John Kerry").
package entity
