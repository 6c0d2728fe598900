package dev.ledger.infra.lookups;

import dev.ledger.command.paymentorder.api.OrderNumbers;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.OrderNumber;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counter row is locked until the order's transaction ends: concurrent creates in one organization queue for
 * it, and a rolled-back create leaves no gap.
 */
@Component
class JdbcOrderNumbers implements OrderNumbers {

    private final JdbcClient jdbc;

    JdbcOrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OrderNumber next(OrganizationId organizationId, LocalDate day) {
        long value = jdbc.sql("""
                        INSERT INTO order_number_counter (organization_id, day, last_value) VALUES (?, ?, 1)
                        ON CONFLICT (organization_id, day) DO UPDATE SET last_value = order_number_counter.last_value + 1
                        RETURNING last_value
                        """)
                .params(organizationId.value(), day)
                .query(Long.class).single();
        return OrderNumber.of(day, value);
    }
}
