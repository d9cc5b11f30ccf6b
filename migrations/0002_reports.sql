-- Reports from families and from people in danger. Everything that identifies a
-- person is sealed in `details` (AES-GCM under the case's own data key, see
-- worker/crypto.ts); the plain columns are what triage needs and identify no one.
CREATE TABLE reports (
  id TEXT PRIMARY KEY,                      -- random UUID; associated data of its ciphertexts
  case_ref TEXT NOT NULL UNIQUE,            -- XXXX-XXXX-X, Crockford base32 with a check symbol
  kind TEXT NOT NULL CHECK (kind IN ('family', 'self')),
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'acknowledged', 'investigating', 'located', 'safe', 'returned', 'closed')),
  lang TEXT NOT NULL CHECK (lang IN ('ko', 'km', 'en')),
  receipt_hash TEXT NOT NULL,               -- HMAC of the receipt code; the code itself is never stored
  details TEXT NOT NULL,                    -- sealed JSON
  danger_signs TEXT NOT NULL DEFAULT '',    -- comma-separated DANGER_SIGNS
  destination_country TEXT,
  minor INTEGER NOT NULL DEFAULT 0 CHECK (minor IN (0, 1)),
  last_contact_date TEXT,
  photo_key TEXT,                           -- random R2 object key; the object is sealed too
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1        -- optimistic concurrency for staff edits
) STRICT;

CREATE INDEX reports_created ON reports (created_at);

-- Each case's data key, wrapped by the key-encryption key. Deleting the row
-- crypto-shreds the case: its ciphertexts in backups become unreadable.
CREATE TABLE case_keys (
  report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  wrapped_key TEXT NOT NULL,
  kek_version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- HMAC blind indexes of normalized identifiers, for finding duplicate reports.
CREATE TABLE blind_indexes (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (report_id, kind, value)
) STRICT;

CREATE INDEX blind_indexes_lookup ON blind_indexes (kind, value);

-- The timeline a family sees: received, acknowledged, status changes.
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  status TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX case_events_report ON case_events (report_id, id);

-- Messages between the family and staff; bodies sealed under the case key.
CREATE TABLE case_messages (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  author TEXT NOT NULL CHECK (author IN ('family', 'staff')),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX case_messages_report ON case_messages (report_id, created_at);

-- A retried submit returns the first answer instead of creating a second report.
-- The receipt code is kept sealed under the case key for 24 hours only, so a client
-- that lost the first response can still be told its code.
CREATE TABLE idempotency_keys (
  key_hash TEXT PRIMARY KEY,
  request_hash TEXT NOT NULL,
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  receipt TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

-- Exact counters for caps the rate-limiting binding only approximates
-- (security.md §1): reports per hour overall, failed case look-ups per client.
CREATE TABLE request_counters (
  bucket TEXT NOT NULL,
  window TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (bucket, window)
) STRICT;
