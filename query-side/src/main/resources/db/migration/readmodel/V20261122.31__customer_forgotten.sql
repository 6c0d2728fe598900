-- When the customer was forgotten (GDPR erasure); its email and name are NULL from then on.
ALTER TABLE customer_view ADD COLUMN forgotten_at TIMESTAMPTZ;
