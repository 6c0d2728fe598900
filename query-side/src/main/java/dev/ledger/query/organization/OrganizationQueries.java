package dev.ledger.query.organization;

import dev.ledger.query.organization.api.FindOrganization;
import dev.ledger.query.organization.api.OrganizationView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import dev.ledger.query.tenancy.TenantReads;
import org.springframework.stereotype.Component;

@Component
class OrganizationQueries {

    private final TenantReads reads;

    OrganizationQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<OrganizationView> handle(FindOrganization query) {
        // An organization is its own tenant: it reads its own row, and row-level security allows nothing else.
        return reads.asTenant(query.organizationId(), jdbc -> jdbc.sql("""
                        SELECT organization_id, name, default_currency, registered_at, updated_at,
                               aggregate_version, last_global_position
                          FROM organization_view
                         WHERE organization_id = :id
                        """)
                .param("id", query.organizationId().value())
                .query(OrganizationQueries::toView)
                .optional());
    }

    private static OrganizationView toView(ResultSet row, int rowNumber) throws SQLException {
        return new OrganizationView(
                row.getObject("organization_id", java.util.UUID.class),
                row.getString("name"),
                row.getString("default_currency"),
                row.getTimestamp("registered_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getLong("aggregate_version"),
                row.getLong("last_global_position"));
    }
}
