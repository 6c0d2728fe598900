package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
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
import dev.ledger.testsupport.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Group commit writes a batch's events together at its end. Without an aggregate cache every command after the first
 * on one aggregate in a batch reads that aggregate without the events still held back, so its append collides on the
 * store's unique key: the batch must roll back and run each command alone, losing and duplicating nothing.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "ledger.performance.aggregate-cache-size=0")
class GroupCommitWithoutCacheTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        TestInfrastructure.registerProperties(registry);
        // Its own database, closed after: a second live instance on the shared one would split every other test's
        // processor segments with it.
        String database = TestDatabases.fresh("without_cache");
        registry.add("ledger.db.url", () -> database);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void concurrentCapturesOfOneOrderSharingBatchesAreEachRecordedOnceInSequence() {
        OrganizationId organization = OrganizationId.newId();
        commands.sendAndWait(new RegisterOrganization(organization, new OrganizationName("Batches"), CurrencyCode.of("EUR")));
        CustomerId customer = CustomerId.newId();
        commands.sendAndWait(new RegisterCustomer(organization, customer, ExternalReference.of("batches-1"),
                CountryCode.of("DE"), new PersonalData(new EmailAddress("batches@example.com"), new PersonName("Batches"), null)));
        PaymentOrderId order = PaymentOrderId.newId();
        commands.sendAndWait(new CreatePaymentOrder(organization, order, customer, null, Money.of(10_000, "EUR"), null, null, null, null));
        commands.sendAndWait(new AuthorizePayment(organization, order, Money.of(10_000, "EUR"), null, null));

        List<CompletableFuture<Object>> captures = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            captures.add(commands.send(new CapturePayment(organization, order, Money.of(1, "EUR"), null)));
        }
        CompletableFuture.allOf(captures.toArray(CompletableFuture[]::new)).join();

        List<Long> sequence = jdbc.sql("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? ORDER BY 1")
                .param(order.value().toString()).query(Long.class).list();
        assertThat(sequence).hasSize(50);
        assertThat(sequence.get(sequence.size() - 1)).isEqualTo(49L);
        long captured = jdbc.sql("""
                        SELECT coalesce(sum((payload::jsonb -> 'amount' ->> 'amountMinor')::bigint), 0) FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype LIKE '%PaymentCaptured'
                        """).param(order.value().toString()).query(Long.class).single();
        assertThat(captured).isEqualTo(48);
    }

    @Test
    void everyQueuedCommandIsCountedInTheBatchSizeMeter() {
        DistributionSummary batches = meters.get("ledger.group_commit.batch").summary();
        long commandsBefore = (long) batches.totalAmount();
        long batchesBefore = batches.count();

        List<CompletableFuture<Object>> registrations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            registrations.add(commands.send(new RegisterOrganization(OrganizationId.newId(), new OrganizationName("Meter " + i),
                    CurrencyCode.of("EUR"))));
        }
        CompletableFuture.allOf(registrations.toArray(CompletableFuture[]::new)).join();

        assertThat((long) batches.totalAmount() - commandsBefore).isEqualTo(8);
        assertThat(batches.count() - batchesBefore).isBetween(1L, 8L);
    }

    @Test
    void aggregatesFindTheirTargetThroughTheCachingResolver() {
        // Axon's aggregate configuration asks its configuration for the resolver; Axon's own walks each class by reflection.
        assertThat(axon.getComponent(CommandTargetResolver.class).getClass().getSimpleName()).isEqualTo("CachedCommandTargets");
    }
}
