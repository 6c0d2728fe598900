package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** Every payment order command names its tenant; an order answers one of another tenant as if it did not exist. */
public interface PaymentOrderCommand {

    OrganizationId organizationId();

    PaymentOrderId paymentOrderId();
}
