package dev.ledger.command.subscription;

import static dev.ledger.command.subscription.BillingTestData.ACME;
import static dev.ledger.command.subscription.BillingTestData.API_CALLS;
import static dev.ledger.command.subscription.BillingTestData.ARCHIVED;
import static dev.ledger.command.subscription.BillingTestData.BASIC;
import static dev.ledger.command.subscription.BillingTestData.BASIC_TERMS;
import static dev.ledger.command.subscription.BillingTestData.CUSTOMER;
import static dev.ledger.command.subscription.BillingTestData.EUR;
import static dev.ledger.command.subscription.BillingTestData.GERMANY;
import static dev.ledger.command.subscription.BillingTestData.GLOBEX;
import static dev.ledger.command.subscription.BillingTestData.PRO;
import static dev.ledger.command.subscription.BillingTestData.WELCOME;
import static dev.ledger.command.subscription.BillingTestData.YEARLY;
import static dev.ledger.command.subscription.BillingTestData.eur;

import dev.ledger.command.catalog.api.PriceIsArchived;
import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.subscription.api.ApplyPromoCode;
import dev.ledger.command.subscription.api.CancelSubscription;
import dev.ledger.command.subscription.api.ChangeSubscriptionPlan;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.command.subscription.api.DiscountAlreadyApplied;
import dev.ledger.command.subscription.api.IllegalSubscriptionTransition;
import dev.ledger.command.subscription.api.MarkSubscriptionPastDue;
import dev.ledger.command.subscription.api.NotMetered;
import dev.ledger.command.subscription.api.PauseSubscription;
import dev.ledger.command.subscription.api.PlanChangeNotAllowed;
import dev.ledger.command.subscription.api.RecordUsage;
import dev.ledger.command.subscription.api.RecoverSubscription;
import dev.ledger.command.subscription.api.ResumeSubscription;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.subscription.SubscriptionActivated;
import dev.ledger.kernel.subscription.SubscriptionBilled;
import dev.ledger.kernel.subscription.SubscriptionCanceled;
import dev.ledger.kernel.subscription.SubscriptionCreated;
import dev.ledger.kernel.subscription.SubscriptionExpired;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionItem;
import dev.ledger.kernel.subscription.SubscriptionPaused;
import dev.ledger.kernel.subscription.SubscriptionPeriodStarted;
import dev.ledger.kernel.subscription.UsageKey;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

    /** A payload of {@code type} for which {@code rule} holds; events with generated ids are checked this way. */
    static <T> org.hamcrest.Matcher<Object> payload(Class<T> type, java.util.function.Predicate<T> rule) {
        return new org.hamcrest.CustomTypeSafeMatcher<>("a " + type.getSimpleName() + " as expected") {
            @Override
            protected boolean matchesSafely(Object item) {
                return type.isInstance(item) && rule.test(type.cast(item));
            }
        };
    }

    private static final SubscriptionId SUBSCRIPTION = SubscriptionId.newId();
    private static final Instant START = Instant.parse("2026-01-31T00:00:00Z");

    private final AggregateTestFixture<Subscription> fixture = new AggregateTestFixture<>(Subscription.class);

    @BeforeEach
    void catalogAndUntaxed() {
        fixture.registerInjectableResource(new BillingTestData.Prices());
        fixture.registerInjectableResource(new BillingTestData.Currencies());
        fixture.registerInjectableResource(new BillingTestData.Taxes());
        fixture.registerInjectableResource(new BillingTestData.Promos());
        fixture.registerIgnoredField(SubscriptionBilled.class, "invoiceId");
    }

    private static CreateSubscription withoutTrial(long seats) {
        return new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, seats, API_CALLS, GERMANY, 0, 0);
    }

    @Test
    void withoutATrialTheFirstPeriodIsBilledInAdvanceAtCreation() {
        Instant end = Instant.parse("2026-02-28T00:00:00Z");
        InvoiceLine plan = InvoiceLine.of(LineKind.SUBSCRIPTION, "Price " + BASIC + " x 2", 2, START, end, eur(2_000),
                eur(0), TaxRate.none());
        fixture.givenCurrentTime(START)
                .when(withoutTrial(2))
                .expectEvents(
                        new SubscriptionCreated(ACME, SUBSCRIPTION, CUSTOMER, new SubscriptionItem(BASIC, BASIC_TERMS, 2),
                                new SubscriptionItem(API_CALLS, BillingTestData.API_TERMS, 0), GERMANY, START, null, 14),
                        new SubscriptionActivated(ACME, SUBSCRIPTION, START),
                        new SubscriptionBilled(ACME, SUBSCRIPTION, InvoiceId.newId(), CUSTOMER, List.of(plan),
                                InvoiceTotals.of(EUR, List.of(plan)), eur(0)),
                        new SubscriptionPeriodStarted(ACME, SUBSCRIPTION, 1, START, end))
                .expectScheduledDeadline(Duration.between(START, end), new PeriodEnds(1, end));
    }

    @Test
    void periodsAreCountedFromTheAnchorSoTheThirtyFirstComesBackAfterFebruary() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1))
                .whenTimeAdvancesTo(Instant.parse("2026-03-01T00:00:00Z"))
                .expectScheduledDeadline(Duration.ofDays(30), new PeriodEnds(2, Instant.parse("2026-03-31T00:00:00Z")));
    }

    @Test
    void aTrialDefersTheFirstPeriodToTheTrialEnd() {
        fixture.givenCurrentTime(START)
                .when(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, 1, null, GERMANY, null, 0))
                .expectScheduledDeadline(Duration.ofDays(14), new PeriodEnds(0, START.plus(Duration.ofDays(14))));
    }

    @Test
    void anArchivedPriceTakesNoNewSubscription() {
        fixture.givenNoPriorActivity()
                .when(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, ARCHIVED, 1, null, GERMANY, null, 0))
                .expectException(PriceIsArchived.class)
                .expectNoEvents();
    }

    @Test
    void aPriceInACurrencyTheOrganizationNoLongerBillsInTakesNoNewSubscription() {
        AggregateTestFixture<Subscription> dollarsOnly = new AggregateTestFixture<>(Subscription.class);
        dollarsOnly.registerInjectableResource(new BillingTestData.Prices());
        dollarsOnly.registerInjectableResource(new BillingTestData.Currencies(CurrencyCode.of("USD")));
        dollarsOnly.registerInjectableResource(new BillingTestData.Taxes());
        dollarsOnly.registerInjectableResource(new BillingTestData.Promos());

        dollarsOnly.givenNoPriorActivity()
                .when(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, 1, null, GERMANY, null, 0))
                .expectException(CurrencyNotSupported.class)
                .expectExceptionMessage("Currency EUR is not among the organization's supported currencies")
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aMeteredPriceCannotBeThePlan() {
        fixture.givenNoPriorActivity()
                .when(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, API_CALLS, 1, null, GERMANY, null, 0))
                .expectException(PlanChangeNotAllowed.class);
    }

    @Test
    void aQuantityOutsideThePriceBoundsIsRejected() {
        fixture.givenNoPriorActivity()
                .when(withoutTrial(101))
                .expectException(InvalidValue.class)
                .expectExceptionMessage("quantity: must be between 1 and 100");
    }

    @Test
    void aPlanChangeKeepsTheInterval() {
        fixture.givenCurrentTime(START).andGivenCommands(withoutTrial(1))
                .when(new ChangeSubscriptionPlan(ACME, SUBSCRIPTION, YEARLY, 1))
                .expectException(PlanChangeNotAllowed.class);
    }

    @Test
    void aPlanChangeAtTheStartOfThePeriodCreditsAndChargesWholePeriods() {
        fixture.givenCurrentTime(START).andGivenCommands(withoutTrial(1))
                .when(new ChangeSubscriptionPlan(ACME, SUBSCRIPTION, PRO, 1))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                payload(dev.ledger.kernel.subscription.SubscriptionPlanChanged.class, changed -> changed.prorations().equals(List.of(
                                        InvoiceLine.of(LineKind.PRORATION_CREDIT, "Unused time on Price " + BASIC + " x 1",
                                                1, START, Instant.parse("2026-02-28T00:00:00Z"), eur(1_000), eur(0), TaxRate.none()),
                                        InvoiceLine.of(LineKind.PRORATION_CHARGE, "Remaining time on Price " + PRO + " x 1",
                                                1, START, Instant.parse("2026-02-28T00:00:00Z"), eur(1_200), eur(0), TaxRate.none())))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void usageNeedsAMeteredPrice() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, 1, null, GERMANY, 0, 0))
                .when(new RecordUsage(ACME, SUBSCRIPTION, UsageKey.of("k"), 5))
                .expectException(NotMetered.class);
    }

    @Test
    void aRetriedUsageReportRecordsNothing() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1), new RecordUsage(ACME, SUBSCRIPTION, UsageKey.of("k-1"), 5))
                .when(new RecordUsage(ACME, SUBSCRIPTION, UsageKey.of("k-1"), 5))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondPromoCodeIsRejected() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1), new ApplyPromoCode(ACME, SUBSCRIPTION, WELCOME))
                .when(new ApplyPromoCode(ACME, SUBSCRIPTION, WELCOME))
                .expectException(DiscountAlreadyApplied.class);
    }

    @Test
    void aPausedSubscriptionStartsItsNextPeriodWithoutAnInvoice() {
        Instant end = Instant.parse("2026-02-28T00:00:00Z");
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1), new PauseSubscription(ACME, SUBSCRIPTION))
                .whenTimeAdvancesTo(end)
                .expectEvents(new SubscriptionPeriodStarted(ACME, SUBSCRIPTION, 2, end, Instant.parse("2026-03-31T00:00:00Z")));
    }

    @Test
    void onlyAPausedSubscriptionResumes() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1))
                .when(new ResumeSubscription(ACME, SUBSCRIPTION))
                .expectException(IllegalSubscriptionTransition.class)
                .expectExceptionMessage("Subscription " + SUBSCRIPTION + " is ACTIVE and cannot RESUME");
    }

    @Test
    void aCanceledSubscriptionCannotBePaused() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1), new CancelSubscription(ACME, SUBSCRIPTION, false, "no longer needed"))
                .when(new PauseSubscription(ACME, SUBSCRIPTION))
                .expectException(IllegalSubscriptionTransition.class);
    }

    @Test
    void cancelingNowBillsTheUsageSoFarAndStopsTheDeadlines() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1), new RecordUsage(ACME, SUBSCRIPTION, UsageKey.of("k"), 120))
                .when(new CancelSubscription(ACME, SUBSCRIPTION, false, "no longer needed"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                payload(SubscriptionBilled.class, billed -> billed.totals().equals(new InvoiceTotals(EUR, 220, 0, 0, 220))),
                                org.hamcrest.Matchers.<Object>instanceOf(SubscriptionCanceled.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPastDueSubscriptionExpiresWhenItsGraceEnds() {
        InvoiceId unpaid = InvoiceId.newId();
        fixture.givenCurrentTime(START)
                .andGivenCommands(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, 1, null, GERMANY, 0, 3),
                        new MarkSubscriptionPastDue(ACME, SUBSCRIPTION, unpaid))
                .whenTimeElapses(Duration.ofDays(3))
                .expectEvents(new SubscriptionExpired(ACME, SUBSCRIPTION, START.plus(Duration.ofDays(3))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void payingTheOverdueInvoiceCancelsTheExpiry() {
        InvoiceId unpaid = InvoiceId.newId();
        fixture.givenCurrentTime(START)
                .andGivenCommands(new CreateSubscription(ACME, SUBSCRIPTION, CUSTOMER, BASIC, 1, null, GERMANY, 0, 3),
                        new MarkSubscriptionPastDue(ACME, SUBSCRIPTION, unpaid))
                .when(new RecoverSubscription(ACME, SUBSCRIPTION, unpaid))
                .expectNoScheduledDeadlineWithName(Duration.ofDays(3), Subscription.GRACE_END);
    }

    @Test
    void anotherTenantsSubscriptionDoesNotExist() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1))
                .when(new PauseSubscription(GLOBEX, SUBSCRIPTION))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aRateChangeTaxesThePeriodsBilledFromItsEffectiveDateOn() {
        AggregateTestFixture<Subscription> taxed = new AggregateTestFixture<>(Subscription.class);
        taxed.registerInjectableResource(new BillingTestData.Prices());
        taxed.registerInjectableResource(new BillingTestData.Currencies());
        taxed.registerInjectableResource(new BillingTestData.Taxes()
                .scheduled(Instant.EPOCH, TaxRate.exclusive(1_900))
                .scheduled(Instant.parse("2026-02-15T00:00:00Z"), TaxRate.exclusive(2_000)));
        taxed.registerInjectableResource(new BillingTestData.Promos());
        taxed.givenCurrentTime(START)
                .andGivenCommands(withoutTrial(1))
                .whenTimeAdvancesTo(Instant.parse("2026-02-28T00:00:00Z"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                payload(SubscriptionBilled.class, billed -> billed.totals().equals(new InvoiceTotals(EUR, 1_000, 0, 200, 1_200))),
                                org.hamcrest.Matchers.<Object>instanceOf(SubscriptionPeriodStarted.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }
}
