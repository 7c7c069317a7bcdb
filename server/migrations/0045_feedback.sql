-- Feedback (feedback module): evaluations of a dossier's handling after its result is returned,
-- and complaints and petitions (phản ánh, kiến nghị — PAKN) with their time-limited steps.

-- One evaluation per dossier (9 criteria × 0–2 points, two satisfaction questions, a reaction).
-- The band is not stored: it is computed from the total with the bands in force (data in code).
CREATE TABLE evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_code text NOT NULL UNIQUE,
  agency_code text NOT NULL,                 -- competent agency of the dossier
  receiving_unit text NOT NULL,              -- one-stop unit that received it
  scores jsonb NOT NULL,                     -- { criterionId: 0 | 1 | 2 } for the 9 criteria
  total smallint NOT NULL CHECK (total BETWEEN 0 AND 18),
  convenience text NOT NULL CHECK (convenience IN ('very-satisfied','satisfied','not-satisfied')),
  overall text NOT NULL CHECK (overall IN ('very-satisfied','satisfied','not-satisfied')),
  reaction text CHECK (reaction IN ('like','dislike')),
  comment text,
  via text NOT NULL CHECK (via IN ('applicant','secret','counter')),
  by_user_id text,                           -- the signed-in applicant or counter officer
  by_name text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  editable_until timestamptz NOT NULL,
  edits integer NOT NULL DEFAULT 0
);
CREATE INDEX evaluations_agency ON evaluations (agency_code, created_at);
CREATE INDEX evaluations_unit ON evaluations (receiving_unit, created_at);

-- The officers who took part in the evaluated dossier (reception, handling steps), for the
-- per-officer summaries; agency_code is the agency they acted for.
CREATE TABLE evaluation_officers (
  evaluation_id uuid NOT NULL REFERENCES evaluations(id),
  officer_id text NOT NULL,
  officer_name text NOT NULL,
  agency_code text NOT NULL,
  PRIMARY KEY (evaluation_id, officer_id, agency_code)
);
CREATE INDEX evaluation_officers_officer ON evaluation_officers (officer_id);

CREATE TABLE complaints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,                 -- PAKN-yyMMdd-XXXXXX, printed for the complainant
  secret_hash text NOT NULL,                 -- sha256 of the look-up secret given once at receipt
  dossier_code text,
  agency_code text,                          -- responsible agency (null until routed)
  class text NOT NULL CHECK (class IN ('regulation','behaviour')),
  classified_at timestamptz,                 -- null: class as proposed by the complainant
  state text NOT NULL,
  title text,
  content text NOT NULL,
  complainant jsonb NOT NULL,                -- personal data: reading it is audited
  received_at timestamptz NOT NULL,
  refuse_reason text,
  info_requests jsonb NOT NULL DEFAULT '[]'::jsonb,  -- [{ at, text, answeredAt?, answer? }]
  answer text,
  public_question text,                      -- the question as published (personal data removed)
  complainant_reaction text CHECK (complainant_reaction IN ('like','dislike')),
  likes integer NOT NULL DEFAULT 0,
  dislikes integer NOT NULL DEFAULT 0,
  raised_again_unsatisfied boolean NOT NULL DEFAULT false,
  parent_code text,                          -- the complaint this one raises again
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX complaints_agency ON complaints (agency_code, received_at);
CREATE INDEX complaints_dossier ON complaints (dossier_code);
CREATE INDEX complaints_state ON complaints (state, received_at);

-- The four time-limited steps of a complaint: due and done instants, on-time flag when done.
CREATE TABLE complaint_steps (
  complaint_id uuid NOT NULL REFERENCES complaints(id),
  step text NOT NULL CHECK (step IN ('refuse','info-request','answer','publish')),
  due_at timestamptz NOT NULL,
  done_at timestamptz,
  on_time boolean,
  PRIMARY KEY (complaint_id, step)
);
