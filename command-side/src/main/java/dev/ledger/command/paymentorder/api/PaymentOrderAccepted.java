package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** What creating a payment order answers: its id and the order number it was given. */
public record PaymentOrderAccepted(PaymentOrderId paymentOrderId, OrderNumber orderNumber) {
}
