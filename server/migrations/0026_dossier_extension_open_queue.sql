-- The new appointment of a late dossier after the head's signed apology (Form 04), set once
-- (Decree 118/2025/NĐ-CP; dossier-lifecycle.md "Late dossiers"). due_at keeps the original
-- appointment: the service index (Decision 766, indicator 2.1) still judges against it.
ALTER TABLE dossiers ADD COLUMN extended_due_at timestamptz;

-- The officers' work queue lists open dossiers (submitted, received, in progress, waiting for a
-- supplement or a payment) due soonest first. Finished dossiers pile up year after year ahead of
-- them in (agency, due) order; these partial indexes keep the open queue one short index range.
CREATE INDEX dossiers_open_agency_queue ON dossiers (agency_code, sort_due, code)
  WHERE status IN (1, 2, 4, 5, 6);
CREATE INDEX dossiers_open_unit_queue ON dossiers (receiving_unit, sort_due, code)
  WHERE status IN (1, 2, 4, 5, 6);
