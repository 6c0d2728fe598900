package dev.ledger.command.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.command.invoice.api.CreditExceedsPaid;
import dev.ledger.command.invoice.api.DraftInvoice;
import dev.ledger.command.invoice.api.OneTimeCharge;
import dev.ledger.command.tax.api.TaxRates;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.command.invoice.api.FinalizeInvoice;
import dev.ledger.command.invoice.api.IllegalInvoiceTransition;
import dev.ledger.command.invoice.api.InvoiceNumbers;
import dev.ledger.command.invoice.api.InvoicePaymentPending;
import dev.ledger.command.invoice.api.IssueCreditNote;
import dev.ledger.command.invoice.api.IssueInvoice;
import dev.ledger.command.invoice.api.NotThePendingPayment;
import dev.ledger.command.invoice.api.PaymentDoesNotMatchAmountDue;
import dev.ledger.command.invoice.api.RecordInvoicePayment;
import dev.ledger.command.invoice.api.RecordInvoicePaymentFailure;
import dev.ledger.command.invoice.api.RequestInvoicePayment;
import dev.ledger.command.invoice.api.VoidInvoice;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.CreditNoteId;
import dev.ledger.kernel.invoice.CreditNoteIssued;
import dev.ledger.kernel.invoice.InvoiceDrafted;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceNumber;
import dev.ledger.kernel.invoice.InvoiceOpened;
import dev.ledger.kernel.invoice.InvoicePaid;
import dev.ledger.kernel.invoice.InvoicePaymentFailed;
import dev.ledger.kernel.invoice.InvoicePaymentRequested;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final InvoiceId INVOICE = InvoiceId.newId();
    private static final CustomerId CUSTOMER = CustomerId.newId();
    private static final PaymentOrderId ORDER = PaymentOrderId.newId();
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    /** 19.99 EUR with 19 % VAT included: 3.19 of it is tax. */
    private static final InvoiceLine LINE = InvoiceLine.of(LineKind.ONE_TIME, "Setup", 1, JAN, FEB, eur(1_999), eur(0),
            TaxRate.inclusive(1_900));
    private static final InvoiceTotals TOTALS = InvoiceTotals.of(LINE.amount().currency(), List.of(LINE));

    private final AggregateTestFixture<Invoice> fixture = new AggregateTestFixture<>(Invoice.class);
    private final AtomicLong sequence = new AtomicLong();

    @BeforeEach
    void numbers() {
        fixture.registerInjectableResource((InvoiceNumbers) organization -> InvoiceNumber.of(sequence.incrementAndGet()));
        // ACME bills in EUR; Germany taxes 19 % on top from the start of March on, nothing before.
        fixture.registerInjectableResource((SupportedCurrencies) (organization, currency) -> {
            if (!currency.code().equals("EUR")) {
                throw new CurrencyNotSupported(currency);
            }
        });
        fixture.registerInjectableResource((TaxRates) (organization, jurisdiction, at) ->
                jurisdiction.country().code().equals("DE") && !at.isBefore(MARCH) ? TaxRate.exclusive(1_900) : TaxRate.none());
    }

    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MARCH_2 = Instant.parse("2026-03-02T09:30:00Z");

    private static DraftInvoice setupAndTraining(boolean finalizeNow) {
        return new DraftInvoice(ACME, INVOICE, CUSTOMER, TaxJurisdiction.of("DE"),
                List.of(new OneTimeCharge("Setup", 1, eur(10_000)), new OneTimeCharge("Training hour", 3, eur(12_050))),
                finalizeNow);
    }

    /** Setup 100.00 + 19.00 tax, three training hours 361.50 + 68.68 tax (68.685 rounded half-even). */
    private static InvoiceDrafted setupAndTrainingDrafted() {
        InvoiceLine setup = InvoiceLine.of(LineKind.ONE_TIME, "Setup", 1, MARCH_2, MARCH_2, eur(10_000), eur(0),
                TaxRate.exclusive(1_900));
        InvoiceLine training = InvoiceLine.of(LineKind.ONE_TIME, "Training hour", 3, MARCH_2, MARCH_2, eur(36_150),
                eur(0), TaxRate.exclusive(1_900));
        return new InvoiceDrafted(ACME, INVOICE, CUSTOMER, null, List.of(setup, training),
                InvoiceTotals.of(setup.amount().currency(), List.of(setup, training)));
    }

    @Test
    void aOneTimeInvoiceTaxesEachChargeAtTheRateInEffectWhenDrafted() {
        InvoiceDrafted expected = setupAndTrainingDrafted();

        fixture.givenCurrentTime(MARCH_2)
                .when(setupAndTraining(false))
                .expectEvents(expected);
        assertThat(expected.lines()).extracting(InvoiceLine::tax).containsExactly(eur(1_900), eur(6_868));
        assertThat(expected.totals().total()).isEqualTo(eur(54_918));
    }

    @Test
    void aOneTimeInvoiceFinalizedAtOnceOpensUnderTheNextNumber() {
        fixture.givenCurrentTime(MARCH_2)
                .when(setupAndTraining(true))
                .expectEvents(setupAndTrainingDrafted(), new InvoiceOpened(ACME, INVOICE, InvoiceNumber.of(1), eur(54_918)));
    }

    @Test
    void aOneTimeInvoiceInACurrencyTheOrganizationDoesNotBillInIsRefused() {
        fixture.givenCurrentTime(MARCH_2)
                .when(new DraftInvoice(ACME, INVOICE, CUSTOMER, TaxJurisdiction.of("DE"),
                        List.of(new OneTimeCharge("Setup", 1, Money.of(10_000, "USD"))), false))
                .expectException(CurrencyNotSupported.class)
                .expectNoEvents();
        assertThat(sequence.get()).isZero();
    }

    @Test
    void aChargeTooLargeToBeAnAmountIsRejectedBeforeAnythingHappens() {
        assertThatThrownBy(() -> new OneTimeCharge("Everything", 1_000_000, eur(Money.MAX_MINOR_UNITS)))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("quantity:");
        assertThatThrownBy(() -> new DraftInvoice(ACME, INVOICE, CUSTOMER, TaxJurisdiction.of("DE"),
                List.of(new OneTimeCharge("Setup", 1, eur(1)), new OneTimeCharge("Setup", 1, Money.of(1, "USD"))), false))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("currency:");
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    private static InvoiceDrafted drafted() {
        return new InvoiceDrafted(ACME, INVOICE, CUSTOMER, null, List.of(LINE), TOTALS);
    }

    private static InvoiceOpened opened() {
        return new InvoiceOpened(ACME, INVOICE, InvoiceNumber.of(7), eur(1_999));
    }

    @Test
    void inclusiveTaxIsTheAmountLessTheAmountOverOnePlusTheRate() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(ACME, INVOICE, CUSTOMER, null, List.of(LINE), false))
                .expectEvents(new InvoiceDrafted(ACME, INVOICE, CUSTOMER, null, List.of(LINE),
                        new dev.ledger.kernel.invoice.InvoiceTotals(LINE.amount().currency(), 1_680, 0, 319, 1_999)));
    }

    @Test
    void finalizingOpensTheInvoiceUnderTheNextNumber() {
        fixture.given(drafted())
                .when(new FinalizeInvoice(ACME, INVOICE))
                .expectEvents(new InvoiceOpened(ACME, INVOICE, InvoiceNumber.of(1), eur(1_999)));
    }

    @Test
    void aZeroInvoiceIsPaidAsItOpens() {
        InvoiceLine free = InvoiceLine.of(LineKind.SUBSCRIPTION, "Trial seat", 1, JAN, FEB, eur(0), eur(0), TaxRate.none());
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(ACME, INVOICE, CUSTOMER, null, List.of(free), true))
                .expectEvents(new InvoiceDrafted(ACME, INVOICE, CUSTOMER, null, List.of(free),
                                InvoiceTotals.of(free.amount().currency(), List.of(free))),
                        new InvoiceOpened(ACME, INVOICE, InvoiceNumber.of(1), eur(0)),
                        new InvoicePaid(ACME, INVOICE, null, eur(0)));
    }

    @Test
    void aDraftTakesNoPaymentRequest() {
        fixture.given(drafted())
                .when(new RequestInvoicePayment(ACME, INVOICE, ORDER))
                .expectException(IllegalInvoiceTransition.class)
                .expectExceptionMessage("Invoice " + INVOICE + " is DRAFT and cannot REQUEST_PAYMENT");
    }

    @Test
    void theInvoiceRecordsThePaymentOrderThatPaysIt() {
        fixture.given(drafted(), opened())
                .when(new RequestInvoicePayment(ACME, INVOICE, ORDER))
                .expectEvents(new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)));
    }

    @Test
    void oneAttemptAtATime() {
        fixture.given(drafted(), opened(), new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)))
                .when(new RequestInvoicePayment(ACME, INVOICE, PaymentOrderId.newId()))
                .expectException(InvoicePaymentPending.class);
    }

    @Test
    void theAmountDuePaysTheInvoice() {
        fixture.given(drafted(), opened(), new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)))
                .when(new RecordInvoicePayment(ACME, INVOICE, ORDER, eur(1_999)))
                .expectEvents(new InvoicePaid(ACME, INVOICE, ORDER, eur(1_999)));
    }

    @Test
    void aPartialPaymentIsRejected() {
        fixture.given(drafted(), opened(), new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)))
                .when(new RecordInvoicePayment(ACME, INVOICE, ORDER, eur(1_000)))
                .expectException(PaymentDoesNotMatchAmountDue.class);
    }

    @Test
    void anOutcomeOfAnotherOrderIsRejected() {
        fixture.given(drafted(), opened(), new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)))
                .when(new RecordInvoicePayment(ACME, INVOICE, PaymentOrderId.newId(), eur(1_999)))
                .expectException(NotThePendingPayment.class);
    }

    @Test
    void aFailedPaymentLeavesTheInvoiceOpenForAnotherAttempt() {
        FailureReason declined = new FailureReason("insufficient_funds", true, null);
        PaymentOrderId retry = PaymentOrderId.newId();
        fixture.given(drafted(), opened(), new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)),
                        new InvoicePaymentFailed(ACME, INVOICE, ORDER, declined))
                .when(new RequestInvoicePayment(ACME, INVOICE, retry))
                .expectEvents(new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, retry, eur(1_999)));
    }

    @Test
    void aPaidInvoiceCannotBeVoided() {
        fixture.given(drafted(), opened(), new InvoicePaid(ACME, INVOICE, ORDER, eur(1_999)))
                .when(new VoidInvoice(ACME, INVOICE, "mistake"))
                .expectException(IllegalInvoiceTransition.class);
    }

    @Test
    void creditNotesNeverExceedWhatWasPaid() {
        fixture.given(drafted(), opened(), new InvoicePaid(ACME, INVOICE, ORDER, eur(1_999)),
                        new CreditNoteIssued(ACME, INVOICE, CreditNoteId.newId(), eur(1_000), eur(1_000), "partial refund"))
                .when(new IssueCreditNote(ACME, INVOICE, CreditNoteId.newId(), eur(1_000), "another"))
                .expectException(CreditExceedsPaid.class)
                .expectExceptionMessage("Cannot credit 10.00 EUR; only 9.99 EUR of the paid amount is left");
    }

    @Test
    void aCreditNoteAddsToTheTotalCredited() {
        CreditNoteId note = CreditNoteId.newId();
        fixture.given(drafted(), opened(), new InvoicePaid(ACME, INVOICE, ORDER, eur(1_999)))
                .when(new IssueCreditNote(ACME, INVOICE, note, eur(999), "damaged"))
                .expectEvents(new CreditNoteIssued(ACME, INVOICE, note, eur(999), eur(999), "damaged"));
    }

    @Test
    void anotherTenantsInvoiceDoesNotExist() {
        fixture.given(drafted(), opened())
                .when(new VoidInvoice(OrganizationId.newId(), INVOICE, "not mine"))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anotherFailureOfThePendingOrderIsRecorded() {
        FailureReason declined = new FailureReason("do_not_honor", false, "card declined");
        fixture.given(drafted(), opened(), new InvoicePaymentRequested(ACME, INVOICE, CUSTOMER, null, ORDER, eur(1_999)))
                .when(new RecordInvoicePaymentFailure(ACME, INVOICE, ORDER, declined))
                .expectEvents(new InvoicePaymentFailed(ACME, INVOICE, ORDER, declined));
    }
}
