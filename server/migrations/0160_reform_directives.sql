-- Reform directives and their tasks (reform module): the province's letters, plans and decisions
-- on administrative reform, each task assigned to units, and the units' progress reports.

CREATE TABLE reform_directives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,                      -- number and symbol, e.g. 6187/UBND-KSTT
  kind text NOT NULL CHECK (kind IN ('letter', 'plan', 'decision')),
  issued_on date NOT NULL,
  issuer_code text NOT NULL,                 -- the issuing agency
  signer text NOT NULL,                      -- name and title of the signer
  subject text NOT NULL,
  file_sha256 text,                          -- the signed document in the file store
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  UNIQUE (number, issued_on)
);

-- Each task: a deadline, or a recurring report cycle (reported in each period), or both.
CREATE TABLE reform_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  directive_id uuid NOT NULL REFERENCES reform_directives(id),
  ref text NOT NULL,                         -- the section of the directive, e.g. 1.b
  text text NOT NULL,
  assignees jsonb NOT NULL,                  -- { levels: ['department','commune'], agencies: [...] }
  deadline date,
  cycle text CHECK (cycle IN ('month', 'quarter', 'half', 'year')),
  lead_code text,
  cooperating text[] NOT NULL DEFAULT '{}',
  monitors text[] NOT NULL,
  starts_on date NOT NULL,
  CHECK (deadline IS NOT NULL OR cycle IS NOT NULL),
  UNIQUE (directive_id, ref)
);

-- The assignment resolved to agencies when the task is issued (a unit created later is not
-- assigned retroactively).
CREATE TABLE reform_task_units (
  task_id uuid NOT NULL REFERENCES reform_tasks(id),
  agency_code text NOT NULL,
  PRIMARY KEY (task_id, agency_code)
);
CREATE INDEX reform_task_units_agency ON reform_task_units (agency_code);

CREATE TABLE reform_task_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES reform_tasks(id),
  agency_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('in_progress', 'done', 'blocked')),
  text text NOT NULL,
  evidence text[] NOT NULL DEFAULT '{}',     -- sha256 of files in the file store
  reported_on date NOT NULL,                 -- Vietnam day of the report
  reported_at timestamptz NOT NULL,
  reported_by text NOT NULL,
  FOREIGN KEY (task_id, agency_code) REFERENCES reform_task_units(task_id, agency_code)
);
CREATE INDEX reform_task_reports_unit ON reform_task_reports (task_id, agency_code, reported_on);

-- A late task is flagged once per (task, unit, due day) to the unit's head.
CREATE TABLE reform_task_flags (
  task_id uuid NOT NULL,
  agency_code text NOT NULL,
  due_on date NOT NULL,
  flagged_at timestamptz NOT NULL,
  PRIMARY KEY (task_id, agency_code, due_on)
);
