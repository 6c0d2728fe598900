package dev.ledger.command.catalog;

import dev.ledger.command.catalog.api.PriceCatalog;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import org.axonframework.modelling.command.Repository;

/** Answers {@link PriceCatalog} from the price aggregate itself, in the caller's unit of work. */
final class CatalogPrices implements PriceCatalog {

    private final Repository<Price> priceRepository;

    CatalogPrices(Repository<Price> priceRepository) {
        this.priceRepository = priceRepository;
    }

    @Override
    public PriceTerms activeTerms(OrganizationId organizationId, PriceId priceId) {
        InvalidValue.required("priceId", priceId);
        return priceRepository.load(priceId.toString()).invoke(price -> price.activeTerms(organizationId));
    }
}
