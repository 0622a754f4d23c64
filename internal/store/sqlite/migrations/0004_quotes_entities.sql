-- Quotations, one row per occurrence in a stored post; group_id joins the
-- reports of the same words (its value is the first report's id).
CREATE TABLE quotes (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    post_id         TEXT NOT NULL,
    group_id        TEXT NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    speaker         TEXT NOT NULL DEFAULT '',
    speaker_mention TEXT NOT NULL DEFAULT '',
    cue             TEXT NOT NULL DEFAULT '',
    field           TEXT NOT NULL DEFAULT '',
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL
);
CREATE INDEX quotes_group ON quotes (group_id);
CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE);
CREATE INDEX quotes_post ON quotes (post_id);

-- Entities across the store, kept up to date as documents arrive.
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    aliases  TEXT NOT NULL DEFAULT '[]',  -- JSON array
    roles    TEXT NOT NULL DEFAULT '[]',  -- JSON array of {title, date}
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_type ON entities (type, mentions);
