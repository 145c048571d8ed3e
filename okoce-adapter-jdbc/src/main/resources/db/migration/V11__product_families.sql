-- Financing products as dated versions of a family (kur-mikro-2018 and kur-mikro-2023 are versions of
-- kur-mikro); the licence types each version accepts (KUR: NIB or SKU) instead of "a licence"; and
-- whether a version asks for no other productive credit (a fact held by SIKP, outside the network).
ALTER TABLE financing_products
    ADD COLUMN family text,
    ADD COLUMN accepted_licences text[] NOT NULL DEFAULT '{}'
        CHECK (accepted_licences <@ '{IUMK,SKU,SIUP,SP_PIRT,NIB}'::text[]),
    ADD COLUMN no_other_credit_required boolean NOT NULL DEFAULT false;

-- Existing versions: the family is the id without a trailing year; KUR accepts NIB or SKU and asks
-- about other credit; any other product that required a licence accepts every kind.
UPDATE financing_products SET
    family = CASE WHEN length(regexp_replace(id, '-[0-9]{4}$', '')) >= 3 THEN regexp_replace(id, '-[0-9]{4}$', '') ELSE id END,
    accepted_licences = CASE
        WHEN NOT licence_required THEN '{}'::text[]
        WHEN id LIKE 'kur-%' AND bank = 'Bank penyalur KUR' THEN '{NIB,SKU}'::text[]
        ELSE '{IUMK,SKU,SIUP,SP_PIRT,NIB}'::text[] END,
    no_other_credit_required = (id LIKE 'kur-%' AND bank = 'Bank penyalur KUR');

ALTER TABLE financing_products
    ALTER COLUMN family SET NOT NULL,
    ADD CONSTRAINT financing_products_family CHECK (family ~ '^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$'),
    DROP COLUMN licence_required;
CREATE INDEX financing_products_by_family ON financing_products (family, valid_from);
