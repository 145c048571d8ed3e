-- Fewer writes for the counters over time, and two more of them, all kept by one trigger in the
-- transaction of every change:
--   member_month_counts    now also holds its month's days (days[1] … days[31]), so the counts as of a
--                          day read the months before it whole and the days of its own month: a bulk
--                          import spread over ten years writes one row per province, month and stage,
--                          no longer one per day (member_day_counts is gone);
--   member_cohort_counts   province × month of registration × stage × how soon it was reached (within 30,
--                          60, 90, 180 or 365 days of registration, or later): the cohort drop-out;
--   member_partner_counts  registering partner × stage: partners ranked by members registered and by the
--                          stages those members went on to complete.

-- 31 counters from the days of a month that moved and by how much.
CREATE FUNCTION day_vector(doms integer[], counts numeric[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(coalesce(v.n, 0)::bigint ORDER BY d)
    FROM generate_series(1, 31) d LEFT JOIN unnest(doms, counts) AS v (dom, n) ON v.dom = d
$$;
-- Two sets of 31 counters added day by day.
CREATE FUNCTION add_days(a bigint[], b bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i) FROM unnest(a, b) WITH ORDINALITY AS t (x, y, i)
$$;
-- The smallest window that holds a stage reached {days} after registration.
CREATE FUNCTION cohort_bucket(days integer) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN days <= 30 THEN 30 WHEN days <= 60 THEN 60 WHEN days <= 90 THEN 90 WHEN days <= 180 THEN 180
                WHEN days <= 365 THEN 365 ELSE 32767 END::smallint
$$;

ALTER TABLE member_month_counts ADD COLUMN days bigint[] CHECK (cardinality(days) = 31);
UPDATE member_month_counts mc SET days = (
    SELECT day_vector(array_agg(extract(day FROM d.day)::int), array_agg(d.members::numeric))
    FROM member_day_counts d
    WHERE d.province = mc.province AND d.stage = mc.stage AND d.slot = mc.slot
      AND date_trunc('month', d.day)::date = mc.month);
UPDATE member_month_counts SET days = day_vector('{}', '{}') WHERE days IS NULL;
ALTER TABLE member_month_counts ALTER COLUMN days SET NOT NULL;
DROP TABLE member_day_counts;

CREATE TABLE member_cohort_counts (
    province    text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    cohort      date NOT NULL CHECK (extract(day FROM cohort) = 1),
    stage       smallint NOT NULL CHECK (stage BETWEEN 1 AND 7),
    within_days smallint NOT NULL CHECK (within_days IN (30, 60, 90, 180, 365, 32767)),
    slot        smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members     bigint NOT NULL,
    PRIMARY KEY (province, cohort, stage, within_days, slot)
);
CREATE TABLE member_partner_counts (
    partner_id uuid NOT NULL,
    stage      smallint NOT NULL CHECK (stage BETWEEN 1 AND 7),
    slot       smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members    bigint NOT NULL,
    PRIMARY KEY (partner_id, stage, slot)
);

CREATE OR REPLACE FUNCTION member_history_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        WITH c AS (SELECT province, kecamatan, sex, birth_year, registered_by, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, 1 AS sign FROM new_rows),
        stages AS (
            SELECT c.province, c.kecamatan, c.registered_by, c.p1_on, s.stage, s.on_day, c.sign
            FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.p1_on), (2::smallint, c.p2_on), (3::smallint, c.p3_on),
                (4::smallint, c.p4_on), (5::smallint, c.p5_on), (6::smallint, c.p6_on), (7::smallint, c.p7_on))
                AS s (stage, on_day)
            WHERE s.on_day IS NOT NULL),
        by_day AS (
            SELECT province, date_trunc('month', on_day)::date AS month, stage, extract(day FROM on_day)::int AS dom,
                   sum(sign) AS n
            FROM stages GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0),
        by_month AS (
            INSERT INTO member_month_counts (province, month, stage, slot, members, days)
            SELECT province, month, stage, pg_backend_pid() % 64, sum(n), day_vector(array_agg(dom), array_agg(n))
            FROM by_day GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (province, month, stage, slot) DO UPDATE
            SET members = member_month_counts.members + EXCLUDED.members,
                days = add_days(member_month_counts.days, EXCLUDED.days)),
        by_kecamatan AS (
            INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
            SELECT kecamatan, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (kecamatan, stage, slot) DO UPDATE SET members = member_kecamatan_counts.members + EXCLUDED.members),
        by_cohort AS (
            INSERT INTO member_cohort_counts (province, cohort, stage, within_days, slot, members)
            SELECT province, date_trunc('month', p1_on)::date, stage, cohort_bucket(on_day - p1_on), pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (province, cohort, stage, within_days, slot)
            DO UPDATE SET members = member_cohort_counts.members + EXCLUDED.members),
        by_partner AS (
            INSERT INTO member_partner_counts (partner_id, stage, slot, members)
            SELECT registered_by, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages WHERE registered_by IS NOT NULL GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (partner_id, stage, slot) DO UPDATE SET members = member_partner_counts.members + EXCLUDED.members)
        INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
        SELECT province, sex, birth_year, pg_backend_pid() % 64, sum(sign)
        FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (province, sex, birth_year, slot) DO UPDATE SET members = member_people_counts.members + EXCLUDED.members;
    ELSIF TG_OP = 'DELETE' THEN
        WITH c AS (SELECT province, kecamatan, sex, birth_year, registered_by, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, -1 AS sign FROM old_rows),
        stages AS (
            SELECT c.province, c.kecamatan, c.registered_by, c.p1_on, s.stage, s.on_day, c.sign
            FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.p1_on), (2::smallint, c.p2_on), (3::smallint, c.p3_on),
                (4::smallint, c.p4_on), (5::smallint, c.p5_on), (6::smallint, c.p6_on), (7::smallint, c.p7_on))
                AS s (stage, on_day)
            WHERE s.on_day IS NOT NULL),
        by_day AS (
            SELECT province, date_trunc('month', on_day)::date AS month, stage, extract(day FROM on_day)::int AS dom,
                   sum(sign) AS n
            FROM stages GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0),
        by_month AS (
            INSERT INTO member_month_counts (province, month, stage, slot, members, days)
            SELECT province, month, stage, pg_backend_pid() % 64, sum(n), day_vector(array_agg(dom), array_agg(n))
            FROM by_day GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (province, month, stage, slot) DO UPDATE
            SET members = member_month_counts.members + EXCLUDED.members,
                days = add_days(member_month_counts.days, EXCLUDED.days)),
        by_kecamatan AS (
            INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
            SELECT kecamatan, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (kecamatan, stage, slot) DO UPDATE SET members = member_kecamatan_counts.members + EXCLUDED.members),
        by_cohort AS (
            INSERT INTO member_cohort_counts (province, cohort, stage, within_days, slot, members)
            SELECT province, date_trunc('month', p1_on)::date, stage, cohort_bucket(on_day - p1_on), pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (province, cohort, stage, within_days, slot)
            DO UPDATE SET members = member_cohort_counts.members + EXCLUDED.members),
        by_partner AS (
            INSERT INTO member_partner_counts (partner_id, stage, slot, members)
            SELECT registered_by, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages WHERE registered_by IS NOT NULL GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (partner_id, stage, slot) DO UPDATE SET members = member_partner_counts.members + EXCLUDED.members)
        INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
        SELECT province, sex, birth_year, pg_backend_pid() % 64, sum(sign)
        FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (province, sex, birth_year, slot) DO UPDATE SET members = member_people_counts.members + EXCLUDED.members;
    ELSE
        WITH c AS (SELECT province, kecamatan, sex, birth_year, registered_by, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, 1 AS sign FROM new_rows UNION ALL SELECT province, kecamatan, sex, birth_year, registered_by, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, -1 AS sign FROM old_rows),
        stages AS (
            SELECT c.province, c.kecamatan, c.registered_by, c.p1_on, s.stage, s.on_day, c.sign
            FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.p1_on), (2::smallint, c.p2_on), (3::smallint, c.p3_on),
                (4::smallint, c.p4_on), (5::smallint, c.p5_on), (6::smallint, c.p6_on), (7::smallint, c.p7_on))
                AS s (stage, on_day)
            WHERE s.on_day IS NOT NULL),
        by_day AS (
            SELECT province, date_trunc('month', on_day)::date AS month, stage, extract(day FROM on_day)::int AS dom,
                   sum(sign) AS n
            FROM stages GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0),
        by_month AS (
            INSERT INTO member_month_counts (province, month, stage, slot, members, days)
            SELECT province, month, stage, pg_backend_pid() % 64, sum(n), day_vector(array_agg(dom), array_agg(n))
            FROM by_day GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (province, month, stage, slot) DO UPDATE
            SET members = member_month_counts.members + EXCLUDED.members,
                days = add_days(member_month_counts.days, EXCLUDED.days)),
        by_kecamatan AS (
            INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
            SELECT kecamatan, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (kecamatan, stage, slot) DO UPDATE SET members = member_kecamatan_counts.members + EXCLUDED.members),
        by_cohort AS (
            INSERT INTO member_cohort_counts (province, cohort, stage, within_days, slot, members)
            SELECT province, date_trunc('month', p1_on)::date, stage, cohort_bucket(on_day - p1_on), pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (province, cohort, stage, within_days, slot)
            DO UPDATE SET members = member_cohort_counts.members + EXCLUDED.members),
        by_partner AS (
            INSERT INTO member_partner_counts (partner_id, stage, slot, members)
            SELECT registered_by, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages WHERE registered_by IS NOT NULL GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (partner_id, stage, slot) DO UPDATE SET members = member_partner_counts.members + EXCLUDED.members)
        INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
        SELECT province, sex, birth_year, pg_backend_pid() % 64, sum(sign)
        FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (province, sex, birth_year, slot) DO UPDATE SET members = member_people_counts.members + EXCLUDED.members;
    END IF;
    RETURN NULL;
