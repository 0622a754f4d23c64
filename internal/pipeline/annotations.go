package pipeline

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/store"
)

// entityStage merges the mentions of each document into the entities
// (one per person, organisation or place, across the store), in read
// order: the cross-document stage of package entity. It reads from the
// store only the entities the document's names can merge with
// (entity.Lookups, by key), so nothing is loaded at the start of a run
// and the cost of a document does not grow with the archive. Documents
// are merged one at a time, so that the result does not depend on where
// batches are cut. As in quoteStage, what the run changed and the store
// may not hold yet is kept in pending, and consulted before the store,
// until its batch commits.
//
// The store's answers to the lookups are kept (clean, up to
// maxEntityAnswers entities): a document's names are mostly those of the
// documents before it. Under the writer lock the store changes only
// through the run's commits, so an answer stays right until a commit
// changes one of its entities; when a batch has committed, the answers
// its entities may have changed are dropped with its pending state.
//
// A merge moves the mentions its entity had until then, and no later
// ones: if a later document of the batch makes an entity of the merged
// one's ID again (an entity's ID comes from its key), that entity is a
// new one. flush therefore tells Save the entity each mention of the
// batch has once the merges made after its document are applied
// (store.Batch.Moved, for the mentions index; a post keeps the entity its
// document gave), and Save applies the batch's merges to what earlier
// batches stored before it writes the batch: the result is the same
// wherever batches are cut.
//
// Several processes on one database: ingest runs hold the store's writer
// lock, so they take turns. Merging reads and replaces whole entities, so
// writers running at once (the distributed workers) will need to
// serialise merges per key (see the package comment).
type entityStage struct {
	ctx context.Context
	st  store.Store
	commits
	pending map[string]pendingEntity
	// byKey files pending entities under their key and, for people,
	// their surname (the last word of the key)
	byKey   map[string][]string
	changed []string // IDs changed in the batch being built, in order
	// merges of the batch being built, in order, each with the number of
	// the document that made it; docs numbers the batch's documents
	merges []madeMerge
	docs   map[string]int
	clean  *entityAnswers // the store's answers, as it holds them
}

type madeMerge struct {
	store.EntityMerge
	doc int
}

// maxEntityAnswers bounds the entities entityStage keeps of the store's
// answers (a few kilobytes each at most).
const maxEntityAnswers = 20_000

type pendingEntity struct {
	e     domain.Entity
	into  string // the entity it was merged into, if it was
	batch int
}

func newEntityStage(ctx context.Context, st store.Store, saved *atomic.Int64) *entityStage {
	return &entityStage{ctx: ctx, st: st, commits: commits{batch: 1, saved: saved}, pending: map[string]pendingEntity{},
		byKey: map[string][]string{}, docs: map[string]int{}, clean: newEntityAnswers()}
}

// prepare merges a document's mentions into the entities.
func (x *entityStage) prepare(doc *domain.Document) error {
	var posts []domain.Post
	for _, p := range doc.Posts {
		if len(p.Mentions) > 0 {
			posts = append(posts, p)
		}
	}
	if len(posts) == 0 {
		return nil
	}
	x.forgetSaved()
	n := len(x.docs) + 1
	x.docs[doc.ID] = n
	grouped := entity.Group(posts)
	prior, err := x.prior(grouped.Lookups())
	if err != nil {
		return err
	}
	before := make(map[string]domain.Entity, len(prior))
	for _, e := range prior {
		before[e.ID] = e
	}
	merged := grouped.Merge(prior)
	for _, e := range merged.Entities {
		if old, ok := before[e.ID]; !ok || !reflect.DeepEqual(old, e) {
			x.record(pendingEntity{e: e})
		}
	}
	for _, e := range prior {
		if into, ok := merged.Into[e.ID]; ok {
			x.record(pendingEntity{e: e, into: into})
			x.merges = append(x.merges, madeMerge{store.EntityMerge{ID: e.ID, Into: into}, n})
		}
	}
	for i := range doc.Posts {
		ms := doc.Posts[i].Mentions
		for j := range ms {
			if ms[j].Name != "" {
				ms[j].Entity = merged.Of(doc.ID, ms[j])
			}
		}
	}
	return nil
}

func (x *entityStage) record(p pendingEntity) {
	old, ok := x.pending[p.e.ID]
	if !ok || old.batch != x.batch || (old.into == "") != (p.into == "") {
		x.changed = append(x.changed, p.e.ID)
	}
	if ok {
		x.unfile(old.e)
	}
	p.batch = x.batch
	x.pending[p.e.ID] = p
	for _, k := range fileKeys(p.e) {
		x.byKey[k] = append(x.byKey[k], p.e.ID)
	}
}

func (x *entityStage) unfile(e domain.Entity) {
	for _, k := range fileKeys(e) {
		x.byKey[k] = slices.DeleteFunc(x.byKey[k], func(id string) bool { return id == e.ID })
		if len(x.byKey[k]) == 0 {
			delete(x.byKey, k)
		}
	}
}

