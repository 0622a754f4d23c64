-- A speaker's quote groups read from the index (store.ListQuotes and
-- store.QuoteDays, the pages of a person): the surname, then what the
-- listing sorts on and the speaker filter compares, so that a person
-- quoted thousands of times needs no visit to the table per group where
-- an index-only scan is possible. It replaces the index on the surname
-- alone.
CREATE INDEX quote_groups_speaker ON quote_groups (surname, published, words, id);
DROP INDEX quote_groups_surname;
