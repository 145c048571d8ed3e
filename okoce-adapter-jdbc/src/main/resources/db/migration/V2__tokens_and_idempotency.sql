-- API tokens: only the SHA-256 of each secret is kept.
CREATE TABLE api_tokens (
    id          uuid PRIMARY KEY,
    role        text NOT NULL CHECK (role IN ('HUB_ADMIN', 'PARTNER', 'BANK')),
    partner_id  uuid REFERENCES partners (id),
    bank        text CHECK (length(bank) BETWEEN 1 AND 100),
    secret_hash text NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    CONSTRAINT api_tokens_binding CHECK ((role = 'PARTNER') = (partner_id IS NOT NULL) AND (role = 'BANK') = (bank IS NOT NULL))
);

-- Outcomes of requests made with an Idempotency-Key, per caller.
CREATE TABLE idempotency_keys (
    scope       text NOT NULL,
    key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    fingerprint text NOT NULL,
    status      integer NOT NULL,
    body        text NOT NULL,
    location    text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
