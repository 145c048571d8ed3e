-- An import stopped on request (Ctrl-C, a service stop) ends as STOPPED, keeping its committed batches.
ALTER TABLE import_jobs DROP CONSTRAINT import_jobs_status_check,
    ADD CONSTRAINT import_jobs_status_check
        CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'ROLLED_BACK', 'VALIDATED', 'FAILED', 'STOPPED'));
