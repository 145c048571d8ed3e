-- A key is claimed when its request starts (a row without an outcome, uncommitted until the
-- request's transaction commits with its outcome), so a retry arriving meanwhile waits on the
-- primary key instead of doing the work again. Outcomes expire and are deleted by age.
ALTER TABLE idempotency_keys
    ALTER COLUMN fingerprint DROP NOT NULL,
    ALTER COLUMN status DROP NOT NULL,
    ALTER COLUMN body DROP NOT NULL,
    ALTER COLUMN created_at DROP DEFAULT,
    ADD COLUMN version text,
    ADD CONSTRAINT idempotency_keys_outcome CHECK ((status IS NULL) = (body IS NULL) AND (status IS NULL) = (fingerprint IS NULL));
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
