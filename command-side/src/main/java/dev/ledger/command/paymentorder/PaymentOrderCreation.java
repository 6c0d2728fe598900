package dev.ledger.command.paymentorder;

import dev.ledger.command.currency.api.SupportedCurrencies;
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
 * Creates payment orders outside the aggregate: an order first needs a currency the organization bills in, its
 * customer's consent to pay and an order number, and none of these questions is the new order's to answer. All happen
 * in one unit of work. An order paying an invoice is not held to the currencies: the invoice's currency was checked
 * when its subscription began, and removing a currency stops new business in it, not collecting what is owed.
 */
final class PaymentOrderCreation {

    private final Repository<PaymentOrder> paymentOrderRepository;
    private final Payers payers;
    private final OrderNumbers orderNumbers;
    private final SupportedCurrencies currencies;
    private final Clock clock;

    // The repository parameter is named like Axon's repository bean, so Spring can pick it by name.
    PaymentOrderCreation(Repository<PaymentOrder> paymentOrderRepository, Payers payers, OrderNumbers orderNumbers,
            SupportedCurrencies currencies, Clock clock) {
        this.paymentOrderRepository = paymentOrderRepository;
        this.payers = payers;
        this.orderNumbers = orderNumbers;
        this.currencies = currencies;
        this.clock = clock;
    }

    @CommandHandler
    PaymentOrderAccepted handle(CreatePaymentOrder command) throws Exception {
        if (command.invoiceId() == null) {
            currencies.confirmSupported(command.organizationId(), command.amount().currency());
        }
        payers.confirmCanPay(command.organizationId(), command.customerId(), command.paymentMethodId());
        OrderNumber orderNumber = orderNumbers.next(command.organizationId(), LocalDate.now(clock));
        paymentOrderRepository.newInstance(() -> new PaymentOrder(command, orderNumber));
        return new PaymentOrderAccepted(command.paymentOrderId(), orderNumber);
    }
}
