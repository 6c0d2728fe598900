package dev.ledger.query.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.ReadModelDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two layers keep tenants apart: the repositories' filter, and row-level security under it. This tests the second. */
class RowLevelSecurityTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final OrganizationId GLOBEX = OrganizationId.newId();

    private final TenantReads reads = new TenantReads(ReadModelDatabase.jdbc(), ReadModelDatabase.transactions());

    @BeforeAll
    static void twoTenants() {
        JdbcClient owner = ReadModelDatabase.jdbc();
        for (OrganizationId tenant : List.of(ACME, GLOBEX)) {
            owner.sql("""
                            INSERT INTO organization_view (organization_id, name, default_currency, registered_at, updated_at,
                                aggregate_version, last_global_position, last_event_id, projector_version)
                            VALUES (?, ?, 'EUR', now(), now(), 0, 1, ?, 1)
                            """)
                    .params(tenant.value(), "tenant " + tenant, UUID.randomUUID().toString())
                    .update();
        }
    }

    @Test
    void aQueryWithoutAnyFilterSeesOnlyItsTenantsRows() {
        List<UUID> visible = reads.asTenant(ACME, jdbc ->
                jdbc.sql("SELECT organization_id FROM organization_view").query(UUID.class).list());

        assertThat(visible).containsExactly(ACME.value());
    }

    @Test
    void theOtherTenantSeesOnlyItsOwnRowsToo() {
        List<UUID> visible = reads.asTenant(GLOBEX, jdbc ->
                jdbc.sql("SELECT organization_id FROM organization_view").query(UUID.class).list());

        assertThat(visible).containsExactly(GLOBEX.value());
    }

    @Test
    void rawSqlAsTheReaderRoleWithoutATenantSeesNothing() throws Exception {
        try (Connection connection = ReadModelDatabase.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL ROLE ledger_reader");

            assertThat(ids(statement, "SELECT organization_id FROM organization_view")).isEmpty();
            connection.rollback();
        }
    }

    @Test
    void rawSqlAsTheReaderRoleSeesExactlyTheTenantSetForTheTransaction() throws Exception {
        try (Connection connection = ReadModelDatabase.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL ROLE ledger_reader");
            statement.execute("SELECT set_config('ledger.organization_id', '" + GLOBEX + "', true)");

            assertThat(ids(statement, "SELECT organization_id FROM organization_view WHERE true OR organization_id IS NULL"))
                    .containsExactly(GLOBEX.value());
            connection.rollback();
        }
    }

    @Test
    void theReaderRoleCanNeitherBypassSecurityNorWrite() throws Exception {
        Boolean bypass = ReadModelDatabase.jdbc()
                .sql("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = 'ledger_reader'")
                .query(Boolean.class).single();
        assertThat(bypass).isFalse();

        assertThatThrownBy(() -> reads.asTenant(ACME, jdbc ->
                jdbc.sql("UPDATE organization_view SET name = 'taken over'").update()))
                .hasMessageContaining("read-only");
        try (Connection connection = ReadModelDatabase.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL ROLE ledger_reader");
            assertThatThrownBy(() -> statement.execute("DELETE FROM organization_view"))
                    .hasMessageContaining("permission denied");
            connection.rollback();
        }
    }

    @Test
    void thePlatformRoleSeesTheWholeOrganizationDirectory() {
        List<UUID> visible = reads.asPlatform(jdbc ->
                jdbc.sql("SELECT organization_id FROM organization_view").query(UUID.class).list());

        assertThat(visible).contains(ACME.value(), GLOBEX.value());
    }

    @Test
    void everyReadTableHasRowLevelSecurityAndATenantColumn() {
        List<String> unprotected = ReadModelDatabase.jdbc().sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE c.relkind = 'r' AND n.nspname = current_schema()
                           AND c.relname NOT IN ('flyway_schema_history', 'projection_rebuild')
                           AND c.relname NOT LIKE 'spec\\_test%'
                           AND (NOT c.relrowsecurity OR NOT EXISTS (
                                SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id'))
                        """).query(String.class).list();

        assertThat(unprotected).isEmpty();
    }

    private static List<UUID> ids(Statement statement, String sql) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
