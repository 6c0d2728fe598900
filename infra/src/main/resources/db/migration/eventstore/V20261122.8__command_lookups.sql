-- Set-based rules the aggregates cannot check alone. Each table is written in the transaction that appends the
-- events it stands for, so it never disagrees with the event store.

-- External references are unique per organization.
CREATE TABLE customer_reference (
    organization_id    UUID NOT NULL,
    external_reference TEXT NOT NULL,
    customer_id        UUID NOT NULL,
    PRIMARY KEY (organization_id, external_reference)
);

-- Order numbers YYYYMMDD-NNNNNN: one gap-free counter per organization and day (a rolled-back order returns its number).
CREATE TABLE order_number_counter (
    organization_id UUID    NOT NULL,
    day             DATE    NOT NULL,
    last_value      BIGINT  NOT NULL,
    PRIMARY KEY (organization_id, day)
);

-- Payment orders still waiting on a payment method (created or authorized, not yet settled or called off).
CREATE TABLE pending_payment_order (
    organization_id   UUID NOT NULL,
    payment_order_id  UUID PRIMARY KEY,
    payment_method_id UUID NOT NULL
);
CREATE INDEX pending_payment_order_method ON pending_payment_order (organization_id, payment_method_id);
