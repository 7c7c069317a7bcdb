-- The citizen's outgoing calls (notices by e-mail, SMS and Zalo; results pushed to the personal
-- data store; results sent by post) leave through the outbox (platform/outbox.ts) like the
-- national portal's sync: one row per call, channel = the destination, subject = the call's
-- idempotency key (revision 1). The job queue no longer carries them.

-- Each message keeps how often it was tried and the last error, shown beside what it concerns.
ALTER TABLE outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error text;

-- A notice or a result delivery is known by its channel and key (the outbox subject); its
-- delivery state is its outbox message while one exists, then sent_at / acked_at.
ALTER TABLE dossier_notices RENAME COLUMN job_id TO delivery_key;
ALTER TABLE dossier_notices DROP CONSTRAINT dossier_notices_job_id_key;
UPDATE dossier_notices SET delivery_key = substr(delivery_key, length('send:' || channel || ':') + 1)
 WHERE delivery_key LIKE 'send:%';
ALTER TABLE dossier_notices ADD CONSTRAINT dossier_notices_delivery UNIQUE (channel, delivery_key);
ALTER TABLE dossier_notices ADD COLUMN outbox_id bigint;

ALTER TABLE result_deliveries RENAME COLUMN job_id TO delivery_key;
ALTER TABLE result_deliveries DROP CONSTRAINT result_deliveries_job_id_key;
UPDATE result_deliveries SET delivery_key = substr(delivery_key, length('send:' || channel || ':') + 1)
 WHERE delivery_key LIKE 'send:%';
ALTER TABLE result_deliveries ADD CONSTRAINT result_deliveries_delivery UNIQUE (channel, delivery_key);
ALTER TABLE result_deliveries ADD COLUMN outbox_id bigint;

-- The calls still waiting in the job queue move to the outbox (failed ones as dead letters the
-- administrator can read and send again), so there is one way out, and nothing is lost.
INSERT INTO outbox_subjects (channel, subject, revision)
SELECT payload->>'channel', payload->>'key', 1 FROM jobs
 WHERE kind = 'citizen.send' AND status IN ('queued', 'running', 'failed')
ON CONFLICT DO NOTHING;
INSERT INTO outbox (channel, subject, revision, payload, created_at, state, reason, dead_at, attempts, last_error)
SELECT payload->>'channel', payload->>'key', 1,
       payload->'payload', created_at,
       CASE WHEN status = 'failed' THEN 'dead' ELSE 'pending' END,
       CASE WHEN status = 'failed' THEN coalesce(last_error, 'failed') END,
       CASE WHEN status = 'failed' THEN coalesce(finished_at, created_at) END,
       attempts, last_error
  FROM jobs
 WHERE kind = 'citizen.send' AND status IN ('queued', 'running', 'failed')
ON CONFLICT DO NOTHING;
UPDATE jobs SET status = 'done', finished_at = coalesce(finished_at, created_at),
       last_error = 'moved to the outbox'
 WHERE kind = 'citizen.send' AND status IN ('queued', 'running', 'failed');

UPDATE dossier_notices n SET outbox_id = o.id FROM outbox o
 WHERE o.channel = n.channel AND o.subject = n.delivery_key AND n.sent_at IS NULL;
UPDATE result_deliveries r SET outbox_id = o.id FROM outbox o
 WHERE o.channel = r.channel AND o.subject = r.delivery_key AND r.acked_at IS NULL;
CREATE INDEX dossier_notices_outbox ON dossier_notices (outbox_id) WHERE outbox_id IS NOT NULL;
CREATE INDEX result_deliveries_outbox ON result_deliveries (outbox_id) WHERE outbox_id IS NOT NULL;
