package dev.ledger.command.paymentorder;

import dev.ledger.command.paymentorder.api.AuthorizationExceedsOrder;
import dev.ledger.command.paymentorder.api.CaptureExceedsAuthorized;
import dev.ledger.command.paymentorder.api.RefundExceedsCaptured;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/**
 * The money of one order, all in the order's currency: what was ordered, authorized, captured and refunded in
 * total. The checks say how much more each step may take; the {@code with…} methods only record totals, so
 * replaying events never throws.
 */
record PaymentAmounts(Money ordered, Money authorized, Money captured, Money refunded) {

    static PaymentAmounts ordered(Money amount) {
        Money zero = Money.zero(amount.currency());
        return new PaymentAmounts(amount, zero, zero, zero);
    }

    Money capturable() {
        return authorized.minus(captured);
    }

    Money refundable() {
        return captured.minus(refunded);
    }

    boolean fullyRefunded() {
        return refunded.equals(captured);
    }

    /** A gateway may authorize less than ordered (a partial authorization), never more. */
    Money checkedAuthorization(PaymentOrderId paymentOrderId, Money amount) {
        requireOrderCurrency(amount);
        if (amount.isGreaterThan(ordered)) {
            throw new AuthorizationExceedsOrder(paymentOrderId, amount, ordered);
        }
        return amount;
    }

    /** The captured total after capturing {@code amount}, which must fit in what is still authorized. */
    Money capturedTotalAfter(PaymentOrderId paymentOrderId, Money amount) {
        requireOrderCurrency(amount);
        if (amount.isGreaterThan(capturable())) {
            throw new CaptureExceedsAuthorized(paymentOrderId, amount, capturable());
        }
        return captured.plus(amount);
    }

    /** The refunded total after refunding {@code amount}, which must fit in what is captured and not yet refunded. */
    Money refundedTotalAfter(PaymentOrderId paymentOrderId, Money amount) {
        requireOrderCurrency(amount);
        if (amount.isGreaterThan(refundable())) {
            throw new RefundExceedsCaptured(paymentOrderId, amount, refundable());
        }
        return refunded.plus(amount);
    }

    void requireOrderCurrency(Money amount) {
        if (!amount.currency().equals(ordered.currency())) {
            throw new InvalidValue("currency", "must be " + ordered.currency() + " like the order, not " + amount.currency());
        }
    }

    PaymentAmounts withAuthorized(Money total) {
        return new PaymentAmounts(ordered, total, captured, refunded);
    }

    PaymentAmounts withCaptured(Money total) {
        return new PaymentAmounts(ordered, authorized, total, refunded);
    }

    PaymentAmounts withRefunded(Money total) {
        return new PaymentAmounts(ordered, authorized, captured, total);
    }
}
