-- Inter-agency hand-off: the agency a step is handed to acknowledges it (who, when) before
-- handling it; the control sheet shows the acknowledgement.
ALTER TABLE dossier_steps ADD COLUMN acknowledged_at timestamptz;
ALTER TABLE dossier_steps ADD COLUMN acknowledged_by text;
