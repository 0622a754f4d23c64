-- A speaker's quote groups read from the index alone (store.ListQuotes
-- and store.QuoteDays, the pages of a person): the surname, then what the
-- listing sorts on and the speaker filter compares, so that a person
-- quoted thousands of times costs no lookup per group in the table. It
-- replaces the index on the surname alone.
CREATE INDEX quote_groups_speaker ON quote_groups (surname, published, words, id);
DROP INDEX quote_groups_surname;
