package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dateline-news/dateline/internal/store"
)

// FeedState implements store.Store.
func (s *DB) FeedState(ctx context.Context, feed string) (store.FeedState, error) {
	var fs store.FeedState
	err := s.db.QueryRowContext(ctx, s.q(`SELECT etag, last_modified FROM feeds WHERE feed = ?`), feed).Scan(&fs.ETag, &fs.LastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return fs, nil
	}
	if err != nil {
		return fs, fmt.Errorf("feed state %s: %w", feed, err)
	}
	return fs, nil
}

// PutFeedState implements store.Store.
func (s *DB) PutFeedState(ctx context.Context, feed string, fs store.FeedState) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO feeds (feed, etag, last_modified, polled_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = excluded.polled_at`),
		feed, fs.ETag, fs.LastModified, timeText(s.now()))
	if err != nil {
		return fmt.Errorf("put feed state %s: %w", feed, err)
	}
	return nil
}

// HasItem implements store.Store.
func (s *DB) HasItem(ctx context.Context, feed, guid string) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM feed_items WHERE feed = ? AND guid = ?`), feed, guid).Scan(&n); err != nil {
		return false, fmt.Errorf("feed item %s: %w", guid, err)
	}
	return n > 0, nil
}

// MarkItems implements store.Store.
func (s *DB) MarkItems(ctx context.Context, feed string, guids []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, g := range guids {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO feed_items (feed, guid) VALUES (?, ?) ON CONFLICT DO NOTHING`), feed, g); err != nil {
			return fmt.Errorf("mark feed items: %w", err)
		}
	}
	return tx.Commit()
}
