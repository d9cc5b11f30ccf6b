-- Retention (PIPA 21조: destroy personal data once its purpose ends). A closed case is
-- purged RETENTION_DAYS after closing unless staff extended it, with a reason.
ALTER TABLE reports ADD COLUMN closed_at TEXT;
ALTER TABLE reports ADD COLUMN retain_until TEXT;
ALTER TABLE reports ADD COLUMN retain_reason TEXT;

CREATE INDEX reports_closed ON reports (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX offer_reports_created ON offer_reports (created_at);
CREATE INDEX idempotency_expires ON idempotency_keys (expires_at);

-- Every retention run, with what it removed (Cron Events keeps only the last 100).
CREATE TABLE retention_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  cases_purged INTEGER NOT NULL,
  photos_deleted INTEGER NOT NULL,
  offers_purged INTEGER NOT NULL,
  access_logs_deleted INTEGER NOT NULL,
  idempotency_deleted INTEGER NOT NULL,
  counters_deleted INTEGER NOT NULL
) STRICT;
