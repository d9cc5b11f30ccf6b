-- Offers that job seekers chose to report, and the recruiter identifiers staff confirm
-- from them and from family reports ("3 reports mention this contact").

-- The offer text and optional contact are sealed under the row's own data key;
-- deleting the row shreds them. Only the engine's verdict is in the clear.
CREATE TABLE offer_reports (
  id TEXT PRIMARY KEY,
  lang TEXT NOT NULL CHECK (lang IN ('ko', 'km', 'en')),
  wrapped_key TEXT NOT NULL,
  text TEXT NOT NULL,
  contact TEXT,
  risk TEXT NOT NULL CHECK (risk IN ('high', 'medium', 'low')),
  score REAL NOT NULL,
  signals TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed')),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX offer_reports_status ON offer_reports (status, created_at);

-- Recruiter identifiers, normalized by core/offer-check/indicators.ts, kept as an HMAC
-- for matching and sealed for staff review: a number a family pasted could be anyone's.
-- Only confirmed ones are ever matched for the public.
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  type TEXT NOT NULL,
  value_hash TEXT NOT NULL,
  wrapped_key TEXT NOT NULL,
  value TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  reviewed_by TEXT,
  reviewed_at TEXT,
  UNIQUE (type, value_hash)
) STRICT;

CREATE INDEX indicators_status ON indicators (status, last_seen);

-- Which reports mention which identifier. No foreign key to reports: the source may be
-- a family report or an offer report, and a purged source removes its rows here.
CREATE TABLE indicator_sources (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('report', 'offer')),
  source_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (indicator_id, source_kind, source_id)
) STRICT;

CREATE INDEX indicator_sources_source ON indicator_sources (source_kind, source_id);
