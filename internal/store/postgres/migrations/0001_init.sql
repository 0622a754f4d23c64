-- Dateline's schema on PostgreSQL: the same tables as on SQLite, with a
-- generated tsvector and a GIN index for search. Times are RFC 3339 text,
-- as on SQLite, so that both stores answer identically.
CREATE TABLE documents (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    outlet       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    date_origin  TEXT NOT NULL DEFAULT '',
    format       TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT NOT NULL DEFAULT '',
    ingested_at  TEXT NOT NULL
);

CREATE TABLE posts (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    doc_id       TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    headline     TEXT NOT NULL DEFAULT '',
    caption      TEXT NOT NULL DEFAULT '',
    credit       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    commentary   TEXT NOT NULL DEFAULT '[]',
    published    TEXT NOT NULL DEFAULT '',
    event_date   TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT NOT NULL DEFAULT '',
    annotations  TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE post_sources (
    post_id TEXT NOT NULL,
    doc_id  TEXT NOT NULL,
    idx     INTEGER NOT NULL,
    PRIMARY KEY (post_id, doc_id, idx)
);
CREATE INDEX post_sources_doc ON post_sources (doc_id);

CREATE TABLE passages (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    text      TEXT NOT NULL,
    paragraph INTEGER NOT NULL DEFAULT 0,
    headline  TEXT NOT NULL DEFAULT '',
    tsv       tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('english', text), 'A') ||
                  setweight(to_tsvector('english', headline), 'B')) STORED
);
CREATE INDEX passages_tsv ON passages USING GIN (tsv);

CREATE TABLE passage_occurrences (
    passage_id TEXT NOT NULL,
    post_id    TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (passage_id, post_id, start)
);
CREATE INDEX passage_occurrences_post ON passage_occurrences (post_id);

CREATE TABLE lsh_entries (
    seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    cluster TEXT NOT NULL,
    sketch  BYTEA NOT NULL,
    keys    BYTEA NOT NULL
);

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
);

CREATE TABLE quotes (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
CREATE INDEX quotes_speaker ON quotes (lower(speaker));
CREATE INDEX quotes_post ON quotes (post_id);

CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    aliases  TEXT NOT NULL DEFAULT '[]',
    roles    TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_type ON entities (type, mentions);
