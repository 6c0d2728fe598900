package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.command.paymentorder.api.RefundPayment;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A command run inside a caller's transaction (an event processor's step, any code in a transaction) changes its
 * aggregate before that transaction commits. No other command may build on that change: if the transaction rolls
 * back, the aggregate's history would hold an event that follows one that never happened.
 */
class UncommittedStateTest extends ServiceTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCommandNeverBuildsOnAnotherTransactionsUncommittedChange() throws Exception {
        OrganizationId organization = OrganizationId.newId();
        commands.sendAndWait(new RegisterOrganization(organization, new OrganizationName("Uncommitted"), CurrencyCode.of("EUR")));
        CustomerId customer = CustomerId.newId();
        commands.sendAndWait(new RegisterCustomer(organization, customer, ExternalReference.of("uncommitted-1"),
                CountryCode.of("DE"), new PersonalData(new EmailAddress("u@example.com"), new PersonName("U"), null)));
        PaymentOrderId order = PaymentOrderId.newId();
        commands.sendAndWait(new CreatePaymentOrder(organization, order, customer, null, Money.of(10_000, "EUR"), null, null, null, null));
        commands.sendAndWait(new AuthorizePayment(organization, order, Money.of(10_000, "EUR"), null, null));

        CompletableFuture<Object> refund = new CompletableFuture<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            commands.sendAndWait(new CapturePayment(organization, order, Money.of(10_000, "EUR"), null));
            // Another caller on another thread, while the capture is not committed: only what is committed may
            // decide its refund.
            Thread other = new Thread(() -> {
                try {
                    refund.complete(commands.sendAndWait(
                            new RefundPayment(organization, order, Money.of(4_000, "EUR"), "returned", null)));
                } catch (RuntimeException e) {
                    refund.completeExceptionally(e);
                }
            });
            other.start();
            try {
                other.join(10_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });

        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, refund::get);
        assertThat(refused.getCause()).isInstanceOf(IllegalPaymentTransition.class);
        List<String> history = jdbc.sql("""
                        SELECT sequencenumber || ' ' || substring(payloadtype from '[^.]*$') FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber
                        """).param(order.value().toString()).query(String.class).list();
        assertThat(history).containsExactly("0 PaymentOrderCreated", "1 PaymentAuthorized");
    }
}
