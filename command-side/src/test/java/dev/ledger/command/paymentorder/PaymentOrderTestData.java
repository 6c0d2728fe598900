package dev.ledger.command.paymentorder;

import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentRefunded;
import dev.ledger.kernel.paymentorder.ProviderReference;
import java.time.LocalDate;

/** One order of 100.00 EUR by ACME's customer, and the events that move it along. */
final class PaymentOrderTestData {

    static final OrganizationId ACME = OrganizationId.newId();
    static final OrganizationId GLOBEX = OrganizationId.newId();
    static final PaymentOrderId ORDER = PaymentOrderId.newId();
    static final CustomerId CUSTOMER = CustomerId.newId();
    static final PaymentMethodId CARD = PaymentMethodId.newId();
    static final OrderNumber NUMBER = OrderNumber.of(LocalDate.of(2025, 6, 15), 1);
    static final ProviderReference AUTH_REF = ProviderReference.of("pi_3NXa2b");

    private PaymentOrderTestData() {
    }

    static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    static PaymentOrderCreated created() {
        return new PaymentOrderCreated(ACME, ORDER, NUMBER, CUSTOMER, CARD, eur(10_000), eur(250), eur(1_597), "Order 42", null);
    }

    static PaymentAuthorized authorized(long cents) {
        return new PaymentAuthorized(ACME, ORDER, eur(cents), AUTH_REF);
    }

    static PaymentCaptured captured(long cents, long totalCents) {
        return new PaymentCaptured(ACME, ORDER, eur(cents), eur(totalCents));
    }

    static PaymentRefunded refunded(long cents, long totalCents) {
        return new PaymentRefunded(ACME, ORDER, eur(cents), eur(totalCents), "damaged");
    }
}
