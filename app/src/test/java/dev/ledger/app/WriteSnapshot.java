package dev.ledger.app;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything a request could write, counted: events, keys and revocations, idempotency records, and the read rows
 * of the organizations under test (rows of other tests' organizations may still be catching up).
 */
record WriteSnapshot(long events, long apiKeys, long revokedKeys, long idempotencyKeys, long readRows) {

    /**
     * What a request writes itself, leaving out read rows: projections follow events asynchronously, so with the
     * event count unchanged the read rows cannot change because of the request.
     */
    WriteSnapshot direct() {
        return new WriteSnapshot(events, apiKeys, revokedKeys, idempotencyKeys, 0);
    }

    static WriteSnapshot of(JdbcClient jdbc, String... organizations) {
        String ids = "{" + String.join(",", java.util.Arrays.stream(organizations).map(id -> UUID.fromString(id).toString()).toList()) + "}";
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM domainevententry),
                               (SELECT count(*) FROM api_key),
                               (SELECT count(revoked_at) FROM api_key),
                               (SELECT count(*) FROM idempotency_key),
                               (SELECT coalesce(sum(aggregate_version + 1), 0) FROM (
                                    SELECT aggregate_version FROM organization_view WHERE organization_id = ANY (?::uuid[]) UNION ALL
                                    SELECT aggregate_version FROM customer_view WHERE organization_id = ANY (?::uuid[]) UNION ALL
                                    SELECT aggregate_version FROM payment_order_view WHERE organization_id = ANY (?::uuid[])) AS rows)
                        """)
                .params(ids, ids, ids)
                .query((row, n) -> new WriteSnapshot(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5)))
                .single();
    }
}
