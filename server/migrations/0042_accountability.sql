-- Accountability for late dossiers (accountability module): warnings before and after a due
-- moment, in-app notifications, explanations and Form 04 apologies with the new date set once,
-- and the per-dossier facts behind the compliance view and the public figures.

-- The facts of each dossier this module needs, kept by a projector in the transaction of every
-- dossier change (the dossiers table stays the dossiers module's own).
CREATE TABLE acc_dossiers (
  dossier_id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  agency_code text NOT NULL,
  receiving_unit text NOT NULL,
  procedure_code text NOT NULL,
  received_at timestamptz,
  due_at timestamptz,                        -- the original appointment: the index judges by it
  end_at timestamptz,                        -- end of handling (index-766.md), null while open
  status smallint NOT NULL,
  supplement_requests smallint NOT NULL DEFAULT 0,
  version integer NOT NULL
);
CREATE INDEX acc_dossiers_agency_due ON acc_dossiers (agency_code, due_at);
CREATE INDEX acc_dossiers_agency_end ON acc_dossiers (agency_code, end_at);

-- Warning moments: one row per dossier target ('dossier', 'extension', 'step:<seq>') and
-- threshold, precomputed with the calendar when the dossier changes. The sweep reads only the
-- unsent rows whose moment has come (partial index); sent_at is set once, never reset, so a
-- notification is never sent twice for the same (dossier, target, threshold).
CREATE TABLE late_warnings (
  dossier_id uuid NOT NULL,
  target text NOT NULL,
  threshold text NOT NULL,
  severity smallint NOT NULL,
  warn_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  dossier_code text NOT NULL,
  step_name text,
  officer_id text,                           -- the step's assignee, when known
  officer_role text,                         -- otherwise the role of the step at officer_agency
  officer_agency text,
  leader_agency text NOT NULL,               -- the leaders of this agency are told too
  sent_at timestamptz,
  suppressed boolean NOT NULL DEFAULT false, -- passed together with a more severe threshold
  PRIMARY KEY (dossier_id, target, threshold)
);
CREATE INDEX late_warnings_pending ON late_warnings (warn_at) WHERE sent_at IS NULL;

-- In-app notifications: to a user, to a role in an agency, or to the applicant on the dossier's
-- channel (delivered by the channel's integration; shown in the public look-up).
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  audience text NOT NULL CHECK (audience IN ('user', 'role', 'applicant')),
  user_id text,
  role text,
  agency_code text,
  channel smallint,
  dossier_code text NOT NULL,
  kind text NOT NULL,                        -- warning | late | apology
  threshold text,
  message_vi text NOT NULL,
  message_en text NOT NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz,                       -- for audience 'user'
  CHECK ((audience = 'user') = (user_id IS NOT NULL)),
  CHECK ((audience = 'role') = (role IS NOT NULL AND agency_code IS NOT NULL))
);
CREATE INDEX notifications_user ON notifications (user_id, created_at) WHERE user_id IS NOT NULL;
CREATE INDEX notifications_role ON notifications (role, agency_code, created_at) WHERE role IS NOT NULL;
CREATE INDEX notifications_dossier ON notifications (dossier_code);

-- Reading a role-addressed notification is per user.
CREATE TABLE notification_reads (
  notification_id uuid NOT NULL REFERENCES notifications(id),
  user_id text NOT NULL,
  read_at timestamptz NOT NULL,
  PRIMARY KEY (notification_id, user_id)
);

-- The explanation (báo cáo giải trình) and the apology with the extension (Form 04): one per
-- dossier; the new date is set once, when the head signs (status 'signed').
CREATE TABLE late_explanations (
  dossier_id uuid PRIMARY KEY,
  dossier_code text NOT NULL UNIQUE,
  agency_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('drafted', 'signed')),
  reason text NOT NULL,
  responsible_step integer,                  -- hand-over seq (control sheet)
  responsible_step_name text,
  responsible_name text NOT NULL,
  original_due_at timestamptz NOT NULL,
  proposed_due_at timestamptz NOT NULL,
  drafted_by text NOT NULL,
  drafted_by_name text NOT NULL,
  drafted_at timestamptz NOT NULL,
  draft_sha256 text,                         -- Form 04 drafted by the system, unsigned
  new_due_at timestamptz,                    -- the new appointment, set once
  signed_sha256 text,
  signed_by text,
  signed_by_name text,
  signed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'signed') = (new_due_at IS NOT NULL AND signed_sha256 IS NOT NULL))
);
CREATE INDEX late_explanations_agency ON late_explanations (agency_code, status);

-- Signing identities per agency. DEMO ONLY when demo = true: a self-signed certificate made on
-- first use; a province signs with its CA-issued certificates (USB token or remote signing).
CREATE TABLE acc_signing_identities (
  agency_code text PRIMARY KEY,
  demo boolean NOT NULL,
  p12 bytea NOT NULL,
  cert_pem text NOT NULL,
  created_at timestamptz NOT NULL
);
