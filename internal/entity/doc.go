// Package entity finds the people, organisations, places and other named
// things in news posts, merges the ways they are referred to under one
// canonical name, and keeps the titles and roles the press gave them.
//
// The work is in layers:
//
//   - Tokenize cuts raw text into tokens with byte offsets, the way the
//     tagger's training data was cut.
//   - A Tagger (Default loads the embedded model once) labels tokens with
//     IOB2 CoNLL tags; the statistical model lives in package ner.
//   - Annotate turns one document's posts into Mentions: it makes entity
//     types consistent within the document, splits titles and roles from
//     names ("Foreign Secretary Boris Johnson"), keeps honorifics (Mr,
//     Sheikh) and appositions ("John Woodcock, the MP for Barrow and
//     Furness") in the mention, links surnames and honorific forms to the
//     full name introduced in the document, and links role-only mentions
//     ("the foreign secretary", "America's top diplomat") to the person
//     the document makes clear.
//   - Entities aggregates mentions across documents into Entities with
//     aliases, dated roles and mention counts, merging those with the same
//     canonical name (see Key) and compatible roles.
package entity