// fileKeys are the keys a pending entity is found by: its key, and a
// person's surname (marked, so that it does not meet other keys).
func fileKeys(e domain.Entity) []string {
	ks := []string{e.Key}
	if ws := strings.Fields(e.Key); e.Type == domain.PER && len(ws) > 0 {
		ks = append(ks, "\x00"+ws[len(ws)-1])
	}
	return ks
}

// flush returns the entities the batch being built changed (to write),
// the merges it made, in the order made, and the entities that mentions
// of docs (the batch's documents) have once the merges made after their
// document are applied, where that is not the one their document gave
// them; then it starts the next batch.
func (x *entityStage) flush(docs []domain.Document) (upsert []domain.Entity, merges []store.EntityMerge, moved map[store.MentionAt]string) {
	for _, id := range x.changed {
		p := x.pending[id]
		if p.into == "" {
			upsert = append(upsert, p.e)
		}
	}
	later := map[string][]madeMerge{} // by the ID merged away, in order
	for _, m := range x.merges {
		merges = append(merges, m.EntityMerge)
		later[m.ID] = append(later[m.ID], m)
	}
	if len(later) > 0 {
		for _, d := range docs {
			n, ok := x.docs[d.ID]
			if !ok {
				continue
			}
			for _, p := range d.Posts {
				for _, m := range p.Mentions {
					if to := mergedAfter(later, m.Entity, n); to != m.Entity {
						if moved == nil {
							moved = map[store.MentionAt]string{}
						}
						moved[store.MentionAt{Post: p.ID, Field: m.Field, Start: m.Start, End: m.End, Entity: m.Entity}] = to
					}
				}
			}
		}
	}
	x.changed, x.merges = x.changed[:0], nil
	clear(x.docs)
	x.batch++
	return upsert, merges, moved
}

// mergedAfter follows the merges made after document n: the entity that
// what was entity id in that document is at the end of the batch. A
// merge made in document n itself is already in that document's
// mentions; one made in the same document as the merge just followed
// (a chain made at once) is not.
func mergedAfter(later map[string][]madeMerge, id string, n int) string {
	after := func(m madeMerge) bool { return m.doc > n }
	for range len(later) + 1 { // a chain is at most as long as the IDs merged away
		i := slices.IndexFunc(later[id], after)
		if i < 0 {
			break
		}
		m := later[id][i]
		id, n = m.Into, m.doc
		after = func(m madeMerge) bool { return m.doc >= n }
	}
	return id
}

// prior returns the entities lk selects, as the store will hold them
// once every batch so far has committed, in a fixed order (most mentioned
// first, then by ID).
func (x *entityStage) prior(lk domain.EntityKeys) ([]domain.Entity, error) {
	stored, missing := x.clean.answer(lk)
	if len(missing.Keys) > 0 || len(missing.Surnames) > 0 {
		got, err := x.st.EntitiesByKey(x.ctx, missing)
		if err != nil {
			return nil, err
		}
		if x.clean.len() > maxEntityAnswers {
			x.clean = newEntityAnswers()
		}
		x.clean.add(missing, got)
		stored = append(stored, got...)
	}
	byID := make(map[string]domain.Entity, len(stored))
	for _, e := range stored {
		byID[e.ID] = e
	}
	keys := make(map[string]bool, len(lk.Keys))
	for _, k := range lk.Keys {
		keys[k] = true
	}
	surnames := make(map[string]bool, len(lk.Surnames))
	for _, s := range lk.Surnames {
		surnames[s] = true
	}
	// the store's copies that pending changed or dropped
	for id := range byID {
		if p, ok := x.pending[id]; ok {
			if p.into != "" || !selects(p.e, keys, surnames) {
				delete(byID, id)
			} else {
				byID[id] = p.e
			}
		}
	}
	// pending entities the store does not hold yet
	var ids []string
	for _, k := range lk.Keys {
		ids = append(ids, x.byKey[k]...)
	}
	for _, s := range lk.Surnames {
		ids = append(ids, x.byKey[s]...)
		ids = append(ids, x.byKey["\x00"+s]...)
	}
	for _, id := range ids {
		if p := x.pending[id]; p.into == "" && selects(p.e, keys, surnames) {
			byID[id] = p.e
		}
	}
	out := make([]domain.Entity, 0, len(byID))
	for _, e := range byID {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b domain.Entity) int {
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// selects reports whether EntitiesByKey would return e for keys and
// surnames.
func selects(e domain.Entity, keys, surnames map[string]bool) bool {
	if keys[e.Key] {
		return true
	}
	if e.Type != domain.PER {
		return false
	}
	ws := strings.Fields(e.Key)
	return len(ws) > 0 && surnames[ws[len(ws)-1]]
}

// forgetSaved drops what committed batches hold.
func (x *entityStage) forgetSaved() {
	saved, ok := x.newlySaved()
	if !ok {
		return
	}
	for id, p := range x.pending {
		if p.batch <= saved {
			x.unfile(p.e)
			delete(x.pending, id)
			x.clean.forget(p.e)
		}
	}
}
