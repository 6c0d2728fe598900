package dev.ledger.command.catalog;

import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceCreationTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final ProductId PRODUCT = ProductId.forSku(ACME, Sku.of("seat-basic"));
    private static final PriceId PRICE = PriceId.newId();

    private final AggregateTestFixture<Price> prices = new AggregateTestFixture<>(Price.class);
    private final AggregateTestFixture<Product> products = new AggregateTestFixture<>(Product.class);

    @BeforeEach
    void acmeBillsInEuros() {
        SupportedCurrencies euroOnly = (organization, currency) -> {
            if (!currency.code().equals("EUR")) {
                throw new CurrencyNotSupported(currency);
            }
        };
        prices.registerAnnotatedCommandHandler(new PriceCreation(products.getRepository(), prices.getRepository(), euroOnly));
    }

    @Test
    void aPriceInACurrencyTheOrganizationDoesNotBillInIsRefusedBeforeItsProductIsAsked() {
        prices.givenNoPriorActivity()
                .when(new CreatePrice(ACME, PRICE, PRODUCT, new PriceTerms(CurrencyCode.of("USD"),
                        BillingInterval.monthly(), PriceTiers.flat(1_000), false, 0, 1, 100)))
                .expectException(CurrencyNotSupported.class)
                .expectExceptionMessage("Currency USD is not among the organization's supported currencies")
                .expectNoEvents();
    }
}
