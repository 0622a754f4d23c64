-- Quote groups as an index (package quote, GroupKeys and Place): each
-- group's matching state, and the hashed keys it is filed under, so that
-- placing a new quotation is a lookup by key, never a scan of the groups.
CREATE TABLE quote_groups (
    id       TEXT PRIMARY KEY,
    speaker  TEXT NOT NULL DEFAULT '',
    variants TEXT NOT NULL DEFAULT '[]'   -- JSON array of distinct texts
);

CREATE TABLE quote_keys (
    key      INTEGER NOT NULL,             -- a 64-bit key as a signed integer
    group_id TEXT NOT NULL,
    PRIMARY KEY (key, group_id)
) WITHOUT ROWID;
