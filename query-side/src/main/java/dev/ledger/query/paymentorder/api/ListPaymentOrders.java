package dev.ledger.query.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.spec.PageRequest;

/**
 * One page of a tenant's payment orders. {@code sort} names API fields ({@code createdAt}, {@code amount},
 * {@code orderNumber}), a leading minus for descending; the default is newest first.
 */
public record ListPaymentOrders(OrganizationId organizationId, PaymentOrderFilter filter, String sort, PageRequest page) {

    public ListPaymentOrders {
        InvalidValue.required("organizationId", organizationId);
        filter = filter == null ? PaymentOrderFilter.none() : filter;
        InvalidValue.required("page", page);
    }
}
