-- Hand-over by pick-list: who actually did each step (the control sheet, Form 06, names every
-- actor, a system step as the system), and each officer's inbox of open steps assigned to them.
ALTER TABLE dossier_steps ADD COLUMN done_by text;
ALTER TABLE dossier_steps ADD COLUMN done_by_id text;

-- "Hồ sơ của tôi": the open steps assigned to one person, soonest due first.
CREATE INDEX dossier_steps_inbox ON dossier_steps (assignee_id, due_at) WHERE done_at IS NULL;
