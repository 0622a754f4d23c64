// Package quote finds quotations in news posts, attributes them to their
// speakers and groups reports of the same words across posts and outlets.
//
// # Finding
//
// Find takes one document's posts in reading order and returns, per
// post, the quotations of its headline, caption and text (in that
// order). Callers pass clean fields: boilerplate and editorial
// commentary never reach the finder. Text paragraphs are separated by
// blank lines (a single line break also separates them when the line
// before ends a sentence).
//
// Quotation marks (marks.go): straight and curly, double and single, and
// a doubled apostrophe (two ASCII apostrophes) as in some wire copy. A paragraph that opens
// a quotation without closing it continues where the next paragraph
// reopens it; otherwise the quotation ends with its paragraph (so an
// unclosed quotation at the end of a post runs to its end). Apostrophes
// (Syria's, don't, terrorists', '90s) are never marks. Only outermost
// quotations are reported: marks nested inside are part of the text.
// Block quotations (block.go) are unquoted paragraphs closed by a trailer
// line "– Name, Role" or "— Name".
//
// Each quotation carries Text (the words inside the marks, punctuation
// inside the marks kept, paragraphs joined by one space), Kind (direct,
// partial, block, scare; kind.go), Field and Start/End: byte offsets of
// the quoted words (marks excluded) in that field; for a quotation over
// several paragraphs Start is in the first and End in the last.
//
// # Speakers
//
// A speaker is looked for in the quotation's sentence (attrib.go): an
// "according to X" phrase; a reporting verb right after the quotation
// ("…," Mr Kerry said / said Mr Kerry / he told reporters); the nearest
// reporting verb before it whose subject can be found (walking past
// participles and infinitives, through appositions "Jo Reyes, the MP for
// Northfield and Leigh, condemned" and relative clauses; of nested
// reports, "Kerry said he hopes '…'" and "Kerry condemned what he called
// '…'", the outer speaker, as PolNeAR annotates them); a later one;
// "Name: '…'"; a trailer after the paragraph, or a reader's signature
// opening the next one ("- Jeremy, New Jersey, US"); the sentence's subject
// when it is speaker-like (a name used as one, a person, group, body or
// document: not "The move comes amid …"); a short line right after a
// quotation that ends its paragraph ("is how one member puts it").
// Words chanted, shouted or sung right after the verb are whoever voices
// them, else no one (never the reporter whose cue follows, nor the
// place). In a transcript, a quotation whose sentence has no reporting
// cue is not the turn's speaker's: a host reading out a comment, a tweet
// or a title.
// Only then is a speaker carried over, and only to a quotation that
// continues the speech: the latest speaker (of a quotation or of a
// reporting verb) in the quotation's own paragraph, or in the paragraph
// before one the quotation opens; or, for a quotation opening its
// sentence, the subject of the sentence before it ("Reyes listed three
// reasons. '…'"). Anything further away is left without a speaker:
// attributing a slogan on a shirt to the minister quoted a paragraph
// earlier is worse than none. One exception: in a post that quotes one
// named person only, at least twice (a live-blog entry on one speaker),
// a quotation left without a speaker, or with a description of one person that named
// no one, is that person's (soleSpeaker). A speaker mention must be a name or a
// noun phrase: contractions ("It's"), adverbs and common words
// capitalised only because they open a sentence ("Last") never are.
// The list of reporting verbs (lexicon.go) was counted from the PolNeAR
// training split.
//
// Mentions are then resolved (resolve.go) within the document: names to
// the fullest form of the same person ("Kerry", "Mr Kerry", "US Secretary
// of State John Kerry" → John Kerry); "he" and "she" to the latest person
// of a compatible gender that was a sentence subject (a resolved pronoun
// gives its person a gender), "they" to the latest group of people
// ("Democrats", "the officials") named in its paragraph or the three
// before, "it" to the latest organisation; "the company" to the firm
// that is the subject of its sentence or the one before;
// definite descriptions ("the foreign secretary", "America's top
// diplomat") to a person holding that title, else the latest compatible
// subject (not one of another party or nation; a plural description
// never stands for one person); indefinite ones ("an MP") to someone
// given that title later in the post. Pronouns and descriptions stand
// only for people: never an organisation, a place ("South Carolina",
// "Trump Tower") or a work. A pronoun with nothing compatible before it
// has no speaker; a description with none names itself ("ministry
// spokesman"). Organisations resolve to their name ("the Ruritanian
// Embassy in London" → Ruritanian Embassy). Speaker is that canonical name; SpeakerMention
// the words tied to the cue ("he", "The foreign secretary"), with
// SpeakerSpan when they lie in the quotation's own field. Headline
// quotations take the speaker of the body quotation that repeats them.
// FindWith accepts entities already known (from the store or the
// tagger) to name speakers the document only calls "Kerry"; names it
// knows as places or things ("Middle East", "Deepwater Horizon") are
// nobody, and its organisations ("Red Cross") are not people.
//
// # Groups
//
// Key, Similar and Place (group.go) group reports of the same words:
// equal normalised keys, or near variants (a typo, a changed word in ten,
// punctuation, or a truncation keeping five words or half the longer),
// never across different speakers. A few words alone prove little: one
// or two words group only when both speakers are known, and up to seven
// words (or a short part of a longer quotation) only then or within a
// week of the group's first report (weakMatch). Groups are found by hashed keys
// (GroupKeys) through a GroupIndex, which a store implements with an
// indexed table, so placing a quotation costs the same however many
// groups exist; MemoryGroups is the in-memory index. SameSpeaker compares
// canonical names across documents ("Kerry" and "John Kerry").
//
// Everything is rule-based and linear in the input (attribution looks at
// most window tokens around a quotation, resolution at most lookback
// mentions back): no model, no goroutines, no state outside the call.
package quote
