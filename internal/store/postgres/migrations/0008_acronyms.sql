-- Search folds acronyms ("F.B.I." is the word "FBI"): fold_acronyms is
-- store.FoldAcronyms's rule (see store.Words) as a regular expression. It
-- drops each dot of a run of two or more single letters each followed by
-- a dot, where no letter or digit comes before the run's first letter or
-- after its last dot: the dot of a letter with a pair ("X.") before it,
-- or with one after it. PostgreSQL's own parser keeps "f.b.i" as one
-- word, which "FBI" would not find.
CREATE FUNCTION fold_acronyms(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT CASE WHEN t !~ '[[:alpha:]]\.[[:alpha:]]\.' THEN t ELSE regexp_replace(t,
        '(?<=(?:^|[^[:alnum:]])(?:[[:alpha:]]\.)+[[:alpha:]])\.(?=(?:[[:alpha:]]\.)*(?:[^[:alnum:]]|$))'
        '|(?<=(?:^|[^[:alnum:]])[[:alpha:]])\.(?=(?:[[:alpha:]]\.)+(?:[^[:alnum:]]|$))',
        '', 'g') END
    $$;

-- The generated column is made anew from the folded text (which rewrites
-- every row: the backfill), and its index with it.
ALTER TABLE passages DROP COLUMN tsv;
ALTER TABLE passages ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', fold_acronyms(text)), 'A') ||
    setweight(to_tsvector('english', fold_acronyms(headline)), 'B')) STORED;
CREATE INDEX passages_tsv ON passages USING GIN (tsv);