END
$$;

-- The members stored before.
INSERT INTO member_cohort_counts (province, cohort, stage, within_days, slot, members)
SELECT m.province, date_trunc('month', m.p1_on)::date, s.stage, cohort_bucket(s.on_day - m.p1_on), 0, count(*)
FROM members m CROSS JOIN LATERAL (VALUES (1::smallint, m.p1_on), (2::smallint, m.p2_on), (3::smallint, m.p3_on),
    (4::smallint, m.p4_on), (5::smallint, m.p5_on), (6::smallint, m.p6_on), (7::smallint, m.p7_on)) AS s (stage, on_day)
WHERE s.on_day IS NOT NULL GROUP BY 1, 2, 3, 4;
INSERT INTO member_partner_counts (partner_id, stage, slot, members)
SELECT m.registered_by, s.stage, 0, count(*)
FROM members m CROSS JOIN LATERAL (VALUES (1::smallint, m.p1_on), (2::smallint, m.p2_on), (3::smallint, m.p3_on),
    (4::smallint, m.p4_on), (5::smallint, m.p5_on), (6::smallint, m.p6_on), (7::smallint, m.p7_on)) AS s (stage, on_day)
WHERE s.on_day IS NOT NULL AND m.registered_by IS NOT NULL GROUP BY 1, 2;
