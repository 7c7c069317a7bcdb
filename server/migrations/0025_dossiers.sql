-- Dossiers (hồ sơ TTHC): the projection row, its append-only events, the hand-overs between
-- internal steps, the clock pauses, and the per-unit daily counters behind dossier codes.

-- {receiving unit}-{yyMMdd}-{NNNN}: one counter per unit and Vietnam date (Circular 03/2025/TT-VPCP).
CREATE TABLE dossier_counters (
  unit_code text NOT NULL,
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (unit_code, day)
);

CREATE TABLE dossiers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,                 -- [MaHoSo]; never changes
  procedure_code text NOT NULL,              -- [MaTTHC]
  procedure_version integer,                 -- the catalogue version the dossier was received under
  agency_code text NOT NULL,                 -- competent agency
  receiving_unit text NOT NULL,              -- one-stop unit that received it (code prefix)
  channel smallint NOT NULL CHECK (channel IN (1,2,3)),
  applicant jsonb,                           -- personal data: reading it is audited
  status smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
  state text NOT NULL,                       -- finer internal state (rules.ts)
  resume_state text,                         -- state to go back to after a supplement / payment
  submitted_at timestamptz NOT NULL,
  received_at timestamptz,
  due_at timestamptz,
  finished_at timestamptz,
  paused_minutes double precision NOT NULL DEFAULT 0,
  current_step integer,
  supplement_requests smallint NOT NULL DEFAULT 0,
  completion_requests smallint NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  event_seq integer NOT NULL DEFAULT 0,
  paid_online smallint NOT NULL DEFAULT 0 CHECK (paid_online IN (0,1,2)),
  vneid_verified boolean NOT NULL DEFAULT false,
  population_db boolean NOT NULL DEFAULT false,
  synced_to_portal boolean NOT NULL DEFAULT false,
  full_online boolean NOT NULL DEFAULT false,
  result_code text,
  result_file text,                          -- sha256 of the stored file, or the portal's link
  result_pushed boolean NOT NULL DEFAULT false,
  components jsonb NOT NULL DEFAULT '[]'::jsonb,
  fees jsonb NOT NULL DEFAULT '[]'::jsonb,
  form_data jsonb NOT NULL DEFAULT '{}'::jsonb,
  feedback jsonb NOT NULL DEFAULT '{"complaint":false,"reaction":null}'::jsonb,
  secret text NOT NULL,                      -- public look-up key printed on the receipt
  updated_at timestamptz NOT NULL,
  -- Work-queue order: due soonest first, undated last.
  sort_due timestamptz GENERATED ALWAYS AS (COALESCE(due_at, 'infinity'::timestamptz)) STORED
);
CREATE INDEX dossiers_agency_queue ON dossiers (agency_code, sort_due, code);
CREATE INDEX dossiers_unit_queue ON dossiers (receiving_unit, sort_due, code);
CREATE INDEX dossiers_queue ON dossiers (sort_due, code);
CREATE INDEX dossiers_updated ON dossiers (updated_at, code);

CREATE TABLE dossier_events (
  dossier_id uuid NOT NULL REFERENCES dossiers(id),
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor_id text,
  actor_name text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (dossier_id, seq)
);

CREATE FUNCTION dossier_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_events is append-only (nhật ký hồ sơ chỉ được ghi thêm)';
END;
$$;
CREATE TRIGGER dossier_events_no_update BEFORE UPDATE OR DELETE ON dossier_events
  FOR EACH ROW EXECUTE FUNCTION dossier_events_append_only();

-- Hand-overs between the steps of the procedure's internal process (control sheet, Form 06).
CREATE TABLE dossier_steps (
  dossier_id uuid NOT NULL REFERENCES dossiers(id),
  seq integer NOT NULL,                      -- hand-over number (a step may be redone)
  step_index integer NOT NULL,
  name text NOT NULL,
  role text NOT NULL,
  agency_code text,                          -- another agency for an inter-agency step
  quota_hours double precision NOT NULL,
  assignee_id text,
  assignee_name text,
  handed_by text,
  received_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  done_at timestamptz,
  result text CHECK (result IN ('early','on-time','late')),
  note text,
  PRIMARY KEY (dossier_id, seq)
);

CREATE TABLE dossier_pauses (
  dossier_id uuid NOT NULL REFERENCES dossiers(id),
  seq integer NOT NULL,
  reason text NOT NULL,                      -- 'supplement' | 'payment'
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  working_minutes double precision,
  PRIMARY KEY (dossier_id, seq)
);
