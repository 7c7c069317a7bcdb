-- The dossier register (Sổ theo dõi hồ sơ, Form 07 of Circular 03/2025/TT-VPCP): every dossier a
-- one-stop unit receives is entered in the unit's book of the year under the next entry number;
-- Form 01 prints the book and the entry (Quyển số, Số thứ tự). Entry numbers are unique within a
-- unit's book; the counter row's lock orders concurrent receptions until commit.
CREATE TABLE register_counters (
  unit_code text NOT NULL,
  book text NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (unit_code, book)
);

CREATE TABLE dossier_register (
  unit_code text NOT NULL,
  book text NOT NULL,
  seq integer NOT NULL CHECK (seq > 0),
  dossier_id uuid NOT NULL UNIQUE REFERENCES dossiers (id),
  entered_at timestamptz NOT NULL,
  PRIMARY KEY (unit_code, book, seq)
);
CREATE INDEX dossier_register_period ON dossier_register (unit_code, entered_at);

-- Dossiers received before the register existed are entered in order of reception, per unit and
-- Vietnam-time year (book "01/yyyy").
INSERT INTO dossier_register (unit_code, book, seq, dossier_id, entered_at)
SELECT receiving_unit, book,
       ROW_NUMBER() OVER (PARTITION BY receiving_unit, book ORDER BY received_at, code)::int,
       id, received_at
  FROM (SELECT id, code, receiving_unit, received_at,
               '01/' || to_char((received_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY') AS book
          FROM dossiers WHERE received_at IS NOT NULL) d;

INSERT INTO register_counters (unit_code, book, last)
SELECT unit_code, book, max(seq) FROM dossier_register GROUP BY unit_code, book;
