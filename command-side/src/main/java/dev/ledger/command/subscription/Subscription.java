package dev.ledger.command.subscription;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.Now;
import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.catalog.api.PriceCatalog;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.command.promo.api.PromoCodeCurrencyMismatch;
import dev.ledger.command.promo.api.PromoRedemptions;
import dev.ledger.command.subscription.api.ApplyPromoCode;
import dev.ledger.command.subscription.api.CancelSubscription;
import dev.ledger.command.subscription.api.ChangeSubscriptionPlan;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.command.subscription.api.DiscountAlreadyApplied;
import dev.ledger.command.subscription.api.MarkSubscriptionPastDue;
import dev.ledger.command.subscription.api.NotMetered;
import dev.ledger.command.subscription.api.PauseSubscription;
import dev.ledger.command.subscription.api.PlanChangeNotAllowed;
import dev.ledger.command.subscription.api.RecordUsage;
import dev.ledger.command.subscription.api.RecoverSubscription;
import dev.ledger.command.subscription.api.ResumeSubscription;
import dev.ledger.command.subscription.api.SubscriptionAction;
import dev.ledger.command.tax.api.TaxRates;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.billing.Proration;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.subscription.SubscriptionActivated;
import dev.ledger.kernel.subscription.SubscriptionBilled;
import dev.ledger.kernel.subscription.SubscriptionCancellationScheduled;
import dev.ledger.kernel.subscription.SubscriptionCanceled;
import dev.ledger.kernel.subscription.SubscriptionCreated;
import dev.ledger.kernel.subscription.SubscriptionDiscountApplied;
import dev.ledger.kernel.subscription.SubscriptionExpired;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionItem;
import dev.ledger.kernel.subscription.SubscriptionPastDue;
import dev.ledger.kernel.subscription.SubscriptionPaused;
import dev.ledger.kernel.subscription.SubscriptionPeriodStarted;
import dev.ledger.kernel.subscription.SubscriptionPlanChanged;
import dev.ledger.kernel.subscription.SubscriptionRecovered;
import dev.ledger.kernel.subscription.SubscriptionResumed;
import dev.ledger.kernel.subscription.SubscriptionStatus;
import dev.ledger.kernel.subscription.UsageKey;
import dev.ledger.kernel.subscription.UsageRecorded;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's subscription: trial, periods anchored at activation, renewal billing at each period end, plan changes
 * with proration, usage, a promo code, pause, cancellation, past due and expiry. Time-driven transitions are
 * deadlines ({@value #PERIOD_END}, {@value #GRACE_END}) that carry the moment they stand for, so a deadline that runs
 * late (after a restart, say) still bills the period it was scheduled for.
 */
@Aggregate(cache = "aggregateCache")
class Subscription {

    static final String PERIOD_END = "subscription-period-end";
    static final String GRACE_END = "subscription-grace-end";

    @AggregateIdentifier
    private SubscriptionId subscriptionId;
    private OrganizationId organizationId;
    private CustomerId customerId;
    private SubscriptionStatus status;
    private SubscriptionItem plan;
    private SubscriptionItem metered;
    private TaxJurisdiction taxJurisdiction;
    private int graceDays;
    private Instant anchor;
    private long periodNumber;
    private Instant periodStart;
    private Instant periodEnd;
    private boolean cancelAtPeriodEnd;
    private long periodUsage;
    private Set<UsageKey> usageKeys = new HashSet<>();
    private Set<UsageKey> previousUsageKeys = new HashSet<>();
    private final List<InvoiceLine> pendingProrations = new ArrayList<>();
    private PromoDiscount discount;
    private int discountedInvoicesLeft;
    private long creditBalance;
    private InvoiceId overdueInvoice;

    protected Subscription() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    @CommandHandler
    Subscription(CreateSubscription command, PriceCatalog prices, SupportedCurrencies currencies, TaxRates taxRates,
            DeadlineManager deadlines) {
        PriceTerms planTerms = prices.activeTerms(command.organizationId(), command.planPriceId());
        // The price's currency was supported when it was set; the organization may have dropped it since.
        currencies.confirmSupported(command.organizationId(), planTerms.currency());
        if (planTerms.metered()) {
            throw new PlanChangeNotAllowed("the plan must be a licensed price, not a metered one");
        }
        SubscriptionItem planItem = new SubscriptionItem(command.planPriceId(), planTerms, command.quantity());
        SubscriptionItem meteredItem = command.meteredPriceId() == null ? null : new SubscriptionItem(
                command.meteredPriceId(), prices.activeTerms(command.organizationId(), command.meteredPriceId()), 0);
        Instant now = Now.instant();
        int trialDays = command.trialDays() != null ? command.trialDays() : planTerms.trialDays();
        Instant trialEnd = trialDays == 0 ? null : now.plus(Duration.ofDays(trialDays));
        apply(new SubscriptionCreated(command.organizationId(), command.subscriptionId(), command.customerId(), planItem,
                meteredItem, command.taxJurisdiction(), now, trialEnd, command.pastDueGraceDays()))
                // In a constructor Axon applies events after it returns: what follows needs the created state.
                .andThen(() -> {
                    if (trialEnd != null) {
                        deadlines.schedule(trialEnd, PERIOD_END, new PeriodEnds(0, trialEnd));
                    } else {
                        activate(now, taxRates, deadlines);
                    }
                });
    }

    @CommandHandler
    void handle(ChangeSubscriptionPlan command, PriceCatalog prices, TaxRates taxRates) {
        guard(command.organizationId(), SubscriptionAction.CHANGE_PLAN);
        PriceTerms terms = prices.activeTerms(organizationId, command.priceId());
        if (terms.metered()) {
            throw new PlanChangeNotAllowed("the plan must be a licensed price, not a metered one");
        }
        if (!terms.currency().equals(plan.terms().currency()) || !terms.interval().equals(plan.terms().interval())) {
            throw new PlanChangeNotAllowed("the new price must have the plan's currency and interval");
        }
        SubscriptionItem next = new SubscriptionItem(command.priceId(), terms, command.quantity());
        List<InvoiceLine> prorations = new ArrayList<>();
        if (status == SubscriptionStatus.ACTIVE) {
            Instant now = Now.instant();
            TaxRate rate = taxRates.rateAt(organizationId, taxJurisdiction, now);
            CurrencyCode currency = plan.terms().currency();
            long credit = Proration.remainingShare(plan.periodAmountMinor(), periodStart, periodEnd, now);
            long charge = Proration.remainingShare(next.periodAmountMinor(), periodStart, periodEnd, now);
            if (credit > 0) {
                prorations.add(InvoiceLine.of(LineKind.PRORATION_CREDIT, "Unused time on " + describe(plan),
                        plan.quantity(), now, periodEnd, new Money(credit, currency), Money.zero(currency), rate));
            }
            if (charge > 0) {
                prorations.add(InvoiceLine.of(LineKind.PRORATION_CHARGE, "Remaining time on " + describe(next),
                        next.quantity(), now, periodEnd, new Money(charge, currency), Money.zero(currency), rate));
            }
        }
        apply(new SubscriptionPlanChanged(organizationId, subscriptionId, plan, next, Now.instant(), prorations));
    }

    /** Idempotent by key: a report whose key this or the previous period already counted records nothing. */
    @CommandHandler
    void handle(RecordUsage command) {
        guard(command.organizationId(), SubscriptionAction.RECORD_USAGE);
        if (metered == null) {
            throw new NotMetered(subscriptionId);
        }
        if (usageKeys.contains(command.idempotencyKey()) || previousUsageKeys.contains(command.idempotencyKey())) {
            return;
        }
        apply(new UsageRecorded(organizationId, subscriptionId, command.idempotencyKey(), command.quantity(),
                Now.instant(), Math.addExact(periodUsage, command.quantity())));
    }

    @CommandHandler
    void handle(ApplyPromoCode command, PromoRedemptions promoCodes) {
        guard(command.organizationId(), SubscriptionAction.APPLY_PROMO_CODE);
        if (discount != null) {
            throw new DiscountAlreadyApplied(subscriptionId);
        }
        PromoDiscount redeemed = promoCodes.redeem(organizationId, command.code(), customerId, subscriptionId);
        if (!redeemed.usableIn(plan.terms().currency())) {
            throw new PromoCodeCurrencyMismatch(command.code());
        }
        apply(new SubscriptionDiscountApplied(organizationId, subscriptionId,
                PromoRedemptions.idOf(organizationId, command.code()), command.code(), redeemed));
    }

    @CommandHandler
    void handle(PauseSubscription command) {
        guard(command.organizationId(), SubscriptionAction.PAUSE);
        apply(new SubscriptionPaused(organizationId, subscriptionId, Now.instant()));
    }

    @CommandHandler
    void handle(ResumeSubscription command) {
        guard(command.organizationId(), SubscriptionAction.RESUME);
        apply(new SubscriptionResumed(organizationId, subscriptionId, Now.instant()));
    }

    @CommandHandler
    void handle(CancelSubscription command, TaxRates taxRates, DeadlineManager deadlines) {
        guard(command.organizationId(), SubscriptionAction.CANCEL);
        if (command.atPeriodEnd()) {
            if (!cancelAtPeriodEnd) {
                apply(new SubscriptionCancellationScheduled(organizationId, subscriptionId,
                        periodEnd));
            }
            return;
        }
        Instant now = Now.instant();
        if (status != SubscriptionStatus.TRIALING && status != SubscriptionStatus.PAUSED) {
            billFinal(periodStart, now, taxRates);
        }
        end(deadlines);
        apply(new SubscriptionCanceled(organizationId, subscriptionId, now, command.reason()));
    }

    @CommandHandler
    void handle(MarkSubscriptionPastDue command, DeadlineManager deadlines) {
        guard(command.organizationId(), SubscriptionAction.MARK_PAST_DUE);
        if (status == SubscriptionStatus.PAST_DUE) {
            return; // the first overdue invoice's grace keeps running
        }
        Instant graceEnds = Now.instant().plus(Duration.ofDays(graceDays));
        apply(new SubscriptionPastDue(organizationId, subscriptionId, command.invoiceId(), graceEnds));
        deadlines.schedule(graceEnds, GRACE_END, new GraceEnds(command.invoiceId(), graceEnds));
    }

    /** Paying an invoice that never made the subscription past due changes nothing. */
    @CommandHandler
    void handle(RecoverSubscription command, DeadlineManager deadlines) {
        TenantGuard.requireOwner(organizationId, command.organizationId(), subscriptionId);
        if (status == SubscriptionStatus.PAST_DUE && command.invoiceId().equals(overdueInvoice)) {
            deadlines.cancelAllWithinScope(GRACE_END);
            apply(new SubscriptionRecovered(organizationId, subscriptionId, command.invoiceId()));
        }
    }

    @DeadlineHandler(deadlineName = PERIOD_END)
    void on(PeriodEnds due, TaxRates taxRates, DeadlineManager deadlines) {
        if (status.ended() || due.periodNumber() != periodNumber) {
            return; // a stale deadline of a period already handled
        }
        if (status == SubscriptionStatus.TRIALING) {
            if (cancelAtPeriodEnd) {
                apply(new SubscriptionCanceled(organizationId, subscriptionId, due.at(), "canceled during the trial"));
            } else {
                activate(due.at(), taxRates, deadlines);
            }
            return;
        }
        if (cancelAtPeriodEnd) {
            billFinal(periodStart, due.at(), taxRates);
            end(deadlines);
            apply(new SubscriptionCanceled(organizationId, subscriptionId, due.at(), "canceled at period end"));
            return;
        }
        startPeriod(periodNumber + 1, taxRates, deadlines, status != SubscriptionStatus.PAUSED);
    }

    @DeadlineHandler(deadlineName = GRACE_END)
    void on(GraceEnds due, DeadlineManager deadlines) {
        if (status == SubscriptionStatus.PAST_DUE && due.invoiceId().equals(overdueInvoice)) {
            end(deadlines);
            apply(new SubscriptionExpired(organizationId, subscriptionId, due.at()));
        }
    }

    private void activate(Instant at, TaxRates taxRates, DeadlineManager deadlines) {
        apply(new SubscriptionActivated(organizationId, subscriptionId, at));
        startPeriod(1, taxRates, deadlines, true);
    }

    /**
     * Bills usage of the period that ends, pending prorations and (unless paused) the plan for the period that
     * starts; a paused subscription with nothing used is not billed at all.
     */
    private void startPeriod(long number, TaxRates taxRates, DeadlineManager deadlines, boolean chargePlan) {
        BillingInterval interval = plan.terms().interval();
        Instant start = interval.periodEnd(anchor, number - 1);
        Instant end = interval.periodEnd(anchor, number);
        List<PeriodBill.Charge> charges = usageCharges();
        if (chargePlan) {
            charges.add(new PeriodBill.Charge(LineKind.SUBSCRIPTION, describe(plan), plan.quantity(), start, end,
                    plan.periodAmountMinor()));
        }
        if (!charges.isEmpty() || !pendingProrations.isEmpty()) {
            bill(charges, start, end, taxRates);
        }
        apply(new SubscriptionPeriodStarted(organizationId, subscriptionId, number, start, end));
        deadlines.schedule(end, PERIOD_END, new PeriodEnds(number, end));
    }

    private void billFinal(Instant start, Instant end, TaxRates taxRates) {
        List<PeriodBill.Charge> charges = usageCharges();
        if (!charges.isEmpty() || !pendingProrations.isEmpty()) {
            bill(charges, start, end.isAfter(start) ? end : start, taxRates);
        }
    }

    private void bill(List<PeriodBill.Charge> charges, Instant start, Instant end, TaxRates taxRates) {
        TaxRate rate = taxRates.rateAt(organizationId, taxJurisdiction, start);
        PeriodBill bill = PeriodBill.of(plan.terms().currency(), charges, pendingProrations,
                discountedInvoicesLeft > 0 ? discount : null, rate, creditBalance, start, end);
        apply(new SubscriptionBilled(organizationId, subscriptionId, InvoiceId.newId(), customerId, bill.lines(),
                bill.totals(), bill.creditCarried()));
    }

    private List<PeriodBill.Charge> usageCharges() {
        if (metered == null || periodUsage == 0 || periodStart == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(new PeriodBill.Charge(LineKind.USAGE, describe(metered), periodUsage,
                periodStart, periodEnd, metered.terms().tiers().amountFor(periodUsage))));
    }

    private void end(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(PERIOD_END);
        deadlines.cancelAllWithinScope(GRACE_END);
    }

    private void guard(OrganizationId asking, SubscriptionAction action) {
        TenantGuard.requireOwner(organizationId, asking, subscriptionId);
        SubscriptionLifecycle.require(subscriptionId, status, action);
    }

    private static String describe(SubscriptionItem item) {
        return "Price " + item.priceId() + (item.terms().metered() ? " (usage)" : " x " + item.quantity());
    }

    @EventSourcingHandler
    void on(SubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        organizationId = event.organizationId();
        customerId = event.customerId();
        plan = event.plan();
        metered = event.metered();
        taxJurisdiction = event.taxJurisdiction();
        graceDays = event.pastDueGraceDays();
        status = event.trialEndsAt() == null ? SubscriptionStatus.ACTIVE : SubscriptionStatus.TRIALING;
        periodNumber = 0;
        periodEnd = event.trialEndsAt();
    }

    @EventSourcingHandler
    void on(SubscriptionActivated event) {
        status = SubscriptionStatus.ACTIVE;
        anchor = event.at();
        periodUsage = 0; // usage during the trial is free
        usageKeys = new HashSet<>();
    }

    @EventSourcingHandler
    void on(SubscriptionPeriodStarted event) {
        periodNumber = event.periodNumber();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        periodUsage = 0;
        previousUsageKeys = usageKeys;
        usageKeys = new HashSet<>();
    }

    @EventSourcingHandler
    void on(SubscriptionBilled event) {
        pendingProrations.clear();
        creditBalance = event.creditCarried().amountMinor();
        if (discount != null && discountedInvoicesLeft > 0) {
            discountedInvoicesLeft--;
        }
    }

    @EventSourcingHandler
    void on(SubscriptionPlanChanged event) {
        plan = event.plan();
        pendingProrations.addAll(event.prorations());
    }

    @EventSourcingHandler
    void on(UsageRecorded event) {
        periodUsage = event.periodQuantity();
        usageKeys.add(event.idempotencyKey());
    }

    @EventSourcingHandler
    void on(SubscriptionDiscountApplied event) {
        discount = event.discount();
        discountedInvoicesLeft = event.discount().periods() == 0 ? Integer.MAX_VALUE : event.discount().periods();
    }

    @EventSourcingHandler
    void on(SubscriptionPaused event) {
        status = SubscriptionStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(SubscriptionResumed event) {
        status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionCancellationScheduled event) {
        cancelAtPeriodEnd = true;
    }

    @EventSourcingHandler
    void on(SubscriptionCanceled event) {
        status = SubscriptionStatus.CANCELED;
    }

    @EventSourcingHandler
    void on(SubscriptionPastDue event) {
        status = SubscriptionStatus.PAST_DUE;
        overdueInvoice = event.invoiceId();
    }

    @EventSourcingHandler
    void on(SubscriptionRecovered event) {
        status = SubscriptionStatus.ACTIVE;
        overdueInvoice = null;
    }

    @EventSourcingHandler
    void on(SubscriptionExpired event) {
        status = SubscriptionStatus.EXPIRED;
    }
}
