package dev.ledger.command.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.catalog.api.ArchivePrice;
import dev.ledger.command.catalog.api.ArchiveProduct;
import dev.ledger.command.catalog.api.CreateProduct;
import dev.ledger.command.catalog.api.PriceIsArchived;
import dev.ledger.command.catalog.api.ProductIsArchived;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.price.PriceArchived;
import dev.ledger.kernel.price.PriceCreated;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.catalog.ProductArchived;
import dev.ledger.kernel.catalog.ProductCreated;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final Sku SKU = Sku.of("seat-basic");
    private static final ProductId PRODUCT = ProductId.forSku(ACME, SKU);
    private static final PriceId PRICE = PriceId.newId();
    private static final PriceTerms TERMS = new PriceTerms(CurrencyCode.of("EUR"), BillingInterval.monthly(),
            PriceTiers.flat(1_000), false, 14, 1, 100);

    private final AggregateTestFixture<Product> products = new AggregateTestFixture<>(Product.class);
    private final AggregateTestFixture<Price> prices = new AggregateTestFixture<>(Price.class);

    @Test
    void aProductsIdFollowsFromItsSkuWithinTheOrganization() {
        assertThat(ProductId.forSku(ACME, SKU)).isEqualTo(PRODUCT);
        assertThat(ProductId.forSku(OrganizationId.newId(), SKU)).isNotEqualTo(PRODUCT);
        products.givenNoPriorActivity()
                .when(new CreateProduct(ACME, SKU, "Basic seat", "seats", List.of("core", "core", "b2b")))
                .expectEvents(new ProductCreated(ACME, PRODUCT, SKU, "Basic seat", "seats", List.of("core", "b2b")));
    }

    @Test
    void aBlankNameIsRejectedBeforeAnythingHappens() {
        assertThatThrownBy(() -> new CreateProduct(ACME, SKU, " ", "seats", null))
                .isInstanceOf(InvalidValue.class).hasMessage("name: must not be blank");
    }

    @Test
    void anArchivedProductIsNotOffered() {
        products.given(new ProductCreated(ACME, PRODUCT, SKU, "Basic seat", "seats", List.of()), new ProductArchived(ACME, PRODUCT))
                .whenInvoking(PRODUCT.toString(), product -> product.confirmOffered(ACME))
                .expectException(ProductIsArchived.class);
    }

    @Test
    void archivingAProductTwiceRecordsItOnce() {
        products.given(new ProductCreated(ACME, PRODUCT, SKU, "Basic seat", "seats", List.of()), new ProductArchived(ACME, PRODUCT))
                .when(new ArchiveProduct(ACME, PRODUCT))
                .expectNoEvents();
    }

    @Test
    void anArchivedPriceKeepsItsTermsButTakesNoNewUse() {
        prices.given(new PriceCreated(ACME, PRICE, PRODUCT, TERMS))
                .when(new ArchivePrice(ACME, PRICE))
                .expectEvents(new PriceArchived(ACME, PRICE));
        prices.given(new PriceCreated(ACME, PRICE, PRODUCT, TERMS), new PriceArchived(ACME, PRICE))
                .whenInvoking(PRICE.toString(), price -> price.activeTerms(ACME))
                .expectException(PriceIsArchived.class);
    }

    @Test
    void aMeteredPriceMustRecur() {
        assertThatThrownBy(() -> new PriceTerms(CurrencyCode.of("EUR"), null, PriceTiers.flat(5), true, 0, 0, 1))
                .isInstanceOf(InvalidValue.class).hasMessage("interval: a metered price must recur");
    }
}
