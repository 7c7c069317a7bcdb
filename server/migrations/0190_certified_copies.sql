-- The register of copies certified from originals (Sổ chứng thực bản sao từ bản chính, Decree
-- 23/2015/NĐ-CP Art. 13; electronic copies: Decree 45/2020/NĐ-CP Art. 9). One register per
-- certifying agency and year; numbers run from 1 in each (no gaps, no repeats).
CREATE TABLE certified_copy_registers (
  agency_code text NOT NULL REFERENCES agencies(code),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  last_number integer NOT NULL,
  PRIMARY KEY (agency_code, year)
);

CREATE TABLE certified_copies (
  id bigserial PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies(code),
  year integer NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  certified_at timestamptz NOT NULL,
  requester_name text NOT NULL,
  document_name text NOT NULL,
  pages integer NOT NULL CHECK (pages > 0),
  copies integer NOT NULL CHECK (copies > 0),
  electronic boolean NOT NULL,
  -- The signed electronic copy in the file store (SHA-256 of its bytes); the scan it was made from.
  file_sha256 text,
  original_sha256 text,
  dossier_code text,
  fee bigint NOT NULL DEFAULT 0 CHECK (fee >= 0),
  performed_by text NOT NULL,
  signer_name text NOT NULL,
  signer_title text NOT NULL,
  UNIQUE (agency_code, year, number),
  CHECK (NOT electronic OR file_sha256 IS NOT NULL)
);
CREATE INDEX certified_copies_agency_at ON certified_copies (agency_code, certified_at);
