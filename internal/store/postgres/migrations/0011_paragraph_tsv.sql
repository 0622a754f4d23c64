-- Search looks at paragraphs only (every query has paragraph = 1), as
-- the SQLite store indexes only those: sentences and clauses need no
-- tsvector, and computing one and adding it to the GIN index was most of
-- the cost of saving a passage. The column is NULL for them (a GIN index
-- holds no entry for NULL); an UPDATE that makes a passage a paragraph
-- computes it then.
ALTER TABLE passages DROP COLUMN tsv;
ALTER TABLE passages ADD COLUMN tsv tsvector GENERATED ALWAYS AS (CASE WHEN paragraph = 1 THEN
    setweight(to_tsvector('english', fold_acronyms(text)), 'A') ||
    setweight(to_tsvector('english', fold_acronyms(headline)), 'B') END) STORED;
CREATE INDEX passages_tsv ON passages USING GIN (tsv);
