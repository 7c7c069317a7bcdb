-- The audit chain without a global lock: a writer appends its record with the next value of the
-- sequence and no hash, in its own transaction; the sealer (server/modules/audit/seal.ts) links
-- committed records in sequence order after commit, writing prev_hash and hash once.
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;

-- Records written before this migration took max(seq)+1 under a lock, not the sequence.
SELECT setval(pg_get_serial_sequence('audit_log', 'seq'),
  COALESCE((SELECT max(seq) FROM audit_log), 0) + 1, false);

-- The writer's transaction has an id before it draws its number: the sealer's horizon (every
-- number drawn before it is final once the transactions then in progress have ended) relies on it.
CREATE FUNCTION audit_next_seq() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_current_xact_id();
  RETURN nextval(pg_get_serial_sequence('audit_log', 'seq'));
END;
$$;
ALTER TABLE audit_log ALTER COLUMN seq SET DEFAULT audit_next_seq();

-- The records the sealer has still to link.
CREATE INDEX audit_log_unsealed ON audit_log (seq) WHERE hash IS NULL;

-- Content is never changed and nothing is deleted; the one UPDATE allowed is the seal itself:
-- prev_hash and hash written once, on a record that had none, every other column unchanged.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND OLD.prev_hash IS NULL
     AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
     AND (NEW.seq, NEW.at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.subject_type,
          NEW.subject_id, NEW.agency_code, NEW.ip, NEW.request_id, NEW.details)
         IS NOT DISTINCT FROM
         (OLD.seq, OLD.at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.subject_type,
          OLD.subject_id, OLD.agency_code, OLD.ip, OLD.request_id, OLD.details) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (nhật ký kiểm toán chỉ được ghi thêm)';
END;
$$;
-- TRUNCATE skips row triggers: refuse it with a statement trigger (the database role that runs
-- the application gets no TRUNCATE right either: `motcua db harden`).
CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (nhật ký kiểm toán chỉ được ghi thêm)';
END;
$$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();
