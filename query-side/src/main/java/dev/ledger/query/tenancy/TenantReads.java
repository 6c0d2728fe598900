package dev.ledger.query.tenancy;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way into the read tables. Each read runs in its own read-only transaction as a role without BYPASSRLS,
 * with the tenant set for that transaction alone, so row-level security holds even where a query forgot its filter.
 */
@Component
public final class TenantReads {

    static final String TENANT_SETTING = "ledger.organization_id";
    static final String TENANT_ROLE = "ledger_reader";
    static final String PLATFORM_ROLE = "ledger_platform_reader";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    public TenantReads(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Reads as one tenant: only rows whose organization_id is {@code tenant} are visible. */
    public <T> T asTenant(OrganizationId tenant, Function<JdbcClient, T> read) {
        InvalidValue.required("organizationId", tenant);
        return readOnly.execute(status -> {
            // One round trip: set_config('role', ..) is what SET LOCAL ROLE does, with the same permission check.
            jdbc.sql("SELECT set_config(?, ?, true), set_config('role', ?, true)")
                    .params(TENANT_SETTING, tenant.toString(), TENANT_ROLE)
                    .query((row, n) -> 1).single();
            return read.apply(jdbc);
        });
    }

    /** Reads the platform directory (the list of organizations) across tenants, and nothing else. */
    public <T> T asPlatform(Function<JdbcClient, T> read) {
        return readOnly.execute(status -> {
            jdbc.sql("SELECT set_config('role', ?, true)").param(PLATFORM_ROLE).query((row, n) -> 1).single();
            return read.apply(jdbc);
        });
    }
}
