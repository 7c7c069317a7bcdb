-- Deliveries of an issued result beyond the counter: the push to the applicant's personal data
-- store on the national portal (Decree 45/2020/NĐ-CP Art. 16). The delivery runs as a job
-- (retried with backoff); acked_at is set only from the store's acknowledgement.
CREATE TABLE result_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_code text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('personal-store', 'post')),
  result_file text NOT NULL,
  job_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  acked_at timestamptz,
  provider_ref text
);
CREATE INDEX result_deliveries_code_idx ON result_deliveries (dossier_code, created_at);
