package dev.ledger.command.paymentorder;

import dev.ledger.command.customer.api.Payers;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.OrderNumbers;
import dev.ledger.command.paymentorder.api.PaymentOrderAccepted;
import dev.ledger.kernel.paymentorder.OrderNumber;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/**
 * Creates payment orders outside the aggregate: an order first needs its customer's consent to pay and an order
 * number, and neither question is the new order's to answer. All three happen in one unit of work.
 */
final class PaymentOrderCreation {

    private final Repository<PaymentOrder> paymentOrderRepository;
    private final Payers payers;
    private final OrderNumbers orderNumbers;
    private final Clock clock;

    // The repository parameter is named like Axon's repository bean, so Spring can pick it by name.
    PaymentOrderCreation(
            Repository<PaymentOrder> paymentOrderRepository, Payers payers, OrderNumbers orderNumbers, Clock clock) {
        this.paymentOrderRepository = paymentOrderRepository;
        this.payers = payers;
        this.orderNumbers = orderNumbers;
        this.clock = clock;
    }

    @CommandHandler
    PaymentOrderAccepted handle(CreatePaymentOrder command) throws Exception {
        payers.confirmCanPay(command.organizationId(), command.customerId(), command.paymentMethodId());
        OrderNumber orderNumber = orderNumbers.next(command.organizationId(), LocalDate.now(clock));
        paymentOrderRepository.newInstance(() -> new PaymentOrder(command, orderNumber));
        return new PaymentOrderAccepted(command.paymentOrderId(), orderNumber);
    }
}
