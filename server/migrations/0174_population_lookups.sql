-- Look-ups in the national population database: each one audited as a read of personal data
-- with its purpose; the intake that uses the data refers to its look-up (populationDb).
CREATE TABLE population_lookups (
  token text PRIMARY KEY,
  personal_id text NOT NULL CHECK (personal_id ~ '^[0-9]{12}$'),
  purpose text NOT NULL,
  looked_up_by text NOT NULL,
  looked_up_at timestamptz NOT NULL
);
