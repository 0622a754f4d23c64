-- Quote groups listed in SQL (store.ListQuotes): every group has a row,
-- scare quotes' too, with the date of its earliest report, its first
-- report's kind, and its speaker as the speaker filter compares it (see
-- lang.SamePerson): the surname key, and the lower-cased words between
-- spaces (' john forbes kerry ').
ALTER TABLE quote_groups ADD COLUMN published TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_groups ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_groups ADD COLUMN surname TEXT NOT NULL DEFAULT '';
ALTER TABLE quote_groups ADD COLUMN words TEXT NOT NULL DEFAULT '';
CREATE INDEX quote_groups_published ON quote_groups (published, id);
CREATE INDEX quote_groups_surname ON quote_groups (surname);
