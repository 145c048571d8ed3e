-- OK OCE Network schema. The tables protect the invariants themselves: region-code shapes,
-- stage numbers, one NIK per member, evidence for the stages that need it, versions for
-- optimistic locking. Region codes are checked for shape here; their existence is checked by the
-- domain against the bundled Kemendagri list.

CREATE TABLE partners (
    id                uuid PRIMARY KEY,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    brand             text CHECK (length(brand) BETWEEN 1 AND 100),
    province          text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    email             text CHECK (length(email) BETWEEN 3 AND 254),
    phone             text CHECK (phone ~ '^\+628[0-9]{6,10}$'),
    status            text NOT NULL CHECK (status IN ('REGISTERED', 'VALIDATED', 'REJECTED', 'SUSPENDED')),
    status_reason     text CHECK (length(status_reason) BETWEEN 1 AND 500),
    registered_on     date NOT NULL,
    status_changed_on date NOT NULL,
    version           bigint NOT NULL CHECK (version > 0),
    CONSTRAINT partners_contact CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CONSTRAINT partners_reason CHECK ((status IN ('REJECTED', 'SUSPENDED')) = (status_reason IS NOT NULL)),
    CONSTRAINT partners_dates CHECK (status_changed_on >= registered_on)
);
CREATE INDEX partners_by_province ON partners (province, status);

CREATE TABLE agreements (
    id                uuid PRIMARY KEY,
    partner_id        uuid NOT NULL REFERENCES partners (id),
    province          text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    counterparty_kind text NOT NULL CHECK (counterparty_kind IN ('GOVERNMENT', 'EDUCATION', 'PRIVATE', 'BANK')),
    counterparty_name text NOT NULL CHECK (length(counterparty_name) BETWEEN 1 AND 200),
    stages            smallint[] NOT NULL CHECK (cardinality(stages) > 0 AND stages <@ '{2,3,4,5,7}'::smallint[]),
    valid_from        date NOT NULL,
    valid_until       date CHECK (valid_until >= valid_from),
    CONSTRAINT agreements_stages_fit_kind CHECK (
        (counterparty_kind = 'GOVERNMENT' AND stages <@ '{2,3,4}'::smallint[])
        OR (counterparty_kind = 'EDUCATION' AND stages <@ '{2,3}'::smallint[])
        OR (counterparty_kind = 'PRIVATE' AND stages <@ '{2,5}'::smallint[])
        OR (counterparty_kind = 'BANK' AND stages <@ '{7}'::smallint[]))
);
CREATE INDEX agreements_by_partner ON agreements (partner_id, valid_from);
CREATE INDEX agreements_by_province ON agreements (province, valid_from);

-- One row per member; the seven stages are columns (date and evidence), so a member is read
-- and written as one row and a bulk import is one COPY.
CREATE TABLE members (
    id                  uuid PRIMARY KEY,
    province            text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    sequence            bigint NOT NULL CHECK (sequence BETWEEN 1 AND 99999999),
    nik                 text NOT NULL CHECK (nik ~ '^[0-9]{16}$' AND right(nik, 4) <> '0000'),
    full_name           text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 150),
    phone               text NOT NULL CHECK (phone ~ '^\+628[0-9]{6,10}$'),
    kecamatan           text NOT NULL CHECK (kecamatan ~ '^[0-9]{6}$'),
    business_name       text NOT NULL CHECK (length(business_name) BETWEEN 1 AND 120),
    business_sector     text NOT NULL CHECK (business_sector IN
                            ('KULINER', 'FASHION', 'KRIYA', 'PERDAGANGAN', 'JASA', 'AGRIBISNIS', 'TEKNOLOGI', 'LAINNYA')),
    business_started_on date NOT NULL,
    nib                 text CHECK (nib ~ '^[0-9]{13}$'),
    registered_on       date NOT NULL,
    registered_by       uuid REFERENCES partners (id),
    highest_stage       smallint NOT NULL CHECK (highest_stage BETWEEN 1 AND 7),
    p1_on date NOT NULL,
    p2_on date,          p2_certificate text,
    p3_on date,          p3_note text,
    p4_on date,          p4_licence_type text CHECK (p4_licence_type IN ('IUMK', 'SKU', 'SIUP', 'SP_PIRT', 'NIB')),
                         p4_licence_number text,
    p5_on date,          p5_note text,
    p6_on date,          p6_note text,
    p7_on date,          p7_reference text,
    version             bigint NOT NULL CHECK (version > 0),
    CONSTRAINT members_number UNIQUE (province, sequence),
    CONSTRAINT members_nik UNIQUE (nik),
    CONSTRAINT members_kecamatan_in_province CHECK (left(kecamatan, 2) = province),
    CONSTRAINT members_p1_is_registration CHECK (p1_on = registered_on),
    CONSTRAINT members_p2_evidence CHECK (p2_on IS NULL OR p2_certificate IS NOT NULL),
    CONSTRAINT members_p4_evidence CHECK ((p4_on IS NULL) = (p4_licence_type IS NULL)
                                          AND (p4_on IS NULL) = (p4_licence_number IS NULL)),
    CONSTRAINT members_p7_evidence CHECK (p7_on IS NULL OR p7_reference IS NOT NULL),
    CONSTRAINT members_highest_stage CHECK (highest_stage = CASE
        WHEN p7_on IS NOT NULL THEN 7 WHEN p6_on IS NOT NULL THEN 6 WHEN p5_on IS NOT NULL THEN 5
        WHEN p4_on IS NOT NULL THEN 4 WHEN p3_on IS NOT NULL THEN 3 WHEN p2_on IS NOT NULL THEN 2 ELSE 1 END)
);
CREATE INDEX members_by_registering_partner ON members (registered_by, province, sequence) WHERE registered_by IS NOT NULL;

