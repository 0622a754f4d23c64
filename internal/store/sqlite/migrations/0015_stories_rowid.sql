-- Stories in a table with rowids: a story's state (its centroid, about
-- 3 KB) fits in one page of a table b-tree, where in a WITHOUT ROWID
-- table (an index b-tree, which keeps about 1 KB of a row in its page)
-- it ran over three overflow pages. The story stage reads a few hundred
-- candidate stories per post; at 100,000 documents, reading those pages
-- was most of its time (docs/BENCHMARKS.md, session 12).
CREATE TABLE stories_rowid (
    id        TEXT PRIMARY KEY,
    label     TEXT NOT NULL DEFAULT '',
    first_day TEXT NOT NULL DEFAULT '',
    last_day  TEXT NOT NULL DEFAULT '',
    size      INTEGER NOT NULL DEFAULT 0,
    people    TEXT NOT NULL DEFAULT '[]',  -- JSON array of entity IDs
    state     BLOB NOT NULL                -- opaque: centroid and people counts
);
INSERT INTO stories_rowid (id, label, first_day, last_day, size, people, state)
    SELECT id, label, first_day, last_day, size, people, state FROM stories;
DROP TABLE stories;
ALTER TABLE stories_rowid RENAME TO stories;
CREATE INDEX stories_last ON stories (last_day, id);
