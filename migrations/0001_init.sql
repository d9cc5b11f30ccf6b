-- Homeward's first migration. The health check reads the migration level from
-- d1_migrations (written by wrangler); this table records each deployment's
-- schema expectations so an operator can see drift between code and database.
CREATE TABLE schema_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO schema_info (key, value) VALUES ('created', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
