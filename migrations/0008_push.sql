-- Web Push (RFC 8030, 8291, 8292): families hear there is news on their case, officers
-- on call hear of urgent reports. A push subscription (endpoint and keys) can identify a
-- browser, so it is sealed like personal data; `endpoint_hash` is an HMAC, to find a
-- subscription again without reading it.

-- A family's browser, sealed under the case's key: shredded with the case (its rows go
-- by foreign key when the case is purged; its key goes first).
CREATE TABLE case_push_subscriptions (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  endpoint_hash TEXT NOT NULL,
  sealed TEXT NOT NULL,                     -- {endpoint, keys, lang}
  created_at TEXT NOT NULL,
  UNIQUE (report_id, endpoint_hash)
) STRICT;

-- An officer's device, sealed under its own data key (wrapped like a case key).
CREATE TABLE staff_push_devices (
  id TEXT PRIMARY KEY,
  staff_email TEXT NOT NULL COLLATE NOCASE,
  endpoint_hash TEXT NOT NULL UNIQUE,
  wrapped_key TEXT NOT NULL,
  sealed TEXT NOT NULL,                     -- {endpoint, keys, lang}
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX staff_push_devices_staff ON staff_push_devices (staff_email);

-- Who is on call, and until when (one shift per officer; ending it deletes the row).
CREATE TABLE on_call (
  staff_email TEXT PRIMARY KEY COLLATE NOCASE,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL
) STRICT;

-- Every push sent: the case, what kind, to whom, when and how it went. Never the
-- endpoint. No foreign key: like the access log, it outlives the cases it names.
CREATE TABLE push_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_ref TEXT,
  kind TEXT NOT NULL,                       -- case-news | self-report | overdue | family-message
  audience TEXT NOT NULL,                   -- family | on-call | assignee | supervisor | nobody
  outcome TEXT NOT NULL,                    -- sent | gone | failed | no-device
  status INTEGER,                           -- the push service's HTTP status, if it answered
  at TEXT NOT NULL
) STRICT;

CREATE INDEX push_log_at ON push_log (at);
CREATE INDEX push_log_case ON push_log (case_ref, kind);
