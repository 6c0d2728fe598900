package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.catalog.api.CreateProduct;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.promo.api.CreatePromoCode;
import dev.ledger.command.promo.api.PromoCodeExhausted;
import dev.ledger.command.subscription.api.ApplyPromoCode;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.command.subscription.api.RecordUsage;
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
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.UsageKey;
import dev.ledger.kernel.tax.TaxJurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Billing on the running service: real PostgreSQL, the persistent deadline manager and the invoice-issuing process. */
class BillingServiceTest extends ServiceTest {

    @Autowired
    CommandGateway commands;

    private final OrganizationId organization = OrganizationId.newId();
    private final PriceId seat = PriceId.newId();

    @BeforeEach
    void aSeatPriceOfTenEuros() {
        commands.sendAndWait(new RegisterOrganization(organization, new OrganizationName("Seats"), CurrencyCode.of("EUR")));
        ProductId product = commands.sendAndWait(new CreateProduct(organization, Sku.of("seat"), "Seat", "seats", List.of()));
        commands.sendAndWait(new CreatePrice(organization, seat, product, new PriceTerms(CurrencyCode.of("EUR"),
                BillingInterval.monthly(), PriceTiers.flat(1_000), false, 0, 1, 100)));
    }

    private SubscriptionId subscribe(int seats) {
        SubscriptionId subscription = SubscriptionId.newId();
        commands.sendAndWait(new CreateSubscription(organization, subscription, CustomerId.newId(), seat, seats, null,
                TaxJurisdiction.of("DE"), null, 0));
        return subscription;
    }

    @Test
    void aBilledPeriodIsIssuedAsANumberedInvoiceAndItsRenewalIsAPersistentDeadline() throws Exception {
        SubscriptionId subscription = subscribe(3);

        awaitCount("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'dev.ledger.kernel.invoice.InvoiceOpened' AND payload LIKE '%' || ? || '%'
                """, organization.toString(), 1);
        String opened = jdbc.sql("""
                        SELECT payload FROM domainevententry
                        WHERE payloadtype = 'dev.ledger.kernel.invoice.InvoiceOpened' AND payload LIKE '%' || ? || '%'
                        """).param(organization.toString()).query(String.class).single();
        assertThat(json.readTree(opened).get("invoiceNumber").asText()).isEqualTo("INV-000001");
        assertThat(json.readTree(opened).at("/amountDue/amountMinor").asLong()).isEqualTo(3_000);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_data IS NOT NULL AND execution_time > now() + interval '27 days'")
                .query(Long.class).single()).isPositive();
        String created = jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")
                .param(subscription.toString()).query(String.class).single();
        assertThat(json.readTree(created).get("startedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void aPromoCodeIsNeverRedeemedMoreOftenThanItsMaximumUnderConcurrency() throws Exception {
        CouponCode code = CouponCode.of("FIRST-FIVE");
        commands.sendAndWait(new CreatePromoCode(organization, code, PromoDiscount.percent(1_000, 1), null, 5, false));
        List<SubscriptionId> subscriptions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            subscriptions.add(subscribe(1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (SubscriptionId subscription : subscriptions) {
            Callable<Boolean> apply = () -> {
                try {
                    commands.sendAndWait(new ApplyPromoCode(organization, subscription, code));
                    return true;
                } catch (PromoCodeExhausted exhausted) {
                    return false;
                }
            };
            outcomes.add(pool.submit(apply));
        }
        long redeemed = 0;
        for (Future<Boolean> outcome : outcomes) {
            redeemed += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(redeemed).isEqualTo(5);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE payloadtype = 'dev.ledger.kernel.promo.PromoCodeRedeemed' AND payload LIKE '%' || ? || '%'
                        """).param(organization.toString()).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aRetriedUsageReportIsStoredOnce() {
        SubscriptionId subscription = SubscriptionId.newId();
        PriceId calls = PriceId.newId();
        ProductId api = commands.sendAndWait(new CreateProduct(organization, Sku.of("api"), "API", "usage", List.of()));
        commands.sendAndWait(new CreatePrice(organization, calls, api, new PriceTerms(CurrencyCode.of("EUR"),
                BillingInterval.monthly(), PriceTiers.flat(1), true, 0, 0, 1)));
        commands.sendAndWait(new CreateSubscription(organization, subscription, CustomerId.newId(), seat, 1, calls,
                TaxJurisdiction.of("DE"), null, 0));

        for (int attempt = 0; attempt < 3; attempt++) {
            commands.sendAndWait(new RecordUsage(organization, subscription, UsageKey.of("batch-7"), 40));
        }

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype = 'dev.ledger.kernel.subscription.UsageRecorded'
                        """).param(subscription.toString()).query(Long.class).single()).isEqualTo(1);
    }
}
