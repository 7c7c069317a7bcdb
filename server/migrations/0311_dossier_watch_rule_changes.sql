-- Changes to the counter's warning lines are made by an administrator from the web: each row
-- records why and by whom (the audit log holds the full before/after). The seeded rows have none.
ALTER TABLE dossier_watch_rules ADD COLUMN reason text;
ALTER TABLE dossier_watch_rules ADD COLUMN changed_by text;
ALTER TABLE dossier_watch_rules ADD COLUMN changed_at timestamptz;
