-- API keys of organizations. Only the SHA-256 of a key's secret is kept: the secret is shown once, at creation.
-- Not a read table: the service reads it as its own role to authenticate, never as a tenant (ledger_reader has no grant).
CREATE TABLE api_key (
    key_id          TEXT        PRIMARY KEY,
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    roles           TEXT[]      NOT NULL,
    secret_sha256   BYTEA       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    CHECK (octet_length(secret_sha256) = 32),
    CHECK (cardinality(roles) > 0)
);

CREATE INDEX api_key_organization ON api_key (organization_id, created_at);
