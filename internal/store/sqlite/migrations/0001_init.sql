-- Documents: one row per input document (text scrape, page, feed item, record).
CREATE TABLE documents (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL,
    url         TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',  -- RFC 3339 UTC, '' when unknown
    date_origin TEXT NOT NULL DEFAULT '',
    format      TEXT NOT NULL DEFAULT '',
    ingested_at TEXT NOT NULL
);

-- Posts: stored once, however many documents carried them (post_sources).
CREATE TABLE posts (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    doc_id       TEXT NOT NULL,             -- the document it was first read from
    idx          INTEGER NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    headline     TEXT NOT NULL DEFAULT '',
    caption      TEXT NOT NULL DEFAULT '',
    credit       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    commentary   TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    published    TEXT NOT NULL DEFAULT '',
    event_date   TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT NOT NULL DEFAULT '',
    annotations  TEXT NOT NULL DEFAULT '{}'  -- JSON: paragraphs, sentences, quotes, mentions, dates
);

CREATE TABLE post_sources (
    post_id TEXT NOT NULL,
    doc_id  TEXT NOT NULL,
    idx     INTEGER NOT NULL,
    PRIMARY KEY (post_id, doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX post_sources_doc ON post_sources (doc_id);

-- Passages: paragraphs and sentences of post text, stored once.
CREATE TABLE passages (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    text      TEXT NOT NULL,
    paragraph INTEGER NOT NULL DEFAULT 0   -- 1 when some occurrence is a whole paragraph
);

CREATE TABLE passage_occurrences (
    passage_id TEXT NOT NULL,
    post_id    TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (passage_id, post_id, start)
) WITHOUT ROWID;
CREATE INDEX passage_occurrences_post ON passage_occurrences (post_id);

-- Search index: each passage's text, and the headline of the first post
-- that carried it (so that a query naming a headline finds its passages).
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text,
    headline,
    content = '',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
