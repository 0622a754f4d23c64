// Package ner is Dateline's named-entity sequence labeller: an averaged
// perceptron over rich token features, decoded with Viterbi over IOB2 tags
// for the CoNLL types PER, ORG, LOC and MISC.
//
// Features (see features.go) are word forms and a ±2 window, word shape,
// affixes, distributional word clusters computed from unlabelled news text
// (cluster.go), a gazetteer of the training set's entities (gazetteer.go),
// capitalisation of the same word elsewhere in the document, and the types
// this model already gave the same word earlier in the document (Ratinov &
// Roth's "prediction history"). Training (train.go) is deterministic.
//
// A Model is immutable once built and safe for concurrent use; all working
// state lives in a Decoder (one per goroutine) or on the stack.
package ner
