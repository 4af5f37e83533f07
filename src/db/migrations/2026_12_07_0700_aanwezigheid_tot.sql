-- Until when an agent counts as present: each heartbeat of their desktop's live connection (on any
-- Loket node) and the closing of it push this to "now + grace" (PRESENCE_GRACE_SECONDS). Readers
-- only compare it with the time, so presence ends a grace period after the last socket went, also
-- when the node that held it died, without a job. Rows from before start expired: a connected
-- desktop renews its row within seconds.
alter table aanwezigheid add column aanwezig_tot timestamptz not null default now();
