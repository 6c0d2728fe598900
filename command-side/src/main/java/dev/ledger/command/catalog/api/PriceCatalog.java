package dev.ledger.command.catalog.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;

/** The terms of a price new subscriptions or plan changes may choose: it exists in the organization and is active. */
public interface PriceCatalog {

    PriceTerms activeTerms(OrganizationId organizationId, PriceId priceId);
}
