package dev.ledger.app;

import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.catalog.api.CreateProduct;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service on a controllable clock: Axon's clock drives both the handlers' "now" and when the persistent deadline
 * manager finds a deadline due, so moving it past a trial's end makes the stored deadline fire and bill.
 */
class BillingClockTest extends ServiceTest {

    /** A clock that stands still until moved. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    CommandGateway commands;

    private final Clock original = GenericEventMessage.clock;

    @AfterEach
    void restoreTheClock() {
        GenericEventMessage.clock = original;
    }

    @Test
    void aStoredTrialEndFiresWhenTheClockPassesItAndBillsTheFirstPeriod() throws Exception {
        MovableClock clock = new MovableClock(Instant.now());
        GenericEventMessage.clock = clock;
        OrganizationId organization = OrganizationId.newId();
        commands.sendAndWait(new RegisterOrganization(organization, new OrganizationName("Clocked"), CurrencyCode.of("EUR")));
        ProductId product = commands.sendAndWait(new CreateProduct(organization, Sku.of("seat"), "Seat", "seats", List.of()));
        PriceId price = PriceId.newId();
        commands.sendAndWait(new CreatePrice(organization, price, product, new PriceTerms(CurrencyCode.of("EUR"),
                BillingInterval.monthly(), PriceTiers.flat(1_000), false, 1, 1, 10)));
        SubscriptionId subscription = SubscriptionId.newId();
        commands.sendAndWait(new CreateSubscription(organization, subscription, CustomerId.newId(), price, 2, null,
                TaxJurisdiction.of("DE"), null, 0));
        String activated = """
                SELECT count(*) FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype = 'dev.ledger.kernel.subscription.SubscriptionBilled'
                """;
        awaitCount("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", subscription.toString(), 1);

        clock.advance(Duration.ofDays(1).plusSeconds(1));

        awaitCount(activated, subscription.toString(), 1);
        awaitCount("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'dev.ledger.kernel.invoice.InvoiceOpened' AND payload LIKE '%' || ? || '%'
                """, organization.toString(), 1);
    }
}
