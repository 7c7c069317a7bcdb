-- Inspections of administrative reform (kiểm tra CCHC): the yearly plan of periodic and
-- unannounced inspections, what each found and concluded. The remediation items of a conclusion
-- are tasks of the conclusion notice, recorded as a directive of kind 'conclusion', so the units
-- report on them, the monitor follows them and overdue items are flagged like any task.

ALTER TABLE reform_directives DROP CONSTRAINT reform_directives_kind_check;
ALTER TABLE reform_directives ADD CONSTRAINT reform_directives_kind_check
  CHECK (kind IN ('letter', 'plan', 'decision', 'conclusion'));

CREATE TABLE reform_inspections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  kind text NOT NULL CHECK (kind IN ('periodic', 'unannounced')),
  target_code text NOT NULL,                 -- the inspected department or commune
  inspector_code text NOT NULL,              -- the inspecting office (e.g. Home Affairs)
  team text[] NOT NULL,                      -- members of the inspection team, head first
  scope text NOT NULL,
  planned_on date NOT NULL,
  stage text NOT NULL CHECK (stage IN ('planned', 'carried_out', 'concluded')),
  carried_on date,
  findings jsonb NOT NULL DEFAULT '[]',      -- [{ area, text }]
  conclusion text,
  conclusion_id uuid REFERENCES reform_directives(id),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  CHECK (stage = 'planned' OR carried_on IS NOT NULL),
  CHECK (stage <> 'concluded' OR conclusion_id IS NOT NULL)
);
CREATE INDEX reform_inspections_year ON reform_inspections (year, planned_on);
CREATE INDEX reform_inspections_target ON reform_inspections (target_code);
