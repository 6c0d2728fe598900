package dev.ledger.command.catalog;

import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.kernel.catalog.PriceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * A price needs its currency to be one the organization bills in and its product to be offered, a question for the
 * product; all happen in one unit of work.
 */
final class PriceCreation {

    private final Repository<Product> productRepository;
    private final Repository<Price> priceRepository;
    private final SupportedCurrencies currencies;

    // The parameters are named like Axon's repository beans, so Spring can pick them by name.
    PriceCreation(Repository<Product> productRepository, Repository<Price> priceRepository,
            SupportedCurrencies currencies) {
        this.productRepository = productRepository;
        this.priceRepository = priceRepository;
        this.currencies = currencies;
    }

    @CommandHandler
    PriceId handle(CreatePrice command) throws Exception {
        currencies.confirmSupported(command.organizationId(), command.terms().currency());
        productRepository.load(command.productId().toString())
                .execute(product -> product.confirmOffered(command.organizationId()));
        priceRepository.newInstance(() -> new Price(command));
        return command.priceId();
    }
}
