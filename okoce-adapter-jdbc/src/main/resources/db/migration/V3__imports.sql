-- Bulk imports: which job (and line) brought a member in, the jobs themselves, and their error reports.
ALTER TABLE members ADD COLUMN import_job uuid, ADD COLUMN import_line bigint;

CREATE TABLE import_jobs (
    id               uuid PRIMARY KEY,
    owner            text NOT NULL,
    mode             text NOT NULL CHECK (mode IN ('VALIDATE_ONLY', 'ALL_OR_NOTHING', 'PER_ROW')),
    file_name        text NOT NULL,
    status           text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'ROLLED_BACK', 'VALIDATED', 'FAILED')),
    rows             bigint NOT NULL CHECK (rows >= 0),
    accepted         bigint NOT NULL CHECK (accepted >= 0),
    inserted         bigint NOT NULL CHECK (inserted >= 0),
    already_imported bigint NOT NULL CHECK (already_imported >= 0),
    invalid          bigint NOT NULL CHECK (invalid >= 0),
    duplicates       bigint NOT NULL CHECK (duplicates >= 0),
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    failure          text
);

CREATE TABLE import_errors (
    job_id  uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    line    bigint NOT NULL,
    field   text NOT NULL,
    code    text NOT NULL,
    message text NOT NULL
);
CREATE INDEX import_errors_by_job ON import_errors (job_id, line);
