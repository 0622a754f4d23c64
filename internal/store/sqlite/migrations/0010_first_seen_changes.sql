-- A passage's first-seen date (the earliest dated document carrying it,
-- RFC 3339 UTC, '' if none is dated), kept up to date by Save, so that
-- search filters by date in SQL.
ALTER TABLE passages ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
UPDATE passages SET first_seen = coalesce((SELECT min(d.published)
    FROM passage_occurrences o JOIN post_sources ps ON ps.post_id = o.post_id JOIN documents d ON d.id = ps.doc_id
    WHERE o.passage_id = passages.id AND d.published <> ''), '');

-- What changed, in order, for incremental consumers (store.Changes):
-- one row per document or post stored, quote group or entity written,
-- entity merged away.
CREATE TABLE changes (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id   TEXT NOT NULL
);
