-- Which invoice (and subscription) each invoice payment order pays, for the process that reports its outcome back.
CREATE TABLE invoice_payment_link (
    payment_order_id UUID PRIMARY KEY,
    organization_id  UUID NOT NULL,
    invoice_id       UUID NOT NULL,
    subscription_id  UUID
);
CREATE INDEX invoice_payment_link_invoice ON invoice_payment_link (invoice_id);
