package dev.ledger.command.subscription;

import static dev.ledger.command.subscription.BillingTestData.ACME;
import static dev.ledger.command.subscription.BillingTestData.API_CALLS;
import static dev.ledger.command.subscription.BillingTestData.BASIC;
import static dev.ledger.command.subscription.BillingTestData.CUSTOMER;
import static dev.ledger.command.subscription.BillingTestData.GERMANY;
import static dev.ledger.command.subscription.BillingTestData.PRO;
import static dev.ledger.command.subscription.BillingTestData.WELCOME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.subscription.api.ApplyPromoCode;
import dev.ledger.command.subscription.api.CancelSubscription;
import dev.ledger.command.subscription.api.ChangeSubscriptionPlan;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.command.subscription.api.MarkSubscriptionPastDue;
import dev.ledger.command.subscription.api.RecordUsage;
import dev.ledger.command.subscription.api.RecoverSubscription;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.subscription.SubscriptionBilled;
import dev.ledger.kernel.subscription.SubscriptionCanceled;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionPastDue;
import dev.ledger.kernel.subscription.SubscriptionRecovered;
import dev.ledger.kernel.subscription.UsageKey;
import dev.ledger.kernel.subscription.UsageRecorded;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * A monthly subscription from its trial to its cancellation, on the fixture's simulated clock: 3 seats at 10.00 EUR
 * with a 14-day trial and metered API calls, 19 % German VAT, 10 % off the first three invoices, three renewals with
 * usage, a move to 5 seats at 12.00 EUR in the middle of the second period, a failed payment and its recovery, and a
 * cancellation at the end of the fourth period. Every invoice is asserted to the cent.
 */
class MonthlySubscriptionScenarioTest {

    private static final SubscriptionId SUBSCRIPTION = SubscriptionId.newId();
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final AggregateTestFixture<Subscription> fixture = new AggregateTestFixture<>(Subscription.class);

    MonthlySubscriptionScenarioTest() {
        fixture.registerInjectableResource(new BillingTestData.Prices());
        fixture.registerInjectableResource(new BillingTestData.Currencies());
        fixture.registerInjectableResource(
                new BillingTestData.Taxes().scheduled(Instant.EPOCH, TaxRate.exclusive(1_900)));
        fixture.registerInjectableResource(new BillingTestData.Promos());
    }

    @Test
    void aMonthlySubscriptionIsBilledToTheCentFromTrialToCancellation() {
        fixture.givenCurrentTime(START);
        fixture.andGivenCommands(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, 3, API_CALLS, GERMANY, null, 0),
                new ApplyPromoCode(ACME, SUBSCRIPTION, WELCOME));
        assertThat(invoices()).isEmpty();

        // Trial ends on 15 January: the first period is billed in advance, 10 % off.
        fixture.whenTimeAdvancesTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(invoices()).hasSize(1);
        assertTotals(invoice(0), 3_000, 300, 513, 3_213);
        assertLine(invoice(0), LineKind.SUBSCRIPTION, 3_000, 300, 513);

        // 250 calls, one report retried: counted once.
        fixture.andGivenCommands(usage("r-1", 100), usage("r-2", 150), usage("r-2", 150));
        assertThat(events(UsageRecorded.class)).hasSize(2);

        // First renewal: usage in arrears (100 x 0.02 + 150 x 0.01 = 3.50) and the plan in advance, both 10 % off.
        fixture.whenTimeAdvancesTo(Instant.parse("2026-02-15T00:00:00Z"));
        assertThat(invoices()).hasSize(2);
        assertLine(invoice(1), LineKind.USAGE, 350, 35, 60);
        assertTotals(invoice(1), 3_350, 335, 573, 3_588);

        // 1 March 10:00, 13 days 14 hours of the 28-day period left: to 5 seats at 12.00.
        fixture.whenTimeAdvancesTo(Instant.parse("2026-03-01T10:00:00Z"));
        fixture.andGivenCommands(new ChangeSubscriptionPlan(ACME, SUBSCRIPTION, PRO, 5), usage("r-3", 40));

