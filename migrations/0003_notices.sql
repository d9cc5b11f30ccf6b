-- The urgent banner: a short notice per language with an expiry, injected by the
-- Worker into every HTML page at request time (no rebuild, no client JavaScript).
CREATE TABLE notices (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  text_ko TEXT NOT NULL CHECK (length(text_ko) BETWEEN 1 AND 280),
  text_km TEXT CHECK (text_km IS NULL OR length(text_km) BETWEEN 1 AND 280),
  text_en TEXT NOT NULL CHECK (length(text_en) BETWEEN 1 AND 280),
  starts_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (expires_at > starts_at)
) STRICT;

CREATE INDEX notices_active ON notices (expires_at, starts_at);
