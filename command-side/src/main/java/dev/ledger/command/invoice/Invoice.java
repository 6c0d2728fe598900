package dev.ledger.command.invoice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.Now;
import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.command.invoice.api.DraftInvoice;
import dev.ledger.command.invoice.api.CreditExceedsPaid;
import dev.ledger.command.invoice.api.FinalizeInvoice;
import dev.ledger.command.invoice.api.InvoiceAction;
import dev.ledger.command.invoice.api.InvoiceNumbers;
import dev.ledger.command.invoice.api.InvoicePaymentPending;
import dev.ledger.command.invoice.api.IssueCreditNote;
import dev.ledger.command.invoice.api.IssueInvoice;
import dev.ledger.command.invoice.api.MarkInvoiceUncollectible;
import dev.ledger.command.invoice.api.NotThePendingPayment;
import dev.ledger.command.invoice.api.PaymentDoesNotMatchAmountDue;
import dev.ledger.command.invoice.api.RecordInvoicePayment;
import dev.ledger.command.invoice.api.RecordInvoicePaymentFailure;
import dev.ledger.command.invoice.api.RequestInvoicePayment;
import dev.ledger.command.invoice.api.VoidInvoice;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.CreditNoteIssued;
import dev.ledger.kernel.invoice.InvoiceDrafted;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.invoice.InvoiceMarkedUncollectible;
import dev.ledger.kernel.invoice.InvoiceOpened;
import dev.ledger.kernel.invoice.InvoicePaid;
import dev.ledger.kernel.invoice.InvoicePaymentFailed;
import dev.ledger.kernel.invoice.InvoicePaymentRequested;
import dev.ledger.kernel.invoice.InvoiceStatus;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.InvoiceVoided;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.tax.TaxRate;
import dev.ledger.command.tax.api.TaxRates;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An invoice: drafted with lines whose tax is fixed at drafting (a later tax rate never changes it), opened under a
 * gap-free number, paid through one payment order at a time, voided, written off, and credited back by credit
 * notes up to what was paid.
 */
@Aggregate(cache = "aggregateCache")
class Invoice {

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private OrganizationId organizationId;
    private CustomerId customerId;
    private SubscriptionId subscriptionId;
    private InvoiceStatus status;
    private Money amountDue;
    private PaymentOrderId pendingPayment;
    private Money paid;
    private Money credited;

    protected Invoice() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    @CommandHandler
    Invoice(IssueInvoice command, InvoiceNumbers numbers) {
        InvoiceTotals totals = InvoiceTotals.of(command.lines().get(0).amount().currency(), command.lines());
        apply(new InvoiceDrafted(command.organizationId(), command.invoiceId(), command.customerId(),
                command.subscriptionId(), command.lines(), totals))
                // In a constructor Axon applies events after it returns: opening needs the drafted state.
                .andThen(() -> {
                    if (command.finalizeNow()) {
                        open(numbers);
                    }
                });
    }

    /** Tax is fixed here, at drafting, by the rate in effect now: a later rate never changes the invoice. */
    @CommandHandler
    Invoice(DraftInvoice command, SupportedCurrencies currencies, TaxRates taxRates, InvoiceNumbers numbers) {
        currencies.confirmSupported(command.organizationId(), command.currency());
        Instant now = Now.instant();
        TaxRate rate = taxRates.rateAt(command.organizationId(), command.taxJurisdiction(), now);
        List<InvoiceLine> lines = command.charges().stream()
                .map(charge -> InvoiceLine.of(LineKind.ONE_TIME, charge.description(), charge.quantity(), now, now,
                        charge.amount(), Money.zero(command.currency()), rate))
                .toList();
        apply(new InvoiceDrafted(command.organizationId(), command.invoiceId(), command.customerId(), null, lines,
                InvoiceTotals.of(command.currency(), lines)))
                .andThen(() -> {
                    if (command.finalizeNow()) {
                        open(numbers);
                    }
                });
    }

    @CommandHandler
    void handle(FinalizeInvoice command, InvoiceNumbers numbers) {
        guard(command.organizationId(), InvoiceAction.FINALIZE);
        open(numbers);
    }

    @CommandHandler
    void handle(RequestInvoicePayment command) {
        guard(command.organizationId(), InvoiceAction.REQUEST_PAYMENT);
        if (pendingPayment != null) {
            throw new InvoicePaymentPending(invoiceId);
        }
        apply(new InvoicePaymentRequested(organizationId, invoiceId, customerId, subscriptionId,
                command.paymentOrderId(), amountDue));
    }

