package dev.ledger.bench;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentStatus;
import dev.ledger.query.paymentorder.api.ListPaymentOrders;
import dev.ledger.query.paymentorder.api.PaymentOrderFilter;
import dev.ledger.query.paymentorder.api.PaymentOrderPage;
import dev.ledger.query.spec.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Paged, filtered list queries on a large payment_order_view spread over many tenants: first pages and next pages. */
final class QueryScenario {

    private static final int ROWS_PER_STATEMENT = 500_000;

    private QueryScenario() {
    }

    static Latencies run(JdbcClient jdbc, QueryGateway queries, Profile profile) {
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < profile.queryTenants(); i++) {
            tenants.add(UUID.randomUUID());
        }
        UUID[] tenantArray = tenants.toArray(UUID[]::new);
        Progress progress = new Progress("writing " + profile.queryRows() + " payment order rows over "
                + tenants.size() + " tenants", profile.queryRows());
        for (long first = 0; first < profile.queryRows(); first += ROWS_PER_STATEMENT) {
            long last = Math.min(profile.queryRows(), first + ROWS_PER_STATEMENT);
            jdbc.sql("""
                    INSERT INTO payment_order_view (organization_id, payment_order_id, order_number, customer_id, status,
                        currency, amount_minor, fee_minor, tax_minor, authorized_minor, captured_minor, refunded_minor,
                        created_at, updated_at, aggregate_version, last_global_position, last_event_id, projector_version)
                    SELECT (?::uuid[])[1 + n % ?], gen_random_uuid(), 'Q' || n, gen_random_uuid(),
                           (ARRAY['CREATED','AUTHORIZED','CAPTURED','REFUNDED','CANCELED'])[1 + (n / 7) % 5], 'EUR',
                           (n * 7919) % 1000000, 0, 0, 0, 0, 0,
                           now() - (n % 8640000) * interval '1 second', now(), 0, n, 'bench', 1
                      FROM generate_series(?, ?) AS n
                    """)
                    .params(tenantArray, tenantArray.length, first + 1, last)
                    .update();
            progress.at(last);
        }
        jdbc.sql("ANALYZE payment_order_view").update();
        Random random = new Random(42);
        Latencies latencies = new Latencies();
        Progress querying = new Progress("querying", profile.queries());
        for (int i = 0; i < profile.queries(); i++) {
            OrganizationId tenant = new OrganizationId(tenants.get(random.nextInt(tenants.size())));
            PaymentOrderFilter captured = new PaymentOrderFilter(Set.of(PaymentStatus.CAPTURED), null, null, null, null,
                    null, null, null, null);
            long start = System.nanoTime();
            PaymentOrderPage first = queries.query(new ListPaymentOrders(tenant, captured, "-createdAt",
                    PageRequest.first(50)), PaymentOrderPage.class).join();
            latencies.add(System.nanoTime() - start);
            if (first.page().nextCursor().isPresent()) {
                long next = System.nanoTime();
                queries.query(new ListPaymentOrders(tenant, captured, "-createdAt",
                        PageRequest.after(first.page().nextCursor().get(), 50)), PaymentOrderPage.class).join();
                latencies.add(System.nanoTime() - next);
            }
            querying.at(i + 1);
        }
        Progress.say(String.format("paged queries: p50 %.2f ms, p99 %.2f ms over %d queries",
                latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.count()));
        return latencies;
    }
}
