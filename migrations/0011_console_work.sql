-- Saved queue filters, each officer's own: a name they chose and the filter's query
-- string (no personal data: a search term is never saved, see core/staff.ts).
CREATE TABLE saved_filters (
  id TEXT PRIMARY KEY,
  staff_email TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (staff_email, name)
) STRICT;

-- An assignment is a staff-only timeline entry: who handed the case to whom. The
-- family's timeline reads only 'received' and 'status' events.
ALTER TABLE case_events ADD COLUMN assignee TEXT;
