-- Search folds acronyms ("F.B.I." is the word "FBI", see store.Words):
-- the index is fed each passage's text and headline through
-- fold_acronyms, a function the store registers (store.FoldAcronyms).
-- The table is contentless, so its rows cannot be rewritten in place: it
-- is made anew from the passages it indexes (paragraphs).
DROP TABLE passages_fts;
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text,
    headline,
    content = '',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO passages_fts (rowid, text, headline)
    SELECT seq, fold_acronyms(text), fold_acronyms(headline) FROM passages WHERE paragraph = 1 ORDER BY seq;
