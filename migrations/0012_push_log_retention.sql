-- The retention run trims the push log too (worker/retention.ts, PUSH_LOG_DAYS): each
-- run records how many of its rows it deleted, like the other counts.
ALTER TABLE retention_runs ADD COLUMN push_log_deleted INTEGER NOT NULL DEFAULT 0;
