package dev.ledger.command.customer;

import dev.ledger.command.customer.api.Payers;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import org.axonframework.modelling.command.Repository;

/**
 * Answers {@link Payers} by loading the customer aggregate in the caller's unit of work: the rules stay with the
 * customer, and its lock keeps a concurrent archive or removal out until the payment order is stored.
 */
final class CustomerPayers implements Payers {

    private final Repository<Customer> customerRepository;

    // The parameter is named like Axon's repository bean, so Spring can pick it by name among the aggregates'.
    CustomerPayers(Repository<Customer> customerRepository) {
        this.customerRepository = customerRepository;
    }

    @Override
    public void confirmCanPay(OrganizationId organizationId, CustomerId customerId, PaymentMethodId paymentMethodId) {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        customerRepository.load(customerId.toString())
                .execute(customer -> customer.confirmCanPay(organizationId, paymentMethodId));
    }
}
