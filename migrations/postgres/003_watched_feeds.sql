-- Feeds polled for new articles: when each is due, the validators for conditional requests, and how it went.

CREATE TABLE feeds (
  id                    TEXT PRIMARY KEY,
  url                   TEXT NOT NULL UNIQUE,
  -- the feed's own title, as last read
  title                 TEXT,
  interval_seconds      INTEGER NOT NULL,
  status                TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  created_at            TEXT NOT NULL,
  next_poll_at          TEXT NOT NULL,
  -- a poller's lease, so two workers never poll one feed at once
  locked_until          TEXT,
  locked_by             TEXT,
  -- HTTP validators of the last full answer: sent back as If-None-Match / If-Modified-Since
  etag                  TEXT,
  last_modified         TEXT,
  last_polled_at        TEXT,
  -- "3 new, 2 known", "not modified" or the error of the last poll
  last_outcome          TEXT,
  consecutive_failures  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feeds_due ON feeds (status, next_poll_at);

-- Entry links a feed has shown: one that is stored (or known) is never fetched again; a failing one is tried a few
-- times across polls, then left.
CREATE TABLE feed_items (
  feed_id   TEXT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  link      TEXT NOT NULL,
  seen_at   TEXT NOT NULL,
  attempts  INTEGER NOT NULL DEFAULT 0,
  done      BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (feed_id, link)
);
