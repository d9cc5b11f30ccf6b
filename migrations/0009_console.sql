-- The console queue counts each case's family messages since staff last wrote
-- (unread), per row: an index on (report, author, time) answers it from the index.
CREATE INDEX case_messages_author ON case_messages (report_id, author, created_at);
