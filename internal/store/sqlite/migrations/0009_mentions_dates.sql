-- Mentions and dates in indexed tables: the posts that mention an entity
-- between two dates, or that name a date, are index lookups. A mention
-- keeps the ID of its entity; when an entity is merged into another, its
-- mentions move to it and entity_merges remembers the old ID, so that it
-- still resolves.
CREATE TABLE mentions (
    entity_id TEXT NOT NULL,
    published TEXT NOT NULL DEFAULT '',  -- the post's date, RFC 3339 UTC
    post_id   TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    PRIMARY KEY (entity_id, published, post_id, field, start)
) WITHOUT ROWID;

CREATE TABLE post_dates (
    value   TEXT NOT NULL,               -- a TimeML value: 2016-10-15, 2016-W41, PAST_REF …
    post_id TEXT NOT NULL,
    field   TEXT NOT NULL DEFAULT '',
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (value, post_id, field, start)
) WITHOUT ROWID;

CREATE TABLE entity_merges (
    id      TEXT PRIMARY KEY,            -- an entity that was merged away
    into_id TEXT NOT NULL                -- the entity it now is
) WITHOUT ROWID;
CREATE INDEX entity_merges_into ON entity_merges (into_id);
