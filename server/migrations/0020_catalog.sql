-- The procedure catalogue: one row per procedure code, and every version of its content,
-- effective-dated. A dossier keeps the version it was received under (procedure_versions.version).
CREATE TABLE procedures (
  code text PRIMARY KEY,                 -- national procedure code, e.g. 1.001193
  current_version integer NOT NULL,      -- the latest version recorded (may start in the future)
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE procedure_versions (
  code text NOT NULL REFERENCES procedures(code),
  version integer NOT NULL CHECK (version >= 1),
  valid_from timestamptz NOT NULL,       -- in force from this instant until the next version's
  recorded_at timestamptz NOT NULL,
  recorded_by text,
  note text,
  content jsonb NOT NULL,                -- the whole procedure (source of truth)
  content_hash text NOT NULL,            -- sha256 of the canonical content: idempotent imports
  -- Columns copied out of content for search and filters:
  name text NOT NULL,
  name_search text NOT NULL,             -- accent-free, lower-case: name and code
  field text NOT NULL,
  field_search text NOT NULL,
  level text NOT NULL,
  agencies text[] NOT NULL,
  online_level text NOT NULL CHECK (online_level IN ('full','partial','none')),
  full_online_eligible boolean NOT NULL,
  result_is_document boolean NOT NULL,
  duration_value double precision NOT NULL,
  duration_unit text NOT NULL CHECK (duration_unit IN ('working-days','working-hours','days','months','same-day')),
  fees jsonb NOT NULL,
  published_at date,
  PRIMARY KEY (code, version)
);
CREATE INDEX procedure_versions_valid ON procedure_versions (code, valid_from);
CREATE INDEX procedure_versions_search ON procedure_versions (name_search, code);
CREATE INDEX procedure_versions_field ON procedure_versions (field_search);
CREATE INDEX procedure_versions_agencies ON procedure_versions USING gin (agencies);
