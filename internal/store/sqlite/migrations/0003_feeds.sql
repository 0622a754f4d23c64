-- Feeds polled by `dateline watch`: HTTP validators of the last successful
-- poll, and the GUIDs of the items already ingested.
CREATE TABLE feeds (
    feed          TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    polled_at     TEXT NOT NULL
);

CREATE TABLE feed_items (
    feed TEXT NOT NULL,
    guid TEXT NOT NULL,
    PRIMARY KEY (feed, guid)
) WITHOUT ROWID;
