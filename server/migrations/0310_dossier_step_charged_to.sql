-- A step's time may be charged to another agency than the one that held it: the steps of a
-- dossier routed to an agency without competence count against the receiving unit that misrouted
-- it (docs/rules/rerouting-after-reception.md). NULL: the agency that held it.
ALTER TABLE dossier_steps ADD COLUMN charged_to text;
