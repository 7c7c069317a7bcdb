-- Online payment of fees (Decree 118/2025/NĐ-CP; Decision 766/QĐ-TTg indicator 3.6).
-- The collecting account of an agency (a department or commune may collect for itself; otherwise
-- the nearest agency above it that has an account collects).
CREATE TABLE payment_accounts (
  agency_code text PRIMARY KEY,
  bank_bin text NOT NULL CHECK (bank_bin ~ '^[0-9]{6}$'),
  account_no text NOT NULL CHECK (account_no ~ '^[0-9A-Za-z]{1,19}$'),
  account_name text NOT NULL,
  bank_name text NOT NULL
);

-- One attempt to pay a dossier's fees through the payment gateway; paid once, whatever the
-- number of callbacks.
CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE,
  dossier_id text NOT NULL,
  dossier_code text NOT NULL,
  agency_code text NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'failed')),
  response_code text,
  transaction_no text,
  bank_code text,
  created_at timestamptz NOT NULL,
  paid_at timestamptz,
  CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX payments_dossier_idx ON payments (dossier_code);
CREATE INDEX payments_paid_idx ON payments (agency_code, paid_at) WHERE status = 'paid';
