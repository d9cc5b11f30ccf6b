-- Staff, roles and the audit trail, plus the triage columns of a report.

-- Roles live in D1, deny by default: an Access identity not listed here gets 403.
CREATE TABLE staff (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'triager', 'supervisor', 'admin')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- Every staff view, export and edit of personal data (고시 8조: kept ≥ 2 years).
-- No foreign key: the log outlives the cases it mentions.
CREATE TABLE access_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  staff_email TEXT NOT NULL,
  ip TEXT,
  report_id TEXT,
  case_ref TEXT,
  action TEXT NOT NULL,
  reason TEXT
) STRICT;

CREATE INDEX access_log_at ON access_log (at);
CREATE INDEX access_log_case ON access_log (case_ref, at);

-- Append-only (ASVS 16.4.2): no edits, and no deletion before two years.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
END;

CREATE TRIGGER access_log_keep_two_years BEFORE DELETE ON access_log
WHEN old.at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 years')
BEGIN
  SELECT RAISE(ABORT, 'access_log rows are kept for two years');
END;

ALTER TABLE reports ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN priority_factors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reports ADD COLUMN priority_override INTEGER;
ALTER TABLE reports ADD COLUMN override_reason TEXT;
ALTER TABLE reports ADD COLUMN effective_priority INTEGER GENERATED ALWAYS AS (coalesce(priority_override, priority)) VIRTUAL;
ALTER TABLE reports ADD COLUMN ack_deadline TEXT;
ALTER TABLE reports ADD COLUMN acknowledged_at TEXT;
ALTER TABLE reports ADD COLUMN region TEXT;
ALTER TABLE reports ADD COLUMN advisory_level TEXT;
ALTER TABLE reports ADD COLUMN assignee TEXT;
ALTER TABLE reports ADD COLUMN closed_reason TEXT;
ALTER TABLE reports ADD COLUMN duplicate_of TEXT;
-- A random token written by each edit, so the rows that depend on an edit can be
-- written only if that very edit applied (see worker/db/staff.ts editCase).
ALTER TABLE reports ADD COLUMN last_edit TEXT;

-- The default queue: most urgent first, oldest first within a score.
CREATE INDEX reports_queue ON reports (effective_priority DESC, created_at, id);
CREATE INDEX reports_status_queue ON reports (status, effective_priority DESC, created_at, id);
CREATE INDEX reports_assignee_queue ON reports (assignee, effective_priority DESC, created_at, id);

ALTER TABLE case_events ADD COLUMN actor TEXT;
ALTER TABLE case_events ADD COLUMN reason TEXT;

CREATE TABLE report_labels (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  PRIMARY KEY (report_id, label)
) STRICT;

CREATE INDEX report_labels_label ON report_labels (label, report_id);

-- Internal notes, sealed under the case key like everything else personal.
CREATE TABLE case_notes (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX case_notes_report ON case_notes (report_id, created_at);

-- Reports linked as describing the same person (stored in both directions).
CREATE TABLE case_links (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  linked_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (report_id, linked_id)
) STRICT;
