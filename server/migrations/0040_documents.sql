-- Documents attached to dossiers: generated forms (Circular 03/2025/TT-VPCP, Appendix I),
-- uploads, results and certified copies. The bytes live in the SHA-256-addressed file store.
CREATE TABLE documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- References dossiers(id); no foreign key until the dossiers table settles.
  dossier_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('form', 'upload', 'result', 'certified_copy')),
  form_no text CHECK (form_no IN ('01', '02', '03', '04', '05', '06', '07')),
  file_name text,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL,
  size bigint NOT NULL CHECK (size > 0),
  signed boolean NOT NULL DEFAULT false,
  -- Signer's common name and organisation as read from the verified signature.
  signer text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'form') = (form_no IS NOT NULL)),
  CHECK (signed = (signer IS NOT NULL))
);

CREATE INDEX documents_dossier_idx ON documents (dossier_id, created_at);
CREATE INDEX documents_sha256_idx ON documents (sha256);
