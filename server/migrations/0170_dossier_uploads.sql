-- Files uploaded for a dossier not yet created (online submission, scans at the counter): the
-- bytes passed the content-checked file store; this row keeps what the check found, so intake
-- attaches only files that really went through it.
CREATE TABLE dossier_uploads (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL,
  size bigint NOT NULL CHECK (size > 0),
  file_name text NOT NULL,
  uploaded_at timestamptz NOT NULL
);
