-- Subscriptions and invoices of billing; amounts in integer minor units of the row's currency.
CREATE TABLE subscription_view (
    organization_id      UUID        NOT NULL,
    subscription_id      UUID        PRIMARY KEY,
    customer_id          UUID        NOT NULL,
    status               TEXT        NOT NULL,
    plan_price_id        UUID        NOT NULL,
    quantity             BIGINT      NOT NULL,
    metered_price_id     UUID,
    currency             CHAR(3)     NOT NULL,
    trial_ends_at        TIMESTAMPTZ,
    period_number        BIGINT      NOT NULL,
    period_start         TIMESTAMPTZ,
    period_end           TIMESTAMPTZ,
    period_usage         BIGINT      NOT NULL,
    cancel_at_period_end BOOLEAN     NOT NULL,
    promo_code           TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE INDEX subscription_view_created ON subscription_view (organization_id, created_at, subscription_id);
CREATE INDEX subscription_view_customer ON subscription_view (organization_id, customer_id, created_at, subscription_id);
SELECT ledger_protect_read_table('subscription_view');

CREATE TABLE invoice_view (
    organization_id      UUID        NOT NULL,
    invoice_id           UUID        PRIMARY KEY,
    invoice_number       TEXT,
    customer_id          UUID        NOT NULL,
    subscription_id      UUID,
    status               TEXT        NOT NULL,
    currency             CHAR(3)     NOT NULL,
    subtotal_minor       BIGINT      NOT NULL,
    discount_minor       BIGINT      NOT NULL,
    tax_minor            BIGINT      NOT NULL,
    total_minor          BIGINT      NOT NULL,
    paid_minor           BIGINT      NOT NULL,
    credited_minor       BIGINT      NOT NULL,
    payment_order_id     UUID,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE UNIQUE INDEX invoice_view_number ON invoice_view (organization_id, invoice_number);
CREATE INDEX invoice_view_created ON invoice_view (organization_id, created_at, invoice_id);
CREATE INDEX invoice_view_subscription ON invoice_view (organization_id, subscription_id, created_at, invoice_id);
SELECT ledger_protect_read_table('invoice_view');

-- Lines are written once, with their invoice's draft, and never change: tax stays what it was at issue.
CREATE TABLE invoice_line_view (
    organization_id      UUID        NOT NULL,
    invoice_id           UUID        NOT NULL,
    line_number          INTEGER     NOT NULL,
    kind                 TEXT        NOT NULL,
    description          TEXT        NOT NULL,
    quantity             BIGINT      NOT NULL,
    period_start         TIMESTAMPTZ NOT NULL,
    period_end           TIMESTAMPTZ NOT NULL,
    amount_minor         BIGINT      NOT NULL,
    discount_minor       BIGINT      NOT NULL,
    tax_basis_points     INTEGER     NOT NULL,
    tax_inclusive        BOOLEAN     NOT NULL,
    tax_minor            BIGINT      NOT NULL,
    global_position      BIGINT      NOT NULL,
    projector_version    INTEGER     NOT NULL,
    PRIMARY KEY (invoice_id, line_number)
);
CREATE INDEX invoice_line_view_org ON invoice_line_view (organization_id, invoice_id);
SELECT ledger_protect_read_table('invoice_line_view');
