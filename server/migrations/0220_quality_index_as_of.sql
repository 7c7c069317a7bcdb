-- Decision 766/QĐ-TTg index "as things stood at the end of the period" (index-766.md, "Dossier-based
-- indicators, precisely"): a March report reads the same in December.
--
-- qi_dossiers.last_at: the last instant the record moved (its reception, its latest event, or the
-- latest observed change of its facts). A period's figures differ from the rollups (which hold
-- today's records) only through dossiers whose last_at is after the cut-off, so only those are
-- read back and recomputed as they stood then.
ALTER TABLE qi_dossiers ADD COLUMN last_at timestamptz;
UPDATE qi_dossiers SET last_at = GREATEST(
  (record->>'receivedAt')::timestamptz,
  (SELECT max((e->>'at')::timestamptz) FROM jsonb_array_elements(record->'events') AS e));
ALTER TABLE qi_dossiers ALTER COLUMN last_at SET NOT NULL;
CREATE INDEX qi_dossiers_agency_last ON qi_dossiers (agency_code, last_at);

-- qi_dossier_facts: for a dossier whose synchronisation, online payment, electronic result,
-- evaluation, digitisation or appointment date changed in the running system after reception,
-- the facts of its record with the instant of each change ([{at, facts}], in time order). A dossier
-- without a row takes the instants its own events imply (quality-index/as-of.ts). Kept across a
-- full recompute of the rollups: it is history, not a projection.
CREATE TABLE qi_dossier_facts (
  code text PRIMARY KEY,
  history jsonb NOT NULL,
  last_at timestamptz NOT NULL
);
