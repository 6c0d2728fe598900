package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.CARD;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.CUSTOMER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.Payers;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.OrderNumbers;
import dev.ledger.command.paymentorder.api.PaymentOrderAccepted;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentOrderCreationTest {

    /** 23:30 in UTC is already the next day in Berlin: the clock's zone decides the order number's day. */
    private static final Clock BERLIN_JUNE_15 =
            Clock.fixed(Instant.parse("2025-06-14T23:30:00Z"), ZoneId.of("Europe/Berlin"));

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);
    private final List<String> payerChecks = new ArrayList<>();
    private final List<LocalDate> numberedDays = new ArrayList<>();
    private Payers payers = (organization, customer, method) -> payerChecks.add(organization + "/" + customer + "/" + method);
    /** ACME bills in EUR only. */
    private final SupportedCurrencies currencies = (organization, currency) -> {
        if (!currency.code().equals("EUR")) {
            throw new CurrencyNotSupported(currency);
        }
    };

    @BeforeEach
    void registerTheCreationHandler() {
        OrderNumbers orderNumbers = (OrganizationId organization, LocalDate day) -> {
            numberedDays.add(day);
            return OrderNumber.of(day, numberedDays.size());
        };
        Payers delegatingPayers = (organization, customer, method) -> payers.confirmCanPay(organization, customer, method);
        fixture.registerAnnotatedCommandHandler(
                new PaymentOrderCreation(fixture.getRepository(), delegatingPayers, orderNumbers, currencies,
                        BERLIN_JUNE_15));
    }

    @Test
    void creatingRecordsTheOrderUnderTodaysNextNumber() {
        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, CARD, eur(10_000), eur(250), eur(1_597), "Order 42", null))
                .expectResultMessagePayload(new PaymentOrderAccepted(ORDER, OrderNumber.parse("20250615-000001")))
                .expectEvents(new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20250615-000001"), CUSTOMER, CARD,
                        eur(10_000), eur(250), eur(1_597), "Order 42", null));
    }

    @Test
    void feeAndTaxDefaultToZeroInTheOrdersCurrency() {
        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, eur(500), null, null, null, null))
                .expectEvents(new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20250615-000001"), CUSTOMER, null,
                        eur(500), eur(0), eur(0), null, null));
    }

    @Test
    void anOrderPayingAnInvoiceRecordsWhichInvoice() {
        InvoiceId invoice = InvoiceId.newId();

        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, eur(2_380), null, null, "Invoice INV-000001",
                        invoice))
                .expectEvents(new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20250615-000001"), CUSTOMER, null,
                        eur(2_380), eur(0), eur(0), "Invoice INV-000001", invoice));
    }

    @Test
    void anOrderInACurrencyTheOrganizationDoesNotBillInIsRefusedAndUsesUpNoNumber() {
        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, CARD, Money.of(500, "GBP"), null, null, null, null))
                .expectException(CurrencyNotSupported.class)
                .expectNoEvents();
        assertThat(numberedDays).isEmpty();
        assertThat(payerChecks).isEmpty();
    }

    @Test
    void anOrderPayingAnInvoiceIsNotHeldToTheCurrentCurrencies() {
        InvoiceId invoice = InvoiceId.newId();

        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, Money.of(500, "GBP"), null, null, null, invoice))
                .expectEvents(new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20250615-000001"), CUSTOMER, null,
                        Money.of(500, "GBP"), Money.of(0, "GBP"), Money.of(0, "GBP"), null, invoice));
    }

    @Test
    void theCustomerIsAskedWhetherItCanPayWithTheNamedMethod() {
        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, CARD, eur(500), null, null, null, null))
                .expectSuccessfulHandlerExecution();

        assertThat(payerChecks).containsExactly(ACME + "/" + CUSTOMER + "/" + CARD);
    }

    @Test
    void aCustomerThatCannotPayGetsNoOrderAndUsesUpNoNumber() {
        payers = (organization, customer, method) -> {
            throw new CustomerIsArchived(customer);
        };

        fixture.givenNoPriorActivity()
                .when(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, CARD, eur(500), null, null, null, null))
                .expectException(CustomerIsArchived.class)
                .expectNoEvents();
        assertThat(numberedDays).isEmpty();
    }
}
