package sqlstore

import (
	"sync"

	"github.com/dateline-news/dateline/internal/domain"
)

// passageCacheSize bounds each generation of a passageCache: at most
// twice this many passage IDs are remembered (some tens of MB).
const passageCacheSize = 1 << 18

// passageCache remembers passages known to be stored, and whether some
// occurrence made them a paragraph, so that Save skips the statements
// that would change nothing: in a news archive most sentences are carried
// again and again. (Save keeps another for posts, values unused.) It only
// ever says "stored" for passages that are (it learns of them after their
// transaction commits, and passages are never deleted), so it is safe
// when other processes write to the same database. It holds IDs by their
// domain.IDKey, not as strings. Two generations bound its memory: when
// the young one is full it becomes the old one and the oldest entries are
// forgotten.
type passageCache struct {
	mu         sync.Mutex
	young, old map[domain.IDKey]bool
}

// get reports whether passage id is known to be stored, and if so whether
// as a paragraph.
func (c *passageCache) get(id string) (paragraph, ok bool) {
	k := domain.KeyOf(id)
	c.mu.Lock()
	defer c.mu.Unlock()
	if paragraph, ok = c.young[k]; ok {
		return paragraph, ok
	}
	paragraph, ok = c.old[k]
	return paragraph, ok
}

// add records committed passages.
func (c *passageCache) add(committed map[string]bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, para := range committed {
		k := domain.KeyOf(id)
		if len(c.young) >= passageCacheSize {
			c.old, c.young = c.young, nil
		}
		if c.young == nil {
			c.young = make(map[domain.IDKey]bool, passageCacheSize)
		}
		c.young[k] = para || c.young[k]
	}
}
