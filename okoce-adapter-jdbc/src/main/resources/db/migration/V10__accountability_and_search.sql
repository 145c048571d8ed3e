-- Members you can find, correct and account for.
--
-- Search: exact look-ups by phone (the NIK's keyed hash and the member number are unique already),
-- and names by likeness. Each distinct name key is kept once in member_name_keys with a trigram
-- index (pg_trgm); a search ranks the keys, then reads the members holding the best ones.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Transfers: a member keeps the number of the province it registered in (number_province) while
-- it lives in another (province, which decides scope and counters).
ALTER TABLE members DISABLE TRIGGER USER;
ALTER TABLE members ADD COLUMN number_province text, ADD COLUMN erased_on date;
UPDATE members SET number_province = province;
ALTER TABLE members ENABLE TRIGGER USER;
ALTER TABLE members
    ALTER COLUMN number_province SET NOT NULL,
    DROP CONSTRAINT members_number,
    ADD CONSTRAINT members_number UNIQUE (number_province, sequence),
    ADD CONSTRAINT members_number_province_check CHECK (length(number_province) = 2
                                                        AND translate(number_province, '0123456789', '') = '');
-- A province's members come in number order from the number's own index (most live where they
-- registered), and from this small one for those who moved in from elsewhere.
CREATE INDEX members_moved_in ON members (province, number_province, sequence) WHERE number_province <> province;
DROP INDEX members_by_registering_partner;
CREATE INDEX members_by_registering_partner ON members (registered_by, number_province, sequence) WHERE registered_by IS NOT NULL;
CREATE INDEX members_by_phone ON members (phone) WHERE phone IS NOT NULL;
CREATE INDEX members_by_name_key ON members (name_key, number_province, sequence);

-- Erasure: an erased member keeps its row (id, number, region, sex, birth year, stage dates) so
-- the reports and the target stay true; everything that names the person is gone.
ALTER TABLE members
    ALTER COLUMN nik_hash DROP NOT NULL,
    ALTER COLUMN nik_sealed DROP NOT NULL,
    ALTER COLUMN full_name DROP NOT NULL,
    ALTER COLUMN phone DROP NOT NULL,
    ALTER COLUMN business_name DROP NOT NULL,
    ALTER COLUMN name_key DROP NOT NULL,
    DROP CONSTRAINT members_p2_evidence,
    DROP CONSTRAINT members_p4_evidence,
    DROP CONSTRAINT members_p7_evidence,
    ADD CONSTRAINT members_identity CHECK (CASE WHEN erased_on IS NULL
        THEN nik_hash IS NOT NULL AND nik_sealed IS NOT NULL AND full_name IS NOT NULL AND phone IS NOT NULL
             AND business_name IS NOT NULL AND name_key IS NOT NULL
        ELSE nik_hash IS NULL AND nik_sealed IS NULL AND full_name IS NULL AND phone IS NULL AND business_name IS NULL
             AND name_key IS NULL AND nib IS NULL AND p2_certificate IS NULL AND p3_note IS NULL AND p4_licence_type IS NULL
             AND p4_licence_number IS NULL AND p5_note IS NULL AND p6_note IS NULL AND p7_reference IS NULL END),
    ADD CONSTRAINT members_p2_evidence CHECK (erased_on IS NOT NULL OR p2_on IS NULL OR p2_certificate IS NOT NULL),
    ADD CONSTRAINT members_p4_evidence CHECK (erased_on IS NOT NULL OR ((p4_on IS NULL) = (p4_licence_type IS NULL)
                                              AND (p4_on IS NULL) = (p4_licence_number IS NULL))),
    ADD CONSTRAINT members_p7_evidence CHECK (erased_on IS NOT NULL OR p7_on IS NULL OR p7_reference IS NOT NULL);

ALTER TABLE financings ALTER COLUMN reference DROP NOT NULL;

-- An import's refusal that names a member (a NIK already registered to them): reading the report
-- reveals that member, and is recorded.
ALTER TABLE import_errors ADD COLUMN member_number text CHECK (member_number ~ '^OKOCE-[0-9]{2}-[0-9]{7,8}$');

CREATE TABLE member_name_keys (
    key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 300)
);
CREATE INDEX member_name_keys_by_trigram ON member_name_keys USING gin (key gin_trgm_ops);
INSERT INTO member_name_keys SELECT DISTINCT name_key FROM members WHERE name_key IS NOT NULL;

