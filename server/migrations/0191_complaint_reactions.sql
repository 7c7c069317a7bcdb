-- The complainant's reactions to a published answer, dated, so indicator 5.3 (satisfaction with
-- complaint handling, Decision 766/QĐ-TTg) can be read as things stood at a period's end. A
-- complaint with no row here keeps the reaction stored on it (recorded before this table).
CREATE TABLE complaint_reactions (
  complaint_id uuid NOT NULL REFERENCES complaints(id),
  at timestamptz NOT NULL,
  reaction text NOT NULL CHECK (reaction IN ('like', 'dislike'))
);
CREATE INDEX complaint_reactions_at ON complaint_reactions (complaint_id, at);
