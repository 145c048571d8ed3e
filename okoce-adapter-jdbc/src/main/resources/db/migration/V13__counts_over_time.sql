-- The network over time: counters kept in the same transaction as every change to members, beside
-- member_counts (province × stage, now), so that every report answers from a few thousand rows:
--   member_month_counts      province × month × stage: stages completed per month, and with
--   member_day_counts        day × province × stage (read for the days of one month only) the counts
--                            as of any day;
--   member_kecamatan_counts  kecamatan × stage: the counts by kabupaten/kota and kecamatan now;
--   member_people_counts     province × sex × birth year (from the NIK, kept through an erasure).
-- Like member_counts they are striped over slots (the writing backend's pid modulo 64) so concurrent
-- writers do not queue on one row, and a report sums the slots. A change that moves nothing (a name
-- corrected) writes nothing: old and new rows cancel out before anything is written.
CREATE TABLE member_month_counts (
    province text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    month    date NOT NULL CHECK (extract(day FROM month) = 1),
    stage    smallint NOT NULL CHECK (stage BETWEEN 1 AND 7),
    slot     smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members  bigint NOT NULL,
    PRIMARY KEY (province, month, stage, slot)
);
CREATE TABLE member_day_counts (
    day      date NOT NULL,
    province text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    stage    smallint NOT NULL CHECK (stage BETWEEN 1 AND 7),
    slot     smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members  bigint NOT NULL,
    PRIMARY KEY (day, province, stage, slot)
);
CREATE TABLE member_kecamatan_counts (
    kecamatan text NOT NULL CHECK (kecamatan ~ '^[0-9]{6}$'),
    stage     smallint NOT NULL CHECK (stage BETWEEN 1 AND 7),
    slot      smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members   bigint NOT NULL,
    PRIMARY KEY (kecamatan, stage, slot)
);
CREATE TABLE member_people_counts (
    province   text NOT NULL CHECK (province ~ '^[0-9]{2}$'),
    sex        char(1) NOT NULL CHECK (sex IN ('F', 'M')),
    birth_year smallint NOT NULL,
    slot       smallint NOT NULL CHECK (slot BETWEEN 0 AND 63),
    members    bigint NOT NULL,
    PRIMARY KEY (province, sex, birth_year, slot)
);

CREATE FUNCTION member_history_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        WITH c AS (SELECT province, kecamatan, sex, birth_year, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, 1 AS sign FROM new_rows),
        stages AS (
            SELECT c.province, c.kecamatan, s.stage, s.on_day, c.sign
            FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.p1_on), (2::smallint, c.p2_on), (3::smallint, c.p3_on),
                (4::smallint, c.p4_on), (5::smallint, c.p5_on), (6::smallint, c.p6_on), (7::smallint, c.p7_on))
                AS s (stage, on_day)
            WHERE s.on_day IS NOT NULL),
        by_month AS (
            INSERT INTO member_month_counts (province, month, stage, slot, members)
            SELECT province, date_trunc('month', on_day)::date, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (province, month, stage, slot) DO UPDATE SET members = member_month_counts.members + EXCLUDED.members),
        by_day AS (
            INSERT INTO member_day_counts (day, province, stage, slot, members)
            SELECT on_day, province, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (day, province, stage, slot) DO UPDATE SET members = member_day_counts.members + EXCLUDED.members),
        by_kecamatan AS (
            INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
            SELECT kecamatan, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (kecamatan, stage, slot) DO UPDATE SET members = member_kecamatan_counts.members + EXCLUDED.members)
        INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
        SELECT province, sex, birth_year, pg_backend_pid() % 64, sum(sign)
        FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (province, sex, birth_year, slot) DO UPDATE SET members = member_people_counts.members + EXCLUDED.members;
    ELSIF TG_OP = 'DELETE' THEN
        WITH c AS (SELECT province, kecamatan, sex, birth_year, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, -1 AS sign FROM old_rows),
        stages AS (
            SELECT c.province, c.kecamatan, s.stage, s.on_day, c.sign
            FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.p1_on), (2::smallint, c.p2_on), (3::smallint, c.p3_on),
                (4::smallint, c.p4_on), (5::smallint, c.p5_on), (6::smallint, c.p6_on), (7::smallint, c.p7_on))
                AS s (stage, on_day)
            WHERE s.on_day IS NOT NULL),
        by_month AS (
            INSERT INTO member_month_counts (province, month, stage, slot, members)
            SELECT province, date_trunc('month', on_day)::date, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (province, month, stage, slot) DO UPDATE SET members = member_month_counts.members + EXCLUDED.members),
        by_day AS (
            INSERT INTO member_day_counts (day, province, stage, slot, members)
            SELECT on_day, province, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (day, province, stage, slot) DO UPDATE SET members = member_day_counts.members + EXCLUDED.members),
        by_kecamatan AS (
            INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
            SELECT kecamatan, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (kecamatan, stage, slot) DO UPDATE SET members = member_kecamatan_counts.members + EXCLUDED.members)
        INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
        SELECT province, sex, birth_year, pg_backend_pid() % 64, sum(sign)
        FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (province, sex, birth_year, slot) DO UPDATE SET members = member_people_counts.members + EXCLUDED.members;
    ELSE
        WITH c AS (SELECT province, kecamatan, sex, birth_year, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, 1 AS sign FROM new_rows UNION ALL SELECT province, kecamatan, sex, birth_year, p1_on, p2_on, p3_on, p4_on, p5_on, p6_on, p7_on, -1 AS sign FROM old_rows),
        stages AS (
            SELECT c.province, c.kecamatan, s.stage, s.on_day, c.sign
            FROM c CROSS JOIN LATERAL (VALUES (1::smallint, c.p1_on), (2::smallint, c.p2_on), (3::smallint, c.p3_on),
                (4::smallint, c.p4_on), (5::smallint, c.p5_on), (6::smallint, c.p6_on), (7::smallint, c.p7_on))
                AS s (stage, on_day)
            WHERE s.on_day IS NOT NULL),
        by_month AS (
            INSERT INTO member_month_counts (province, month, stage, slot, members)
            SELECT province, date_trunc('month', on_day)::date, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (province, month, stage, slot) DO UPDATE SET members = member_month_counts.members + EXCLUDED.members),
        by_day AS (
            INSERT INTO member_day_counts (day, province, stage, slot, members)
            SELECT on_day, province, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (day, province, stage, slot) DO UPDATE SET members = member_day_counts.members + EXCLUDED.members),
        by_kecamatan AS (
            INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
            SELECT kecamatan, stage, pg_backend_pid() % 64, sum(sign)
            FROM stages GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
            ON CONFLICT (kecamatan, stage, slot) DO UPDATE SET members = member_kecamatan_counts.members + EXCLUDED.members)
        INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
        SELECT province, sex, birth_year, pg_backend_pid() % 64, sum(sign)
        FROM c GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (province, sex, birth_year, slot) DO UPDATE SET members = member_people_counts.members + EXCLUDED.members;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER members_history_counted_insert AFTER INSERT ON members
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_history_counts_apply();
CREATE TRIGGER members_history_counted_update AFTER UPDATE ON members
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_history_counts_apply();
CREATE TRIGGER members_history_counted_delete AFTER DELETE ON members
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_history_counts_apply();

