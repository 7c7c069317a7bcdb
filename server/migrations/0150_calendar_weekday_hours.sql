-- Office hours that differ by weekday (a centre open on Saturday mornings): the sessions of the
-- weekdays that do not follow the normal ones, [{"weekday": 6, "sessions": [{"start": 420, "end": 690}]}].
ALTER TABLE calendar_office_hours ADD COLUMN weekday_sessions jsonb;
