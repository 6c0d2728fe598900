package dev.ledger.command.paymentorder;

import static dev.ledger.kernel.paymentorder.PaymentStatus.AUTHORIZED;
import static dev.ledger.kernel.paymentorder.PaymentStatus.CAPTURED;
import static dev.ledger.kernel.paymentorder.PaymentStatus.CREATED;
import static dev.ledger.kernel.paymentorder.PaymentStatus.PARTIALLY_REFUNDED;

import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.command.paymentorder.api.PaymentAction;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The payment order's state machine in one table: from which statuses each action may start. Nothing is captured
 * after a refund has begun, and nothing is canceled or failed once money has moved.
 */
final class PaymentLifecycle {

    private static final Map<PaymentAction, Set<PaymentStatus>> ALLOWED_FROM = new EnumMap<>(Map.of(
            PaymentAction.AUTHORIZE, EnumSet.of(CREATED),
            PaymentAction.CAPTURE, EnumSet.of(AUTHORIZED, CAPTURED),
            PaymentAction.REFUND, EnumSet.of(CAPTURED, PARTIALLY_REFUNDED),
            PaymentAction.CANCEL, EnumSet.of(CREATED, AUTHORIZED),
            PaymentAction.FAIL, EnumSet.of(CREATED, AUTHORIZED)));

    private PaymentLifecycle() {
    }

    static void require(PaymentOrderId paymentOrderId, PaymentStatus status, PaymentAction action) {
        if (!ALLOWED_FROM.get(action).contains(status)) {
            throw new IllegalPaymentTransition(paymentOrderId, status, action);
        }
    }
}
