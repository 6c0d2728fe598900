package dev.ledger.infra.lookups;

import dev.ledger.command.customer.api.CustomerReferences;
import dev.ledger.command.customer.api.DuplicateExternalReference;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.ExternalReference;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs inside the command's transaction (Axon joins Spring's), so a failed registration frees its reference. */
@Component
class JdbcCustomerReferences implements CustomerReferences {

    private final JdbcClient jdbc;

    JdbcCustomerReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(OrganizationId organizationId, ExternalReference reference, CustomerId customerId) {
        // ON CONFLICT waits for a concurrent claim of the same reference to commit or roll back, then decides.
        jdbc.sql("""
                        INSERT INTO customer_reference (organization_id, external_reference, customer_id)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(organizationId.value(), reference.value(), customerId.value())
                .update();
        UUID owner = jdbc.sql("SELECT customer_id FROM customer_reference WHERE organization_id = ? AND external_reference = ?")
                .params(organizationId.value(), reference.value())
                .query(UUID.class).single();
        if (!owner.equals(customerId.value())) {
            throw new DuplicateExternalReference(organizationId, reference);
        }
    }
}
