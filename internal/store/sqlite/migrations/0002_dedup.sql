-- Near-duplicate detection (package dedup): the LSH index of cluster
-- representatives. keys holds the entry's band keys, 8 bytes each
-- (little-endian); the index is loaded into memory at the start of an
-- ingest and grows by the entries each batch adds.
CREATE TABLE lsh_entries (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    id      TEXT NOT NULL UNIQUE,
    cluster TEXT NOT NULL,
    sketch  BLOB NOT NULL,
    keys    BLOB NOT NULL
);

ALTER TABLE documents ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';
