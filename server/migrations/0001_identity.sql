-- Agencies (the organisation tree), users, roles per agency and sessions.
CREATE TABLE agencies (
  code text PRIMARY KEY,                 -- electronic identifier code, e.g. H58.27
  name text NOT NULL,
  parent_code text REFERENCES agencies(code),
  level text NOT NULL CHECK (level IN ('province','department','commune','center','vertical')),
  valid_from date NOT NULL DEFAULT DATE '2000-01-01',
  valid_to date,                         -- set when the agency ceased (merged or dissolved)
  merged_into text REFERENCES agencies(code),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agencies_parent ON agencies (parent_code);

-- Every rename, move, merge or creation, effective-dated: the history a merged agency keeps.
CREATE TABLE agency_history (
  id bigserial PRIMARY KEY,
  code text NOT NULL REFERENCES agencies(code),
  change text NOT NULL CHECK (change IN ('created','renamed','moved','merged','dissolved')),
  effective_on date NOT NULL,
  old_value text,
  new_value text,
  legal_basis text,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_history_code ON agency_history (code);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  full_name text NOT NULL,
  email text,
  phone text,
  id_number text,                        -- citizen identity number (personal data)
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users(id),
  role text NOT NULL,
  agency_code text NOT NULL REFERENCES agencies(code),
  PRIMARY KEY (user_id, role, agency_code)
);
CREATE INDEX user_roles_agency ON user_roles (agency_code);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,           -- sha256 of the cookie value; the value itself is never stored
  user_id uuid NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  active_agency text,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);
