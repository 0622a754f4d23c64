-- The headline of the first post that carried a passage, kept with it
-- (every backend indexes it for search).
ALTER TABLE passages ADD COLUMN headline TEXT NOT NULL DEFAULT '';
