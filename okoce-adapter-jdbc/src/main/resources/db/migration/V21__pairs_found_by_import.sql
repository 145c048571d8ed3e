-- A pair may be found by the comparison that follows an import job (the import does not check row by row).
ALTER TABLE duplicate_pairs DROP CONSTRAINT duplicate_pairs_found_by_check,
    ADD CONSTRAINT duplicate_pairs_found_by_check CHECK (found_by IN ('REGISTRATION', 'CONFIRMED_AT_REGISTRATION', 'SCAN', 'IMPORT'));