CREATE FUNCTION member_name_keys_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_name_keys (key)
    SELECT DISTINCT n.name_key FROM new_rows n WHERE n.name_key IS NOT NULL ORDER BY 1
    ON CONFLICT (key) DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER members_name_keys_insert AFTER INSERT ON members
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_name_keys_add();
CREATE TRIGGER members_name_keys_update AFTER UPDATE ON members
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_name_keys_add();

-- The audit trail: one row per change, written in the change's transaction, never changed or
-- deleted. The fields changed and their values before and after are parallel arrays; the personal
-- values of a member (name, phone, business name, NIB) are kept apart, in audit_personal_values at
-- the field's position, so that an erasure can destroy them while the trail itself stays whole.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    role        text NOT NULL CHECK (role IN ('HUB_ADMIN', 'PARTNER', 'BANK')),
    token_id    uuid,
    partner_id  uuid,
    actor       text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    request_id  text CHECK (length(request_id) BETWEEN 1 AND 64),
    channel     text NOT NULL CHECK (length(channel) BETWEEN 1 AND 200),
    action      text NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
    object_type text NOT NULL CHECK (length(object_type) BETWEEN 1 AND 30),
    object_id   text NOT NULL CHECK (length(object_id) BETWEEN 1 AND 100),
    member_id   uuid,
    province    text CHECK (length(province) = 2),
    fields      text[] NOT NULL,
    befores     text[] NOT NULL,
    afters      text[] NOT NULL,
    reason      text CHECK (length(reason) BETWEEN 1 AND 500),
    CONSTRAINT audit_log_changes CHECK (cardinality(befores) = cardinality(fields) AND cardinality(afters) = cardinality(fields))
);
CREATE INDEX audit_log_by_member ON audit_log (member_id, id) WHERE member_id IS NOT NULL;
-- a member's entries are found by member_id; the object index holds the others (partners, tokens, …)
CREATE INDEX audit_log_by_object ON audit_log (object_id, id) WHERE member_id IS NULL;

CREATE TABLE audit_personal_values (
    entry_id  bigint NOT NULL REFERENCES audit_log (id),
    position  smallint NOT NULL CHECK (position >= 0),
    member_id uuid NOT NULL,
    before    text,
    after     text,
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX audit_personal_values_by_member ON audit_personal_values (member_id);

-- Every read of a member's personal data: many, so as few indexes as the record of processing
-- needs (no primary key: nothing refers to a read; id orders them).
CREATE TABLE read_records (
    id         bigint GENERATED ALWAYS AS IDENTITY,
    at         timestamptz NOT NULL,
    member_id  uuid NOT NULL,
    role       text NOT NULL CHECK (role IN ('HUB_ADMIN', 'PARTNER', 'BANK')),
    token_id   uuid,
    partner_id uuid,
    actor      text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
    request_id text CHECK (length(request_id) BETWEEN 1 AND 64),
    channel    text NOT NULL CHECK (length(channel) BETWEEN 1 AND 200),
    purpose    text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200)
);
CREATE INDEX read_records_by_member ON read_records (member_id, id);

-- Append only, whoever asks: no row of the audit trail or of the read records is ever updated or
-- deleted, and neither table is truncated. The personal values of the trail may be deleted (an
-- erasure), never updated. The service's own database role is also refused these privileges
-- (see PostgresDatabase#grantService); this trigger holds even for the tables' owner.
CREATE FUNCTION refuse_rewriting_the_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% of % refused: the record is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_record();
CREATE TRIGGER audit_log_not_truncated BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_the_record();
CREATE TRIGGER read_records_append_only BEFORE UPDATE OR DELETE ON read_records
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_record();
CREATE TRIGGER read_records_not_truncated BEFORE TRUNCATE ON read_records
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_the_record();
CREATE TRIGGER audit_personal_values_not_rewritten BEFORE UPDATE ON audit_personal_values
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_the_record();
CREATE TRIGGER audit_personal_values_not_truncated BEFORE TRUNCATE ON audit_personal_values
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_the_record();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, read_records FROM PUBLIC;
REVOKE UPDATE, TRUNCATE ON audit_personal_values FROM PUBLIC;
