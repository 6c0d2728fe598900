-- Customers and their payment methods. Personal data (email, name) stays in these columns only, so forgetting a
-- customer can erase it here as well as in the events.
CREATE TABLE customer_view (
    organization_id           UUID        NOT NULL,
    customer_id               UUID        PRIMARY KEY,
    external_reference        TEXT        NOT NULL,
    country                   CHAR(2)     NOT NULL,
    email                     TEXT,
    name                      TEXT,
    status                    TEXT        NOT NULL,
    default_payment_method_id UUID,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    aggregate_version         BIGINT      NOT NULL,
    last_global_position      BIGINT      NOT NULL,
    last_event_id             TEXT        NOT NULL,
    projector_version         INTEGER     NOT NULL
);
CREATE UNIQUE INDEX customer_view_reference ON customer_view (organization_id, external_reference);
CREATE INDEX customer_view_created ON customer_view (organization_id, created_at, customer_id);
CREATE INDEX customer_view_status ON customer_view (organization_id, status, created_at, customer_id);
SELECT ledger_protect_read_table('customer_view');

CREATE TABLE payment_method_view (
    organization_id      UUID        NOT NULL,
    payment_method_id    UUID        PRIMARY KEY,
    customer_id          UUID        NOT NULL,
    type                 TEXT        NOT NULL,
    card_brand           TEXT,
    card_last4           TEXT,
    card_expiry_month    INTEGER,
    card_expiry_year     INTEGER,
    masked_iban          TEXT,
    bank_name            TEXT,
    wallet_network       TEXT,
    wallet_address       TEXT,
    verified             BOOLEAN     NOT NULL,
    is_default           BOOLEAN     NOT NULL,
    status               TEXT        NOT NULL,
    added_at             TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE INDEX payment_method_view_customer ON payment_method_view (organization_id, customer_id, added_at, payment_method_id);
SELECT ledger_protect_read_table('payment_method_view');

-- Payment orders with their running totals; amounts in minor units of the order's currency.
CREATE TABLE payment_order_view (
    organization_id      UUID        NOT NULL,
    payment_order_id     UUID        PRIMARY KEY,
    order_number         TEXT        NOT NULL,
    customer_id          UUID        NOT NULL,
    payment_method_id    UUID,
    status               TEXT        NOT NULL,
    currency             CHAR(3)     NOT NULL,
    amount_minor         BIGINT      NOT NULL,
    fee_minor            BIGINT      NOT NULL,
    tax_minor            BIGINT      NOT NULL,
    authorized_minor     BIGINT      NOT NULL,
    captured_minor       BIGINT      NOT NULL,
    refunded_minor       BIGINT      NOT NULL,
    description          TEXT,
    provider_reference   TEXT,
    failure_code         TEXT,
    failure_retryable    BOOLEAN,
    failure_message      TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE UNIQUE INDEX payment_order_view_number ON payment_order_view (organization_id, order_number);
CREATE INDEX payment_order_view_created ON payment_order_view (organization_id, created_at, payment_order_id);
CREATE INDEX payment_order_view_status ON payment_order_view (organization_id, status, created_at, payment_order_id);
CREATE INDEX payment_order_view_customer ON payment_order_view (organization_id, customer_id, created_at, payment_order_id);
CREATE INDEX payment_order_view_amount ON payment_order_view (organization_id, amount_minor, payment_order_id);
SELECT ledger_protect_read_table('payment_order_view');

-- What payment gateways reported, one row an event: the audit trail of provider outcomes.
CREATE TABLE provider_transaction_view (
    organization_id         UUID        NOT NULL,
    event_id                TEXT        PRIMARY KEY,
    payment_order_id        UUID        NOT NULL,
    provider                TEXT        NOT NULL,
    provider_transaction_id TEXT        NOT NULL,
    raw_status              TEXT        NOT NULL,
    amount_minor            BIGINT,
    currency                CHAR(3),
    recorded_at             TIMESTAMPTZ NOT NULL,
    global_position         BIGINT      NOT NULL,
    projector_version       INTEGER     NOT NULL
);
CREATE INDEX provider_transaction_view_order ON provider_transaction_view (organization_id, payment_order_id, recorded_at);
SELECT ledger_protect_read_table('provider_transaction_view');
