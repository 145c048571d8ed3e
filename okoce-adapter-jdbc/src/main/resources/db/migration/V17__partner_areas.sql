-- A partner works in its whole province (regencies empty) or in some of its kabupaten/kota, each a
-- four-digit Kemendagri code of that province.
CREATE FUNCTION regencies_of_province(regencies text[], province text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN coalesce((SELECT bool_and(r IS NOT NULL AND r ~ '^[0-9]{4}$' AND left(r, 2) = province) FROM unnest(regencies) r), true);
ALTER TABLE partners ADD COLUMN regencies text[] NOT NULL DEFAULT '{}'
    CONSTRAINT partners_regencies_of_province CHECK (regencies_of_province(regencies, province));

-- The members of a partner's area (some kabupaten/kota) are found by range on the kecamatan code
-- ('3273' <= kecamatan < '3274'), both for its searches and for its reports, which the counters kept
-- per province cannot narrow.
CREATE INDEX members_by_kecamatan ON members (kecamatan COLLATE "C");
