-- Entities are found by what entity merging compares (package entity,
-- Lookups): the merge key of their name, and for people the surname.
ALTER TABLE entities ADD COLUMN key TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN surname TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_key ON entities (key);
CREATE INDEX entities_surname ON entities (surname);
