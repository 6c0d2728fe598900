package dev.ledger.command.paymentorder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.AuthorizeWithProvider;
import dev.ledger.command.paymentorder.api.PaymentProvider;
import dev.ledger.command.paymentorder.api.ProviderDecision;
import dev.ledger.command.paymentorder.api.ProviderRequest;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.command.paymentorder.api.CancelPayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.FailPayment;
import dev.ledger.command.paymentorder.api.PaymentAction;
import dev.ledger.command.paymentorder.api.PaymentOrderCommand;
import dev.ledger.command.paymentorder.api.RecordProviderTransaction;
import dev.ledger.command.paymentorder.api.RefundPayment;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentRefunded;
import dev.ledger.kernel.paymentorder.PaymentStatus;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/** One payment from a customer to an organization, from creation through captures and refunds. */
@Aggregate(cache = "aggregateCache")
class PaymentOrder {

    /** Word for word what Axon says of a missing aggregate, so another tenant cannot tell the two apart. */
    private static final String NOT_FOUND = "The aggregate was not found in the event store";

    @AggregateIdentifier
    private PaymentOrderId paymentOrderId;
    private OrganizationId organizationId;
    private PaymentStatus status;
    private PaymentAmounts amounts;
    private PaymentMethodId paymentMethodId;

    protected PaymentOrder() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    /** Only {@link PaymentOrderCreation} creates orders, once the payer is confirmed and the number allocated. */
    PaymentOrder(CreatePaymentOrder command, OrderNumber orderNumber) {
        apply(new PaymentOrderCreated(command.organizationId(), command.paymentOrderId(), orderNumber,
                command.customerId(), command.paymentMethodId(), command.amount(), command.fee(), command.tax(),
                command.description(), command.invoiceId()));
    }

    /** Runs before every handler on an existing order. */
    @CommandHandlerInterceptor
    void onlyForItsOwnOrganization(PaymentOrderCommand command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new AggregateNotFoundException(paymentOrderId.toString(), NOT_FOUND);
        }
    }

    @CommandHandler
    void handle(AuthorizePayment command) {
        PaymentLifecycle.require(paymentOrderId, status, PaymentAction.AUTHORIZE);
        Money authorized = amounts.checkedAuthorization(paymentOrderId, command.amount());
        apply(new PaymentAuthorized(organizationId, paymentOrderId, authorized, command.providerReference()));
    }

    /** The gateway's answer is recorded whatever it is; approved authorizes the whole order, declined fails it. */
    @CommandHandler
    void handle(AuthorizeWithProvider command, PaymentProvider provider) {
        PaymentLifecycle.require(paymentOrderId, status, PaymentAction.AUTHORIZE);
        Money ordered = amounts.ordered();
        ProviderDecision decision = provider.authorize(
                new ProviderRequest(organizationId, paymentOrderId, paymentMethodId, ordered));
        apply(new ProviderTransactionRecorded(organizationId, paymentOrderId, decision.provider(),
                decision.transactionId(), decision.rawStatus(), ordered));
        if (decision.isApproved()) {
            apply(new PaymentAuthorized(organizationId, paymentOrderId, ordered, decision.transactionId()));
        } else {
            apply(new PaymentFailed(organizationId, paymentOrderId, decision.decline()));
        }
    }

    @CommandHandler
    void handle(CapturePayment command) {
        PaymentLifecycle.require(paymentOrderId, status, PaymentAction.CAPTURE);
        Money total = amounts.capturedTotalAfter(paymentOrderId, command.amount());
        apply(new PaymentCaptured(organizationId, paymentOrderId, command.amount(), total));
    }

    @CommandHandler
    void handle(RefundPayment command) {
        PaymentLifecycle.require(paymentOrderId, status, PaymentAction.REFUND);
        Money total = amounts.refundedTotalAfter(paymentOrderId, command.amount());
        apply(new PaymentRefunded(organizationId, paymentOrderId, command.amount(), total, command.reason()));
    }

    @CommandHandler
    void handle(CancelPayment command) {
        PaymentLifecycle.require(paymentOrderId, status, PaymentAction.CANCEL);
        apply(new PaymentCanceled(organizationId, paymentOrderId, command.reason()));
    }

    @CommandHandler
    void handle(FailPayment command) {
        PaymentLifecycle.require(paymentOrderId, status, PaymentAction.FAIL);
        apply(new PaymentFailed(organizationId, paymentOrderId, command.failure()));
    }

    @CommandHandler
    void handle(RecordProviderTransaction command) {
        if (command.amount() != null) {
            amounts.requireOrderCurrency(command.amount());
        }
        apply(new ProviderTransactionRecorded(organizationId, paymentOrderId, command.provider(),
                command.providerTransactionId(), command.rawStatus(), command.amount()));
    }

    @EventSourcingHandler
    void on(PaymentOrderCreated event) {
        paymentOrderId = event.paymentOrderId();
        organizationId = event.organizationId();
        status = PaymentStatus.CREATED;
        amounts = PaymentAmounts.ordered(event.amount());
        paymentMethodId = event.paymentMethodId();
    }

    @EventSourcingHandler
    void on(PaymentAuthorized event) {
        status = PaymentStatus.AUTHORIZED;
        amounts = amounts.withAuthorized(event.authorizedAmount());
    }

    @EventSourcingHandler
    void on(PaymentCaptured event) {
        status = PaymentStatus.CAPTURED;
        amounts = amounts.withCaptured(event.totalCaptured());
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        amounts = amounts.withRefunded(event.totalRefunded());
        status = amounts.fullyRefunded() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }

    @EventSourcingHandler
    void on(PaymentCanceled event) {
        status = PaymentStatus.CANCELED;
    }

    @EventSourcingHandler
    void on(PaymentFailed event) {
        status = PaymentStatus.FAILED;
    }
}
