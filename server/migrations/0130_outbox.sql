-- The outbox: every outgoing call (the national portal's sync now; notifications, the payment
-- gateway, post later) is written as a row in the transaction of the change that causes it, and
-- delivered from here by the outbox worker (server/platform/outbox.ts).

-- The last revision given to each subject (a dossier code for the portal): grows by one per change.
CREATE TABLE outbox_subjects (
  channel text NOT NULL,
  subject text NOT NULL,
  revision integer NOT NULL,
  PRIMARY KEY (channel, subject)
);

-- One row per change, until it is acknowledged (then deleted) or refused (then a dead letter).
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  channel text NOT NULL,
  subject text NOT NULL,
  revision integer NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'dead')),
  batch_key text,                            -- the batch carrying it (its idempotency key)
  reason text,                               -- why the receiver refused it (dead letters)
  dead_at timestamptz,
  UNIQUE (channel, subject, revision)
);
CREATE INDEX outbox_pending ON outbox (channel, id) WHERE state = 'pending' AND batch_key IS NULL;
CREATE INDEX outbox_in_batch ON outbox (batch_key) WHERE batch_key IS NOT NULL;
CREATE INDEX outbox_dead ON outbox (channel, dead_at) WHERE state = 'dead';

-- One delivery stream per channel: at most one batch in flight, so order per subject holds.
CREATE TABLE outbox_channels (
  channel text PRIMARY KEY,
  batch_key text,                            -- the batch in flight; a retry reuses it
  batch_attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,                   -- the worker delivering it holds a lease
  leased_by text,
  last_error text,
  last_error_at timestamptz,
  last_success_at timestamptz,
  delivered_total bigint NOT NULL DEFAULT 0
);

-- Deliveries per minute, for the administrator's page.
CREATE TABLE outbox_rate (
  channel text NOT NULL,
  minute timestamptz NOT NULL,
  delivered integer NOT NULL,
  PRIMARY KEY (channel, minute)
);
