package dev.ledger.command.catalog;

import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.kernel.catalog.PriceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** A price needs its product to be offered, a question for the product; both happen in one unit of work. */
final class PriceCreation {

    private final Repository<Product> productRepository;
    private final Repository<Price> priceRepository;

    // The parameters are named like Axon's repository beans, so Spring can pick them by name.
    PriceCreation(Repository<Product> productRepository, Repository<Price> priceRepository) {
        this.productRepository = productRepository;
        this.priceRepository = priceRepository;
    }

    @CommandHandler
    PriceId handle(CreatePrice command) throws Exception {
        productRepository.load(command.productId().toString())
                .execute(product -> product.confirmOffered(command.organizationId()));
        priceRepository.newInstance(() -> new Price(command));
        return command.priceId();
    }
}
