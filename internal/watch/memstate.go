package watch

import (
	"context"
	"sync"
)

// MemoryState is a State held in memory, for tests and one-off runs: it
// forgets everything when the process ends.
type MemoryState struct {
	mu    sync.Mutex
	feeds map[string]FeedState
	items map[string]map[string]bool // feed → GUID set
}

// NewMemoryState returns an empty MemoryState.
func NewMemoryState() *MemoryState {
	return &MemoryState{feeds: map[string]FeedState{}, items: map[string]map[string]bool{}}
}

func (m *MemoryState) FeedState(_ context.Context, feed string) (FeedState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.feeds[feed], nil
}

func (m *MemoryState) PutFeedState(_ context.Context, feed string, s FeedState) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.feeds[feed] = s
	return nil
}

func (m *MemoryState) HasItem(_ context.Context, feed, guid string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.items[feed][guid], nil
}

func (m *MemoryState) MarkItems(_ context.Context, feed string, guids []string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	set := m.items[feed]
	if set == nil {
		set = map[string]bool{}
		m.items[feed] = set
	}
	for _, g := range guids {
		set[g] = true
	}
	return nil
}
