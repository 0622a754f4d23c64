-- Stories (package story, and the pipeline's story stage): each story's
-- matching state, the hashed keys it is filed under with its last day (so
-- that a lookup by key reads the most recent stories of the key from the
-- index), its member posts, and the document frequencies of story terms.
-- Days are RFC 3339 text ('' when undated), as elsewhere.
CREATE TABLE stories (
    id        TEXT PRIMARY KEY,
    label     TEXT NOT NULL DEFAULT '',
    first_day TEXT NOT NULL DEFAULT '',
    last_day  TEXT NOT NULL DEFAULT '',
    size      INTEGER NOT NULL DEFAULT 0,
    people    TEXT NOT NULL DEFAULT '[]',  -- JSON array of entity IDs
    state     BLOB NOT NULL                -- opaque: centroid and people counts
) WITHOUT ROWID;
CREATE INDEX stories_last ON stories (last_day, id);

CREATE TABLE story_keys (
    story_id TEXT NOT NULL,
    key      INTEGER NOT NULL,             -- a 64-bit key as a signed integer
    last_day TEXT NOT NULL DEFAULT '',     -- the story's last day
    PRIMARY KEY (story_id, key)
) WITHOUT ROWID;
CREATE INDEX story_keys_key ON story_keys (key, last_day, story_id);

CREATE TABLE story_posts (
    post_id  TEXT PRIMARY KEY,
    story_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX story_posts_story ON story_posts (story_id);

CREATE TABLE story_terms (
    key INTEGER PRIMARY KEY,               -- a 64-bit key as a signed integer
    n   INTEGER NOT NULL
);
