-- The currencies an organization set for billing; no row means it has no settings and bills in its default currency
-- (organization_view.default_currency).
CREATE TABLE supported_currency_view (
    organization_id      UUID        PRIMARY KEY,
    currencies           TEXT[]      NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
SELECT ledger_protect_read_table('supported_currency_view');

-- One row per recorded rate, never changed; the rate in effect at t is the latest effective_at <= t (the later
-- recorded of two at the same moment). rate is the exact decimal as recorded.
CREATE TABLE exchange_rate_view (
    organization_id   UUID        NOT NULL,
    event_id          TEXT        PRIMARY KEY,
    base              CHAR(3)     NOT NULL,
    quote             CHAR(3)     NOT NULL,
    rate              NUMERIC     NOT NULL,
    source            TEXT        NOT NULL,
    effective_at      TIMESTAMPTZ NOT NULL,
    global_position   BIGINT      NOT NULL,
    projector_version INTEGER     NOT NULL
);
CREATE INDEX exchange_rate_view_pair ON exchange_rate_view (organization_id, base, quote, effective_at, global_position);
SELECT ledger_protect_read_table('exchange_rate_view');
