-- The Telegram bot and the KakaoTalk skill (worker/routes/telegram.ts, kakao.ts). No chat
-- id or user id is kept: only an HMAC of it (Vault.opaqueHash), as the key of a
-- per-chat rate-limit counter and the language the person chose with /lang. Messages
-- are checked in memory and never stored, unless the person reports one and confirms.
CREATE TABLE chat_limits (
  key TEXT PRIMARY KEY,
  -- Start of the current hour window (ISO 8601) and messages counted in it.
  window_start TEXT NOT NULL,
  count INTEGER NOT NULL,
  lang TEXT CHECK (lang IN ('ko', 'km', 'en')),
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX chat_limits_updated ON chat_limits (updated_at);

-- Telegram update ids seen in the last day, so a replayed update is answered with nothing.
CREATE TABLE chat_updates (
  platform TEXT NOT NULL,
  update_id INTEGER NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (platform, update_id)
) STRICT;

CREATE INDEX chat_updates_seen ON chat_updates (seen_at);