    /** A payment arriving after a write-off still pays the invoice. */
    @CommandHandler
    void handle(RecordInvoicePayment command) {
        guard(command.organizationId(), InvoiceAction.RECORD_PAYMENT);
        requirePending(command.paymentOrderId());
        if (!command.amount().equals(amountDue)) {
            throw new PaymentDoesNotMatchAmountDue(command.amount(), amountDue);
        }
        apply(new InvoicePaid(organizationId, invoiceId, command.paymentOrderId(), command.amount()));
    }

    @CommandHandler
    void handle(RecordInvoicePaymentFailure command) {
        guard(command.organizationId(), InvoiceAction.RECORD_PAYMENT);
        requirePending(command.paymentOrderId());
        apply(new InvoicePaymentFailed(organizationId, invoiceId, command.paymentOrderId(), command.failure()));
    }

    @CommandHandler
    void handle(VoidInvoice command) {
        guard(command.organizationId(), InvoiceAction.VOID);
        if (pendingPayment != null) {
            throw new InvoicePaymentPending(invoiceId);
        }
        apply(new InvoiceVoided(organizationId, invoiceId, command.reason()));
    }

    @CommandHandler
    void handle(MarkInvoiceUncollectible command) {
        guard(command.organizationId(), InvoiceAction.MARK_UNCOLLECTIBLE);
        apply(new InvoiceMarkedUncollectible(organizationId, invoiceId, command.reason()));
    }

    @CommandHandler
    void handle(IssueCreditNote command) {
        guard(command.organizationId(), InvoiceAction.CREDIT);
        if (!command.amount().currency().equals(paid.currency())) {
            throw new InvalidValue("currency", "a credit note is in the invoice's currency " + paid.currency());
        }
        Money left = paid.minus(credited);
        if (command.amount().isGreaterThan(left)) {
            throw new CreditExceedsPaid(command.amount(), left);
        }
        apply(new CreditNoteIssued(organizationId, invoiceId, command.creditNoteId(), command.amount(),
                credited.plus(command.amount()), command.reason()));
    }

    /** Nothing due means nothing to collect: a zero invoice is paid as it opens. */
    private void open(InvoiceNumbers numbers) {
        apply(new InvoiceOpened(organizationId, invoiceId, numbers.next(organizationId), amountDue));
        if (amountDue.isZero()) {
            apply(new InvoicePaid(organizationId, invoiceId, null, amountDue));
        }
    }

    private void requirePending(PaymentOrderId paymentOrderId) {
        if (!paymentOrderId.equals(pendingPayment)) {
            throw new NotThePendingPayment(invoiceId, paymentOrderId);
        }
    }

    private void guard(OrganizationId asking, InvoiceAction action) {
        TenantGuard.requireOwner(organizationId, asking, invoiceId);
        InvoiceLifecycle.require(invoiceId, status, action);
    }

    @EventSourcingHandler
    void on(InvoiceDrafted event) {
        invoiceId = event.invoiceId();
        organizationId = event.organizationId();
        customerId = event.customerId();
        subscriptionId = event.subscriptionId();
        status = InvoiceStatus.DRAFT;
        amountDue = event.totals().total();
        paid = Money.zero(amountDue.currency());
        credited = Money.zero(amountDue.currency());
    }

    @EventSourcingHandler
    void on(InvoiceOpened event) {
        status = InvoiceStatus.OPEN;
    }

    @EventSourcingHandler
    void on(InvoicePaymentRequested event) {
        pendingPayment = event.paymentOrderId();
    }

    @EventSourcingHandler
    void on(InvoicePaymentFailed event) {
        pendingPayment = null;
    }

    @EventSourcingHandler
    void on(InvoicePaid event) {
        status = InvoiceStatus.PAID;
        pendingPayment = null;
        paid = event.amount();
    }

    @EventSourcingHandler
    void on(InvoiceVoided event) {
        status = InvoiceStatus.VOID;
    }

    @EventSourcingHandler
    void on(InvoiceMarkedUncollectible event) {
        status = InvoiceStatus.UNCOLLECTIBLE;
    }

    @EventSourcingHandler
    void on(CreditNoteIssued event) {
        credited = event.totalCredited();
    }
}
