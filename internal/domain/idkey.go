package domain

import "hash/maphash"

// IDKey stands for an ID string in long-lived in-memory tables: two 64-bit
// hashes of the ID under independent seeds. Two IDs share a key with
// probability 2⁻¹²⁸, no likelier than two texts sharing the 128-bit hash
// their IDs are made of. A table keyed by IDKey holds no pointers, so the
// garbage collector does not follow its entries at every cycle, as it
// must follow each string key of a map[string]…; caches of some hundred
// thousand IDs cost a long ingest a tenth of its CPU that way. The seeds
// are chosen per process: an IDKey is never stored or sent.
type IDKey [2]uint64

var idKeySeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

// KeyOf returns the IDKey of id.
func KeyOf(id string) IDKey {
	return IDKey{maphash.String(idKeySeeds[0], id), maphash.String(idKeySeeds[1], id)}
}
