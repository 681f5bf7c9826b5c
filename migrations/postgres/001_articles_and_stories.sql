-- Articles, the stories they form, and why each article is where it is.
-- Times are ISO 8601 UTC text, as in the SQLite schema: both backends compare and sort them alike.

CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  fingerprint  TEXT NOT NULL UNIQUE,
  url          TEXT,
  outlet       TEXT,
  title        TEXT NOT NULL,
  author       TEXT,
  published    TEXT,
  section      TEXT,
  language     TEXT,
  text         TEXT NOT NULL,
  source       TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_title ON articles (lower(title));

-- People, places and organisations an article names; kept as rows so stories can be searched and followed by them.
-- `seq` keeps the order they were named in.
CREATE TABLE article_entities (
  seq         BIGINT GENERATED ALWAYS AS IDENTITY,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('person', 'place', 'organisation')),
  name        TEXT NOT NULL,
  PRIMARY KEY (article_id, kind, name)
);
CREATE INDEX article_entities_name ON article_entities (lower(name));

CREATE TABLE stories (
  id               TEXT PRIMARY KEY,
  headline         TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  first_published  TEXT,
  last_published   TEXT,
  -- the clusterer's own state (centroids, counts), JSON it validates when it reads it back
  state            JSONB NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_at);
CREATE INDEX stories_last_published ON stories (last_published);

-- Ids of stories merged into another: followers of the old id keep following.
CREATE TABLE story_aliases (
  alias       TEXT PRIMARY KEY,
  story_id    TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX story_aliases_story ON story_aliases (story_id);

CREATE TABLE story_articles (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id    TEXT NOT NULL,
  joined_at   TEXT NOT NULL,
  reason      JSONB NOT NULL,
  manual      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX story_articles_story ON story_articles (story_id);

-- Merges, splits and manual moves: the story's log beside its timeline.
CREATE TABLE story_events (
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story_id  TEXT NOT NULL,
  kind      TEXT NOT NULL,
  at        TEXT NOT NULL,
  detail    JSONB NOT NULL
);
CREATE INDEX story_events_story ON story_events (story_id);

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
