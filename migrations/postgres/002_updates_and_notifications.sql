-- Following stories: subscriptions, what changed when an article joined a story, and the outbox of messages owed.

CREATE TABLE subscriptions (
  id                 TEXT PRIMARY KEY,
  -- what the follower asked for, as given: a story id, a headline, a URL or a query
  target             TEXT NOT NULL,
  -- {"kind":"story","storyId"} or {"kind":"query","query"}
  follows            JSONB NOT NULL,
  channel_kind       TEXT NOT NULL CHECK (channel_kind IN ('webhook', 'email', 'push', 'feed')),
  -- the channel's address and secrets (webhook URL and signing secret, email address, push endpoint and keys)
  channel            JSONB NOT NULL,
  digest_seconds     INTEGER NOT NULL DEFAULT 0,
  unsubscribe_token  TEXT NOT NULL UNIQUE,
  status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'unsubscribed', 'gone')),
  created_at         TEXT NOT NULL,
  status_changed_at  TEXT NOT NULL
);
CREATE INDEX subscriptions_status ON subscriptions (status);

-- The stories each subscription follows: its own target, and those its query caught. Story ids may later be aliases
-- of a merged story; lookups go through story_aliases, so a follow survives merges.
CREATE TABLE subscription_stories (
  subscription_id  TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  story_id         TEXT NOT NULL,
  since            TEXT NOT NULL,
  PRIMARY KEY (subscription_id, story_id)
);
CREATE INDEX subscription_stories_story ON subscription_stories (story_id);

-- b-bit MinHash signatures of each article's sentences, so novelty never re-reads a story's texts.
CREATE TABLE article_sentence_signatures (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  -- how the signatures were made; rows of another scheme are recomputed
  scheme      TEXT NOT NULL,
  signatures  BYTEA NOT NULL
);

-- What was new in a story when an article joined it. seq orders the log for event-stream cursors; updates are written
-- under one lock (see PostgresStore.transaction), so seq also grows in commit order and a cursor never skips a row.
CREATE TABLE story_updates (
  seq                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,
  story_id           TEXT NOT NULL,
  article_id         TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  created_at         TEXT NOT NULL,
  headline           TEXT NOT NULL,
  previous_headline  TEXT,
  new_outlets        JSONB NOT NULL,
  new_entities       JSONB NOT NULL,
  summary            JSONB NOT NULL,
  novelty            DOUBLE PRECISION NOT NULL,
  -- false for near-copies of what the story held (syndicated wire text): stored, never sent
  notable            BOOLEAN NOT NULL
);
CREATE INDEX story_updates_story ON story_updates (story_id, seq);

-- The transactional outbox: written with the update, drained by delivery workers that lease rows.
CREATE TABLE outbox (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- idempotency key: the webhook-id a receiver sees, the same on every retry
  delivery_id      TEXT NOT NULL UNIQUE,
  subscription_id  TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  story_id         TEXT NOT NULL,
  -- story_updates ids: one, or several batched by a digest
  update_ids       JSONB NOT NULL,
  status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead', 'cancelled')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT NOT NULL,
  locked_until     TEXT,
  locked_by        TEXT,
  last_error       TEXT,
  created_at       TEXT NOT NULL,
  finished_at      TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_order ON outbox (subscription_id, story_id, status, id);
