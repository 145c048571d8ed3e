-- Events: every change writes its event into event_outbox in the change's own transaction (beside
-- its audit entry, in the same statement). A relay moves committed rows into events under an
-- advisory lock, numbering them 1, 2, 3… in the order it moves them: one writer, so the feed's ids
-- only grow and a reader that stops at id N never misses a later event with a lower id.
CREATE TABLE event_outbox (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type      text NOT NULL CHECK (type ~ '^[a-z]+\.[a-z-]+$'),
    at        timestamptz NOT NULL,
    province  text CHECK (province ~ '^[0-9]{2}$'),
    regency   text CHECK (regency ~ '^[0-9]{4}$'),
    object_id text NOT NULL,
    member_id uuid,
    payload   jsonb NOT NULL
);
CREATE TABLE events (
    id           bigint PRIMARY KEY,
    type         text NOT NULL,
    at           timestamptz NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    province     text,
    regency      text,
    object_id    text NOT NULL,
    member_id    uuid,
    payload      jsonb NOT NULL
);
CREATE INDEX events_by_province ON events (province, id);
CREATE INDEX events_by_time ON events (published_at, id);
-- The feed is history: the service's role appends to it and never rewrites it.
REVOKE UPDATE, TRUNCATE ON events FROM PUBLIC;

-- Webhook endpoints, their delivery cursor, and every attempt.
CREATE TABLE webhook_endpoints (
    id                  uuid PRIMARY KEY,
    owner_role          text NOT NULL CHECK (owner_role IN ('HUB_ADMIN', 'PARTNER')),
    partner_id          uuid REFERENCES partners (id),
    url                 text NOT NULL CHECK (length(url) BETWEEN 8 AND 2000),
    types               text[] NOT NULL,
    description         text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    secret              text NOT NULL,
    previous_secret     text,
    previous_until      timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    delivered_through   bigint NOT NULL,
    failing_since       timestamptz,
    failures            integer NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    leased_until        timestamptz,
    disabled_at         timestamptz,
    disabled_reason     text,
    deleted_at          timestamptz,
    CHECK ((owner_role = 'PARTNER') = (partner_id IS NOT NULL))
);
CREATE INDEX webhook_endpoints_due ON webhook_endpoints (next_attempt_at) WHERE disabled_at IS NULL AND deleted_at IS NULL;
CREATE TABLE webhook_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id  uuid NOT NULL REFERENCES webhook_endpoints (id),
    event_id     bigint NOT NULL,
    attempted_at timestamptz NOT NULL,
    status       integer,
    latency_ms   integer NOT NULL,
    error        text CHECK (length(error) <= 500)
);
CREATE INDEX webhook_attempts_by_endpoint ON webhook_attempts (endpoint_id, id);
