-- Nothing looks occurrences up by post, or sources by document: these two
-- indexes only cost writes (every passage occurrence and post source
-- inserted at a random place in each).
DROP INDEX passage_occurrences_post;
DROP INDEX post_sources_doc;
