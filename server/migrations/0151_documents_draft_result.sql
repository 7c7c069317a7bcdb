-- The handling officer's draft of the result document, which the leader reads before approving.
ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
ALTER TABLE documents ADD CONSTRAINT documents_kind_check
  CHECK (kind IN ('form', 'upload', 'result', 'certified_copy', 'draft_result'));
