package dev.ledger.infra.lookups;

import dev.ledger.command.invoice.api.InvoiceNumbers;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counter row is locked until the invoice's transaction ends, so numbers are gap-free per organization. */
@Component
class JdbcInvoiceNumbers implements InvoiceNumbers {

    private final JdbcClient jdbc;

    JdbcInvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public InvoiceNumber next(OrganizationId organizationId) {
        long value = jdbc.sql("""
                        INSERT INTO invoice_number_counter (organization_id, last_value) VALUES (?, 1)
                        ON CONFLICT (organization_id) DO UPDATE SET last_value = invoice_number_counter.last_value + 1
                        RETURNING last_value
                        """)
                .params(organizationId.value())
                .query(Long.class).single();
        return InvoiceNumber.of(value);
    }
}