-- One sequence per province for member numbers: no row lock is held across a registration.
DO $$
DECLARE
    p text;
BEGIN
    FOREACH p IN ARRAY ARRAY['11','12','13','14','15','16','17','18','19','21','31','32','33','34','35','36',
                             '51','52','53','61','62','63','64','65','71','72','73','74','75','76','81','82',
                             '91','92','93','94','95','96']
    LOOP
        EXECUTE format('CREATE SEQUENCE member_seq_%s AS bigint MINVALUE 1 MAXVALUE 99999999', p);
    END LOOP;
END
$$;

CREATE TABLE financing_products (
    id                      text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$'),
    bank                    text NOT NULL,
    name                    text NOT NULL,
    provinces               text[] NOT NULL CHECK (cardinality(provinces) > 0),
    min_amount              bigint NOT NULL CHECK (min_amount >= 0),
    max_amount              bigint NOT NULL CHECK (max_amount > 0),
    required_stages         smallint[] NOT NULL CHECK (required_stages <@ '{1,2,3,4,5,6,7}'::smallint[]),
    licence_required        boolean NOT NULL,
    min_business_age_months integer NOT NULL CHECK (min_business_age_months >= 0),
    min_borrower_age        integer NOT NULL CHECK (min_borrower_age BETWEEN 0 AND 120),
    max_borrower_age        integer CHECK (max_borrower_age >= min_borrower_age),
    max_term_months         integer NOT NULL CHECK (max_term_months BETWEEN 1 AND 600),
    valid_from              date NOT NULL,
    valid_until             date CHECK (valid_until >= valid_from),
    CONSTRAINT financing_products_range CHECK (min_amount <= max_amount)
);

CREATE TABLE financings (
    id          uuid PRIMARY KEY,
    member_id   uuid NOT NULL REFERENCES members (id),
    product_id  text NOT NULL REFERENCES financing_products (id),
    amount      bigint NOT NULL CHECK (amount >= 0),
    granted_on  date NOT NULL,
    term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 600),
    reference   text NOT NULL CHECK (length(reference) BETWEEN 1 AND 64)
);
CREATE INDEX financings_by_member ON financings (member_id, granted_on);

-- The report read model: how many members of a province have done a stage, kept in the same
-- transaction as every change to members by statement-level triggers. Counts are striped over
-- slots (the writing backend's pid modulo 64) so concurrent registrations in one province do not
-- queue on one row; a report sums the slots.
CREATE TABLE member_counts (
    province text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    stage    smallint NOT NULL CHECK (stage BETWEEN 1 AND 7),
    slot     smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members  bigint NOT NULL,
    PRIMARY KEY (province, stage, slot)
);

CREATE FUNCTION member_stage_rows(m members) RETURNS TABLE (province text, stage smallint)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT m.province, s.stage FROM (VALUES
        (1::smallint, m.p1_on), (2::smallint, m.p2_on), (3::smallint, m.p3_on), (4::smallint, m.p4_on),
        (5::smallint, m.p5_on), (6::smallint, m.p6_on), (7::smallint, m.p7_on)) AS s (stage, done_on)
    WHERE s.done_on IS NOT NULL
$$;

CREATE FUNCTION member_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO member_counts (province, stage, slot, members)
        SELECT s.province, s.stage, pg_backend_pid() % 64, count(*)
        FROM new_rows n CROSS JOIN LATERAL member_stage_rows(n) s
        GROUP BY s.province, s.stage ORDER BY s.province, s.stage
        ON CONFLICT (province, stage, slot) DO UPDATE SET members = member_counts.members + EXCLUDED.members;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO member_counts (province, stage, slot, members)
        SELECT d.province, d.stage, pg_backend_pid() % 64, sum(d.delta)
        FROM (SELECT s.province, s.stage, 1 AS delta FROM new_rows n CROSS JOIN LATERAL member_stage_rows(n) s
              UNION ALL
              SELECT s.province, s.stage, -1 FROM old_rows o CROSS JOIN LATERAL member_stage_rows(o) s) d
        GROUP BY d.province, d.stage HAVING sum(d.delta) <> 0 ORDER BY d.province, d.stage
        ON CONFLICT (province, stage, slot) DO UPDATE SET members = member_counts.members + EXCLUDED.members;
    ELSE
        INSERT INTO member_counts (province, stage, slot, members)
        SELECT s.province, s.stage, pg_backend_pid() % 64, -count(*)
        FROM old_rows o CROSS JOIN LATERAL member_stage_rows(o) s
        GROUP BY s.province, s.stage ORDER BY s.province, s.stage
        ON CONFLICT (province, stage, slot) DO UPDATE SET members = member_counts.members + EXCLUDED.members;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER members_counted_insert AFTER INSERT ON members
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_apply();
CREATE TRIGGER members_counted_update AFTER UPDATE ON members
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_apply();
CREATE TRIGGER members_counted_delete AFTER DELETE ON members
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_apply();
