package pipeline

import (
	"context"
	"fmt"
	"reflect"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/entity"
	"github.com/dateline-news/dateline/internal/store"
)

// crossRef keeps the entities (one per person, organisation or place,
// across the store). It is rebuilt from the store at the start of a run
// and updated in the writer, in read order.
type crossRef struct {
	entities []domain.Entity
	posts    []domain.Post // posts of the batch not yet merged into entities
}

func newCrossRef(ctx context.Context, st store.Store) (*crossRef, error) {
	x := &crossRef{}
	err := st.Entities(ctx, func(e domain.Entity) error {
		x.entities = append(x.entities, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load entities: %w", err)
	}
	return x, nil
}

// prepare queues a document's posts for the entity merge.
func (x *crossRef) prepare(doc *domain.Document) {
	for i := range doc.Posts {
		p := &doc.Posts[i]
		if len(p.Mentions) > 0 {
			x.posts = append(x.posts, *p)
		}
	}
}

// flush merges the queued posts into the entities and returns the
// entities to write and those to delete.
func (x *crossRef) flush() (upsert []domain.Entity, drop []string) {
	if len(x.posts) == 0 {
		return nil, nil
	}
	before := make(map[string]domain.Entity, len(x.entities))
	for _, e := range x.entities {
		before[e.ID] = e
	}
	x.entities = entity.Merge(x.entities, x.posts)
	x.posts = x.posts[:0]
	after := make(map[string]bool, len(x.entities))
	for _, e := range x.entities {
		after[e.ID] = true
		if old, ok := before[e.ID]; !ok || !reflect.DeepEqual(old, e) {
			upsert = append(upsert, e)
		}
	}
	for id := range before {
		if !after[id] {
			drop = append(drop, id)
		}
	}
	return upsert, drop
}
