package dev.ledger.command.customer.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;

/**
 * What payment orders may ask of customers: whether one can pay now. Answered by the customer aggregate itself,
 * loaded (and locked) in the caller's unit of work.
 */
public interface Payers {

    /**
     * Passes when the customer belongs to the organization, is not archived and, if a method is named, holds it
     * as an active (added and not removed) method.
     *
     * @throws org.axonframework.modelling.command.AggregateNotFoundException for a missing customer or one of
     *         another organization, alike
     * @throws CustomerIsArchived when the customer is archived
     * @throws UnknownPaymentMethod when the customer never had the method
     * @throws PaymentMethodNotActive when the method was removed
     */
    void confirmCanPay(OrganizationId organizationId, CustomerId customerId, PaymentMethodId paymentMethodId);
}
