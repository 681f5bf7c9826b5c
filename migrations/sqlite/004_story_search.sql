-- Story search: a full-text index of each article's title and names; a story is found by any of its articles.
-- Rows hold the words the application folds (src/store/search-words.ts); the tokenizer folds the backfill alike.

CREATE VIRTUAL TABLE article_search USING fts5 (
  article_id UNINDEXED,
  words,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO article_search (article_id, words)
SELECT a.id, a.title || ' ' || coalesce((SELECT group_concat(e.name, ' ') FROM article_entities e WHERE e.article_id = a.id), '')
FROM articles a;
