-- Periodic reform reports (báo cáo định kỳ CCHC): the text a unit edited for a period. The figures
-- and the task progress are not stored: each draft and export reads them from the system anew.
CREATE TABLE reform_reports (
  agency_code text NOT NULL,
  period text NOT NULL,                      -- 2026-Q1, 2026-H1, 2026
  number text NOT NULL,                      -- number and symbol, e.g. 15/BC-UBND
  place text NOT NULL,
  signer jsonb NOT NULL,                     -- { authority?, position, name }
  recipients text[] NOT NULL,
  sections jsonb NOT NULL,                   -- { results, shortcomings, plans, proposals }
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  PRIMARY KEY (agency_code, period)
);
