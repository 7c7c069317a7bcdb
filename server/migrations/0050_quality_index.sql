-- Decision 766/QĐ-TTg service index: additive rollups of dossier contributions, so the index of
-- any unit (set of agencies) and any period of whole days is summed without reading dossiers.
-- Each dossier change adds (new contribution − old contribution) in the dossier's transaction.
--
-- qi_rollup: counters per (agency, procedure, bucket). grain 'd' = one Vietnam day, 'm' = the
-- month starting at day, 'y' = the year starting at day; every delta is added at all three grains.
-- Range counters are summed over the buckets covering [from, to]; the *_open (state) counters
-- over all buckets up to "to".
CREATE TABLE qi_rollup (
  agency_code text NOT NULL,
  procedure_code text NOT NULL,
  grain text NOT NULL CHECK (grain IN ('d', 'm', 'y')),
  day date NOT NULL,
  received bigint NOT NULL DEFAULT 0,
  synced bigint NOT NULL DEFAULT 0,
  online33 bigint NOT NULL DEFAULT 0,
  full_eligible bigint NOT NULL DEFAULT 0,
  full_online bigint NOT NULL DEFAULT 0,
  fee36_den bigint NOT NULL DEFAULT 0,
  fee36_num bigint NOT NULL DEFAULT 0,
  res41_den bigint NOT NULL DEFAULT 0,
  res41_num bigint NOT NULL DEFAULT 0,
  digitised42 bigint NOT NULL DEFAULT 0,
  reuse43 bigint NOT NULL DEFAULT 0,
  personal44 bigint NOT NULL DEFAULT 0,
  population45b bigint NOT NULL DEFAULT 0,
  finished22 bigint NOT NULL DEFAULT 0,
  handling22 bigint NOT NULL DEFAULT 0,
  fee_proc bigint NOT NULL DEFAULT 0,
  fee_proc_paid bigint NOT NULL DEFAULT 0,
  individual_proc bigint NOT NULL DEFAULT 0,
  individual_proc_pop bigint NOT NULL DEFAULT 0,
  online_dossier bigint NOT NULL DEFAULT 0,
  h21 bigint NOT NULL DEFAULT 0,
  ot21 bigint NOT NULL DEFAULT 0,
  fb54 bigint NOT NULL DEFAULT 0,
  h21_open bigint NOT NULL DEFAULT 0,
  ot21_open bigint NOT NULL DEFAULT 0,
  fb54_open bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, procedure_code, grain, day)
);
CREATE INDEX qi_rollup_bucket ON qi_rollup (grain, day, agency_code);
CREATE INDEX qi_rollup_open ON qi_rollup (grain, day, agency_code)
  WHERE h21_open <> 0 OR ot21_open <> 0 OR fb54_open <> 0;

-- qi_rollup_pair: rare 2.1 facts counted when day >= from AND day2 <= to (a finished dossier
-- whose on-time state changed after it finished, e.g. a late second supplement request).
CREATE TABLE qi_rollup_pair (
  agency_code text NOT NULL,
  procedure_code text NOT NULL,
  day date NOT NULL,
  day2 date NOT NULL,
  h21 bigint NOT NULL DEFAULT 0,
  ot21 bigint NOT NULL DEFAULT 0,
  fb54 bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, procedure_code, day, day2)
);
CREATE INDEX qi_rollup_pair_day ON qi_rollup_pair (day, agency_code);

-- qi_rollup_state: the *_open counters again, per agency without the procedure, so the
-- all-history prefix of a unit's state is summed from few rows (the per-procedure copy stays in
-- qi_rollup for procedure-level units).
CREATE TABLE qi_rollup_state (
  agency_code text NOT NULL,
  grain text NOT NULL CHECK (grain IN ('d', 'm', 'y')),
  day date NOT NULL,
  h21_open bigint NOT NULL DEFAULT 0,
  ot21_open bigint NOT NULL DEFAULT 0,
  fb54_open bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_code, grain, day)
);
CREATE INDEX qi_rollup_state_bucket ON qi_rollup_state (grain, day, agency_code);
