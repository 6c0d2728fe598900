-- The currencies each organization bills in, for commands to check: its currency settings' set once it has one
-- (supported), before that its default currency alone. Written in the transaction that appends the events.
CREATE TABLE organization_currency (
    organization_id  UUID PRIMARY KEY,
    default_currency TEXT,
    supported        TEXT[]
);

-- Organizations and settings recorded before this table existed, from their events.
INSERT INTO organization_currency (organization_id, default_currency)
SELECT (payload::jsonb ->> 'organizationId')::uuid, payload::jsonb ->> 'defaultCurrency'
  FROM domainevententry
 WHERE payloadtype = 'dev.ledger.kernel.organization.OrganizationRegistered'
ON CONFLICT (organization_id) DO NOTHING;

INSERT INTO organization_currency (organization_id, supported)
SELECT DISTINCT ON (organization_id) organization_id, currencies
  FROM (SELECT (payload::jsonb ->> 'organizationId')::uuid AS organization_id,
               ARRAY(SELECT jsonb_array_elements_text(payload::jsonb -> 'currencies')) AS currencies,
               globalindex
          FROM domainevententry
         WHERE payloadtype = 'dev.ledger.kernel.currency.SupportedCurrenciesChanged') changes
 ORDER BY organization_id, globalindex DESC
ON CONFLICT (organization_id) DO UPDATE SET supported = EXCLUDED.supported;
