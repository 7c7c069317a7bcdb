-- Working-time calendar (calendar module): days off / make-up working days per year and office
-- hours per agency, effective-dated. Nothing is ever deleted or edited in place: every change
-- takes the next calendar version; a row is in force at version V when
--   version <= V AND (removed_version IS NULL OR removed_version > V),
-- so a deadline computed earlier can be recomputed and explained with the version it used.
CREATE TABLE calendar_versions (
  version integer PRIMARY KEY CHECK (version > 0),
  summary text NOT NULL,
  created_by text NOT NULL,              -- user id, or 'system'
  created_at timestamptz NOT NULL
);

-- Years whose days are held in the database (from `version` on); other years use the statutory
-- proposal computed by the code (provisional).
CREATE TABLE calendar_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
  version integer NOT NULL REFERENCES calendar_versions(version),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE calendar_days (
  id bigserial PRIMARY KEY,
  day date NOT NULL,
  year integer NOT NULL REFERENCES calendar_years(year),
  kind text NOT NULL CHECK (kind IN ('day-off','working-day')),
  name_vi text NOT NULL,
  name_en text NOT NULL,
  basis text NOT NULL,                   -- legal basis, e.g. 'Labour Code 2019 Art. 112(1)(b), (3)'
  origin text NOT NULL CHECK (origin IN ('official','assumed','statutory')),
  note text,
  notice_number text,                    -- e.g. '9441/TB-BNV'
  notice_date date,
  notice_title text,
  status text NOT NULL CHECK (status IN ('provisional','confirmed')),
  version integer NOT NULL REFERENCES calendar_versions(version),
  removed_version integer REFERENCES calendar_versions(version),
  replaces_id bigint REFERENCES calendar_days(id),  -- the row this one supersedes (confirmation)
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  removed_by text,
  removed_at timestamptz,
  CHECK (year = EXTRACT(YEAR FROM day)::integer),
  CHECK (removed_version IS NULL OR removed_version >= version),
  CHECK ((removed_version IS NULL) = (removed_at IS NULL))
);
CREATE UNIQUE INDEX calendar_days_one_live ON calendar_days (day) WHERE removed_version IS NULL;
CREATE INDEX calendar_days_year ON calendar_days (year, day);

-- Office hours per agency (NULL agency_code: the province default), effective from valid_from.
CREATE TABLE calendar_office_hours (
  id bigserial PRIMARY KEY,
  agency_code text REFERENCES agencies(code),
  valid_from date NOT NULL,
  sessions jsonb NOT NULL,               -- [{"start": 420, "end": 690}, …] minutes after midnight, UTC+7
  weekdays integer[] NOT NULL,           -- ISO weekdays worked, 1 = Monday … 7 = Sunday
  same_day_cutoff integer NOT NULL DEFAULT 900 CHECK (same_day_cutoff BETWEEN 0 AND 1440),
  version integer NOT NULL REFERENCES calendar_versions(version),
  removed_version integer REFERENCES calendar_versions(version),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  removed_by text,
  removed_at timestamptz,
  CHECK (removed_version IS NULL OR removed_version >= version),
  CHECK ((removed_version IS NULL) = (removed_at IS NULL))
);
CREATE UNIQUE INDEX calendar_office_hours_one_live
  ON calendar_office_hours (COALESCE(agency_code, ''), valid_from) WHERE removed_version IS NULL;

CREATE FUNCTION calendar_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'calendar history is never deleted (lịch sử lịch làm việc không được xoá); mark removed_version instead';
END;
$$;
CREATE TRIGGER calendar_days_no_delete BEFORE DELETE ON calendar_days
  FOR EACH ROW EXECUTE FUNCTION calendar_no_delete();
CREATE TRIGGER calendar_office_hours_no_delete BEFORE DELETE ON calendar_office_hours
  FOR EACH ROW EXECUTE FUNCTION calendar_no_delete();
CREATE TRIGGER calendar_versions_no_delete BEFORE DELETE ON calendar_versions
  FOR EACH ROW EXECUTE FUNCTION calendar_no_delete();
