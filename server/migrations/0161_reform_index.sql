-- The reform index (Chỉ số cải cách hành chính) of departments and communes: the criteria and
-- deduction rules issued per year (as data), each unit's self-assessment, the Home Affairs
-- appraisal, the unit's one response, and the computed results with their ranking.

CREATE TABLE reform_index_sets (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL,
  areas jsonb NOT NULL,                      -- areas → criteria → sub-criteria (see criteria.ts)
  rules jsonb NOT NULL,                      -- deduction rules (condition, effect, period)
  issued_at timestamptz NOT NULL,
  issued_by text NOT NULL
);

-- One assessment per unit and year; stage moves forward only.
CREATE TABLE reform_assessments (
  year integer NOT NULL REFERENCES reform_index_sets(year),
  agency_code text NOT NULL,
  stage text NOT NULL CHECK (stage IN ('draft', 'submitted', 'appraised', 'responded', 'final')),
  submitted_at timestamptz,
  appraised_at timestamptz,
  responded_at timestamptz,
  finalized_at timestamptz,
  PRIMARY KEY (year, agency_code)
);

CREATE TABLE reform_scores (
  year integer NOT NULL,
  agency_code text NOT NULL,
  sub_code text NOT NULL,
  self_score numeric,
  self_note text,
  evidence text[] NOT NULL DEFAULT '{}',     -- sha256 of files in the file store
  appraised_score numeric,
  appraisal_reason text,
  response text,
  final_score numeric,
  final_reason text,
  PRIMARY KEY (year, agency_code, sub_code),
  FOREIGN KEY (year, agency_code) REFERENCES reform_assessments(year, agency_code)
);

-- The computed result of each unit: the total, the areas, the system figures used, the deductions
-- applied with their computation, and the rank among the units of its level.
CREATE TABLE reform_results (
  year integer NOT NULL,
  agency_code text NOT NULL,
  level text NOT NULL,
  total numeric NOT NULL,
  detail jsonb NOT NULL,
  rank integer NOT NULL,
  computed_at timestamptz NOT NULL,
  PRIMARY KEY (year, agency_code)
);
