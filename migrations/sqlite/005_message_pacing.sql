-- Pacing a subscription's messages: at most one message about one story every min_gap_seconds; the updates that
-- arrive meanwhile join the message that waits. Subscriptions made before this keep their old pace (every update).

ALTER TABLE subscriptions ADD COLUMN min_gap_seconds INTEGER NOT NULL DEFAULT 0;
