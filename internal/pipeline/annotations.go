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

// entityStage merges the mentions of each batch into the entities (one
// per person, organisation or place, across the store): the
// cross-document stage of package entity. It reads from the store only
// the entities the batch's names can merge with (entity.Lookups, by key),
// so nothing is loaded at the start of a run and the cost of a batch does
// not grow with the archive. As in quoteStage, what earlier batches
// changed and the store may not hold yet is kept in pending, and
// consulted before the store, until their batch commits.
//
// Several processes writing one database: merging reads and replaces
// whole entities, so two processes merging into the same key at once can
// lose one's mentions; the distributed workers will serialise merges per
// key (an advisory lock on the key's hash in PostgreSQL).
type entityStage struct {
	ctx     context.Context
	st      store.Store
	batch   int           // number of the batch being built (from 1)
	saved   *atomic.Int64 // number of the last batch committed
	dropped int           // pending is clear up to this batch
	pending map[string]pendingEntity
	posts   []domain.Post // posts of the batch with mentions
}

type pendingEntity struct {
	e     domain.Entity
	gone  bool // merged into another
	batch int
}

func newEntityStage(ctx context.Context, st store.Store, saved *atomic.Int64) *entityStage {
	return &entityStage{ctx: ctx, st: st, batch: 1, saved: saved, pending: map[string]pendingEntity{}}
}

// prepare queues a document's posts for the batch's merge.
func (x *entityStage) prepare(doc *domain.Document) {
	for _, p := range doc.Posts {
		if len(p.Mentions) > 0 {
			x.posts = append(x.posts, p)
		}
	}
}

// flush merges the batch's posts into the entities they can join and
// returns the entities to write and those to delete, then starts the
// next batch.
func (x *entityStage) flush() (upsert []domain.Entity, drop []string, err error) {
	defer func() {
		x.posts = x.posts[:0]
		x.batch++
	}()
	if len(x.posts) == 0 {
		return nil, nil, nil
	}
	x.forgetSaved()
	lk := entity.Lookups(x.posts)
	prior, err := x.prior(lk)
	if err != nil {
		return nil, nil, err
	}
	before := make(map[string]domain.Entity, len(prior))
	for _, e := range prior {
		before[e.ID] = e
	}
	merged := entity.Merge(prior, x.posts)
	after := make(map[string]bool, len(merged))
	for _, e := range merged {
		after[e.ID] = true
		if old, ok := before[e.ID]; !ok || !reflect.DeepEqual(old, e) {
			upsert = append(upsert, e)
			x.pending[e.ID] = pendingEntity{e: e, batch: x.batch}
		}
	}
	for _, e := range prior {
		if !after[e.ID] {
			drop = append(drop, e.ID)
			x.pending[e.ID] = pendingEntity{e: e, gone: true, batch: x.batch}
		}
	}
	return upsert, drop, nil
}

// prior returns the entities lk selects, as the store will hold them
// once every batch so far has committed, in a fixed order (most mentioned
// first, then by ID).
func (x *entityStage) prior(lk domain.EntityKeys) ([]domain.Entity, error) {
	stored, err := x.st.EntitiesByKey(x.ctx, lk)
	if err != nil {
		return nil, err
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
	for id, p := range x.pending {
		switch {
		case p.gone:
			delete(byID, id)
		case selects(p.e, keys, surnames):
			byID[id] = p.e
		default:
			delete(byID, id) // its key changed since the store's copy
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
	saved := int(x.saved.Load())
	if saved <= x.dropped {
		return
	}
	x.dropped = saved
	for id, p := range x.pending {
		if p.batch <= saved {
			delete(x.pending, id)
		}
	}
}
