package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.OrderNumber;
import java.time.LocalDate;

/**
 * Port: hands out each organization's order numbers, one sequence a day. Implemented with a counter row updated
 * in the transaction that appends the order, so numbers of rolled-back orders are handed out again.
 */
public interface OrderNumbers {

    OrderNumber next(OrganizationId organizationId, LocalDate day);
}
