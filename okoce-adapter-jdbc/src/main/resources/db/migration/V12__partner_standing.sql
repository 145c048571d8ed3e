-- A partner's standing as a history that is appended to and never rewritten: every status it entered,
-- the day, and the reason. Coverage on a past day is judged on the standing of that day.
CREATE TABLE partner_standing (
    partner_id uuid NOT NULL REFERENCES partners (id),
    seq        integer NOT NULL CHECK (seq >= 0),
    status     text NOT NULL CHECK (status IN ('REGISTERED', 'VALIDATED', 'REJECTED', 'SUSPENDED')),
    on_day     date NOT NULL,
    reason     text CHECK (length(reason) BETWEEN 1 AND 500),
    PRIMARY KEY (partner_id, seq),
    CONSTRAINT partner_standing_starts_registered CHECK (seq > 0 OR status = 'REGISTERED')
);
CREATE TRIGGER partner_standing_append_only BEFORE UPDATE OR DELETE ON partner_standing
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_record();
CREATE TRIGGER partner_standing_not_truncated BEFORE TRUNCATE ON partner_standing
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_the_record();

-- The partners stored before kept only their current status: REGISTERED on the registration day, then
-- (a SUSPENDED partner having been validated before) VALIDATED on that day, then the current status.
INSERT INTO partner_standing (partner_id, seq, status, on_day, reason)
SELECT id, 0, 'REGISTERED', registered_on, NULL FROM partners;
INSERT INTO partner_standing (partner_id, seq, status, on_day, reason)
SELECT id, 1, 'VALIDATED', registered_on, NULL FROM partners WHERE status = 'SUSPENDED';
INSERT INTO partner_standing (partner_id, seq, status, on_day, reason)
SELECT id, CASE WHEN status = 'SUSPENDED' THEN 2 ELSE 1 END, status, status_changed_on, status_reason
FROM partners WHERE status <> 'REGISTERED';
