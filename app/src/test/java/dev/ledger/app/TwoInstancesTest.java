package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.command.invoice.api.DraftInvoice;
import dev.ledger.command.invoice.api.OneTimeCharge;
import dev.ledger.command.invoice.api.RecordInvoicePaymentFailure;
import dev.ledger.command.invoice.api.RequestInvoicePayment;
import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.RefundPayment;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two service instances on one database split each processor's segments between them, both project events, and
 * when one stops the other takes over all segments. The instances get a database of their own, so that other tests'
 * running processors do not hold the segments.
 */
class TwoInstancesTest {

    private static final String PROCESSOR = "read-models";
    private static final String FORWARDER = "kafka-forwarder";

    @Test
    void twoInstancesShareTheSegmentsAndOneTakesOverWhenTheOtherStops() throws Exception {
        String url = TestDatabases.fresh("two_instances");
        ConfigurableApplicationContext first = start(url, "node-a");
        ConfigurableApplicationContext second = null;
        try {
            second = start(url, "node-b");
            JdbcClient jdbc = first.getBean(JdbcClient.class);

            Map<String, Long> owners = await(() -> segmentsByOwner(jdbc, PROCESSOR),
                    byOwner -> byOwner.equals(Map.of("node-a", 1L, "node-b", 1L)));
            assertThat(owners).containsOnlyKeys("node-a", "node-b");
            // The Kafka forwarder is a tracking processor: its segments are shared the same way.
            assertThat(await(() -> segmentsByOwner(jdbc, FORWARDER),
                    byOwner -> byOwner.equals(Map.of("node-a", 1L, "node-b", 1L)))).containsOnlyKeys("node-a", "node-b");

            List<OrganizationId> registered = register(first.getBean(CommandGateway.class), 20);
            await(() -> projected(jdbc, registered), count -> count == registered.size());
            assertThat(tokenPositionsAtLeast(jdbc, lastPosition(jdbc))).isEqualTo(2);
            assertThat(await(() -> forwarded(jdbc, registered), count -> count == registered.size())).isEqualTo(20);

            first.close();
            first = null;
            JdbcClient survivor = second.getBean(JdbcClient.class);
            assertThat(await(() -> segmentsByOwner(survivor, PROCESSOR), byOwner -> byOwner.equals(Map.of("node-b", 2L))))
                    .containsEntry("node-b", 2L);
            assertThat(await(() -> segmentsByOwner(survivor, FORWARDER), byOwner -> byOwner.equals(Map.of("node-b", 2L))))
                    .containsEntry("node-b", 2L);
            List<OrganizationId> afterwards = register(second.getBean(CommandGateway.class), 5);
            assertThat(await(() -> projected(survivor, afterwards), count -> count == afterwards.size())).isEqualTo(5);
            assertThat(await(() -> forwarded(survivor, afterwards), count -> count == afterwards.size())).isEqualTo(5);
        } finally {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
        }
    }

