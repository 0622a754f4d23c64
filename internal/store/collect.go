package store

import (
	"context"

	"github.com/dateline-news/dateline/internal/domain"
)

// CollectPosts reads the posts matching q, page after page, in stored
// order, up to max of them (max <= 0: all).
func CollectPosts(ctx context.Context, st Store, q PostQuery, max int) ([]domain.Post, error) {
	var out []domain.Post
	page := Page{Limit: MaxLimit}
	for max <= 0 || len(out) < max {
		ps, next, err := st.ListPosts(ctx, q, page)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
		if next == "" {
			break
		}
		page.Cursor = next
	}
	if max > 0 && len(out) > max {
		out = out[:max]
	}
	return out, nil
}
