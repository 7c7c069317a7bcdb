-- Online dossiers received from the national portal: its code → ours, so the same submission
-- sent twice is one dossier (docs: portal-sync.md, "Inbound"), and the names of its files.
CREATE TABLE portal_inbound (
  portal_code text PRIMARY KEY,
  dossier_code text NOT NULL UNIQUE REFERENCES dossiers(code),
  files jsonb NOT NULL DEFAULT '[]'::jsonb,   -- [{component, name, contentType, sha256}]
  received_at timestamptz NOT NULL
);