        // Second renewal: prorations (credit 30.00 x 1173600/2419200 = 14.55, charge 60.00 x the same = 29.11).
        fixture.whenTimeAdvancesTo(Instant.parse("2026-03-15T00:00:00Z"));
        assertThat(invoices()).hasSize(3);
        assertLine(invoice(2), LineKind.PRORATION_CREDIT, 1_455, 0, 276);
        assertLine(invoice(2), LineKind.PRORATION_CHARGE, 2_911, 0, 553);
        assertLine(invoice(2), LineKind.USAGE, 80, 8, 14);
        assertLine(invoice(2), LineKind.SUBSCRIPTION, 6_000, 600, 1_026);
        assertTotals(invoice(2), 7_536, 608, 1_317, 8_245);

        // Its payment fails: past due; five days later it is paid.
        fixture.andGivenCommands(new MarkSubscriptionPastDue(ACME, SUBSCRIPTION, invoice(2).invoiceId()));
        assertThat(events(SubscriptionPastDue.class)).singleElement()
                .satisfies(pastDue -> assertThat(pastDue.graceEndsAt()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z")));
        fixture.whenTimeAdvancesTo(Instant.parse("2026-03-20T00:00:00Z"));
        fixture.andGivenCommands(new RecoverSubscription(ACME, SUBSCRIPTION, invoice(2).invoiceId()), usage("r-4", 1_200));
        assertThat(events(SubscriptionRecovered.class)).hasSize(1);

        // Third renewal: the promo code's three invoices are used up; the grace deadline was canceled.
        fixture.whenTimeAdvancesTo(Instant.parse("2026-04-15T00:00:00Z"));
        assertThat(invoices()).hasSize(4);
        assertLine(invoice(3), LineKind.USAGE, 1_300, 0, 247);
        assertTotals(invoice(3), 7_300, 0, 1_387, 8_687);

        // Canceled at period end: the last usage is billed, no further period.
        fixture.andGivenCommands(usage("r-5", 10), new CancelSubscription(ACME, SUBSCRIPTION, true, "moving on"));
        fixture.whenTimeAdvancesTo(Instant.parse("2026-05-15T00:00:00Z"));
        assertThat(invoices()).hasSize(5);
        assertTotals(invoice(4), 20, 0, 4, 24);
        assertThat(events(SubscriptionCanceled.class)).singleElement()
                .satisfies(canceled -> assertThat(canceled.at()).isEqualTo(Instant.parse("2026-05-15T00:00:00Z")));

        fixture.whenTimeAdvancesTo(Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(invoices()).hasSize(5);
        assertThat(invoices().stream().mapToLong(billed -> billed.totals().totalMinor()).sum())
                .isEqualTo(3_213 + 3_588 + 8_245 + 8_687 + 24);
    }

    private RecordUsage usage(String key, long quantity) {
        return new RecordUsage(ACME, SUBSCRIPTION, UsageKey.of(key), quantity);
    }

    private SubscriptionBilled invoice(int index) {
        return invoices().get(index);
    }

    private List<SubscriptionBilled> invoices() {
        return events(SubscriptionBilled.class);
    }

    private <T> List<T> events(Class<T> type) {
        return fixture.getEventStore().readEvents(SUBSCRIPTION.toString()).asStream()
                .map(Message::getPayload).filter(type::isInstance).map(type::cast).toList();
    }

    private static void assertTotals(SubscriptionBilled billed, long subtotal, long discount, long tax, long total) {
        assertThat(billed.totals()).isEqualTo(new InvoiceTotals(BillingTestData.EUR, subtotal, discount, tax, total));
    }

    private static void assertLine(SubscriptionBilled billed, LineKind kind, long amount, long discount, long tax) {
        InvoiceLine line = billed.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
        assertThat(List.of(line.amount().amountMinor(), line.discount().amountMinor(), line.tax().amountMinor()))
                .as(kind.name()).containsExactly(amount, discount, tax);
    }
}
