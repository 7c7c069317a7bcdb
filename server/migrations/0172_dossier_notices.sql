-- Notices sent to applicants (received, complete your dossier, fee due, result ready, apology,
-- complaint answered) on the channels they chose; the delivery runs as a job (retried with
-- backoff), whose state is the notice's delivery status.
CREATE TABLE dossier_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_code text NOT NULL,
  kind text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'zalo')),
  lang text NOT NULL CHECK (lang IN ('vi', 'en')),
  job_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  provider_id text
);
CREATE INDEX dossier_notices_code_idx ON dossier_notices (dossier_code, created_at);
