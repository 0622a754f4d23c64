// Package conll reads CoNLL-2003 style column files, tags them with
// Dateline's entity recogniser and scores the result at the entity level
// (exact span and type), as the conlleval script does.
package conll
