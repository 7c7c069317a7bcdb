-- Decision 766/QĐ-TTg service index, live: the read model of dossier records the "what costs
-- points" and forecast views need, and per-agency change marks for the live dashboards.
--
-- qi_dossiers: the latest exchange record of every received dossier, written by the quality
-- index's projector in the dossier's own transaction (and by the full recompute). closed_on is
-- the last Vietnam day of a terminal event (null while none), so the dossiers of handled([F, E])
-- are a superset of: received_on <= E AND (received_on >= F OR closed_on IS NULL OR closed_on >= F).
CREATE TABLE qi_dossiers (
  code text PRIMARY KEY,
  agency_code text NOT NULL,
  procedure_code text NOT NULL,
  received_on date NOT NULL,
  closed_on date,
  record jsonb NOT NULL
);
CREATE INDEX qi_dossiers_agency_received ON qi_dossiers (agency_code, received_on);
CREATE INDEX qi_dossiers_open ON qi_dossiers (agency_code) WHERE closed_on IS NULL;

-- qi_change_marks: one row per agency, bumped in the transaction of every dossier change that
-- touches the agency's figures. Dashboards poll the whole (small) table and compare each seq with
-- the last one seen, so a change is seen once committed whatever the commit order (a watermark on
-- a sequence would miss transactions that commit out of order).
CREATE SEQUENCE qi_change_seq;
CREATE TABLE qi_change_marks (
  agency_code text PRIMARY KEY,
  seq bigint NOT NULL
);
