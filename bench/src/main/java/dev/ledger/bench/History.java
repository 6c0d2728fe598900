package dev.ledger.bench;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a large event history straight into the store with SQL: payment orders of 100 organizations (one customer
 * each), created and captured in three parts (four events an order, about what a real order has), with the JSON,
 * revisions, metadata (a trace and a correlation id) and timestamp layout (milliseconds, as Axon formats them) the
 * service writes, so nothing is upcast or parsed the slow way. Far faster than commands, and what rebuilds and
 * forwarding are measured on.
 */
final class History {

    static final int EVENTS_PER_ORDER = 4;
    static final int ORGANIZATIONS = 100;
    private static final int ORDERS_PER_STATEMENT = 10_000;

    private History() {
    }

    static void write(JdbcClient jdbc, int events) {
        String run = UUID.randomUUID().toString();
        int orders = Math.max(1, events / EVENTS_PER_ORDER);
        Progress progress = new Progress("writing " + (long) orders * EVENTS_PER_ORDER + " events of history", orders);
        for (int first = 0; first < orders; first += ORDERS_PER_STATEMENT) {
            int last = Math.min(orders, first + ORDERS_PER_STATEMENT);
            jdbc.sql("""
                    INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                        payloadtype, payloadrevision, payload, metadata)
                    SELECT gen_random_uuid()::text, o.id::text, s, 'PaymentOrder',
                           to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                           CASE WHEN s = 0 THEN 'dev.ledger.kernel.paymentorder.PaymentOrderCreated'
                                ELSE 'dev.ledger.kernel.paymentorder.PaymentCaptured' END,
                           CASE WHEN s = 0 THEN '2' ELSE '1' END,
                           CASE WHEN s = 0 THEN json_build_object('organizationId', o.organization, 'paymentOrderId', o.id,
                                    'orderNumber', '20260101-' || lpad(o.n::text, 6, '0'), 'customerId', o.customer,
                                    'paymentMethodId', null,
                                    'amount', json_build_object('amountMinor', 1000000000, 'currency', 'EUR'),
                                    'fee', json_build_object('amountMinor', 0, 'currency', 'EUR'),
                                    'tax', json_build_object('amountMinor', 0, 'currency', 'EUR'),
                                    'description', null, 'invoiceId', null)::text
                                ELSE json_build_object('organizationId', o.organization, 'paymentOrderId', o.id,
                                    'amount', json_build_object('amountMinor', 1, 'currency', 'EUR'),
                                    'totalCaptured', json_build_object('amountMinor', s, 'currency', 'EUR'))::text END,
                           json_build_object('traceId', o.trace, 'correlationId', gen_random_uuid())::text
                      FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS trace, n,
                                   md5(? || ' organization ' || n % ?)::uuid AS organization,
                                   md5(? || ' customer ' || n % ?)::uuid AS customer
                              FROM generate_series(?, ?) AS n) AS o,
                           generate_series(0, ?) AS s
                     ORDER BY o.n, s
                    """)
                    .params(run, ORGANIZATIONS, run, ORGANIZATIONS, first + 1, last, EVENTS_PER_ORDER - 1)
                    .update();
            progress.at(last);
        }
    }
}
