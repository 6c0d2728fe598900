-- Responses of state-changing requests, by the client's Idempotency-Key, scoped per organization (the nil UUID
-- scopes platform-level requests such as registering an organization). Written in the same transaction as the
-- command's events, so a stored response always means the effect happened, and an effect always has its response.
CREATE TABLE idempotency_key (
    organization_id     UUID        NOT NULL,
    idempotency_key     TEXT        NOT NULL,
    request_fingerprint TEXT        NOT NULL,
    response_status     INTEGER     NOT NULL,
    response_body       TEXT,
    response_location   TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, idempotency_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
