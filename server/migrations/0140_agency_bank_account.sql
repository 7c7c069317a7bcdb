-- Where an agency collects fees (sync-record.md, Agency: "bankAccount"): the bank's BIN, the
-- account number and its name, as {"bin", "number", "name"}; null when not known.
ALTER TABLE agencies ADD COLUMN IF NOT EXISTS bank_account jsonb;