-- The members stored before.
INSERT INTO member_month_counts (province, month, stage, slot, members)
SELECT m.province, date_trunc('month', s.on_day)::date, s.stage, 0, count(*)
FROM members m CROSS JOIN LATERAL (VALUES (1::smallint, m.p1_on), (2::smallint, m.p2_on), (3::smallint, m.p3_on),
    (4::smallint, m.p4_on), (5::smallint, m.p5_on), (6::smallint, m.p6_on), (7::smallint, m.p7_on)) AS s (stage, on_day)
WHERE s.on_day IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO member_day_counts (day, province, stage, slot, members)
SELECT s.on_day, m.province, s.stage, 0, count(*)
FROM members m CROSS JOIN LATERAL (VALUES (1::smallint, m.p1_on), (2::smallint, m.p2_on), (3::smallint, m.p3_on),
    (4::smallint, m.p4_on), (5::smallint, m.p5_on), (6::smallint, m.p6_on), (7::smallint, m.p7_on)) AS s (stage, on_day)
WHERE s.on_day IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO member_kecamatan_counts (kecamatan, stage, slot, members)
SELECT m.kecamatan, s.stage, 0, count(*)
FROM members m CROSS JOIN LATERAL (VALUES (1::smallint, m.p1_on), (2::smallint, m.p2_on), (3::smallint, m.p3_on),
    (4::smallint, m.p4_on), (5::smallint, m.p5_on), (6::smallint, m.p6_on), (7::smallint, m.p7_on)) AS s (stage, on_day)
WHERE s.on_day IS NOT NULL GROUP BY 1, 2;
INSERT INTO member_people_counts (province, sex, birth_year, slot, members)
SELECT province, sex, birth_year, 0, count(*) FROM members GROUP BY 1, 2, 3;