    @Test
    void aRefusalIsNeverDecidedOnACachedCopyThatAnotherInstanceOvertook() throws Exception {
        String url = TestDatabases.fresh("two_instances_cache");
        ConfigurableApplicationContext first = start(url, "node-c");
        ConfigurableApplicationContext second = null;
        try {
            second = start(url, "node-d");
            CommandGateway onFirst = first.getBean(CommandGateway.class);
            OrganizationId organization = register(onFirst, 1).get(0);
            CustomerId customer = CustomerId.newId();
            onFirst.sendAndWait(new RegisterCustomer(organization, customer, ExternalReference.of("cache-1"),
                    CountryCode.of("DE"), new PersonalData(new EmailAddress("cache@example.com"), new PersonName("Cache"), null)));
            PaymentOrderId order = PaymentOrderId.newId();
            onFirst.sendAndWait(new CreatePaymentOrder(organization, order, customer, null, Money.of(10_000, "EUR"), null, null, null, null));
            onFirst.sendAndWait(new AuthorizePayment(organization, order, Money.of(10_000, "EUR"), null, null));

            // The second instance captures: the first still caches the order as authorized, nothing captured.
            second.getBean(CommandGateway.class).sendAndWait(new CapturePayment(organization, order, Money.of(10_000, "EUR"), null));
            onFirst.sendAndWait(new RefundPayment(organization, order, Money.of(4_000, "EUR"), "partly returned", null));

            assertThat(refundedOf(first, order)).isEqualTo(4_000);

            // The same inside a caller's transaction (an idempotent request, an event processor's step).
            PaymentOrderId another = PaymentOrderId.newId();
            onFirst.sendAndWait(new CreatePaymentOrder(organization, another, customer, null, Money.of(5_000, "EUR"), null, null, null, null));
            onFirst.sendAndWait(new AuthorizePayment(organization, another, Money.of(5_000, "EUR"), null, null));
            second.getBean(CommandGateway.class).sendAndWait(new CapturePayment(organization, another, Money.of(5_000, "EUR"), null));
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                    onFirst.sendAndWait(new RefundPayment(organization, another, Money.of(1_500, "EUR"), "in a transaction", null)));

            assertThat(refundedOf(first, another)).isEqualTo(1_500);

            // A billing process step in its transaction: the second instance asked for the invoice's payment, the
            // first still caches the invoice as open with nothing pending.
            InvoiceId invoice = InvoiceId.newId();
            onFirst.sendAndWait(new DraftInvoice(organization, invoice, customer, TaxJurisdiction.of("DE"),
                    List.of(new OneTimeCharge("Setup", 1, Money.of(5_000, "EUR"))), true));
            PaymentOrderId paying = PaymentOrderId.newId();
            second.getBean(CommandGateway.class).sendAndWait(new RequestInvoicePayment(organization, invoice, paying));
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                    onFirst.sendAndWait(new RecordInvoicePaymentFailure(organization, invoice, paying,
                            new FailureReason("card_declined", true, "declined"))));

            assertThat(first.getBean(JdbcClient.class).sql("""
                            SELECT count(*) FROM domainevententry
                             WHERE aggregateidentifier = ? AND payloadtype LIKE '%InvoicePaymentFailed'
                            """).param(invoice.toString()).query(Long.class).single()).isEqualTo(1);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String databaseUrl, String node) {
        return TestDatabases.service(databaseUrl, "--ledger.node-id=" + node, "--ledger.processing.balance-interval=PT1S");
    }

    private static long refundedOf(ConfigurableApplicationContext service, PaymentOrderId order) {
        return service.getBean(JdbcClient.class).sql("""
                        SELECT coalesce(sum((payload::jsonb -> 'amount' ->> 'amountMinor')::bigint), 0) FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype LIKE '%PaymentRefunded'
                        """).param(order.value().toString()).query(Long.class).single();
    }

    private static List<OrganizationId> register(CommandGateway commands, int count) {
        List<OrganizationId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrganizationId id = OrganizationId.newId();
            commands.sendAndWait(new RegisterOrganization(id, new OrganizationName("Shared " + i), CurrencyCode.of("EUR")));
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, Long> segmentsByOwner(JdbcClient jdbc, String processor) {
        return jdbc.sql("SELECT owner FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL")
                .param(processor).query(String.class).list().stream()
                .collect(Collectors.groupingBy(owner -> owner, Collectors.counting()));
    }

    private static long projected(JdbcClient jdbc, List<OrganizationId> ids) {
        return jdbc.sql("SELECT count(*) FROM organization_view WHERE organization_id = ANY(?)")
                .param(ids.stream().map(OrganizationId::value).toArray(UUID[]::new)).query(Long.class).single();
    }

    /** Organizations whose registration reached Kafka: acknowledged and traced, by whichever instance. */
    private static long forwarded(JdbcClient jdbc, List<OrganizationId> ids) {
        return jdbc.sql("""
                        SELECT count(DISTINCT e.aggregateidentifier) FROM kafka_record_trace t
                        JOIN domainevententry e ON e.globalindex = t.global_position WHERE e.aggregateidentifier = ANY(?)""")
                .param(ids.stream().map(OrganizationId::toString).toArray(String[]::new)).query(Long.class).single();
    }

    private static long lastPosition(JdbcClient jdbc) {
        return jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    }

    /** Every segment's token passed the last event: each segment, whoever owns it, did its part. */
    private static long tokenPositionsAtLeast(JdbcClient jdbc, long position) throws InterruptedException {
        return await(() -> jdbc.sql("""
                        SELECT count(*) FROM tokenentry
                         WHERE processorname = ? AND (convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint >= ?
                        """).params(PROCESSOR, position).query(Long.class).single(),
                count -> count == 2);
    }

    private static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("condition not reached within 60 s; last value: " + last);
    }
}
