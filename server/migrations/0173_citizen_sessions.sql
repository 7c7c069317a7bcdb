-- Citizens signed in with the national identity (VNeID, OpenID Connect): the pending sign-ins
-- (state, nonce, PKCE verifier; used once) and the sessions (the token's SHA-256 only).
CREATE TABLE citizen_logins (
  state text PRIMARY KEY,
  nonce text NOT NULL,
  verifier text NOT NULL,
  return_to text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE citizen_sessions (
  token_hash text PRIMARY KEY,
  subject text NOT NULL,
  personal_id text NOT NULL CHECK (personal_id ~ '^[0-9]{12}$'),
  name text NOT NULL,
  birthdate text,
  phone text,
  email text,
  address text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX citizen_sessions_expiry_idx ON citizen_sessions (expires_at);
