-- The catalog and billing settings as tenants read them. Tiers are "upTo:unitAmountMinor" pairs, "*" for the open tier.
CREATE TABLE product_view (
    organization_id      UUID        NOT NULL,
    product_id           UUID        PRIMARY KEY,
    sku                  TEXT        NOT NULL,
    name                 TEXT        NOT NULL,
    category             TEXT        NOT NULL,
    tags                 TEXT[]      NOT NULL,
    archived             BOOLEAN     NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE UNIQUE INDEX product_view_sku ON product_view (organization_id, sku);
CREATE INDEX product_view_created ON product_view (organization_id, created_at, product_id);
SELECT ledger_protect_read_table('product_view');

CREATE TABLE price_view (
    organization_id      UUID        NOT NULL,
    price_id             UUID        PRIMARY KEY,
    product_id           UUID        NOT NULL,
    currency             CHAR(3)     NOT NULL,
    interval_unit        TEXT,
    interval_count       INTEGER,
    tiers                TEXT        NOT NULL,
    metered              BOOLEAN     NOT NULL,
    trial_days           INTEGER     NOT NULL,
    min_quantity         BIGINT      NOT NULL,
    max_quantity         BIGINT      NOT NULL,
    archived             BOOLEAN     NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE INDEX price_view_product ON price_view (organization_id, product_id, created_at, price_id);
CREATE INDEX price_view_created ON price_view (organization_id, created_at, price_id);
SELECT ledger_protect_read_table('price_view');

CREATE TABLE promo_code_view (
    organization_id      UUID        NOT NULL,
    promo_code_id        UUID        PRIMARY KEY,
    code                 TEXT        NOT NULL,
    percent_basis_points INTEGER     NOT NULL,
    amount_off_minor     BIGINT,
    currency             CHAR(3),
    periods              INTEGER     NOT NULL,
    expires_at           TIMESTAMPTZ,
    max_redemptions      INTEGER     NOT NULL,
    once_per_customer    BOOLEAN     NOT NULL,
    redemptions          INTEGER     NOT NULL,
    active               BOOLEAN     NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    aggregate_version    BIGINT      NOT NULL,
    last_global_position BIGINT      NOT NULL,
    last_event_id        TEXT        NOT NULL,
    projector_version    INTEGER     NOT NULL
);
CREATE UNIQUE INDEX promo_code_view_code ON promo_code_view (organization_id, code);
CREATE INDEX promo_code_view_created ON promo_code_view (organization_id, created_at, promo_code_id);
SELECT ledger_protect_read_table('promo_code_view');

-- One row per scheduled rate; rows are never changed, a later rate is a new row.
CREATE TABLE tax_rate_view (
    organization_id      UUID        NOT NULL,
    tax_schedule_id      UUID        NOT NULL,
    effective_from       TIMESTAMPTZ NOT NULL,
    country              CHAR(2)     NOT NULL,
    region               TEXT,
    basis_points         INTEGER     NOT NULL,
    inclusive            BOOLEAN     NOT NULL,
    last_event_id        TEXT        NOT NULL,
    global_position      BIGINT      NOT NULL,
    projector_version    INTEGER     NOT NULL,
    PRIMARY KEY (tax_schedule_id, effective_from)
);
CREATE INDEX tax_rate_view_org ON tax_rate_view (organization_id, country, effective_from);
SELECT ledger_protect_read_table('tax_rate_view');
