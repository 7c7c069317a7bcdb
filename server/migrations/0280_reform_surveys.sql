-- Satisfaction surveys of applicants (khảo sát sự hài lòng, SIPAS-style) and the external indices
-- the province is scored on (reform spec, "Survey component" and "External indices").
-- Anonymity: an invitation knows its dossier (to send the link once) but only a hash of its
-- token and whether it was used; an answer knows its survey and unit, never its invitation, and
-- carries no instant, so no answer can be joined back to a person.

CREATE TABLE reform_surveys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL,
  period_from date NOT NULL,                 -- dossiers finished in [period_from, period_to]
  period_to date NOT NULL,
  units text[] NOT NULL,                     -- the departments and communes surveyed
  questions jsonb NOT NULL,                  -- the questionnaire: [{ id, text: {vi,en}, scale }]
  sample_per_unit integer NOT NULL CHECK (sample_per_unit BETWEEN 1 AND 100000),
  closes_on date NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  CHECK (period_from <= period_to)
);
CREATE INDEX reform_surveys_year ON reform_surveys (year);

CREATE TABLE reform_survey_invitations (
  survey_id uuid NOT NULL REFERENCES reform_surveys(id),
  dossier_code text NOT NULL,
  unit_code text NOT NULL,
  token_hash text NOT NULL UNIQUE,           -- sha256 of the single-use token; the token is never stored
  used boolean NOT NULL DEFAULT false,
  invited_at timestamptz NOT NULL,
  PRIMARY KEY (survey_id, dossier_code)
);

CREATE TABLE reform_survey_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL REFERENCES reform_surveys(id),
  unit_code text NOT NULL,
  answers jsonb NOT NULL,                    -- { questionId: score }
  comment text
);
CREATE INDEX reform_survey_answers_survey ON reform_survey_answers (survey_id, unit_code);

CREATE TABLE reform_external_indices (
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  index_code text NOT NULL CHECK (index_code IN ('PAR_INDEX', 'SIPAS', 'PAPI', 'DTI')),
  score numeric NOT NULL,
  max_score numeric,
  rank integer,
  of_count integer,
  source text NOT NULL,                      -- the publishing decision or report
  entered_at timestamptz NOT NULL,
  entered_by text NOT NULL,
  PRIMARY KEY (year, index_code)
);
