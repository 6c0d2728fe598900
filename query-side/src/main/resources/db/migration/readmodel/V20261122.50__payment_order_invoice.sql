-- The invoice a payment order pays (PaymentOrderCreated revision 2). Orders created before it stay NULL, as a rebuild
-- from their revision 1 events would leave them.
ALTER TABLE payment_order_view ADD COLUMN invoice_id UUID;
CREATE INDEX payment_order_view_invoice ON payment_order_view (organization_id, invoice_id, created_at, payment_order_id)
    WHERE invoice_id IS NOT NULL;
