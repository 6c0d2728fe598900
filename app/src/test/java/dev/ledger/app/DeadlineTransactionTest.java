package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.catalog.api.CreateProduct;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deadline is written in the transaction of the command that schedules it: a command whose transaction rolls back
 * leaves no {@code scheduled_tasks} row, a committed one leaves its row.
 */
class DeadlineTransactionTest extends ServiceTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    PlatformTransactionManager transactions;

    private final OrganizationId organization = OrganizationId.newId();
    private final PriceId trialPrice = PriceId.newId();

    @BeforeEach
    void aPriceWithATwoWeekTrial() {
        commands.sendAndWait(new RegisterOrganization(organization, new OrganizationName("Deadlines"), CurrencyCode.of("EUR")));
        ProductId product = commands.sendAndWait(new CreateProduct(organization, Sku.of("seat"), "Seat", "seats", List.of()));
        commands.sendAndWait(new CreatePrice(organization, trialPrice, product, new PriceTerms(CurrencyCode.of("EUR"),
                BillingInterval.monthly(), PriceTiers.flat(1_000), false, 14, 1, 10)));
    }

    private CreateSubscription subscribe(SubscriptionId subscription) {
        return new CreateSubscription(organization, subscription, CustomerId.newId(), trialPrice, 1, null,
                TaxJurisdiction.of("DE"), null, 0);
    }

    /** The deadline's scope names its aggregate, so the row's data holds the subscription's id. */
    private long deadlinesOf(SubscriptionId subscription) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0")
                .param(subscription.toString()).query(Long.class).single();
    }

    private long eventsOf(SubscriptionId subscription) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(subscription.toString()).query(Long.class).single();
    }

    @Test
    void aCommandWhoseTransactionRollsBackLeavesNoDeadline() {
        SubscriptionId subscription = SubscriptionId.newId();

        long insideTheTransaction = new TransactionTemplate(transactions).execute(status -> {
            commands.sendAndWait(subscribe(subscription));
            long seen = deadlinesOf(subscription);
            status.setRollbackOnly();
            return seen;
        });

        assertThat(insideTheTransaction).isEqualTo(1);
        assertThat(eventsOf(subscription)).isZero();
        assertThat(deadlinesOf(subscription)).isZero();
    }

    @Test
    void aCommittedCommandLeavesItsDeadline() {
        SubscriptionId subscription = SubscriptionId.newId();

        commands.sendAndWait(subscribe(subscription));

        assertThat(eventsOf(subscription)).isEqualTo(1);
        assertThat(deadlinesOf(subscription)).isEqualTo(1);
    }
}
