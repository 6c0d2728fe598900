package dev.ledger.bench;

import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Payment orders authorized for far more than any run captures, so each benchmark command (a capture of one cent)
 * is a legal single-event command on an aggregate that already exists.
 */
record PaymentFixture(OrganizationId organization, List<PaymentOrderId> orders) {

    static final Money AUTHORIZED = Money.of(100_000_000_000_000L, "EUR");

    static PaymentFixture create(CommandGateway commands, int orders) {
        OrganizationId organization = OrganizationId.newId();
        commands.sendAndWait(new RegisterOrganization(organization, new OrganizationName("Bench"), CurrencyCode.of("EUR")));
        CustomerId customer = CustomerId.newId();
        commands.sendAndWait(new RegisterCustomer(organization, customer, ExternalReference.of("bench-" + customer),
                CountryCode.of("DE"), new PersonalData(new EmailAddress("bench@example.com"), new PersonName("Bench"), null)));
        List<PaymentOrderId> created = new ArrayList<>();
        Progress progress = new Progress("creating " + orders + " authorized payment orders", orders);
        for (int i = 0; i < orders; i++) {
            PaymentOrderId order = PaymentOrderId.newId();
            commands.sendAndWait(new CreatePaymentOrder(organization, order, customer, null, AUTHORIZED, null, null, null, null));
            commands.sendAndWait(new AuthorizePayment(organization, order, AUTHORIZED, null, null));
            created.add(order);
            progress.at(i + 1);
        }
        return new PaymentFixture(organization, created);
    }

    /** Client {@code client} of {@code clients} uses only its own share of the orders: no two clients contend. */
    PaymentOrderId orderFor(int client, int clients, long iteration) {
        int share = Math.max(1, orders.size() / clients);
        return orders.get((int) (client * share + iteration % share) % orders.size());
    }
}
