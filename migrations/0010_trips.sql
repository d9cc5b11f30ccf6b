-- Before you go (issue 17): a traveller records a trip, checks in every few days, and a
-- trusted person hears when a check-in is missed. Everything a person wrote is sealed
-- under the trip's details key, which is stored only wrapped twice: by a key derived
-- from the traveller's link secret and by one derived from the trusted person's (each
-- together with a server key); neither secret is stored. The full design is in the
-- README ("Before you go: how check-ins are kept").
CREATE TABLE trips (
  id TEXT PRIMARY KEY,
  lang TEXT NOT NULL,
  -- The server's own key for this trip (wrapped by MASTER_KEY like a case key): it seals
  -- the trusted devices' push subscriptions, which the sweep must open with no link.
  wrapped_key TEXT NOT NULL,
  details TEXT NOT NULL,                    -- sealed {name, destination, employer, …}
  traveller_lock TEXT NOT NULL,             -- the details key, wrapped by the traveller link's key
  trusted_lock TEXT NOT NULL,               -- the details key, wrapped by the trusted link's key
  traveller_hash TEXT NOT NULL UNIQUE,      -- HMAC of the traveller link's secret
  trusted_hash TEXT NOT NULL UNIQUE,        -- HMAC of the trusted link's secret
  code_hash TEXT NOT NULL,                  -- HMAC of the check-in code, bound to the trip
  duress_hash TEXT NOT NULL,                -- HMAC of the duress code, bound to the trip
  interval_days INTEGER NOT NULL,
  grace_hours INTEGER NOT NULL,
  status TEXT NOT NULL,                     -- active | alarm | ended
  last_check_in TEXT NOT NULL,
  -- When the next check-in counts as missed; null once the alarm is raised or the trip ended.
  deadline TEXT,
  alarm_at TEXT,
  ended_at TEXT,
  -- When the trip and everything in it is deleted (30 days after it ends).
  shred_after TEXT,
  idempotency_hash TEXT NOT NULL UNIQUE,    -- HMAC of the Idempotency-Key it was created with
  request_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- The sweep reads only trips whose deadline has passed: a range scan on this index, so
-- it costs the same with 100 or 100,000 active trips (bench/checkin.bench.mjs).
CREATE INDEX trips_deadline ON trips (deadline) WHERE deadline IS NOT NULL;
CREATE INDEX trips_shred ON trips (shred_after) WHERE shred_after IS NOT NULL;

-- The trusted person's devices, sealed under the trip's server key.
CREATE TABLE trip_push_subscriptions (
  id TEXT PRIMARY KEY,
  trip_id TEXT NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
  endpoint_hash TEXT NOT NULL,
  sealed TEXT NOT NULL,                     -- {endpoint, keys, lang}
  created_at TEXT NOT NULL,
  UNIQUE (trip_id, endpoint_hash)
) STRICT;
