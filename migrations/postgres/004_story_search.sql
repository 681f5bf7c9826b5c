-- Story search: a full-text index of each article's title and names; a story is found by any of its articles.
-- Rows hold the words the application folds (src/store/search-words.ts); the 'simple' configuration neither stems
-- nor drops words, so a query matches the words as written. The backfill lower-cases but keeps accents.

CREATE TABLE article_search (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  words       tsvector NOT NULL
);
CREATE INDEX article_search_words ON article_search USING gin (words);

INSERT INTO article_search (article_id, words)
SELECT a.id, to_tsvector('simple', a.title || ' ' || coalesce(
  (SELECT string_agg(e.name, ' ') FROM article_entities e WHERE e.article_id = a.id), ''))
FROM articles a;
